#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

TEST_CASE("options JSON maps onto RenderOptions") {
    auto o = parse_options_json(R"({"mode": "page", "format": "markdown", "ads": {"after": 2, "every": 4, "max": 2},
      "share": {"networks": ["email", "x", "copy"]}, "readingTime": {"wordsPerMinute": 200},
      "toc": true, "allowHtml": true, "urlSchemes": ["https", "TEL:"], "strings": {"advertisement": "Anzeige"},
      "maxInputBytes": 1000, "publisher": {"name": "The Harbour Gazette"}})");
    REQUIRE(o);
    CHECK(o->mode == RenderMode::page);
    CHECK(o->format == InputFormat::markdown);
    CHECK(o->ads.enabled);
    CHECK(o->ads.after == 2);
    CHECK(o->share.networks == std::vector<ShareNetwork>{ShareNetwork::email, ShareNetwork::x, ShareNetwork::copy});
    CHECK(o->reading_time.words_per_minute == 200);
    CHECK(o->toc == TocMode::on);
    CHECK(o->allow_html);
    CHECK(o->url_schemes == std::vector<std::string>{"https", "tel"});
    CHECK(o->strings.at("advertisement") == "Anzeige");
    CHECK(o->limits.max_input_bytes == 1000);
    CHECK(o->publisher.name == "The Harbour Gazette");
}

TEST_CASE("defaults: fragment, detect, no ads, share on, toc auto") {
    auto o = parse_options_json("");
    REQUIRE(o);
    CHECK(o->mode == RenderMode::fragment);
    CHECK(o->format == InputFormat::detect);
    CHECK_FALSE(o->ads.enabled);
    CHECK(o->share.enabled);
    CHECK(o->share.networks.size() == 10);
    CHECK(o->toc == TocMode::auto_);
    CHECK_FALSE(o->allow_html);
}

TEST_CASE("bad options are errors that name the key") {
    auto o = parse_options_json(R"({"mode": "poster", "urlSchemes": ["javascript"], "share": {"networks": ["myspace"]}})");
    REQUIRE_FALSE(o);
    REQUIRE(o.diagnostics.size() == 3);
    auto at = [&](const char* path) -> std::string {
        for (const auto& d : o.diagnostics)
            if (d.path == path) return d.message;
        return "(none)";
    };
    CHECK(at("/mode") == "options: expected \"fragment\", \"page\" or \"commonmark\"");
    CHECK(at("/urlSchemes/0").find("could run script") != std::string::npos);
    CHECK(at("/share/networks/0").find("unknown network \"myspace\"") != std::string::npos);
}
