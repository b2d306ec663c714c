// The one BCP 47 splitter.
#include <catch2/catch.hpp>

#include "text/language_tag.hpp"

using namespace broadsheet::detail;

TEST_CASE("language tags split into subtags") {
    using V = std::vector<std::string_view>;
    CHECK(split_language_tag("zh-Hant-HK") == V{"zh", "Hant", "HK"});
    CHECK(split_language_tag("en_GB") == V{"en", "GB"});  // a slip the input check refuses, read leniently elsewhere
    CHECK(split_language_tag("en-") == V{"en", ""});       // kept, so the check can say a subtag is empty
    CHECK(split_language_tag("").empty());
    CHECK(primary_language("sr-Latn-RS") == "sr");
    CHECK(primary_language("ar") == "ar");
    CHECK(primary_language("") == "");
}
