// The fused pass over prose: words, direction and escaping.
//
// A scanner reads prose many bytes at a time, in two tiers:
//   - plain prose, letters and spaces and a ',' '-' or '.' before a space
//     (most of prose): one test, and words and runs of left-to-right
//     letters counted from one mask;
//   - any other ASCII that needs no escape and no typography (digits,
//     ordinary punctuation): classified with a few more operations, words
//     counted across punctuation ("30.2" and "e-mail" are one word each).
// A scan stops at the first byte that needs more: one to escape (& < > "
// NUL), a control character, UTF-8, or (with typography) a quote or a run of
// '-' or '.'. The bytes before it are counted as above; that one byte, or
// code point, goes through the same rules TextStats, DirectionCount and
// escape_text apply, and the scan goes on after it.
//
// Two scanners, one set of rules. SSE2 is part of every x86-64, so the
// native build reads sixteen bytes per step, each question one compare
// and a bitmask (_mm_movemask_epi8): a page's prose costs about a third
// less than eight bytes per step. The portable scanner reads eight bytes
// per step in a 64-bit integer (SWAR) and is what the WebAssembly build
// runs (it does not enable wasm SIMD). Both classify every byte alike and
// meet the rest of the pass through Scan; tests/unit/body/prose_test.cpp
// checks both against the separate passes.
#include "body/prose.hpp"

#include <cstdint>
#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

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

std::string_view escaped(char c) {
    switch (c) {
    case '&': return "&amp;";
    case '<': return "&lt;";
    case '>': return "&gt;";
    case '"': return "&quot;";
    default: return "\xEF\xBF\xBD";  // NUL
    }
}

// What a scanner counted in the bytes it read, and the state it leaves for
// the byte after them. A scanner reads from p up to the first stop (see the
// top of the file) or the end, or stops earlier at a byte it leaves to
// write_prose's byte at a time; it never reads before `begin` nor from `end`.
struct Scan {
    int words = 0, ltr = 0;  // words, and runs of Latin letters, that start in the bytes read
    bool word = false;       // in a counted word (punctuation neither starts nor ends one)
    bool ltr_run = false;    // the last byte read is a Latin letter
};
using Scanner = const unsigned char* (*)(const unsigned char* begin, const unsigned char* p, const unsigned char* end,
                                         Scan& s, bool typography);

// ---------------------------------------------------------------------------
// Eight bytes at a time (portable SWAR). A mask has bit 7 of each byte set
// where the byte has the property; byte 0 is the first in the text
// (little-endian load).
// ---------------------------------------------------------------------------

constexpr std::uint64_t kEachByte = 0x0101010101010101ull;
constexpr std::uint64_t kHigh = 0x80 * kEachByte;

// Bit 7 where lo <= byte <= hi. Exact for every byte below the first one of
// 0x80 or more (only such a byte carries into the next), which is as far as
// a chunk is ever read.
constexpr std::uint64_t in_range(std::uint64_t w, unsigned lo, unsigned hi) {
    return ((w + (0x80 - lo) * kEachByte) ^ (w + (0x7F - hi) * kEachByte)) & kHigh;
}

// The number of bytes with bit 7 set (at most 8).
constexpr int count(std::uint64_t mask) { return static_cast<int>(((mask >> 7) * kEachByte) >> 56); }

// Bit 7 where the byte needs more than the chunk rules: 0x80 and above, below
// 0x20, & < > " (and # $ % =, rare, for a cheaper test), and with typography
// ' and a '-' or '.' followed by another (or last in the chunk: the next
// chunk may hold its pair).
std::uint64_t stops(std::uint64_t w, bool typography) {
    std::uint64_t m = (w | ~(w + 0x60 * kEachByte)) & kHigh;           // >= 0x80, < 0x20
    m |= in_range(w, '<', '>');
    if (!typography) {
        m |= in_range(w, '"', '&');
    } else {
        m |= in_range(w, '"', '\'');
        std::uint64_t marks = in_range(w, '-', '.');
        m |= marks & ((marks >> 8) | (kHigh << 56));
    }
    return m;
}

// The words and left-to-right runs of a chunk with no stop in its first
// bytes (`keep`: bit 7 of each byte to read). `word` and `ltr_run` carry
// bit 7 set when the byte before the chunk ends a counted word / is a Latin
// letter; they are updated to the chunk's last byte.
struct Counts {
    int words = 0, ltr = 0;
    std::uint64_t word = 0, ltr_run = 0;

    // Plain prose (see plain()) in the last n bytes of a text, read as the
    // eight bytes that end it, all plain: each byte's state follows from the
    // byte before it, read or not (a plain byte was counted as one).
    void plain_last(std::uint64_t letter, unsigned n) {
        std::uint64_t starts = letter & ~(letter << 8) & (~0ull << (8 * (8 - n)));
        words += count(starts);
        ltr += count(starts);
        word = ltr_run = letter >> 56;
    }

    // Plain prose (see plain()) in the last bytes of a short text.
    void plain_end(std::uint64_t letter, unsigned last_shift) {
        std::uint64_t starts = letter & ~(letter << 8);
        words += count(starts & ~word);
        ltr += count(starts & ~ltr_run);
        word = ltr_run = (letter >> last_shift) & 0x80;
    }

    // Any ASCII byte from 0x20 to 0x7F: digits count as words but have no
    // direction, and other characters (punctuation) neither start nor end
    // a word ("30.2", "e-mail" and "(see" are one word each).
    void ascii(std::uint64_t w, std::uint64_t keep, unsigned last_shift) {
        std::uint64_t lower = w | (0x20 * kEachByte);
        std::uint64_t letter = in_range(lower, 'a', 'z') & keep;
        std::uint64_t alnum = letter | (in_range(w, '0', '9') & keep);
        std::uint64_t space = ~(w + 0x5F * kEachByte) & keep;  // 0x20 (the bytes below are stops)
        std::uint64_t known = alnum | space;                     // the bytes that decide the state
        std::uint64_t before = alnum << 8;                       // the state before each byte
        if (alnum & ~((known << 8) | 0x80)) {                    // punctuation then a letter or digit
            // Carry the last decided state across punctuation: spread each
            // byte's state over the undecided bytes after it, 1, 2, 4 bytes.
            std::uint64_t state = alnum, decided = known;
            state |= (state << 8) & ~decided;
            decided |= decided << 8;
            state |= (state << 16) & ~decided;
            decided |= decided << 16;
            state |= (state << 32) & ~decided;
            decided |= decided << 32;
            if (word) state |= kHigh & ~decided;  // leading punctuation keeps the word before the chunk
            before = state << 8;
        }
        words += count(alnum & ~(before | word));
        if (known) word = alnum > space ? 0x80 : 0;  // the last letter, digit or space decides
        ltr += count(letter & ~((letter << 8) | ltr_run));
        ltr_run = (letter >> last_shift) & 0x80;
    }
};

// Bit 7 of each of the first n bytes (1 <= n <= 8).
constexpr std::uint64_t first_bytes(unsigned n) { return n >= 8 ? kHigh : kHigh & ((1ull << (8 * n)) - 1); }

// Plain prose (most of it): letters, spaces, and ',' '-' '.' followed by a
// space ("old. The", "quay, and", "pre- and"), in the bytes `keep` marks.
// Then a word is a run of letters, and so is a left-to-right run; `letter`
// gets the letters.
inline bool plain(std::uint64_t w, std::uint64_t keep, std::uint64_t& letter) {
    std::uint64_t ascii = ~w;  // & ascii: no byte of UTF-8 passes, whatever the carries after it
    letter = in_range(w | (0x20 * kEachByte), 'a', 'z') & ascii;
    std::uint64_t space = ~(w + 0x5F * kEachByte) & (w + 0x60 * kEachByte) & ascii & kHigh;  // exactly 0x20
    std::uint64_t mark = in_range(w, ',', '.') & ascii;
    std::uint64_t ok = letter | space | (mark & (space >> 8));
    return (ok & keep) == keep;
}

// Plain prose, eight bytes at a time from p while it lasts. Returns where
// it stopped.
inline __attribute__((always_inline)) const unsigned char* plain_chunks(const unsigned char* p,
                                                                       const unsigned char* end, Counts& c) {
    const unsigned char* from = p;
    std::uint64_t word = c.word;
    int starts = 0;
    while (end - p >= 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        // Letters and spaces only: most chunks, and cheaper to tell than plain().
        std::uint64_t letter = in_range(w | (0x20 * kEachByte), 'a', 'z') & ~w;  // & ~w: UTF-8 never passes
        std::uint64_t not_letter = ((letter ^ kHigh) >> 7) * 0xFF;             // 0xFF in each other byte
        if (((w ^ (0x20 * kEachByte)) & not_letter) && !plain(w, kHigh, letter)) break;  // not a space, nor plain
        starts += count(letter & ~((letter << 8) | word));
        word = letter >> 56;
        p += 8;
    }
    if (p == from) return p;
    // The left-to-right runs are the words, but for the first byte, which
    // may continue a run of Latin letters (not a word) before the chunk.
    int first = kClass.c[*from] & kLetter ? 1 : 0;
    c.words += starts;
    c.ltr += starts + (first & static_cast<int>(c.word >> 7)) - (first & static_cast<int>(c.ltr_run >> 7));
    c.word = c.ltr_run = word;
    return p;
}


// The portable scanner.
const unsigned char* scan_chunks(const unsigned char* begin, const unsigned char* p, const unsigned char* end,
                                 Scan& s, bool typography) {
    Counts c;
    c.word = s.word ? 0x80 : 0;
    c.ltr_run = s.ltr_run ? 0x80 : 0;
    for (;;) {
        std::uint64_t w;
        unsigned n = 8;
        p = plain_chunks(p, end, c);
        if (end - p >= 8) {
            std::memcpy(&w, p, 8);
        } else {
            n = static_cast<unsigned>(end - p);
            if (n == 0) break;
            if (end - begin >= 8) {
                std::memcpy(&w, end - 8, 8);  // the eight bytes that end the text
                std::uint64_t letter;
                if (plain(w, kHigh, letter)) {  // then the bytes before the last n tell their state
                    c.plain_last(letter, n);
                    p = end;
                    break;
                }
                w >>= 8 * (8 - n);
            } else {
                w = 0;
                for (unsigned i = 0; i < n; ++i) w |= std::uint64_t(p[i]) << (8 * i);
            }
        }
        if (n < 8) {  // the last bytes of the text
            std::uint64_t letter;
            if (plain(w, first_bytes(n), letter)) {
                c.plain_end(letter, 8 * n - 8);
                p = end;
                break;
            }
        }
        std::uint64_t stop = stops(w, typography) & first_bytes(n);
        unsigned k = stop ? static_cast<unsigned>(__builtin_ctzll(stop)) >> 3 : n;
        if (k) c.ascii(w, first_bytes(k), 8 * k - 8);
        p += k;
        if (stop || n < 8) break;
    }
    s.words = c.words;
    s.ltr = c.ltr;
    s.word = c.word != 0;
    s.ltr_run = c.ltr_run != 0;
    return p;
}

#if defined(__SSE2__)
// ---------------------------------------------------------------------------
// Sixteen bytes at a time (SSE2). A mask has bit i set where byte i has the
// property (_mm_movemask_epi8); a carry is bit 0.
// ---------------------------------------------------------------------------

// Bits set in a 16-bit mask. POPCNT is not in the x86-64 baseline: without
// it __builtin_popcount is a library call, and two table lookups are cheaper.
#if defined(__POPCNT__)
inline int count16(unsigned mask) { return __builtin_popcount(mask); }
#else
struct BitCounts {
    unsigned char n[256] = {};
    constexpr BitCounts() {
        for (int i = 1; i < 256; ++i) n[i] = static_cast<unsigned char>(n[i >> 1] + (i & 1));
    }
};
constexpr BitCounts kBits;
inline int count16(unsigned mask) { return kBits.n[mask & 0xFF] + kBits.n[mask >> 8]; }
#endif

inline __m128i bytes(char c) { return _mm_set1_epi8(c); }
inline unsigned mask_of(__m128i m) { return static_cast<unsigned>(_mm_movemask_epi8(m)); }
inline __m128i is(__m128i v, char c) { return _mm_cmpeq_epi8(v, bytes(c)); }

// Where lo <= byte <= hi, in one comparison: moved by -lo - 128 (wrapping),
// the range starts at the smallest signed byte and nothing else reaches it.
inline __m128i in_range16(__m128i v, char lo, char hi) {
    __m128i moved = _mm_add_epi8(v, bytes(static_cast<char>(-128 - lo)));
    return _mm_cmplt_epi8(moved, bytes(static_cast<char>(-128 + (hi - lo) + 1)));
}
inline __m128i letters16(__m128i v) { return in_range16(_mm_or_si128(v, bytes(0x20)), 'a', 'z'); }

// The 1 to 15 bytes at p, zero after them, without reading past them: two
// loads that overlap (a byte read twice is or-ed with itself).
inline __m128i load_short(const unsigned char* p, unsigned n) {
    std::uint64_t lo, hi = 0;
    if (n >= 8) {
        std::memcpy(&lo, p, 8);
        if (n > 8) {
            std::memcpy(&hi, p + n - 8, 8);
            hi >>= 8 * (16 - n);
        }
    } else if (n >= 4) {
        std::uint32_t a, b;
        std::memcpy(&a, p, 4);
        std::memcpy(&b, p + n - 4, 4);
        lo = a | std::uint64_t(b) << (8 * (n - 4));
    } else {
        lo = p[0] | std::uint64_t(p[n / 2]) << (8 * (n / 2)) | std::uint64_t(p[n - 1]) << (8 * (n - 1));
    }
    return _mm_set_epi64x(static_cast<long long>(hi), static_cast<long long>(lo));
}

// Plain prose, sixteen bytes at a time from p while it lasts (as plain()
// for eight): letters, spaces, and ',' '-' '.' followed by a space, where
// a word is a run of letters, and so is a left-to-right run.
inline __attribute__((always_inline)) const unsigned char* plain_blocks(const unsigned char* p,
                                                                       const unsigned char* end, Scan& s) {
    const unsigned char* from = p;
    unsigned word = s.word;
    int starts = 0;
    while (end - p > 16) {  // and the byte after the block, for a mark before a space
        __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        __m128i next = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p + 1));
        __m128i letters = letters16(v);
        __m128i ok = _mm_or_si128(_mm_or_si128(letters, is(v, ' ')),
                                  _mm_and_si128(in_range16(v, ',', '.'), is(next, ' ')));
        if (mask_of(ok) != 0xFFFF) break;
        unsigned letter = mask_of(letters);
        starts += count16(letter & ~((letter << 1) | word));
        word = letter >> 15;  // a mark last is before a space: the word ends anyway
        p += 16;
    }
    if (p == from) return p;
    // As in plain_chunks: the first byte may continue a run of Latin letters
    // (not a word) from before.
    int first = kClass.c[*from] & kLetter ? 1 : 0;
    s.words += starts;
    s.ltr += starts + (first & s.word) - (first & s.ltr_run);
    s.word = s.ltr_run = word;
    return p;
}

// Plain prose in the last n bytes of a text (n <= 16; bit 0 of the masks is
// the first of them); a ',' '-' or '.' may also be last in it. Returns
// whether they were.
inline bool plain_end(Scan& s, unsigned letter, unsigned space, unsigned mark, unsigned n) {
    unsigned keep = (1u << n) - 1, last = 1u << (n - 1);
    letter &= keep;
    space &= keep;
    if (((letter | space | (mark & ((space >> 1) | last))) & keep) != keep) return false;
    int starts = count16(letter & ~(letter << 1));  // and the first byte if a letter
    s.words += starts - static_cast<int>(letter & s.word);
    s.ltr += starts - static_cast<int>(letter & s.ltr_run);
    if (!(mark & last)) {
        s.word = s.ltr_run = letter >> (n - 1);
    } else {  // a mark last: it has no direction and neither starts nor ends a word
        if (n > 1) s.word = (letter >> (n - 2)) & 1;
        s.ltr_run = false;
    }
    return true;
}

// The first n bytes (1 <= n <= 16) of a block, none a stop: digits count as
// words but have no direction, and other characters (punctuation) neither
// start nor end a word.
inline void add_ascii(Scan& s, unsigned letter, unsigned alnum, unsigned space, unsigned n) {
    unsigned keep = (1u << n) - 1;
    letter &= keep;
    alnum &= keep;
    space &= keep;
    unsigned known = alnum | space;               // the bytes that decide the state
    unsigned before = (alnum << 1) | s.word;      // the state before each byte
    if (alnum & ~((known << 1) | 1)) {            // punctuation then a letter or digit
        // Carry the last decided state across punctuation: spread each
        // byte's state over the undecided bytes after it, 1, 2, 4, 8 bytes.
        unsigned state = alnum, decided = known;
        for (int shift = 1; shift < 16; shift *= 2) {
            state |= (state << shift) & ~decided;
            decided |= decided << shift;
        }
        if (s.word) state |= ~decided;  // leading punctuation keeps the word before the block
        before = (state << 1) | s.word;
    }
    s.words += count16(alnum & ~before);
    if (known) s.word = alnum > space;  // the last letter, digit or space decides
    s.ltr += count16(letter & ~((letter << 1) | s.ltr_run));
    s.ltr_run = (letter >> (n - 1)) & 1;
}

// The SSE2 scanner.
const unsigned char* scan_blocks(const unsigned char* begin, const unsigned char* p, const unsigned char* end,
                                 Scan& s, bool typography) {
    for (;;) {
        p = plain_blocks(p, end, s);
        if (p == end) return p;
        // One block of any ASCII up to the first stop: sixteen bytes, or
        // the last n of the text (read as the sixteen that end it, when the
        // text has them, and the masks shifted to start at p).
        unsigned n = 16, shift = 0;
        __m128i v;
        if (end - p >= 16) {
            v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(p));
        } else {
            n = static_cast<unsigned>(end - p);
            if (end - begin >= 16) {
                v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(end - 16));
                shift = 16 - n;
            } else {
                v = load_short(p, n);
            }
        }
        __m128i letter = letters16(v);
        __m128i space = is(v, ' ');
        if (end - p == n && plain_end(s, mask_of(letter) >> shift, mask_of(space) >> shift,
                                mask_of(in_range16(v, ',', '.')) >> shift, n))
            return end;
        __m128i alnum = _mm_or_si128(letter, in_range16(v, '0', '9'));
        // Below 0x20 and from 0x80 (as signed bytes, all below ' '), & < > ".
        __m128i stop = _mm_or_si128(_mm_or_si128(_mm_cmplt_epi8(v, bytes(' ')), is(v, '&')),
                                    _mm_or_si128(_mm_or_si128(is(v, '<'), is(v, '>')), is(v, '"')));
        unsigned pair_last = 0;
        if (typography) {
            // ' and a '-' or '.' followed by another; the last byte's pair,
            // in the next block, is looked up on its own.
            __m128i mark = _mm_or_si128(is(v, '-'), is(v, '.'));
            __m128i pair = _mm_and_si128(mark, _mm_cmpeq_epi8(v, _mm_srli_si128(v, 1)));
            stop = _mm_or_si128(stop, _mm_or_si128(is(v, '\''), pair));
            if (n == 16 && end - p > 16 && p[16] == p[15] && (p[15] == '-' || p[15] == '.')) pair_last = 0x8000;
        }
        unsigned stops = ((mask_of(stop) >> shift) | pair_last) & ((1u << n) - 1);
        unsigned k = stops ? static_cast<unsigned>(__builtin_ctz(stops)) : n;
        if (k) add_ascii(s, mask_of(letter) >> shift, mask_of(alnum) >> shift, mask_of(space) >> shift, k);
        p += k;
        if (k < 16) return p;  // at a stop, or the end
    }
}
#endif

// The pass, with either scanner. One function for both (typography or not):
// the WebAssembly build is sized by the byte, and the test costs a
// predictable branch per stop.
template <Scanner scan>
inline void fused(HtmlBuffer& out, std::string_view text, TextStats& stats, DirectionCount* dir_or_null,
                  Typographer* typo) {
    DirectionCount unused;
    DirectionCount& dir = dir_or_null ? *dir_or_null : unused;
    const auto* begin = reinterpret_cast<const unsigned char*>(text.data());
    const auto* p = begin;
    const auto* end = p + text.size();
    const auto* run = p;  // start of the bytes not yet copied to `out` (they need no escape)
    Word word = stats.word();
    int words = 0;
    while (p < end) {
        // Many bytes at a time, up to the first stop.
        Scan s;
        s.word = word == Word::counted;
        s.ltr_run = dir.run == LetterDirection::ltr;
        const auto* from = p;
        p = scan(begin, p, end, s, typo != nullptr);
        if (p != from) {
            words += s.words;
            dir.ltr += s.ltr;
            dir.run = s.ltr_run ? LetterDirection::ltr : LetterDirection::neutral;
            if (s.word) word = Word::counted;
            else if (word == Word::counted) word = Word::none;  // none and pending count alike
        }
        if (p == end) break;

        // One byte, or one code point, that stopped the scan.
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
                    // Counted as typed: punctuation, which neither starts
                    // nor ends a word and has no direction.
                    for (std::size_t i = 0; i < r.length; ++i) {
                        if (word == Word::none) word = Word::pending;
                        dir.add(LetterDirection::neutral);
                    }
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
            if (cls & kSpace) {
                word = Word::none;
            } else if (cls & kAlnum) {
                words += word != Word::counted;
                word = Word::counted;
            } else if (word == Word::none) {
                word = Word::pending;
            }
            dir.add(cls & kLetter ? LetterDirection::ltr : LetterDirection::neutral);
            ++p;
            continue;
        }
        // UTF-8: code points until the next ASCII byte.
        stats.word() = word;
        do {
            std::size_t i = static_cast<std::size_t>(p - begin);
            char32_t cp = next_code_point(text, i);
            stats.add_code_point(cp, words);
            dir.add(letter_direction(cp));
            p = begin + i;
        } while (p < end && *p >= 0x80);
        word = stats.word();
    }
    out.append(reinterpret_cast<const char*>(run), static_cast<std::size_t>(end - run));
    if (typo) typo->end_run(text);
    stats.word() = word;
    stats.prose_words() += words;
}

}  // namespace

void write_prose(HtmlBuffer& out, std::string_view text, TextStats& stats, DirectionCount* dir, Typographer* typo) {
#if defined(__SSE2__)
    fused<scan_blocks>(out, text, stats, dir, typo);
#else
    fused<scan_chunks>(out, text, stats, dir, typo);
#endif
}

void write_prose_portable(HtmlBuffer& out, std::string_view text, TextStats& stats, DirectionCount* dir,
                          Typographer* typo) {
    fused<scan_chunks>(out, text, stats, dir, typo);
}

}  // namespace broadsheet::detail
