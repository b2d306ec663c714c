// Private: which way text runs, counted in words.
//
// Why computed dir and not dir="auto" on every block: dir="auto" takes the
// direction of a block's first strong letter, so an Arabic or Hebrew
// paragraph that opens with a Latin name ("Google أعلنت …", common in news)
// would be laid out left to right, its punctuation at the wrong end. Instead
// each block counts its words of each direction and only a block whose
// majority runs against the article gets dir; everything else inherits
// <article dir>, so a one-language article carries no extra attributes, and
// the result is the same in every browser and in the pre-rendered HTML.
// Words, not letters: Arabic and Hebrew write fewer letters per word.
//
//   DirectionCount c;
//   c.add("Google أعلنت اليوم");
//   dir_against(c, TextDirection::ltr)   // "rtl": two words of three
#pragma once

#include <string_view>

#include "broadsheet/article.hpp"

namespace broadsheet::detail {

// What a code point contributes to a word's direction. A combining mark
// continues the word it is in; a neutral character (digit, punctuation,
// symbol, emoji) ends it.
enum class LetterDirection : unsigned char { neutral, ltr, rtl, mark };

LetterDirection letter_direction(char32_t cp);

// Words of each direction in text fed in pieces: a word is a run of letters
// of one direction, and a run may continue into the next piece.
struct DirectionCount {
    int ltr = 0, rtl = 0;
    LetterDirection run = LetterDirection::neutral;  // the word being read

    // Feeds one code point (see letter_direction).
    void add(LetterDirection d) {
        if (d == LetterDirection::mark || d == run) return;
        run = d;
        if (d == LetterDirection::ltr) ++ltr;
        else if (d == LetterDirection::rtl) ++rtl;
    }
    // Feeds UTF-8 text (invalid bytes count as neutral).
    void add(std::string_view utf8);
};

// The dir a block needs inside an article of direction `article`: "rtl" when
// most of its words run right to left in an article that is not right to
// left, "ltr" when most run left to right in a right-to-left article, else ""
// (the block inherits the article's direction).
std::string_view dir_against(const DirectionCount& count, TextDirection article);

}  // namespace broadsheet::detail
