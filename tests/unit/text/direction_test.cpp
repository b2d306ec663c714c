#include <catch2/catch.hpp>

#include "text/direction.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

DirectionCount count(std::string_view text) {
    DirectionCount c;
    c.add(text);
    return c;
}

}  // namespace

TEST_CASE("letters have a direction; digits, punctuation and emoji have none") {
    CHECK(letter_direction('a') == LetterDirection::ltr);
    CHECK(letter_direction(U'é') == LetterDirection::ltr);
    CHECK(letter_direction(U'Ж') == LetterDirection::ltr);
    CHECK(letter_direction(U'東') == LetterDirection::ltr);
    CHECK(letter_direction(U'ب') == LetterDirection::rtl);
    CHECK(letter_direction(U'ש') == LetterDirection::rtl);
    CHECK(letter_direction('7') == LetterDirection::neutral);
    CHECK(letter_direction(U'—') == LetterDirection::neutral);
    CHECK(letter_direction(U'\U0001F600') == LetterDirection::neutral);
    CHECK(letter_direction(0x0301) == LetterDirection::mark);  // combining acute
}

TEST_CASE("direction is counted in words, not letters") {
    // One English name in an Arabic sentence: three words right to left.
    auto c = count("Google \xD8\xA3\xD8\xB9\xD9\x84\xD9\x86\xD8\xAA \xD8\xA7\xD9\x84\xD9\x8A\xD9\x88\xD9\x85 "
                   "\xD8\xA7\xD9\x84\xD8\xAE\xD8\xA8\xD8\xB1");
    CHECK(c.ltr == 1);
    CHECK(c.rtl == 3);
    CHECK(count("Tide tables, 2026: re-drawn").ltr == 4);  // "re" and "drawn" are two runs, 2026 none
}

TEST_CASE("a word may continue into the next piece; a combining mark does not end it") {
    DirectionCount c;
    c.add("har");
    c.add("bour tides");
    CHECK(c.ltr == 2);
    CHECK(count("cafe\xCC\x81 noir").ltr == 2);  // "café" written with a combining accent
}

TEST_CASE("a block gets dir only when most of its words run against the article") {
    auto arabic = count("\xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 world \xD8\xA8\xD9\x83\xD9\x85");
    auto english = count("hello \xD9\x85\xD8\xB1\xD8\xAD\xD8\xA8\xD8\xA7 world");
    CHECK(dir_against(arabic, TextDirection::ltr) == "rtl");
    CHECK(dir_against(arabic, TextDirection::auto_) == "rtl");
    CHECK(dir_against(arabic, TextDirection::rtl) == "");
    CHECK(dir_against(english, TextDirection::rtl) == "ltr");
    CHECK(dir_against(english, TextDirection::ltr) == "");
    CHECK(dir_against(english, TextDirection::auto_) == "");  // unknown: only right-to-left is marked
    CHECK(dir_against(count("2026 - 17:30"), TextDirection::rtl) == "");  // no words: inherits
}

TEST_CASE("invalid UTF-8 is neutral and never read past the end") {
    auto c = count("ab \x80\xFF cd \xE2\x82");
    CHECK(c.ltr == 2);
    CHECK(c.rtl == 0);
}

TEST_CASE("ASCII punctuation next to the letters in the table ends a word, as in letter_direction") {
    // @ [ ` { sit beside A, Z, a, z: neutral, so each splits a word.
    DirectionCount c = count("a@b[c`d{e");
    CHECK(c.ltr == 5);
    CHECK(c.rtl == 0);
    DirectionCount mixed = count("Port \xD7\xA0\xD7\x9E\xD7\x9C \xD7\x99\xD7\xA4\xD7\x95 Jaffa");  // Port נמל יפו Jaffa
    CHECK(mixed.ltr == 2);
    CHECK(mixed.rtl == 2);
}
