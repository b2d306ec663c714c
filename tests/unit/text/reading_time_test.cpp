#include <catch2/catch.hpp>

#include "text/reading_time.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

static std::string repeat(std::string_view s, int n) {
    std::string out;
    for (int i = 0; i < n; ++i) out += s;
    return out;
}

TEST_CASE("words are runs holding a letter or digit") {
    TextStats s;
    s.add_text("Don't stop \xE2\x80\x94 e-mail the 3 editors.");
    CHECK(s.words() == 6);
    TextStats split;
    split.add_text("re");
    split.add_text("mark");  // md4c may split one word over callbacks
    split.add_text("able day");
    CHECK(split.words() == 2);
}

TEST_CASE("each CJK character counts as a word") {
    TextStats s;
    s.add_text("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAF\xE6\x99\xB4\xE3\x82\x8C");  // 東京は晴れ
    CHECK(s.cjk_characters() == 5);
    CHECK(s.total_words() == 5);
}

TEST_CASE("image time falls from 12 s to 3 s") {
    CHECK(image_seconds(0) == 0);
    CHECK(image_seconds(1) == 12);
    CHECK(image_seconds(3) == 12 + 11 + 10);
    CHECK(image_seconds(11) == 12 + 11 + 10 + 9 + 8 + 7 + 6 + 5 + 4 + 3 + 3);
}

TEST_CASE("minutes round up, never below one; the author's override wins") {
    ReadingTimeOptions o;
    TextStats empty;
    CHECK(estimate_reading_time(empty, o, 0).minutes == 1);
    TextStats s;
    for (int i = 0; i < 231; ++i) s.add_text("word ");
    CHECK(s.words() == 231);
    CHECK(estimate_reading_time(s, o, 0).minutes == 2);  // 231 / 230 = 1.004 min -> 2
    CHECK(estimate_reading_time(s, o, 7).minutes == 7);
    CHECK(estimate_reading_time(s, o, 7).words == 231);
}

TEST_CASE("worked figure: an English text with images and code") {
    // 46 sentences of 10 words = 460 words of prose, a code block of 46
    // words, the lead image and one image in the body.
    TextStats s;
    s.add_text(repeat("The harbour master said the old tables were simply wrong. ", 46));
    s.add_code(repeat("tide = table[berth] + offset(day, hour) - silt; ", 6) + "return tide;");
    s.add_image();
    s.add_image();
    REQUIRE(s.words() == 460);
    // "tide = table[berth] + offset(day, hour) - silt;" splits at spaces into
    // tide, =, table[berth], +, offset(day,, hour), -, silt; of which 5 hold a
    // letter; 6 times = 30, plus "return tide;" (2) = 32 words of code.
    REQUIRE(s.code_words() == 32);
    ReadingTimeOptions o;  // 230 words per minute, code at half that
    // prose  460 / 230 = 2 min                 = 120 s
    // code    32 / 115 = 0.278 min             =  16.7 s
    // images 12 s (first) + 11 s (second)      =  23 s
    // total 159.7 s = 2.66 min -> 3 min
    auto rt = estimate_reading_time(s, o, 0);
    CHECK(rt.minutes == 3);
    CHECK(rt.words == 492);  // 460 + 32
    // At 150 words per minute: 184 s + 25.6 s + 23 s = 232.6 s = 3.88 min -> 4 min.
    o.words_per_minute = 150;
    CHECK(estimate_reading_time(s, o, 0).minutes == 4);
}

TEST_CASE("worked figure: a Russian text") {
    // "Капитан порта признал, что таблицы приливов устарели и требуют
    // пересмотра." is 10 words; 100 times = 1000 words.
    TextStats s;
    s.add_text(repeat("Капитан порта признал, что таблицы приливов устарели и требуют пересмотра. ", 100));
    REQUIRE(s.words() == 1000);
    REQUIRE(s.cjk_characters() == 0);
    ReadingTimeOptions o;
    // 1000 / 230 = 4.35 min -> 5 min
    CHECK(estimate_reading_time(s, o, 0).minutes == 5);
    // 69 sentences = 690 words = exactly 3 min: no rounding up past a whole minute.
    TextStats exact;
    exact.add_text(repeat("Капитан порта признал, что таблицы приливов устарели и требуют пересмотра. ", 69));
    CHECK(estimate_reading_time(exact, o, 0).minutes == 3);
    exact.add_text("Ещё");  // 691 words = 3.004 min -> 4
    CHECK(estimate_reading_time(exact, o, 0).minutes == 4);
}

TEST_CASE("worked figure: a Japanese text") {
    // "東京は今日も晴れです。" has 10 characters counted (東 京 は 今 日 も 晴 れ で す;
    // the full stop 。 is punctuation). 125 times = 1250 characters.
    TextStats s;
    s.add_text(repeat("東京は今日も晴れです。", 125));
    REQUIRE(s.cjk_characters() == 1250);
    REQUIRE(s.words() == 0);
    // With 23 Latin-script words ("NHK") among them.
    s.add_text(repeat(" NHK ", 23));
    REQUIRE(s.words() == 23);
    ReadingTimeOptions o;  // 500 characters, 230 words per minute
    // characters 1250 / 500 = 2.5 min = 150 s
    // words      23 / 230 = 0.1 min = 6 s
    // total 156 s = 2.6 min -> 3 min
    auto rt = estimate_reading_time(s, o, 0);
    CHECK(rt.minutes == 3);
    CHECK(rt.words == 1273);  // each character counts as a word: 1250 + 23
    // At 400 characters per minute: 187.5 s + 6 s = 193.5 s = 3.2 min -> 4 min.
    o.characters_per_minute = 400;
    CHECK(estimate_reading_time(s, o, 0).minutes == 4);
}
