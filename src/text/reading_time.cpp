// Word counting and reading-time estimation.
#include "text/reading_time.hpp"

#include <cmath>

#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

bool is_cjk(char32_t cp) {
    return (cp >= 0x4E00 && cp <= 0x9FFF) ||    // CJK Unified Ideographs
           (cp >= 0x3400 && cp <= 0x4DBF) ||    // Extension A
           (cp >= 0x20000 && cp <= 0x3134F) ||  // Extensions B-G
           (cp >= 0xF900 && cp <= 0xFAFF) ||    // Compatibility Ideographs
           (cp >= 0x3040 && cp <= 0x30FF) ||    // Hiragana, Katakana
           (cp >= 0x31F0 && cp <= 0x31FF) ||    // Katakana Phonetic Extensions
           (cp >= 0xFF66 && cp <= 0xFF9D) ||    // Halfwidth Katakana
           (cp >= 0xAC00 && cp <= 0xD7AF) ||    // Hangul Syllables
           (cp >= 0x1100 && cp <= 0x11FF) ||    // Hangul Jamo
           (cp >= 0x3130 && cp <= 0x318F);      // Hangul Compatibility Jamo
}

bool is_space(char32_t cp) {
    return cp == ' ' || cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || cp == '\v' || cp == 0xA0 ||
           cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200B) || cp == 0x2028 || cp == 0x2029 || cp == 0x202F ||
           cp == 0x205F || cp == 0x3000 || cp == 0xFEFF;
}

// Letters and digits of any script: everything that is not ASCII punctuation,
// general/CJK/full-width punctuation or a symbol block.
bool is_word_char(char32_t cp) {
    if (cp < 0x80) return (cp >= '0' && cp <= '9') || (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z');
    if (cp >= 0x2010 && cp <= 0x2BFF) return false;  // punctuation, arrows, symbols, box drawing
    if (cp >= 0x3000 && cp <= 0x303F) return false;  // CJK punctuation
    if (cp >= 0xFF00 && cp <= 0xFF0F) return false;  // full-width punctuation
    if (cp >= 0xFE30 && cp <= 0xFE4F) return false;
    if (cp == 0xA0 || (cp >= 0xA1 && cp <= 0xBF && cp != 0xAA && cp != 0xB5 && cp != 0xBA)) return false;
    if (cp == 0xD7 || cp == 0xF7 || cp == 0xFFFD) return false;
    if (cp >= 0x1F000 && cp <= 0x1FAFF) return false;  // emoji
    return true;
}

}  // namespace

// A word is a run of non-space, non-CJK characters holding at least one
// letter or digit: "don't" and "e-mail" are one word, "—" is none.
void TextStats::add_code_point(char32_t cp, int& counter) {
    if (is_cjk(cp) || is_space(cp)) {
        if (is_cjk(cp)) ++cjk_;
        word_ = Word::none;
    } else if (word_ != Word::counted && is_word_char(cp)) {
        ++counter;
        word_ = Word::counted;
    } else if (word_ == Word::none) {
        word_ = Word::pending;
    }
}

void TextStats::feed(std::string_view s, int& counter) {
    for (std::size_t i = 0; i < s.size();) add_code_point(next_code_point(s, i), counter);
}

void TextStats::add_text(std::string_view utf8) { feed(utf8, words_); }
void TextStats::add_code(std::string_view utf8) { feed(utf8, code_words_); }

double image_seconds(int images) {
    double s = 0;
    for (int i = 0; i < images; ++i) s += i < 9 ? 12 - i : 3;
    return s;
}

ReadingTime estimate_reading_time(const TextStats& stats, const ReadingTimeOptions& options, int override_minutes) {
    ReadingTime rt;
    rt.words = stats.total_words();
    if (override_minutes > 0) {
        rt.minutes = override_minutes;
        return rt;
    }
    double wpm = options.words_per_minute > 0 ? options.words_per_minute : 230;
    double cpm = options.characters_per_minute > 0 ? options.characters_per_minute : 500;
    double seconds = stats.words() * 60.0 / wpm + stats.cjk_characters() * 60.0 / cpm +
                     stats.code_words() * 60.0 / (wpm / 2) + image_seconds(stats.images());
    int minutes = static_cast<int>(std::ceil(seconds / 60.0 - 1e-9));
    rt.minutes = minutes < 1 ? 1 : minutes;
    return rt;
}

}  // namespace broadsheet::detail
