// The fused pass over prose: words, direction and escaping.
//
// Two speeds. Eight bytes that are all ASCII letters and spaces (most of
// prose) are classified with a handful of 64-bit operations and need no
// escaping. Anything else (digits, punctuation, tabs, a byte to escape, UTF-8) goes a byte
// or a code point at a time through the same rules TextStats, DirectionCount
// and escape_text apply; tests/unit/body/prose_test.cpp checks the two agree.
// The bytes typography may change (" ' - .) are punctuation, so they already
// leave the fast path: typography costs nothing on letters and spaces.
#include "body/prose.hpp"

#include <cstdint>
#include <cstring>

#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

using Word = TextStats::Word;

// ---------------------------------------------------------------------------
// ASCII, a byte at a time: one table lookup for every question
// ---------------------------------------------------------------------------

enum : unsigned char { kAlnum = 1, kLetter = 2, kSpace = 4, kEscape = 8, kTypo = 16 };

struct ClassTable {
    unsigned char c[128] = {};
    constexpr ClassTable() {
        for (int b = '0'; b <= '9'; ++b) c[b] = kAlnum;
        for (int b = 'a'; b <= 'z'; ++b) c[b] = c[b - 32] = kAlnum | kLetter;
        for (int b : {' ', '\t', '\n', '\r', '\f', '\v'}) c[b] = kSpace;
        for (int b : {'&', '<', '>', '"', '\0'}) c[b] = kEscape;
        for (int b : {'"', '\'', '-', '.'}) c[b] |= kTypo;  // Typographer::special
    }
};
constexpr ClassTable kClass;

const char* escaped(char c) {
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    default: return "\xEF\xBF\xBD";  // NUL
    }
}

// The state of one pass; the word and direction runs carry over between calls
// through `stats` and `dir`.
struct Scan {
    TextStats& stats;
    DirectionCount* dir;
    Word word;
    int words = 0;

    void ascii(unsigned char cls) {
        if (cls & kSpace) {
            word = Word::none;
        } else if (cls & kAlnum) {
            words += word != Word::counted;
            word = Word::counted;
        } else if (word == Word::none) {
            word = Word::pending;
        }
        if (dir) dir->add(cls & kLetter ? LetterDirection::ltr : LetterDirection::neutral);
    }

    void code_point(char32_t cp) {
        stats.word() = word;
        stats.add_code_point(cp, words);
        word = stats.word();
        if (dir) dir->add(letter_direction(cp));
    }
};

// ---------------------------------------------------------------------------
// ASCII, eight bytes at a time (one bit per byte, bit 0, in each mask)
// ---------------------------------------------------------------------------

constexpr std::uint64_t kEachByte = 0x0101010101010101ull;

// Bit 0 of each byte where lo <= byte <= hi; bytes must be below 0x80.
constexpr std::uint64_t in_range(std::uint64_t w, unsigned char lo, unsigned char hi) {
    std::uint64_t at_least_lo = w + (0x80 - lo) * kEachByte;    // bit 7 set where w >= lo (no carries)
    std::uint64_t above_hi = w + (0x7F - hi) * kEachByte;       // bit 7 set where w > hi
    return ((at_least_lo & ~above_hi) >> 7) & kEachByte;
}

// Bit 0 of each byte that is a space (0x20); bytes must be below 0x80.
constexpr std::uint64_t spaces(std::uint64_t w) {
    std::uint64_t x = w ^ (0x20 * kEachByte);  // spaces -> 0
    return (~(((x & (0x7F * kEachByte)) + 0x7F * kEachByte) | x) >> 7) & kEachByte;
}

// Sum of the bit-0 flags of the eight bytes (at most 8, so no overflow).
constexpr int count_flags(std::uint64_t flags) { return static_cast<int>((flags * kEachByte) >> 56); }

}  // namespace

void write_prose(std::string& out, std::string_view text, TextStats& stats, DirectionCount* dir,
                 Typographer* typo) {
    Scan s{stats, dir, stats.word()};
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* p = begin;
    const auto* end = p + text.size();
    const auto* run = p;  // start of the bytes not yet copied to `out` (they need no escape)
    while (p < end) {
        // Letters and spaces, eight at a time.
        while (end - p >= 8) {
            std::uint64_t w;
            std::memcpy(&w, p, 8);
            if (w & (0x80 * kEachByte)) break;
            std::uint64_t letters = in_range(w | (0x20 * kEachByte), 'a', 'z');  // A-Z folded to a-z
            if ((letters | spaces(w)) != kEachByte) break;  // a digit, punctuation or a byte to escape
            std::uint64_t after_letter = letters << 8;
            s.words += count_flags(letters & ~(after_letter | (s.word == Word::counted ? 1u : 0u)));
            s.word = (letters >> 56) ? Word::counted : Word::none;
            if (dir) {
                dir->ltr += count_flags(letters & ~(after_letter | (dir->run == LetterDirection::ltr ? 1u : 0u)));
                dir->run = (letters >> 56) ? LetterDirection::ltr : LetterDirection::neutral;
            }
            p += 8;
        }
        // Then byte by byte up to the next eight-byte boundary worth trying.
        const auto* stop = end - p > 8 ? p + 8 : end;
        while (p < stop) {
            unsigned char b = *p;
            if (b < 0x80) {
                unsigned char cls = kClass.c[b];
                // A lone '.' or '-' (a full stop, a hyphen) stays: no call.
                if (typo && (cls & kTypo) && (b == '"' || b == '\'' || (end - p > 1 && p[1] == b))) {
                    Typographer::Replacement r = typo->replace(text, static_cast<std::size_t>(p - begin));
                    if (!r.text.empty()) {
                        out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
                        out.append(r.text);
                    }
                    if (!r.text.empty() || r.length > 1) {  // replaced, or a run of '-' or '.' kept as typed
                        for (std::size_t k = 0; k < r.length; ++k) s.ascii(kClass.c[p[k]]);  // words as typed
                        p += r.length;
                        if (!r.text.empty()) run = p;
                        continue;
                    }
                }
                if (cls & kEscape) {
                    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(p - run));
                    out += escaped(static_cast<char>(b));
                    run = p + 1;
                }
                s.ascii(cls);
                ++p;
                continue;
            }
            std::size_t i = static_cast<std::size_t>(p - begin);
            s.code_point(next_code_point(text, i));
            p = begin + i;
        }
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(end - run));
    if (typo) typo->end_run(text);
    stats.word() = s.word;
    stats.prose_words() += s.words;
}

}  // namespace broadsheet::detail
