// The lead image.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("the lead image loads first, with its size and candidates") {
    std::string h = html(R"J({"headline": "x", "image": {"url": "/m/a.jpg", "alt": "Boats", "width": 1200, "height": 675,
      "caption": "The harbour", "creditText": "Photo: Gazette"}})J");
    CHECK(has(h, "<figure class=\"bs-lead\"><img src=\"/m/a.jpg\" alt=\"Boats\" width=\"1200\" height=\"675\" "
                 "fetchpriority=\"high\"><figcaption><span class=\"bs-caption\" dir=\"auto\">The harbour</span> "
                 "<span class=\"bs-credit\" dir=\"auto\">Photo: Gazette</span></figcaption></figure>"));
    CHECK_FALSE(has(h, "loading="));  // never lazy
}

TEST_CASE("srcset candidates are checked and encoded one by one") {
    Article a;
    a.headline = "x";
    Image img;
    img.url = "/m/a.jpg";
    img.alt = "Boats";
    img.srcset = {{"/m/\xC3\xA9t\xC3\xA9 800.jpg", 800}, {"javascript:alert(1)", 1200}, {"/m/a-1600.jpg", 1600}};
    img.sizes = "(min-width: 60rem) 60rem, 100vw";
    a.image = img;
    auto r = render_html(a);
    REQUIRE(r);
    CHECK(has(r->html, "<img src=\"/m/a.jpg\" alt=\"Boats\" srcset=\"/m/%C3%A9t%C3%A9%20800.jpg 800w, /m/a-1600.jpg 1600w\" "
                       "sizes=\"(min-width: 60rem) 60rem, 100vw\" fetchpriority=\"high\">"));
    CHECK(warned(r, "image srcset: the URL \"javascript:alert(1)\" is not allowed"));
}

TEST_CASE("a srcset candidate after a stray comma is read as a browser reads it") {
    // fuzz_render: the browser drops the comma before a candidate's URL, so
    // ",javascript:..." must not pass the URL policy as a relative path.
    auto r = rendered(R"J({"headline": "H", "image": {"url": "/a.jpg", "alt": "a",
        "srcset": "/s.jpg 400w, ,javascript:alert(1) 800w, /l.jpg 1600w"}})J");
    REQUIRE(r);
    CHECK(has(r->html, "srcset=\"/s.jpg 400w, /l.jpg 1600w\""));
    CHECK_FALSE(has(r->html, "javascript"));
    CHECK(warned(r, "image srcset: the URL \"javascript:alert(1)\" is not allowed"));

    // A list of candidates is taken as given: a URL that starts with a comma is left out.
    Article a;
    a.headline = "x";
    Image img;
    img.url = "/m/a.jpg";
    img.alt = "Boats";
    img.srcset = {{",javascript:alert(1)", 800}, {"/m/a-1600.jpg", 1600}};
    a.image = img;
    auto l = render_html(a);
    REQUIRE(l);
    CHECK(has(l->html, "srcset=\"/m/a-1600.jpg 1600w\""));
    CHECK_FALSE(has(l->html, "javascript"));
}

TEST_CASE("a refused image URL leaves the image out with a warning") {
    auto r = rendered(R"J({"headline": "x", "image": {"url": "javascript:alert(1)", "alt": "x"}})J");
    REQUIRE(r);
    CHECK_FALSE(has(r->html, "<figure"));
    CHECK_FALSE(has(r->html, "javascript"));
    CHECK(warned(r, "image: the URL \"javascript:alert(1)\" is not allowed and was left out"));
}
