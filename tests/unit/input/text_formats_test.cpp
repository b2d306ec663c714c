// The text formats both input forms share: language tags, durations, srcset.
#include <catch2/catch.hpp>

#include "input/text_formats.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

std::string why_tag(const char* tag) {
    std::string why;
    CHECK_FALSE(check_language_tag(tag, why));
    return why;
}

}  // namespace

TEST_CASE("well-formed BCP 47 tags are accepted") {
    std::string why;
    for (const char* tag : {"en", "EN-gb", "ar", "kk", "yue", "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1996",
                            "sl-rozaj-biske", "zh-cmn-Hans-CN", "en-US-u-ca-gregory", "de-a-xyz-b-abc-x-priv",
                            "x-house-style", "en-GB-oxendict", "hy-Latn-IT-arevela"}) {
        INFO(tag);
        CHECK(check_language_tag(tag, why));
    }
}

TEST_CASE("nonsense language tags say what is wrong") {
    CHECK(why_tag("en_GB") == "subtags are separated by '-', not '_' (write \"en-GB\")");
    CHECK(why_tag("english") == "\"english\" is not a language code: expected 2 or 3 letters, such as \"en\", \"kk\" or \"ar\"");
    CHECK(why_tag("e") .find("\"e\" is not a language code") == 0);
    CHECK(why_tag("Latn-sr").find("\"Latn\" is not a language code") == 0);
    CHECK(why_tag("en-") == "a subtag is empty (a '-' at an end, or two in a row)");
    CHECK(why_tag("en--GB") == "a subtag is empty (a '-' at an end, or two in a row)");
    CHECK(why_tag("en GB") == "subtags are letters and digits separated by '-'");
    CHECK(why_tag("en-GB-Latn").find("\"Latn\" is out of place") == 0);
    CHECK(why_tag("en-verylongsubtag") == "\"verylongsubtag\" is longer than a subtag can be (8 characters)");
    CHECK(why_tag("en-u") == "the extension \"u\" needs subtags of 2 to 8 characters");
    CHECK(why_tag("en-x") == "\"x\" must be followed by private subtags");
    CHECK(why_tag("x").find("\"x\" must be followed") == 0);
    CHECK(why_tag("i-klingon").find("\"i\" is not a language code") == 0);  // irregular grandfathered: refused
}

TEST_CASE("quoted input in messages is cut short, never inside a character") {
    std::vector<ImageSource> out;
    std::string why;
    std::string url = std::string(59, 'a') + "\xC3\xA9";  // the 'é' straddles the 60-byte cut
    CHECK_FALSE(parse_srcset(url, out, why));
    CHECK(why == "the candidate \"" + std::string(59, 'a') + "...\" needs a width such as 800w");
}

TEST_CASE("ISO 8601 durations become whole minutes, rounded up") {
    int m = 0;
    std::string why;
    auto minutes = [&](const char* s) {
        m = -1;
        REQUIRE(parse_duration_minutes(s, m, why));
        return m;
    };
    CHECK(minutes("PT4M") == 4);
    CHECK(minutes("PT1H30M") == 90);
    CHECK(minutes("PT90S") == 2);
    CHECK(minutes("PT1S") == 1);
    CHECK(minutes("P1D") == 1440);
    CHECK(minutes("P1DT2H") == 1560);
    for (const char* bad : {"", "P", "PT", "4M", "PT4", "P4M", "PT4D", "PT4.5M", "PT1M1H", "PT1H1H", "pt4m", "P1DT",
                            "PT1234567890M", " PT4M"}) {
        INFO(bad);
        CHECK_FALSE(parse_duration_minutes(bad, m, why));
        CHECK(why == "expected an ISO 8601 duration like \"PT4M\" or \"PT1H30M\"");
    }
    CHECK_FALSE(parse_duration_minutes("PT0M", m, why));
    CHECK(why == "a reading time must be at least one minute");
    CHECK_FALSE(parse_duration_minutes("P70D", m, why));
    CHECK(why == "a reading time must be at most 100000 minutes");
}

TEST_CASE("srcset text with width descriptors") {
    std::vector<ImageSource> out;
    std::string why;
    REQUIRE(parse_srcset("/a-800.jpg 800w, /a-1600.jpg 1600w", out, why));
    REQUIRE(out.size() == 2);
    CHECK(out[0].url == "/a-800.jpg");
    CHECK(out[0].width == 800);
    CHECK(out[1].url == "/a-1600.jpg");
    CHECK(out[1].width == 1600);
    REQUIRE(parse_srcset("  a,b.jpg 10w,c.jpg 20w , ", out, why));  // a comma inside a URL stays in it
    CHECK(out.size() == 2);
    CHECK(out[0].url == "a,b.jpg");
    REQUIRE(parse_srcset("", out, why));
    CHECK(out.empty());
    // Commas before a URL are skipped, as a browser skips them (fuzz_render:
    // ",avascript:alert(1)" went through as a relative path).
    REQUIRE(parse_srcset(",,/a.jpg 800w, ,javascript:alert(1) 900w", out, why));
    REQUIRE(out.size() == 2);
    CHECK(out[0].url == "/a.jpg");
    CHECK(out[1].url == "javascript:alert(1)");

    CHECK_FALSE(parse_srcset("/a.jpg, /b.jpg 1600w", out, why));
    CHECK(why == "the candidate \"/a.jpg\" needs a width such as 800w");
    CHECK_FALSE(parse_srcset("/a.jpg", out, why));
    CHECK(why == "the candidate \"/a.jpg\" needs a width such as 800w");
    CHECK_FALSE(parse_srcset("/a.jpg 2x", out, why));
    CHECK(why == "\"2x\" is not a width: expected 1 to 100000 pixels and 'w', such as 800w");
    CHECK_FALSE(parse_srcset("/a.jpg 0w", out, why));
    CHECK_FALSE(parse_srcset("/a.jpg 100001w", out, why));
    CHECK_FALSE(parse_srcset("/a.jpg 800w 2x", out, why));
}
