#include <catch2/catch.hpp>

#include "dates.hpp"
#include "strings.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

static DateTime parse_ok(std::string_view s) {
    DateTime d;
    std::string why;
    INFO(s);
    REQUIRE(parse_date(s, d, why));
    return d;
}

static std::string parse_error(std::string_view s) {
    DateTime d;
    std::string why;
    CHECK_FALSE(parse_date(s, d, why));
    return why;
}

TEST_CASE("dates keep the zone they were written in") {
    CHECK(iso_datetime(parse_ok("2024-05-21")) == "2024-05-21");
    CHECK(iso_datetime(parse_ok("2024-05-21T09:50+06:00")) == "2024-05-21T09:50:00+06:00");
    CHECK(iso_datetime(parse_ok("2024-05-21T09:50:30.123Z")) == "2024-05-21T09:50:30Z");
    CHECK(iso_datetime(parse_ok("2024-05-21 09:50:00 -0430")) == "2024-05-21T09:50:00-04:30");
    CHECK(iso_datetime(parse_ok("2024-05-21T09:50")) == "2024-05-21T09:50:00");
    CHECK(iso_datetime(parse_ok("2024-02-29")) == "2024-02-29");
}

TEST_CASE("impossible dates say what is wrong") {
    CHECK(parse_error("21/05/2024").find("YYYY-MM-DD") != std::string::npos);
    CHECK(parse_error("2023-02-29").find("day 29") != std::string::npos);
    CHECK(parse_error("2024-13-01").find("month 13") != std::string::npos);
    CHECK(parse_error("2024-05-21T25:00").find("out of range") != std::string::npos);
    CHECK(parse_error("2024-05-21T09:50+6").find("+06:00") != std::string::npos);
    CHECK(parse_error("2024-05-21T09:50 tomorrow").find("tomorrow") != std::string::npos);
}

TEST_CASE("English date text shows the written time and zone") {
    const Locale& en = locale_for("en-GB");
    CHECK(format_date(parse_ok("2024-05-21"), en) == "21 May 2024");
    CHECK(format_date(parse_ok("2024-05-21T09:50+06:00"), en) == "21 May 2024, 09:50 UTC+6");
    CHECK(format_date(parse_ok("2024-05-21T09:50Z"), en) == "21 May 2024, 09:50 UTC");
    CHECK(format_date(parse_ok("2024-05-21T09:50-03:30"), en) == "21 May 2024, 09:50 UTC\xE2\x88\x92" "3:30");
}

TEST_CASE("languages without a table get ISO dates") {
    CHECK(format_date(parse_ok("2024-05-21T09:50"), locale_for("sw")) == "2024-05-21 09:50");
}
