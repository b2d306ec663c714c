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

static std::vector<std::string> where(const std::vector<Diagnostic>& list) {
    std::vector<std::string> out;
    for (const auto& d : list)
        out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.path);
    return out;
}

TEST_CASE("every error is reported, in source order, each at its field") {
    auto r = parse_json(R"({
  "headline": 42,
  "datePublished": "2026-02-30",
  "author": [{"jobTitle": "Editor"}, "Ines Ferreira"],
  "image": {"url": "/a.jpg", "alt": "A", "width": "wide"},
  "inLanguage": "en_GB",
  "timeRequired": "4 minutes",
  "keywords": ["ok", 3]
})");
    REQUIRE_FALSE(r);
    CHECK(where(r.diagnostics) == std::vector<std::string>{"2:15 /headline", "3:20 /datePublished", "4:14 /author/0/name",
                                                           "5:51 /image/width", "6:17 /inLanguage", "7:19 /timeRequired",
                                                           "8:22 /keywords/1"});
    CHECK(r.diagnostics[1].message == "expected a date like 2024-05-21 or 2024-05-21T09:50:00+06:00: day 30 does not exist in that month");
    CHECK(r.diagnostics[2].message == "an author needs a \"name\"");
    CHECK(r.diagnostics[5].message == "expected an ISO 8601 duration like \"PT4M\" or \"PT1H30M\", found \"4 minutes\"");
}

TEST_CASE("model warnings: no date, no alt text, a long headline, each where it is") {
    std::string headline(111, 'x');
    auto r = render("{\n  \"headline\": \"" + headline + "\",\n  \"image\": \"/a.jpg\"\n}");
    REQUIRE(r);
    REQUIRE(r.diagnostics.size() == 3);
    for (const auto& d : r.diagnostics) CHECK(d.severity == Severity::warning);
    CHECK(r.diagnostics[0].message == "the article has no publication date: readers cannot tell how current it is; add \"datePublished\"");
    CHECK(where({r.diagnostics[0]}) == std::vector<std::string>{"1:1 /datePublished"});
    CHECK(r.diagnostics[1].message.find("the headline is 111 characters long") == 0);
    CHECK(where({r.diagnostics[1]}) == std::vector<std::string>{"2:15 /headline"});
    CHECK(r.diagnostics[2].message == "the lead image has no alt text: describe it for readers who cannot see it");
    CHECK(where({r.diagnostics[2]}) == std::vector<std::string>{"3:12 /image/alt"});

    // 110 Cyrillic letters are 220 bytes but 110 characters: no warning.
    std::string cyrillic;
    for (int i = 0; i < 110; ++i) cyrillic += "\xD0\x96";
    auto ok = render(R"({"headline": ")" + cyrillic + R"(", "datePublished": "2026-01-01"})");
    REQUIRE(ok);
    CHECK(ok.diagnostics.empty());
}

TEST_CASE("an unknown field is reported at its key") {
    auto r = parse_json("{\"headline\": \"x\", \"datePublished\": \"2026-01-01\",\n   \"kewyords\": [\"a\"]}");
    REQUIRE(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "unknown field \"kewyords\" (did you mean \"keywords\"?), ignored");
    CHECK(where(r.diagnostics) == std::vector<std::string>{"2:4 /kewyords"});
}

TEST_CASE("JSON-LD shapes: image lists, contentUrl, description as alt, mainEntityOfPage, logo objects") {
    auto r = parse_json(R"({"headline": "x", "datePublished": "2026-01-01",
      "image": [{"@type": "ImageObject", "contentUrl": "/1x1.jpg", "description": "Boats"}, "/16x9.jpg"],
      "mainEntityOfPage": {"@type": "WebPage", "@id": "https://example.org/a"},
      "publisher": {"name": "P", "logo": {"@type": "ImageObject", "url": "/logo.png"}},
      "author": {"@type": "Organization", "name": "Gazette staff"}})");
    REQUIRE(r);
    CHECK(r.diagnostics.empty());
    CHECK(r->image->url == "/1x1.jpg");
    CHECK(r->image->alt == "Boats");
    CHECK(r->url == "https://example.org/a");
    CHECK(r->publisher.logo == "/logo.png");
    CHECK(r->authors.at(0).name == "Gazette staff");

    auto both = parse_json(R"({"headline": "x", "url": "/own", "mainEntityOfPage": "/other"})");
    REQUIRE(both);
    CHECK(both->url == "/own");  // url wins
}

TEST_CASE("the non-schema.org extensions: dir, alt, srcset, sizes; timeRequired as the reading time") {
    auto r = parse_json(R"({"headline": "x", "datePublished": "2026-01-01", "inLanguage": "az-Arab", "dir": "rtl",
      "timeRequired": "PT1H5M",
      "image": {"url": "/a.jpg", "alt": "A", "srcset": "/a.jpg 800w, /b.jpg 1600w", "sizes": "100vw"}})");
    REQUIRE(r);
    CHECK(r.diagnostics.empty());
    CHECK(r->language == "az-Arab");
    CHECK(r->direction == TextDirection::rtl);
    CHECK(r->reading_time_minutes == 65);
    REQUIRE(r->image->srcset.size() == 2);
    CHECK(r->image->srcset[1].url == "/b.jpg");
    CHECK(r->image->srcset[1].width == 1600);
    CHECK(r->image->sizes == "100vw");

    auto list = parse_json(R"({"headline": "x", "image": {"url": "/a.jpg", "alt": "A",
      "srcset": [{"url": "/a.jpg", "width": 800}, {"width": 1600}]}})");
    REQUIRE_FALSE(list);
    auto* d = find(list.diagnostics, "a srcset candidate needs a \"url\"");
    REQUIRE(d);
    CHECK(d->path == "/image/srcset/1/url");
}

TEST_CASE("a byte order mark is not part of the JSON") {
    auto r = parse_json("\xEF\xBB\xBF{\"headline\": \"x\", \"datePublished\": \"2026-01-01\"}");
    REQUIRE(r);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("limit messages say which limit and how to raise it") {
    Limits l;
    l.max_input_bytes = 10;
    auto big = parse_json(R"({"headline": "too long for ten bytes"})", l);
    REQUIRE(big.diagnostics.size() == 1);
    CHECK(big.diagnostics[0].message == "the article is 38 bytes, over the limit of 10 (maxInputBytes)");
    l = Limits{};
    l.max_depth = 3;
    auto deep = parse_json(R"({"headline": "x", "author": [{"name": {"a": 1}}]})", l);
    REQUIRE_FALSE(deep);
    REQUIRE(deep.diagnostics.size() == 1);
    CHECK(deep.diagnostics[0].message == "nesting deeper than 3 levels (limit maxDepth)");
    CHECK(deep.diagnostics[0].line == 1);
    CHECK(deep.diagnostics[0].column == 39);
}

TEST_CASE("what the writer wrote is quoted safely: control characters shown, never half a character") {
    auto r = parse_json("{\"headline\": \"x\", \"datePublished\": \"2026-01-01\", \"bad\\u001b]0;key\": 1}");
    REQUIRE(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "unknown field \"bad<U+001B>]0;key\", ignored");
    CHECK(r.diagnostics[0].path == "/bad<U+001B>]0;key");
    auto ctl = parse_json("{\"headline\": \x01}");
    REQUIRE(ctl.diagnostics.size() == 1);
    CHECK(ctl.diagnostics[0].message == "invalid JSON: unexpected '<U+0001>'");
    auto two = parse_json("{\"headline\": \xC3\xA9}");
    REQUIRE(two.diagnostics.size() == 1);
    CHECK(two.diagnostics[0].message == "invalid JSON: unexpected '\xC3\xA9'");
}

TEST_CASE("a key given twice is a warning at the second, which is the one used") {
    auto r = parse_json("{\"headline\": \"First\", \"datePublished\": \"2026-01-01\",\n \"headline\": \"Second\"}");
    REQUIRE(r);
    CHECK(r->headline == "Second");
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].severity == Severity::warning);
    CHECK(r.diagnostics[0].message == "\"headline\" is given twice; the last one is used");
    CHECK(r.diagnostics[0].line == 2);
    CHECK(r.diagnostics[0].column == 2);
    CHECK(r.diagnostics[0].path == "/headline");
}

TEST_CASE("schema.org's name as the headline, the Article subtype kept, every image") {
    auto r = parse_json(R"({"@type": "BlogPosting", "name": "Tea with the harbour master",
        "image": ["/a.jpg", {"url": "/b.jpg"}, "/c.jpg"],
        "author": {"@type": "Person", "name": "Amara Okafor", "affiliation": {"@type": "Organization", "name": "Harbour FM"}}})");
    REQUIRE(r);
    CHECK(r->headline == "Tea with the harbour master");
    CHECK(r->type == "BlogPosting");
    CHECK(r->image->url == "/a.jpg");
    REQUIRE(r->more_images.size() == 2);
    CHECK(r->more_images[1].url == "/c.jpg");
    CHECK(r->authors[0].affiliation == "Harbour FM");
    // headline and name alike (as JSON-LD often has): the headline, no warning.
    auto both = render(R"({"headline": "H", "name": "H", "datePublished": "2024-01-01"})");
    REQUIRE(both);
    CHECK(both.diagnostics.empty());
    // A type that is not an Article renders as NewsArticle.
    auto other = parse_json(R"({"@type": "Recipe", "headline": "H"})");
    REQUIRE(other);
    CHECK(other->type.empty());
    auto none = parse_json(R"({"@type": "BlogPosting"})");
    REQUIRE_FALSE(none);
    CHECK(none.diagnostics[0].message == "the article has no headline: add \"headline\" (or \"name\")");
}
