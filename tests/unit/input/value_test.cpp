// The document tree's helpers: characters, "did you mean".
#include <catch2/catch.hpp>

#include "input/value.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

TEST_CASE("did you mean: near misses only") {
    std::vector<std::string_view> known = {"datePublished", "dateModified", "headline"};
    CHECK(closest_key("datePublised", known) == "datePublished");
    CHECK(closest_key("HEADLINE", known) == "headline");
    CHECK(closest_key("headlnie", known) == "headline");
    CHECK(closest_key("colour", known).empty());
}

TEST_CASE("first character: a whole character, or U+FFFD from inside one") {
    CHECK(first_character("abc") == "a");
    CHECK(first_character("\xC3\xA9t\xC3\xA9") == "\xC3\xA9");
    CHECK(first_character("\x01x") == "<U+0001>");
    // The tail of a U+FFFD (a parser's mark one byte into it): never stray bytes in a message.
    CHECK(first_character("\xBF\xBD in") == "\xEF\xBF\xBD");
    CHECK(first_character("\xE2\x80") == "\xEF\xBF\xBD");  // cut short
    CHECK(first_character("").empty());
}
