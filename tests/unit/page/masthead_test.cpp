// The masthead.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("the masthead: name and logo linking home, then the slogan") {
    RenderOptions o = page_mode();
    o.publisher = {"The Harbour Gazette", "News from the waterfront", "https://gazette.example/", "/logo.svg"};
    std::string h = html("---\ntitle: x\n---\n", o);
    // The logo sits beside the name in one link: alt="" so the link's name is read once.
    CHECK(has(h, "<header class=\"bs-masthead\">\n<p class=\"bs-masthead-name\" dir=\"auto\"><a href=\"https://gazette.example/\" "
                 "rel=\"home\"><img class=\"bs-logo\" src=\"/logo.svg\" alt=\"\"><span class=\"bs-masthead-title\">The Harbour "
                 "Gazette</span></a></p>\n<p class=\"bs-slogan\" dir=\"auto\">News from the waterfront</p>\n</header>\n"));
    o.publisher.logo.clear();
    CHECK(has(html("---\ntitle: x\n---\n", o), "rel=\"home\"><span class=\"bs-masthead-title\">The Harbour Gazette</span></a></p>"));
    o.publisher.url.clear();
    CHECK(has(html("---\ntitle: x\n---\n", o), "dir=\"auto\"><span class=\"bs-masthead-title\">The Harbour Gazette</span></p>"));
    // The article's own publisher wins over the site-wide default.
    CHECK(has(html("---\ntitle: x\npublisher:\n  name: Other Paper\n---\n", o), ">Other Paper</span>"));
    RenderOptions bare = page_mode();
    CHECK_FALSE(has(html("---\ntitle: x\n---\n", bare), "bs-masthead"));  // no name, no masthead
}
