#include <catch2/catch.hpp>

#include "text/dates.hpp"
#include "text/ui_strings.hpp"

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

static std::string text(std::string_view date, std::string_view lang) {
    return format_date(parse_ok(date), locale_for(lang));
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
    CHECK(text("2024-05-21", "en-GB") == "21 May 2024");
    CHECK(text("2024-05-21T09:50+06:00", "en-GB") == "21 May 2024, 09:50 UTC+6");
    CHECK(text("2024-05-21T09:50Z", "en-GB") == "21 May 2024, 09:50 UTC");
    CHECK(text("2024-05-21T09:50-03:30", "en") == "21 May 2024, 09:50 UTC\xE2\x88\x92" "3:30");
    CHECK(text("2024-05-21T09:50", "en") == "21 May 2024, 09:50");  // no zone written: none shown
}

TEST_CASE("each language writes dates its own way") {
    CHECK(text("2026-03-01", "fr") == "1er mars 2026");  // the first of the month is an ordinal in French
    CHECK(text("2026-08-02T07:15+01:00", "fr-FR") == "2 août 2026 à 07:15 UTC+1");
    CHECK(text("2026-03-02T07:15Z", "de") == "2. März 2026, 07:15 Uhr UTC");
    CHECK(text("2026-03-01", "de-AT") == "1. März 2026");
    CHECK(text("2026-12-24T18:00", "es") == "24 de diciembre de 2026, 18:00");
    // Russian months in the genitive: "2 марта", not "2 март".
    CHECK(text("2026-03-02", "ru") == "2 марта 2026");
    CHECK(text("2026-05-09T10:00+03:00", "ru") == "9 мая 2026, 10:00 UTC+3");
    CHECK(text("2026-03-02T07:15Z", "ar") == "2 مارس 2026، 07:15 UTC");
    CHECK(text("2026-03-02T07:15+09:00", "ja") == "2026年3月2日 07:15 UTC+9");
    CHECK(text("2026-11-20", "zh-CN") == "2026年11月20日");
    CHECK(text("2026-11-20", "zh-TW") == "2026年11月20日");
}

TEST_CASE("languages without a table get ISO dates") {
    CHECK(text("2024-05-21T09:50", "sw") == "2024-05-21 09:50");
    CHECK(text("2024-05-01", "pt-BR") == "2024-05-01");
}

TEST_CASE("is_earlier: in UTC when both have a zone, as written when neither does") {
    DateTime a, b;
    std::string why;
    REQUIRE(parse_date("2026-03-02T10:00:00+01:00", a, why));
    REQUIRE(parse_date("2026-03-02T09:30:00Z", b, why));
    CHECK(is_earlier(a, b) == true);   // 09:00 UTC before 09:30 UTC
    CHECK(is_earlier(b, a) == false);
    REQUIRE(parse_date("2026-03-01", a, why));
    REQUIRE(parse_date("2026-03-01T00:00", b, why));
    CHECK(is_earlier(a, b) == false);  // a date is its midnight: equal, not earlier
    REQUIRE(parse_date("2026-02-28T23:59", b, why));
    CHECK(is_earlier(b, a) == true);   // across the end of February
    REQUIRE(parse_date("2026-03-01T00:00Z", b, why));
    CHECK_FALSE(is_earlier(a, b).has_value());  // one zone unknown
}

TEST_CASE("the English date forms site generators accept: RFC 2822 and month first") {
    // RFC 2822, as RSS and Astro's examples write it.
    CHECK(iso_datetime(parse_ok("Tue, 14 Mar 2023 09:30:00 +0100")) == "2023-03-14T09:30:00+01:00");
    CHECK(iso_datetime(parse_ok("Mon, 04 Dec 2023 07:00:00 GMT")) == "2023-12-04T07:00:00Z");
    CHECK(iso_datetime(parse_ok("4 Dec 2023 07:00 UT")) == "2023-12-04T07:00:00Z");
    CHECK(iso_datetime(parse_ok("14 March 2023")) == "2023-03-14");
    // Month first: Astro's blog template, and the way people write it.
    CHECK(iso_datetime(parse_ok("Jul 08 2022")) == "2022-07-08");
    CHECK(iso_datetime(parse_ok("July 8, 2022")) == "2022-07-08");
    CHECK(iso_datetime(parse_ok("Sept 1, 2022")) == "2022-09-01");
    CHECK(iso_datetime(parse_ok("jul 8 2022 9:05")) == "2022-07-08T09:05:00");
    // Still checked as dates.
    CHECK(parse_error("Jul 32 2022") == "day 32 does not exist in that month");
    CHECK(parse_error("Feb 29 2023") == "day 29 does not exist in that month");
    CHECK(parse_error("Jly 08 2022") == "the date must start with YYYY-MM-DD");
    CHECK(parse_error("Jul 08 22") == "the date must start with YYYY-MM-DD");
    CHECK(parse_error("Tue, 14 Mar 2023 09:30:00 +0100 extra") == "the date must start with YYYY-MM-DD");
    CHECK(parse_error("14 Mar 2023 09:30:00 CEST") == "unexpected \"CEST\" after the time");
    // ISO as before, with Jekyll's spaces.
    CHECK(iso_datetime(parse_ok("2018-01-02 11:21:40 +0100")) == "2018-01-02T11:21:40+01:00");
}

TEST_CASE("format_date_to appends format_date's text; a pattern's unknown placeholders as fill() leaves them") {
    Locale l = locale_for("en");
    l.date_pattern = "{d}/{m}/{y}{x}";                   // an unknown date placeholder is dropped
    l.datetime_pattern = "{date} {time}{zone} {other}";  // an unknown one here is kept as written
    DateTime d = parse_ok("2026-03-02T07:05-01:30");
    std::string out = "<time>";
    format_date_to(out, d, l);
    CHECK(out == "<time>2/3/2026 07:05 UTC\xE2\x88\x92" "1:30 {other}");
    CHECK(format_date(d, l) == out.substr(6));
    CHECK(format_date(parse_ok("2026-03-02"), l) == "2/3/2026");
}
