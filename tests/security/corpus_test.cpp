// The hostile corpus, natively: every case of tests/security/*.txt rendered in
// fragment and page mode through the public API, its output read by the
// security oracle (html_check.hpp). The format is described in README.md.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <set>
#include <sstream>

#include "broadsheet/broadsheet.hpp"
#include "security/corpus.hpp"
#include "security/html_check.hpp"

namespace {

using bs_test::read_corpus;

std::string describe(const std::vector<broadsheet::Diagnostic>& ds) {
    std::string s;
    for (const auto& d : ds)
        s += std::string(d.severity == broadsheet::Severity::error ? "  error: " : "  warning: ") + d.message + "\n";
    return s;
}

}  // namespace

TEST_CASE("the hostile corpus has at least 80 uniquely named cases") {
    auto corpus = read_corpus();
    CHECK(corpus.size() >= 80);
    std::set<std::string> names;
    for (const auto& c : corpus) {
        INFO(c.file << ':' << c.line);
        CHECK(names.insert(c.name).second);
        CHECK_FALSE(c.source.empty());
    }
}

TEST_CASE("no hostile case renders anything that could run script") {
    const char* only = std::getenv("BS_SECURITY_CASE");
    int ran = 0;
    for (const auto& c : read_corpus()) {
        if (only && c.name.find(only) == std::string::npos) continue;
        for (auto mode : {broadsheet::RenderMode::fragment, broadsheet::RenderMode::page,
                          broadsheet::RenderMode::commonmark}) {
            const char* mode_name = mode == broadsheet::RenderMode::page       ? "page"
                                    : mode == broadsheet::RenderMode::commonmark ? "commonmark"
                                                                                 : "fragment";
            if (c.modes.find(mode_name) == std::string::npos) continue;
            INFO(c.file << ':' << c.line << ": " << c.name << " (" << mode_name << ")");
            ++ran;
            auto options = broadsheet::parse_options_json(c.options);
            for (const auto& d : options.diagnostics) {
                INFO("options diagnostic: " << d.message);
                CHECK(bs_test::is_clean_message(d.message));
                CHECK(bs_test::is_clean_message(d.path));
            }
            if (!options) {
                INFO("options:\n" << describe(options.diagnostics));
                REQUIRE_FALSE(c.expect_error.empty());
                bool found = std::any_of(options.diagnostics.begin(), options.diagnostics.end(),
                                         [&](const broadsheet::Diagnostic& d) { return d.message.find(c.expect_error) != std::string::npos; });
                CHECK(found);
                continue;
            }
            options->mode = mode;
            if (c.format == "json") options->format = broadsheet::InputFormat::json;
            if (c.format == "markdown") options->format = broadsheet::InputFormat::markdown;
            auto out = broadsheet::render(c.source, *options);
            INFO("diagnostics:\n" << describe(out.diagnostics));
            for (const auto& d : out.diagnostics) {
                INFO("diagnostic: " << d.message);
                CHECK(bs_test::is_clean_message(d.message));
                CHECK(bs_test::is_clean_message(d.path));
            }
            if (!c.expect_error.empty()) {
                CHECK_FALSE(out.ok());
                bool found = std::any_of(out.diagnostics.begin(), out.diagnostics.end(), [&](const broadsheet::Diagnostic& d) {
                    return d.severity == broadsheet::Severity::error && d.message.find(c.expect_error) != std::string::npos;
                });
                CHECK(found);
                continue;
            }
            CHECK(out.ok());
            if (!out.ok()) continue;
            INFO("html:\n" << out->html);
            if (std::getenv("BS_SECURITY_DUMP")) std::cout << "=== " << c.name << " (" << mode_name << ")\n" << out->html;
            auto problems = bs_test::html_problems(out->html);
            std::string listed;
            for (const auto& p : problems) listed += "  " + p + "\n";
            INFO("problems:\n" << listed);
            CHECK(problems.empty());
            for (const auto& p : c.present) {
                INFO("must be present: " << p);
                CHECK(out->html.find(p) != std::string::npos);
            }
            for (const auto& a : c.absent) {
                INFO("must be absent: " << a);
                CHECK(out->html.find(a) == std::string::npos);
            }
        }
    }
    CHECK(ran > 0);
}

TEST_CASE("the oracle itself catches what it is there to catch") {
    using bs_test::html_problems;
    CHECK(html_problems("<p class=\"a\">fine &amp; <a href=\"https://x.example/\">ok</a></p>").empty());
    CHECK(html_problems("<img src=\"x\" onerror=\"alert(1)\">").size() == 1);
    CHECK(html_problems("<a href=\"JaVa&#x09;ScRipt:alert(1)\">x</a>").size() == 1);
    CHECK(html_problems("<a href=\" javascript:alert(1)\">x</a>").size() == 1);
    CHECK(html_problems("<a href=\"javascript&colon;alert(1)\">x</a>").size() == 1);
    CHECK(html_problems("<a href=\"%6Aavascript:alert(1)\">x</a>").empty());  // a relative path, not a scheme
    CHECK(html_problems("<script>alert(1)</script>").size() == 1);
    CHECK(html_problems("<script type=\"application/ld+json\">{\"a\":\"</script><script>x\"}</script>").size() >= 2);
    CHECK(html_problems("<object title=\"x\"></object>").size() == 2);  // open and close
    CHECK(html_problems("<iframe src=\"https://x.example\"></iframe>").size() == 1);  // not sandboxed
    CHECK(html_problems("<iframe src=\"https://x.example\" sandbox=\"allow-scripts allow-same-origin\"></iframe>")
              .size() == 1);
    CHECK(html_problems("<iframe src=\"//x.example\" sandbox=\"allow-scripts\"></iframe>").size() == 1);
    CHECK(html_problems("<iframe src=\"https://x.example\" sandbox=\"allow-scripts\"></iframe>").empty());
    CHECK(html_problems("<p>a <!-- b --></p>").size() == 1);
    CHECK(html_problems("<p title=x>a</p>").size() == 1);
    CHECK(html_problems("<p style=\"color:red\">a</p>").size() == 1);
    CHECK(html_problems(std::string_view("<p>a\0b</p>", 10)).size() == 1);
    CHECK(html_problems("<p>\xC3(</p>").size() == 1);
    CHECK(html_problems("<img srcset=\"a.jpg 1w, javascript:x 2w\" alt=\"\">").size() == 1);
    CHECK(html_problems("<img srcset=\"a.jpg 1w,javascript:x 2w\" alt=\"\">").size() == 1);
    CHECK(html_problems("<img srcset=\"a.jpg,, javascript:x\" alt=\"\">").size() == 1);
    CHECK(html_problems("<img srcset=\"a.jpg?x=1,javascript:x 2w\" alt=\"\">").empty());  // one URL: commas inside stay
    CHECK(html_problems("<img srcset=\"a.jpg 1w (x, javascript:y)\" alt=\"\">").empty());  // inside a descriptor
    CHECK(html_problems("<meta property=\"og:image\" content=\"javascript:x\">").size() == 1);
    CHECK(html_problems("<a href=\"https://x.example/\" target=\"_blank\">x</a>").size() == 1);
    CHECK(html_problems("<article><p>a</p></div></article>").size() == 1);  // a stray end tag
    CHECK(html_problems("<p><em>a</p>").size() == 2);                       // misnested, then unclosed
    CHECK(html_problems("<p>a<br>b<img src=\"/x\" alt=\"\"><hr /></p>").empty());  // void elements
    CHECK(bs_test::is_clean_message("unknown field \"caf\xC3\xA9\" <U+001B>"));
    CHECK_FALSE(bs_test::is_clean_message("a\x1B[2J"));
    CHECK_FALSE(bs_test::is_clean_message("a\xC2\x9B" "2J"));
    CHECK_FALSE(bs_test::is_clean_message("line\nbreak"));
    CHECK_FALSE(bs_test::is_clean_message("cut \xC3"));
}
