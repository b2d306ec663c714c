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
