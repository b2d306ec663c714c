// Private: counting words and estimating reading time.
#pragma once

#include <string_view>

#include "broadsheet/broadsheet.hpp"

namespace broadsheet::detail {

// Counts words of space-separated scripts and characters of Chinese, Japanese
// and Korean, fed in pieces (a word may span several md4c text callbacks:
// "re*mark*able" is one word). Call split() where a word must end: between
// blocks, at line breaks.
class TextStats {
public:
    void add_text(std::string_view utf8);   // prose
    void add_code(std::string_view utf8);   // code blocks: read more slowly
    void split() { word_ = Word::none; }
    void add_image() { ++images_; }

    int words() const { return words_; }          // space-separated words
    int cjk_characters() const { return cjk_; }
    int code_words() const { return code_words_; }
    int images() const { return images_; }
    // Words as readers count them: each CJK character is one.
    int total_words() const { return words_ + cjk_ + code_words_; }

    // For a scanner that reads prose itself (body/prose.cpp counts, detects
    // direction and escapes in one pass): the word being read, the count of
    // prose words, and the step add_text takes for one code point.
    enum class Word : unsigned char {
        none,     // between words
        pending,  // in a run of non-space characters with no letter or digit yet ("--")
        counted,  // in a word already counted
    };
    Word& word() { return word_; }
    int& prose_words() { return words_; }
    void add_code_point(char32_t cp, int& word_counter);

private:
    void feed(std::string_view utf8, int& word_counter);
    int words_ = 0, cjk_ = 0, code_words_ = 0, images_ = 0;
    Word word_ = Word::none;
};

// Minutes to read: words at options.words_per_minute, CJK characters at
// options.characters_per_minute, code at half the word rate, and 12 s for
// the first image falling by 1 s per image to 3 s (as Medium does). Rounded
// up, never below 1. A positive `override_minutes` (the author's) wins.
ReadingTime estimate_reading_time(const TextStats& stats, const ReadingTimeOptions& options, int override_minutes);

// Seconds the images add, per the rule above (exposed for tests).
double image_seconds(int images);

}  // namespace broadsheet::detail
