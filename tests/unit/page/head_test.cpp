// Page mode's <head>: metadata, Open Graph, JSON-LD, the theme and the shim.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("page metadata: Open Graph, Twitter, absolute URLs") {
    std::string h = html(R"J({"headline": "Tides", "description": "New tables.", "url": "/2026/03/tides",
      "datePublished": "2026-03-02T07:15:00Z", "dateModified": "2026-03-02T11:40:00Z",
      "author": [{"name": "Ines", "url": "/staff/ines"}, {"name": "Joe"}],
      "publisher": {"name": "Gazette", "url": "https://gazette.example/", "logo": "/logo.svg"},
      "image": {"url": "../media/tide.jpg", "alt": "Low tide", "width": 1200, "height": 675},
      "inLanguage": "en-GB", "articleSection": "Waterfront", "keywords": ["tides", "harbour"]})J", page_mode());
    CHECK(has(h, "<title>Tides — Gazette</title>\n<meta name=\"description\" content=\"New tables.\">\n"
                 "<link rel=\"canonical\" href=\"https://gazette.example/2026/03/tides\">\n"));
    CHECK(has(h, "<meta property=\"og:url\" content=\"https://gazette.example/2026/03/tides\">\n"
                 "<meta property=\"og:site_name\" content=\"Gazette\">\n<meta property=\"og:locale\" content=\"en_GB\">\n"
                 "<meta property=\"og:image\" content=\"https://gazette.example/2026/media/tide.jpg\">\n"
                 "<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"675\">\n"
                 "<meta property=\"og:image:alt\" content=\"Low tide\">\n"
                 "<meta property=\"article:published_time\" content=\"2026-03-02T07:15:00Z\">\n"
                 "<meta property=\"article:modified_time\" content=\"2026-03-02T11:40:00Z\">\n"
                 "<meta property=\"article:section\" content=\"Waterfront\">\n"
                 "<meta property=\"article:tag\" content=\"tides\">\n<meta property=\"article:tag\" content=\"harbour\">\n"
                 "<meta property=\"article:author\" content=\"https://gazette.example/staff/ines\">\n"
                 "<meta property=\"article:author\" content=\"Joe\">\n"
                 "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"));
    CHECK(has(h, "<meta name=\"twitter:image\" content=\"https://gazette.example/2026/media/tide.jpg\">\n"
                 "<meta name=\"twitter:image:alt\" content=\"Low tide\">\n"));
    CHECK(has(h, "\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://gazette.example/logo.svg\"}"));
    CHECK(has(h, "{\"@type\":\"Person\",\"name\":\"Ines\",\"url\":\"https://gazette.example/staff/ines\"}"));
    // The page itself keeps the author's relative URLs.
    CHECK(has(h, "<img src=\"../media/tide.jpg\" alt=\"Low tide\""));
    CHECK(has(h, "<a href=\"/staff/ines\" rel=\"author\""));
}

TEST_CASE("drafts are kept out of search engines") {
    CHECK(has(html("---\ntitle: x\ndraft: true\n---\n", page_mode()), "<meta name=\"robots\" content=\"noindex\">"));
    CHECK_FALSE(has(html("---\ntitle: x\n---\n", page_mode()), "robots"));
}

TEST_CASE("refused URLs stay out of the metadata") {
    auto r = rendered(R"J({"headline": "x", "url": "javascript:alert(1)", "publisher": {"name": "G", "logo": "javascript:x"},
      "author": {"name": "A", "url": "vbscript:x"}, "image": {"url": "data:text/html,x", "alt": "a"}})J", page_mode());
    REQUIRE(r);
    CHECK_FALSE(has(r->html, "javascript"));
    CHECK_FALSE(has(r->html, "vbscript"));
    CHECK_FALSE(has(r->html, "data:"));
    CHECK_FALSE(has(r->html, "canonical"));
    CHECK(warned(r, "url: the URL \"javascript:alert(1)\" is not allowed"));
    CHECK(warned(r, "author url: the URL \"vbscript:x\" is not allowed"));
    CHECK(warned(r, "publisher logo: the URL \"javascript:x\" is not allowed"));
}

TEST_CASE("the page's JSON-LD reads back as the same article") {
    std::string h = html(R"J({"headline": "Tides \"quoted\" <b>", "description": "d", "datePublished": "2026-03-02T07:15:00+01:00",
      "author": {"name": "Ines", "jobTitle": "Correspondent", "url": "https://gazette.example/ines"},
      "publisher": {"name": "Gazette", "url": "https://gazette.example/"}, "inLanguage": "fr",
      "keywords": ["a", "b"], "url": "https://gazette.example/t", "articleBody": "Un deux trois."})J", page_mode());
    std::size_t from = h.find("<script type=\"application/ld+json\">") + 35;
    std::string json = h.substr(from, h.find("</script>", from) - from);
    auto back = parse_json(json);
    INFO(json);
    REQUIRE(back);
    CHECK(back->headline == "Tides \"quoted\" <b>");
    CHECK(back->authors.size() == 1);
    CHECK(back->authors[0].role == "Correspondent");
    CHECK(back->authors[0].url == "https://gazette.example/ines");
    CHECK(back->publisher.name == "Gazette");
    CHECK(back->language == "fr");
    CHECK(back->tags == std::vector<std::string>{"a", "b"});
    CHECK(back->url == "https://gazette.example/t");
    REQUIRE(back->published);
    CHECK(back->published->offset_minutes == 60);
    CHECK(has(json, "\"wordCount\":3,\"timeRequired\":\"PT1M\""));
}

TEST_CASE("page mode loads the shim only when the script option names it") {
    RenderOptions o;
    o.mode = RenderMode::page;
    std::string none = html(R"({"headline": "x"})", o);
    CHECK_FALSE(has(none, "<script type=\"module\""));
    o.script = "/dist/broadsheet.js";
    std::string with = html(R"({"headline": "x"})", o);
    CHECK(has(with, "<script type=\"module\" src=\"/dist/broadsheet.js\"></script>\n"));
    CHECK(with.find("<script type=\"module\"") < with.find("</head>"));
    o.script = "javascript:alert(1)";
    auto r = render(R"({"headline": "x"})", o);
    REQUIRE(r);
    CHECK_FALSE(has(r->html, "<script type=\"module\""));
    bool warned = false;
    for (const auto& d : r.diagnostics) warned |= d.message.find("script") != std::string::npos;
    CHECK(warned);
}
