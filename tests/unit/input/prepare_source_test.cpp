// The one input clean-up.
#include <catch2/catch.hpp>

#include "input/prepare_source.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

TEST_CASE("prepare_source: BOM dropped, invalid UTF-8 and NUL repaired, no copy when clean") {
    Limits limits;
    Diagnostics diags;
    std::string_view clean = "---\ntitle: x\n---\n";
    PreparedSource a(clean, limits, diags);
    REQUIRE(a.ok());
    CHECK(a.text().data() == clean.data());  // untouched: no copy

    const char raw[] = "\xEF\xBB\xBF" "a\0b\xC3(";
    PreparedSource b(std::string_view(raw, sizeof raw - 1), limits, diags);
    REQUIRE(b.ok());
    CHECK(b.text() == "a\xEF\xBF\xBD" "b\xEF\xBF\xBD(");
    CHECK(diags.take().empty());
}

TEST_CASE("prepare_source: the size limit is checked on the bytes as given") {
    Limits limits;
    limits.max_input_bytes = 4;
    Diagnostics diags;
    PreparedSource p("12345", limits, diags);
    CHECK_FALSE(p.ok());
    auto list = diags.take();
    REQUIRE(list.size() == 1);
    CHECK(list[0].message == "the article is 5 bytes, over the limit of 4 (maxInputBytes)");
}
