// The footer: tags and the share list.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("share links use the article's absolute address") {
    RenderOptions o;
    o.share.networks = {ShareNetwork::x, ShareNetwork::email, ShareNetwork::copy};
    std::string h = html(R"J({"headline": "Rain & wind", "url": "https://example.org/a?b=1"})J", o);
    CHECK(has(h, "<nav class=\"bs-share\" aria-labelledby=\"bs-33f0f487-share bs-33f0f487-headline\" data-url=\"https://example.org/a?b=1\" "
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

TEST_CASE("plain links with no address to share and no tags leave no footer") {
    // The footer asks the share list first whether it writes anything: no
    // empty <footer> around a list that has nothing in it.
    RenderOptions o;
    o.share.networks = {ShareNetwork::x, ShareNetwork::email};
    CHECK_FALSE(has(html("---\ntitle: x\n---\n", o), "<footer"));
    CHECK(has(html("---\ntitle: x\ntags: [a]\n---\n", o), "<footer class=\"bs-footer\">\n<ul class=\"bs-tags\" "
                                                           "aria-label=\"Topics\"><li dir=\"auto\">a</li></ul>\n</footer>"));
    // With the address the links come back, after the tags.
    std::string h = html("---\ntitle: x\nurl: https://example.org/a\ntags: [a]\n---\n", o);
    CHECK(has(h, "</ul>\n<nav class=\"bs-share\""));
    CHECK(has(h, "</nav>\n</footer>\n"));
}

TEST_CASE("tagUrl links each tag, the tag encoded as one path segment; without it tags are text") {
    std::string src = "---\ntitle: x\ntags: [Harbour, \"Tides & times\", \"a/b?c\", \"..\", Москва]\n---\nText.\n";
    RenderOptions o;
    o.share.enabled = false;
    o.tag_url = "/topics/{tag}";
    std::string h = html(src, o);
    CHECK(has(h, "<li dir=\"auto\"><a href=\"/topics/Harbour\">Harbour</a></li>"));
    CHECK(has(h, "<li dir=\"auto\"><a href=\"/topics/Tides%20%26%20times\">Tides &amp; times</a></li>"));
    CHECK(has(h, "<a href=\"/topics/a%2Fb%3Fc\">a/b?c</a>"));  // never another path or a query
    CHECK(has(h, "<a href=\"/topics/%2E%2E\">..</a>"));        // never the parent folder
    CHECK(has(h, "<a href=\"/topics/%D0%9C%D0%BE%D1%81%D0%BA%D0%B2%D0%B0\">Москва</a>"));
    o.tag_url = "https://example.org/t/{slug}/";
    CHECK(has(html(src, o), "<a href=\"https://example.org/t/tides-times/\">Tides &amp; times</a>"));
    o.tag_url.clear();
    CHECK(has(html(src, o), "<li dir=\"auto\">Harbour</li>"));
}

TEST_CASE("a tagUrl the URL policy refuses links nothing and says so") {
    RenderOptions o;
    o.tag_url = "javascript:alert('{tag}')";
    auto r = rendered("---\ntitle: x\ntags: [a]\n---\nText.\n", o);
    REQUIRE(r);
    CHECK(has(r->html, "<li dir=\"auto\">a</li>"));
    CHECK_FALSE(has(r->html, "javascript"));
    CHECK(warned(r, "tagUrl: the URL"));
    // A tag never turns a relative pattern into a script URL.
    o.tag_url = "{tag}";
    std::string h = html("---\ntitle: x\ntags: [\"javascript:alert(1)\"]\n---\nText.\n", o);
    CHECK(has(h, "<a href=\"javascript%3Aalert(1)\">"));
}
