#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

static const Diagnostic* find(const std::vector<Diagnostic>& list, std::string_view needle) {
    for (const auto& d : list)
        if (d.message.find(needle) != std::string::npos) return &d;
    return nullptr;
}

TEST_CASE("NewsArticle JSON fills the model") {
    auto r = parse_json(R"({
      "@context": "https://schema.org", "@type": "NewsArticle",
      "headline": "Tide tables rewritten", "alternativeHeadline": "A harbour story",
      "description": "The port authority publishes new tables.",
      "datePublished": "2026-03-02T07:15:00+01:00", "dateModified": "2026-03-02T09:00:00+01:00",
      "author": [{"@type": "Person", "name": "Ines Ferreira", "jobTitle": "Harbour Correspondent", "url": "https://example.org/ines"},
                 "Tom Baker"],
      "publisher": {"name": "The Harbour Gazette", "slogan": "Since 1911", "url": "https://example.org/", "logo": {"url": "/logo.svg"}},
      "image": [{"url": "/tide.jpg", "alt": "Boats at low tide", "caption": "Low tide", "creditText": "Photo: A. N. Other", "width": 1200, "height": "800"}],
      "inLanguage": "en-GB", "articleSection": "Local", "keywords": "tides, harbour ,  boats",
      "url": "https://example.org/tides", "articleBody": "First paragraph."
    })");
    REQUIRE(r);
    CHECK(r->headline == "Tide tables rewritten");
    CHECK(r->alternative_headline == "A harbour story");
    CHECK(r->published->hour == 7);
    CHECK(r->published->offset_minutes == 60);
    REQUIRE(r->authors.size() == 2);
    CHECK(r->authors[0].role == "Harbour Correspondent");
    CHECK(r->authors[1].name == "Tom Baker");
    CHECK(r->publisher.logo == "/logo.svg");
    REQUIRE(r->image);
    CHECK(r->image->credit == "Photo: A. N. Other");
    CHECK(r->image->height == 800);
    CHECK(r->tags == std::vector<std::string>{"tides", "harbour", "boats"});
    CHECK(r->section == "Local");
    CHECK(r->body == "First paragraph.");
    CHECK(r.diagnostics.empty());
}

TEST_CASE("JSON syntax errors give line and column") {
    auto r = parse_json("{\n  \"headline\": \"x\",\n  \"description\": oops\n}");
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].column >= 18);
    CHECK(r.diagnostics[0].message.find("invalid JSON") == 0);
}

TEST_CASE("wrong types are reported with their JSON path, all of them") {
    auto r = parse_json(R"({"headline": 42, "author": [{"name": "A"}, {"name": ["B"]}], "datePublished": "yesterday"})");
    REQUIRE_FALSE(r);
    auto* h = find(r.diagnostics, "expected text, found a number");
    REQUIRE(h);
    CHECK(h->path == "/headline");
    CHECK(h->line == 1);
    CHECK(h->column == 14);
    auto* a = find(r.diagnostics, "expected text, found an array");
    REQUIRE(a);
    CHECK(a->path == "/author/1/name");
    auto* d = find(r.diagnostics, "expected a date");
    REQUIRE(d);
    CHECK(d->path == "/datePublished");
}

TEST_CASE("unknown fields are warnings with a hint") {
    auto r = parse_json(R"({"headline": "x", "datePublised": "2026-01-01"})");
    REQUIRE(r);
    auto* w = find(r.diagnostics, "did you mean \"datePublished\"");
    REQUIRE(w);
    CHECK(w->severity == Severity::warning);
    CHECK(w->path == "/datePublised");
}

TEST_CASE("the depth limit stops deep nesting with a clear error") {
    std::string deep = "{\"headline\":\"x\",\"a\":" + std::string(100, '[') + std::string(100, ']') + "}";
    auto r = parse_json(deep);
    REQUIRE_FALSE(r);
    CHECK(find(r.diagnostics, "maxDepth"));
}

TEST_CASE("the size limit is checked before parsing") {
    Limits l;
    l.max_input_bytes = 10;
    auto r = parse_json(R"({"headline": "too long for ten bytes"})", l);
    REQUIRE_FALSE(r);
    CHECK(find(r.diagnostics, "maxInputBytes"));
}

TEST_CASE("a missing headline is an error") {
    auto r = parse_json(R"({"description": "x"})");
    REQUIRE_FALSE(r);
    CHECK(find(r.diagnostics, "no headline"));
}
