#include <catch2/catch.hpp>

#include "reading_time.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

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
