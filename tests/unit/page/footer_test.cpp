// The footer: tags and the share list.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("share links use the article's absolute address") {
    RenderOptions o;
    o.share.networks = {ShareNetwork::x, ShareNetwork::email, ShareNetwork::copy};
    std::string h = html(R"J({"headline": "Rain & wind", "url": "https://example.org/a?b=1"})J", o);
    CHECK(has(h, "<nav class=\"bs-share\" aria-label=\"Share this article\" data-url=\"https://example.org/a?b=1\" "
                 "data-title=\"Rain &amp; wind\">"));
    CHECK(has(h, "href=\"https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1&amp;text=Rain%20%26%20wind\""));
    CHECK(has(h, "href=\"mailto:?subject=Rain%20%26%20wind&amp;body=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1\""));
    CHECK(has(h, "<li class=\"bs-share-item bs-share-copy\" data-network=\"copy\" data-label=\"Copy link\" "
                 "data-done=\"Link copied\" hidden></li>"));
    // A relative address resolves against the publisher's home page.
    o.publisher.url = "https://example.org/news/";
    std::string rel = html(R"J({"headline": "x", "url": "/2026/a"})J", o);
    CHECK(has(rel, "data-url=\"https://example.org/2026/a\""));
    // With no way to make it absolute, only the shim's buttons remain.
    std::string none = html(R"J({"headline": "x", "url": "/2026/a"})J");
    CHECK_FALSE(has(none, "data-url="));
    CHECK_FALSE(has(none, "x.com"));
}

TEST_CASE("share: false and no tags leave no footer") {
    RenderOptions o;
    o.share.enabled = false;
    CHECK_FALSE(has(html("---\ntitle: x\n---\n", o), "<footer"));
    CHECK(has(html("---\ntitle: x\ntags: [a]\n---\n", o), "<footer class=\"bs-footer\">\n<ul class=\"bs-tags\" "
                                                           "aria-label=\"Topics\"><li dir=\"auto\">a</li></ul>\n</footer>"));
}
