// JSON -> Value: syntax errors at their line and column, in the writer's
// terms; the depth limit. Through parse_json, as writers meet them.
#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

TEST_CASE("JSON syntax errors give line and column") {
    auto r = parse_json("{\n  \"headline\": \"x\",\n  \"description\": oops\n}");
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].column >= 18);
    CHECK(r.diagnostics[0].message.find("invalid JSON") == 0);
}

TEST_CASE("the depth limit stops deep nesting with a clear error") {
    std::string deep = "{\"headline\":\"x\",\"a\":" + std::string(100, '[') + std::string(100, ']') + "}";
    auto r = parse_json(deep);
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "nesting deeper than 64 levels (limit maxDepth)");
    CHECK(r.diagnostics[0].line == 1);
    CHECK(r.diagnostics[0].column == 84);  // the 65th container: the object and 64 arrays
}

TEST_CASE("JSON syntax errors name the usual mistakes, where they are") {
    auto one = [](const std::string& json) {
        auto r = parse_json(json);
        REQUIRE_FALSE(r);
        REQUIRE(r.diagnostics.size() == 1);  // nothing after a syntax error can be read reliably
        const auto& d = r.diagnostics[0];
        return std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message;
    };
    CHECK(one("{\"headline\": \"x\",\n}") == "2:1 invalid JSON: a comma before '}' with nothing after it (JSON allows no trailing comma)");
    CHECK(one("{\"tags\": [\"a\",]}") == "1:15 invalid JSON: a comma before ']' with nothing after it (JSON allows no trailing comma)");
    CHECK(one("{\"headline\": \"x\"\n \"url\": \"/\"}") == "2:3 invalid JSON: a comma is missing between two members of an object");
    CHECK(one("{\"tags\": [\"a\" \"b\"]}") == "1:16 invalid JSON: a comma is missing between two items of an array");
    CHECK(one("{'headline': 'x'}") == "1:2 invalid JSON: text and keys must be in double quotes (\"...\"), not single quotes");
    CHECK(one("{headline: \"x\"}") == "1:2 invalid JSON: a key must be in double quotes, like \"headline\"");
    CHECK(one("{\"headline\": yes}") == "1:14 invalid JSON: text must be in double quotes; the only words without quotes are true, false and null");
    CHECK(one("{\"headline\": \"x\", // note\n}") == "1:19 invalid JSON: JSON has no comments");
    CHECK(one("{\"headline\": \"x\"} more") == "1:19 invalid JSON: there is more text after the end of the article's {...}");
    CHECK(one("{\"headline\": \"x\"") == "1:17 invalid JSON: the text ends before the closing '}' or ']'");
    CHECK(one("{\"headline\": \"two\nlines\"}") == "1:15 invalid JSON: a line break inside quoted text must be written \\n");
    CHECK(one("") == "1:1 invalid JSON: the text ends where a value should be");
    // The parser quotes what it last read; text in it that looks like its own
    // "; expected ..." is the writer's, never taken for the parser's (found by fuzz_json).
    CHECK(one("{\"headline\": \"\xC3\xA9; expected \xC3\xA9 \\u00zz\"}") ==
          "1:33 invalid JSON: invalid string: '\\u' must be followed by 4 hex digits");
    CHECK(one("{\"a\": \"x; expected ']'\\u0\"}") == "1:26 invalid JSON: invalid string: '\\u' must be followed by 4 hex digits");
}
