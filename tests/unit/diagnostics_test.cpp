// Collecting diagnostics: the limit, the summary, source order, positions.
#include <catch2/catch.hpp>

#include "diagnostics.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

TEST_CASE("past maxDiagnostics one summary says how many more there were") {
    Diagnostics d(3);
    for (int i = 1; i <= 10; ++i) d.warning("w" + std::to_string(i), i, 1);
    CHECK(d.full());
    auto list = d.take();
    REQUIRE(list.size() == 3);
    CHECK(list[0].message == "w1");
    CHECK(list[1].message == "w2");
    CHECK(list[2].message == "too many problems: 8 more not shown (limit maxDiagnostics = 3)");
    CHECK(list[2].severity == Severity::warning);
}

TEST_CASE("the summary is an error when any error was dropped") {
    Diagnostics d(2);
    d.warning("a", 1, 1);
    d.warning("b", 2, 1);
    d.error("c", 3, 1);
    CHECK(d.has_errors());
    auto list = d.take();
    REQUIRE(list.size() == 2);
    CHECK(list[1].severity == Severity::error);
}

TEST_CASE("sorting puts diagnostics in source order, unplaced ones last") {
    Diagnostics d;
    d.error("no place");
    d.error("line 5", 5, 2);
    d.warning("line 2 col 9", 2, 9);
    d.error("line 2 col 3", 2, 3);
    d.sort_by_position();
    auto list = d.take();
    REQUIRE(list.size() == 4);
    CHECK(list[0].message == "line 2 col 3");
    CHECK(list[1].message == "line 2 col 9");
    CHECK(list[2].message == "line 5");
    CHECK(list[3].message == "no place");
}

TEST_CASE("byte offsets become lines and columns in code points") {
    LineIndex idx("ab\n\xD0\x96\xD0\x96x\nz", 10);
    CHECK(idx.at(0).line == 10);
    CHECK(idx.at(0).column == 1);
    CHECK(idx.at(7).line == 11);
    CHECK(idx.at(7).column == 3);  // after two two-byte characters
    CHECK(idx.at(9).line == 12);
    CHECK(idx.at(99).line == 12);  // clamped to the end
}
