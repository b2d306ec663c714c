// The publisher, read one way for the article forms and the options.
#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

TEST_CASE("publisher: the name alone, or a map; JSON-LD's Organization as publishers write it") {
    auto json = parse_json(R"({"headline": "x", "datePublished": "2026-01-01",
      "publisher": {"@type": "Organization", "name": "Gazette", "sameAs": ["https://x.example"],
                    "logo": {"@type": "ImageObject", "url": "/logo.svg", "width": 60}}})");
    REQUIRE(json);
    CHECK(json.diagnostics.empty());
    CHECK(json->publisher.name == "Gazette");
    CHECK(json->publisher.logo == "/logo.svg");

    auto md = parse_markdown("---\ntitle: x\ndate: 2026-01-01\npublisher: The Harbour Gazette\n---\n");
    REQUIRE(md);
    CHECK(md->publisher.name == "The Harbour Gazette");

    auto opts = parse_options_json(R"({"publisher": {"name": "Gazette", "slogan": "Since 1911", "url": "https://g.example/"}})");
    REQUIRE(opts);
    CHECK(opts->publisher.slogan == "Since 1911");
}

TEST_CASE("publisher: the same mistakes get the same words in every form") {
    auto json = parse_json(R"({"headline": "x", "publisher": 3})");
    REQUIRE_FALSE(json);
    CHECK(json.diagnostics.at(0).message == "expected the publisher's name or an object with \"name\", found a number");
    auto md = parse_markdown("---\ntitle: x\npublisher: [a, b]\n---\n");
    REQUIRE_FALSE(md);
    CHECK(md.diagnostics.at(0).message == "expected the publisher's name or a map with \"name\", found a list");
    CHECK(md.diagnostics.at(0).path == "/publisher");
    // The options take only the map: a site's defaults have more than a name.
    auto opts = parse_options_json(R"({"publisher": "Gazette"})");
    REQUIRE_FALSE(opts);
    CHECK(opts.diagnostics.at(0).message == "options: expected an object, found text");
    // A typo in any form gets a hint from the same keys.
    auto typo = parse_options_json(R"({"publisher": {"slgan": "x"}})");
    REQUIRE(typo);
    CHECK(typo.diagnostics.at(0).message == "options: unknown field \"slgan\" (did you mean \"slogan\"?), ignored");
}
