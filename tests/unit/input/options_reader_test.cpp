#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

TEST_CASE("options JSON maps onto RenderOptions") {
    auto o = parse_options_json(R"({"mode": "page", "format": "markdown", "ads": {"after": 2, "every": 4, "max": 2},
      "share": {"networks": ["email", "x", "copy"]}, "readingTime": {"wordsPerMinute": 200},
      "toc": true, "allowHtml": true, "typography": false, "urlSchemes": ["https", "TEL:"], "strings": {"advertisement": "Anzeige"},
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
    CHECK_FALSE(o->typography);
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
    CHECK(o->typography);
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

static std::string message_at(const Result<RenderOptions>& o, const char* path) {
    for (const auto& d : o.diagnostics)
        if (d.path == path) return d.message;
    return "(none)";
}

TEST_CASE("ads: true takes the defaults; an unknown size is an error") {
    auto on = parse_options_json(R"({"ads": true})");
    REQUIRE(on);
    CHECK(on->ads.enabled);
    CHECK(on->ads.after == 3);
    CHECK(on->ads.every == 6);
    CHECK(on->ads.max == 3);
    CHECK(on->ads.size == "300x250");
    auto bad = parse_options_json(R"({"ads": {"size": "banner", "after": 0}})");
    REQUIRE_FALSE(bad);
    CHECK(message_at(bad, "/ads/size").find("unknown slot size \"banner\"") != std::string::npos);
    CHECK(message_at(bad, "/ads/after") != "(none)");
}

TEST_CASE("toc and share take only their documented values") {
    auto o = parse_options_json(R"({"toc": "yes", "share": "all"})");
    REQUIRE_FALSE(o);
    CHECK(message_at(o, "/toc") == "options: expected \"auto\", true or false");
    CHECK(message_at(o, "/share").rfind("options: expected false or an object, found ", 0) == 0);
    auto off = parse_options_json(R"({"toc": false, "share": false})");
    REQUIRE(off);
    CHECK(off->toc == TocMode::off);
    CHECK_FALSE(off->share.enabled);
}

TEST_CASE("strings: unknown keys and forgotten placeholders are warnings") {
    auto o = parse_options_json(R"({"strings": {"minRead": "Lesezeit", "advertisment": "Anzeige", "updated": "Stand {date}"}})");
    REQUIRE(o);  // warnings only
    CHECK(o->strings.at("minRead") == "Lesezeit");
    CHECK(message_at(o, "/strings/minRead") == "options: \"minRead\" has no {n}; the value is added at the end");
    CHECK(message_at(o, "/strings/advertisment").find("advertisement") != std::string::npos);  // did you mean
    CHECK(message_at(o, "/strings/updated") == "(none)");
    auto bad = parse_options_json(R"({"strings": {"by": 3}})");
    REQUIRE_FALSE(bad);
    // A key is input: in a path its control characters are shown, never passed
    // to a terminal (found by fuzz_options).
    auto ctl = parse_options_json("{\"strings\": {\"a\x7f/b\": true}}");
    REQUIRE_FALSE(ctl);
    std::vector<std::string> at;
    for (const auto& d : ctl.diagnostics) {
        CHECK(d.path.find('\x7f') == std::string::npos);
        if (d.path == "/strings/a<U+007F>~1b") at.push_back(d.message);
    }
    CHECK(at == std::vector<std::string>{"options: unknown field \"a<U+007F>/b\", ignored",
                                         "options: expected text, found true or false"});
}

TEST_CASE("the site's language and direction: lang and dir") {
    auto o = parse_options_json(R"({"lang": "pt-BR", "dir": "rtl"})");
    REQUIRE(o);
    CHECK(o->lang == "pt-BR");
    CHECK(o->dir == TextDirection::rtl);
    auto bad = parse_options_json(R"({"lang": "en_GB", "dir": "up"})");
    REQUIRE_FALSE(bad);
    REQUIRE(bad.diagnostics.size() == 2);
    CHECK(bad.diagnostics[0].path == "/lang");
    CHECK(bad.diagnostics[0].message.find("options: expected a BCP 47 language tag") == 0);
    CHECK(bad.diagnostics[1].message == "options: expected \"ltr\", \"rtl\" or \"auto\", found \"up\"");
}

TEST_CASE("embedOrigins: https origins only, normalised") {
    auto o = parse_options_json(
        R"({"allowHtml": true, "embedOrigins": ["https://www.youtube-nocookie.com", "https://Player.Vimeo.com/"]})");
    REQUIRE(o);
    CHECK(o->embed_origins == std::vector<std::string>{"https://www.youtube-nocookie.com", "https://player.vimeo.com"});
    auto bad = parse_options_json(
        R"({"embedOrigins": ["http://player.vimeo.com", "https://player.vimeo.com/video", "https://a@b.example", "*"]})");
    REQUIRE_FALSE(bad);
    CHECK(message_at(bad, "/embedOrigins/0").find("is not an https origin") != std::string::npos);
    CHECK(message_at(bad, "/embedOrigins/1").find("is not an https origin") != std::string::npos);
    CHECK(message_at(bad, "/embedOrigins/2").find("is not an https origin") != std::string::npos);
    CHECK(message_at(bad, "/embedOrigins/3").find("is not an https origin") != std::string::npos);
    auto one = parse_options_json(R"({"embedOrigins": "https://player.vimeo.com"})");  // one, as a string
    REQUIRE(one);
    CHECK(one->embed_origins == std::vector<std::string>{"https://player.vimeo.com"});
    CHECK_FALSE(parse_options_json(R"({"embedOrigins": 1})"));
}

TEST_CASE("layout, theme and tagUrl") {
    auto o = parse_options_json(R"({"layout": "wide-lead", "theme": "light", "tagUrl": "/topics/{tag}"})");
    REQUIRE(o);
    CHECK(o->layout == Layout::wide_lead);
    CHECK(o->theme == PageTheme::light);
    CHECK(o->tag_url == "/topics/{tag}");
    auto d = parse_options_json("{}");
    CHECK(d->layout == Layout::standard);
    CHECK(d->theme == PageTheme::auto_);
    CHECK(d->tag_url.empty());
    auto bad = parse_options_json(R"({"layout": "wide", "theme": "sepia"})");
    REQUIRE_FALSE(bad);
    CHECK(message_at(bad, "/layout") == "options: expected \"standard\" or \"wide-lead\"");
    CHECK(message_at(bad, "/theme") == "options: expected \"auto\", \"host\", \"light\" or \"dark\"");
}
