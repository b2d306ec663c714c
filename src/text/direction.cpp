// Direction of letters and of blocks of text.
#include "text/direction.hpp"

#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

bool is_rtl_letter(char32_t cp) {
    return (cp >= 0x0590 && cp <= 0x08FF) ||    // Hebrew, Arabic, Syriac, Thaana, N'Ko, Samaritan, Mandaic
           (cp >= 0xFB1D && cp <= 0xFDFF) ||    // Hebrew and Arabic presentation forms
           (cp >= 0xFE70 && cp <= 0xFEFF) ||    // Arabic presentation forms B
           (cp >= 0x10800 && cp <= 0x10FFF) ||  // historic right-to-left scripts
           (cp >= 0x1E800 && cp <= 0x1EFFF);    // Adlam, Arabic mathematical letters
}

}  // namespace

LetterDirection letter_direction(char32_t cp) {
    if (cp < 0x80) return static_cast<unsigned>((cp | 0x20) - 'a') < 26u ? LetterDirection::ltr : LetterDirection::neutral;
    if (cp >= 0x0300 && cp <= 0x036F) return LetterDirection::mark;
    // Latin-1 to Armenian: letters, and the rare x and ÷ taken with them.
    if (cp >= 0xC0 && cp <= 0x57F) return LetterDirection::ltr;
    if (is_rtl_letter(cp)) return LetterDirection::rtl;
    // Letters of every other script, approximately: not punctuation, symbols,
    // CJK punctuation, variation selectors, full-width forms or emoji.
    if (cp < 0xC0 || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE00 && cp <= 0xFE6F) || (cp >= 0xFF00 && cp <= 0xFF20) || cp >= 0x1F000 || cp == 0xFFFD)
        return LetterDirection::neutral;
    return LetterDirection::ltr;
}

void DirectionCount::add(std::string_view utf8) {
    for (std::size_t i = 0; i < utf8.size();) add(letter_direction(next_code_point(utf8, i)));
}

std::string_view dir_against(const DirectionCount& count, TextDirection article) {
    if (article == TextDirection::rtl) return count.ltr > count.rtl ? "ltr" : "";
    return count.rtl > count.ltr ? "rtl" : "";
}

}  // namespace broadsheet::detail
