// The limits (options.hpp, Limits): each one, when hit through the public
// API, is one clear error naming the option, never a crash, and each can be
// raised or lowered. The same limits through the WebAssembly shim are tested
// in tests/node/pathological.test.mjs.
#include <catch2/catch.hpp>

#include <algorithm>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;
using Catch::Matchers::EndsWith;
using Catch::Matchers::StartsWith;

namespace {

std::string repeat(std::string_view s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

// The one error of a failed result (and that it is the only one).
std::string only_error(const std::vector<Diagnostic>& ds) {
    std::string found;
    int errors = 0;
    for (const auto& d : ds)
        if (d.severity == Severity::error) {
            ++errors;
            found = d.message;
        }
    return errors == 1 ? found : "(" + std::to_string(errors) + " errors)";
}

RenderOptions with_limits(Limits l) {
    RenderOptions o;
    o.limits = l;
    return o;
}

const std::string kHead = "---\ntitle: T\n---\n";

}  // namespace

TEST_CASE("the documented defaults") {
    Limits l;
    CHECK(l.max_input_bytes == 8u * 1024 * 1024);
    CHECK(l.max_depth == 64);
    CHECK(l.max_diagnostics == 100);
    CHECK(l.max_output_bytes == 64u * 1024 * 1024);
}

TEST_CASE("maxInputBytes: a clear error before any parsing, for render and both parsers") {
    Limits l;
    l.max_input_bytes = 100;
    std::string md = kHead + repeat("word ", 40);
    auto r = render(md, with_limits(l));
    REQUIRE_FALSE(r);
    CHECK_THAT(only_error(r.diagnostics), StartsWith("the article is " + std::to_string(md.size()) + " bytes, over the limit of 100") &&
                                              EndsWith("(maxInputBytes)"));
    auto pm = parse_markdown(md, l);
    REQUIRE_FALSE(pm);
    CHECK_THAT(only_error(pm.diagnostics), StartsWith("the article is " + std::to_string(md.size()) + " bytes, over the limit of 100") &&
                                               EndsWith("(maxInputBytes)"));
    std::string json = "{\"headline\":\"" + repeat("x", 200) + "\"}";
    auto pj = parse_json(json, l);
    REQUIRE_FALSE(pj);
    CHECK_THAT(only_error(pj.diagnostics), StartsWith("the article is 215 bytes, over the limit of 100") &&
                                               EndsWith("(maxInputBytes)"));

    l.max_input_bytes = md.size();  // exactly at the limit is fine
    CHECK(render(md, with_limits(l)));
}

TEST_CASE("maxInputBytes: the default refuses 8 MiB + 1 and accepts 8 MiB") {
    std::string big = kHead + repeat("a", (8u << 20) - kHead.size());
    CHECK(render(big));
    big += 'a';
    auto r = render(big);
    REQUIRE_FALSE(r);
    CHECK_THAT(only_error(r.diagnostics), StartsWith("the article is 8388609 bytes, over the limit of 8388608") &&
                                              EndsWith("(maxInputBytes)"));
}

TEST_CASE("maxDepth: JSON nesting") {
    std::string deep = "{\"headline\":\"H\",\"x\":" + repeat("[", 70) + repeat("]", 70) + "}";
    auto r = render(deep);
    REQUIRE_FALSE(r);
    CHECK(only_error(r.diagnostics) == "nesting deeper than 64 levels (limit maxDepth)");
    Limits l;
    l.max_depth = 100;
    CHECK(render(deep, with_limits(l)));
    l.max_depth = 3;
    auto r3 = render("{\"headline\":\"H\",\"a\":{\"b\":[[1]]}}", with_limits(l));
    REQUIRE_FALSE(r3);
    CHECK(only_error(r3.diagnostics) == "nesting deeper than 3 levels (limit maxDepth)");
}

TEST_CASE("maxDepth: JSON nesting far beyond the limit costs nothing") {
    // The SAX parser stops at the limit: a million brackets are not a million frames.
    auto r = render("{\"headline\":\"H\",\"x\":" + repeat("[", 1000000));
    REQUIRE_FALSE(r);
    CHECK(only_error(r.diagnostics) == "nesting deeper than 64 levels (limit maxDepth)");
}

TEST_CASE("maxDepth: YAML front matter, block and flow") {
    Limits l;
    l.max_depth = 3;
    auto block = render("---\ntitle: T\na:\n  b:\n    c:\n      d: 1\n---\n", with_limits(l));
    REQUIRE_FALSE(block);
    CHECK(only_error(block.diagnostics) == "front matter: nesting deeper than 3 levels (limit maxDepth)");
    auto flow = render("---\ntitle: T\na: [[[[1]]]]\n---\n", with_limits(l));
    REQUIRE_FALSE(flow);
    CHECK(only_error(flow.diagnostics) == "front matter: nesting deeper than 3 levels (limit maxDepth)");
    auto deep_flow = render("---\ntitle: T\na: " + repeat("[", 100000) + "\n---\n");
    REQUIRE_FALSE(deep_flow);
    CHECK(only_error(deep_flow.diagnostics) == "front matter: nesting deeper than 64 levels (limit maxDepth)");
}

TEST_CASE("maxDepth: Markdown lists and quotes") {
    auto quotes = render(kHead + repeat(">", 65) + " deep\n");
    REQUIRE_FALSE(quotes);
    CHECK(only_error(quotes.diagnostics) == "lists and quotes nested deeper than 64 levels (limit maxDepth)");
    CHECK(render(kHead + repeat(">", 64) + " deep\n"));

    std::string list;
    for (int i = 0; i < 40; ++i) list += std::string(static_cast<std::size_t>(i) * 2, ' ') + "- item\n";
    Limits l;
    l.max_depth = 10;
    auto lists = render(kHead + list, with_limits(l));
    REQUIRE_FALSE(lists);
    CHECK(only_error(lists.diagnostics) == "lists and quotes nested deeper than 10 levels (limit maxDepth)");
    l.max_depth = 1000;
    CHECK(render(kHead + list, with_limits(l)));
}

TEST_CASE("maxDiagnostics: the list is capped and its last entry says how many more") {
    // 500 unknown keys: 500 warnings, all from the parser.
    std::string json = "{\"headline\":\"H\",\"datePublished\":\"2026-01-01\"";
    for (int i = 0; i < 500; ++i) json += ",\"unknown" + std::to_string(i) + "\":1";
    json += "}";
    Limits unlimited;
    unlimited.max_diagnostics = 100000;
    auto all = render(json, with_limits(unlimited));
    REQUIRE(all);
    std::size_t total = all.diagnostics.size();
    REQUIRE(total >= 500);
    auto r = render(json);
    REQUIRE(r);
    REQUIRE(r.diagnostics.size() == 100);
    CHECK(r.diagnostics.back().message ==
          "too many problems: " + std::to_string(total - 99) + " more not shown (limit maxDiagnostics = 100)");
    CHECK(r.diagnostics.back().severity == Severity::warning);
    Limits l;
    l.max_diagnostics = 5;
    auto r5 = render(json, with_limits(l));
    REQUIRE(r5.diagnostics.size() == 5);
    CHECK(r5.diagnostics.back().message ==
          "too many problems: " + std::to_string(total - 4) + " more not shown (limit maxDiagnostics = 5)");
}

TEST_CASE("maxDiagnostics: bounds the whole list, parser's and renderer's together") {
    // The front matter has no date (a parser warning); the body has 100000
    // refused links (renderer warnings).
    auto r = render(kHead + repeat("[x](javascript:a) ", 100000));
    REQUIRE(r);
    CHECK(r.diagnostics.size() <= 100);
    Limits l;
    l.max_diagnostics = 3;
    auto r3 = render(kHead + repeat("[x](javascript:a) ", 10), with_limits(l));
    CHECK(r3.diagnostics.size() <= 3);
}

TEST_CASE("maxOutputBytes: a clear error instead of a huge page") {
    Limits l;
    l.max_output_bytes = 1000;
    auto r = render(kHead + repeat("<&> ", 1000), with_limits(l));
    REQUIRE_FALSE(r);
    std::string e = only_error(r.diagnostics);
    CHECK(e.rfind("the HTML is ", 0) == 0);
    CHECK(e.find(" bytes, over the limit of 1000 (maxOutputBytes)") != std::string::npos);
    l.max_output_bytes = 1u << 20;
    CHECK(render(kHead + repeat("<&> ", 1000), with_limits(l)));
}

TEST_CASE("the limits are options with bounds") {
    auto o = parse_options_json(R"({"maxInputBytes": 1000, "maxDepth": 5, "maxDiagnostics": 7, "maxOutputBytes": 2000})");
    REQUIRE(o);
    CHECK(o->limits.max_input_bytes == 1000);
    CHECK(o->limits.max_depth == 5);
    CHECK(o->limits.max_diagnostics == 7);
    CHECK(o->limits.max_output_bytes == 2000);

    auto bad = parse_options_json(R"({"maxDepth": 0, "maxInputBytes": -1, "maxOutputBytes": 1.5, "maxDiagnostics": "x"})");
    REQUIRE_FALSE(bad);
    CHECK(bad.diagnostics.size() == 4);
    auto depth = parse_options_json(R"({"maxDepth": 1001})");
    REQUIRE_FALSE(depth);
    auto options_too_deep = parse_options_json(R"({"publisher": {"name": [[[[[[[[[[1]]]]]]]]]]}})");
    REQUIRE_FALSE(options_too_deep);
    CHECK(only_error(options_too_deep.diagnostics) == "options: nesting deeper than 8 levels (limit maxDepth)");
}
