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
#include "security/html_check.hpp"

namespace {

struct Case {
    std::string file;
    int line = 0;
    std::string name;
    std::string format;
    std::string options;
    bool escapes = false;
    std::vector<std::string> present, absent;
    std::string expect_error;
    std::string modes = "fragment page";
    std::string source;
};

std::string unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\\') {
            out += '\\';
            ++i;
        } else if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] == 'x' && std::isxdigit(static_cast<unsigned char>(s[i + 2])) &&
                   std::isxdigit(static_cast<unsigned char>(s[i + 3]))) {
            out += static_cast<char>(std::stoi(s.substr(i + 2, 2), nullptr, 16));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

void finish(Case& c, std::vector<std::string>& lines, std::vector<Case>& out) {
    while (!lines.empty() && lines.back().find_first_not_of(" \t\r") == std::string::npos) lines.pop_back();
    for (const auto& l : lines) c.source += l + "\n";
    if (c.escapes) c.source = unescape(c.source);
    out.push_back(std::move(c));
}

std::vector<Case> read_corpus() {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(BS_SOURCE_DIR "/tests/security"))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<Case> out;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::string line;
        Case c;
        bool in_case = false, in_source = false;
        std::vector<std::string> lines;
        int n = 0;
        while (std::getline(in, line)) {
            ++n;
            if (line.rfind("=== case: ", 0) == 0) {
                if (in_case) finish(c, lines, out);
                c = Case{};
                lines.clear();
                c.file = path.filename().string();
                c.line = n;
                c.name = line.substr(10);
                in_case = true;
                in_source = false;
            } else if (!in_case) {
                continue;
            } else if (in_source) {
                lines.push_back(line);
            } else if (line == "=== source") {
                in_source = true;
            } else if (line.rfind("format: ", 0) == 0) {
                c.format = line.substr(8);
            } else if (line.rfind("options: ", 0) == 0) {
                c.options = line.substr(9);
            } else if (line == "escapes: yes") {
                c.escapes = true;
            } else if (line.rfind("present: ", 0) == 0) {
                c.present.push_back(line.substr(9));
            } else if (line.rfind("absent: ", 0) == 0) {
                c.absent.push_back(line.substr(8));
            } else if (line.rfind("modes: ", 0) == 0) {
                c.modes = line.substr(7);
            } else if (line.rfind("expect-error: ", 0) == 0) {
                c.expect_error = line.substr(14);
            } else if (!line.empty()) {
                FAIL(c.file << ':' << n << ": unknown header line: " << line);
            }
        }
        if (in_case) finish(c, lines, out);
    }
    return out;
}

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
    CHECK(html_problems("<iframe src=\"https://x.example\"></iframe>").size() == 2);  // open and close
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
