#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

static std::string html(std::string_view src, const RenderOptions& o = {}) {
    auto r = render(src, o);
    INFO((r.diagnostics.empty() ? std::string() : r.diagnostics[0].message));
    REQUIRE(r);
    return r->html;
}

static bool has(const std::string& h, std::string_view needle) { return h.find(needle) != std::string::npos; }

TEST_CASE("the header: one h1, standfirst, byline with role and link, time") {
    std::string h = html(R"({"headline": "Tide tables", "description": "New tables.", "datePublished": "2026-03-02T07:15+01:00",
      "author": {"name": "Ines Ferreira", "jobTitle": "Harbour Correspondent", "url": "https://example.org/ines"},
      "inLanguage": "en", "articleBody": "# Part\nText."})");
    CHECK(has(h, "<article class=\"bs-article\" lang=\"en\" dir=\"ltr\">"));
    CHECK(has(h, "<h1 class=\"bs-headline\">Tide tables</h1>"));
    CHECK(has(h, "<p class=\"bs-standfirst\">New tables.</p>"));
    CHECK(has(h, "By <span class=\"bs-author\"><a href=\"https://example.org/ines\" rel=\"author\" class=\"bs-author-name\">Ines Ferreira</a>, "
                 "<span class=\"bs-author-role\">Harbour Correspondent</span></span>"));
    CHECK(has(h, "<time class=\"bs-published\" datetime=\"2026-03-02T07:15:00+01:00\">2 March 2026, 07:15 UTC+1</time>"));
    CHECK(has(h, "<time class=\"bs-reading-time\" datetime=\"PT1M\">1 min read</time>"));
    std::size_t h1 = 0;
    for (std::size_t p = h.find("<h1"); p != std::string::npos; p = h.find("<h1", p + 1)) ++h1;
    CHECK(h1 == 1);
    CHECK(has(h, "<h2 id=\"part\">Part</h2>"));
}

TEST_CASE("right-to-left languages get dir=rtl") {
    CHECK(has(html("---\ntitle: x\nlang: ar\n---\n"), "lang=\"ar\" dir=\"rtl\""));
    CHECK(has(html("---\ntitle: x\nlang: he-IL\n---\n"), "dir=\"rtl\""));
}

TEST_CASE("advertisement slots sit between paragraphs only") {
    RenderOptions o;
    o.ads.enabled = true;
    o.ads.after = 1;
    o.ads.every = 2;
    o.ads.max = 5;
    std::string h = html("---\ntitle: x\n---\nP1\n\nP2\n\n## H\n\nP3\n\nP4\n\nP5\n", o);
    // P1 is followed by P2: slot 1. P2 is next to a heading: no. P3/P4: every 2 from P1 -> at P3.
    CHECK(has(h, "<p>P1</p>\n<section class=\"bs-ad bs-ad-300x250\" aria-label=\"Advertisement 1 of 2\" data-slot=\"1\""));
    CHECK(has(h, "<p>P3</p>\n<section class=\"bs-ad bs-ad-300x250\" aria-label=\"Advertisement 2 of 2\" data-slot=\"2\""));
    CHECK_FALSE(has(h, "<p>P5</p>\n<section"));
}

TEST_CASE("page mode writes a whole document with metadata and safe JSON-LD") {
    RenderOptions o;
    o.mode = RenderMode::page;
    std::string h = html(R"({"headline": "</script><script>alert(1)</script>", "url": "https://example.org/a",
      "publisher": {"name": "Gazette"}, "description": "d"})", o);
    CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">", 0) == 0);
    CHECK(has(h, "<link rel=\"canonical\" href=\"https://example.org/a\">"));
    CHECK(has(h, "<meta property=\"og:type\" content=\"article\">"));
    CHECK(has(h, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                 "\"headline\":\"\\u003c/script\\u003e"));
    CHECK_FALSE(has(h, "</script><script>"));
    CHECK(has(h, "<header class=\"bs-masthead\">"));
    CHECK(has(h, "<main class=\"bs-main\">"));
}

TEST_CASE("share links are plain links with encoded parameters") {
    RenderOptions o;
    o.share.networks = {ShareNetwork::x, ShareNetwork::email, ShareNetwork::copy};
    std::string h = html(R"({"headline": "Rain & wind", "url": "https://example.org/a?b=1"})", o);
    CHECK(has(h, "<nav class=\"bs-share\" aria-label=\"Share this article\" data-url=\"https://example.org/a?b=1\" "
                 "data-title=\"Rain &amp; wind\">"));
    CHECK(has(h, "href=\"https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1&amp;text=Rain%20%26%20wind\""));
    CHECK(has(h, "href=\"mailto:?subject=Rain%20%26%20wind&amp;body=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1\""));
    CHECK(has(h, "<li class=\"bs-share-item bs-share-copy\" data-network=\"copy\" data-label=\"Copy link\" "
                 "data-done=\"Link copied\" hidden></li>"));
}
