// UTF-8: encoding a code point, repairing invalid input, cutting and quoting
// text at character boundaries.
#include "text/utf8.hpp"

#include <cstring>

#if defined(__SSE2__)
#include <emmintrin.h>
#endif

namespace broadsheet::detail {

namespace {

const char kHex[] = "0123456789ABCDEF";

}  // namespace

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t n = max_bytes;
    // Back off over continuation bytes to the start of the cut character.
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return text.substr(0, n);
}

std::string quote_input(std::string_view text, std::size_t max_bytes) {
    std::string_view cut = utf8_prefix(text, max_bytes);
    std::string out;
    out.reserve(cut.size() + 3);
    for (std::size_t i = 0; i < cut.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(cut[i]);
        unsigned cp = c;
        if (c == 0xC2 && i + 1 < cut.size() && static_cast<unsigned char>(cut[i + 1]) < 0xA0)
            cp = static_cast<unsigned char>(cut[i + 1]);  // U+0080..U+009F
        else if (c >= 0x80) cp = 0xFFFF;                  // any other non-ASCII: kept as is
        if (cp < 0x20 || cp == 0x7F || (cp >= 0x80 && cp < 0xA0)) {
            out += "<U+00";
            out += kHex[cp >> 4];
            out += kHex[cp & 15];
            out += '>';
            if (cp >= 0x80) ++i;
        } else {
            out += static_cast<char>(c);
        }
    }
    if (cut.size() < text.size()) out += "...";
    return out;
}

namespace {

// At s[i]: the length of a valid UTF-8 sequence (> 0), or minus the length of
// the invalid "maximal subpart" to replace with one U+FFFD (as the WHATWG
// decoder does: "\xE2\x82" then a space is one replacement, "\xC0\xAF" two).
int utf8_sequence(std::string_view s, std::size_t i) {
    unsigned char c = static_cast<unsigned char>(s[i]);
    if (c < 0x80) return c == 0 ? -1 : 1;
    int n;
    unsigned char lo = 0x80, hi = 0xBF;  // allowed range of the first continuation byte
    if (c >= 0xC2 && c <= 0xDF) n = 2;
    else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;       // overlong
        if (c == 0xED) hi = 0x9F;       // surrogates
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;       // overlong
        if (c == 0xF4) hi = 0x8F;       // above U+10FFFF
    } else {
        return -1;
    }
    for (int k = 1; k < n; ++k) {
        std::size_t j = i + static_cast<std::size_t>(k);
        if (j >= s.size()) return -k;
        unsigned char b = static_cast<unsigned char>(s[j]);
        bool ok = k == 1 ? (b >= lo && b <= hi) : (b & 0xC0) == 0x80;
        if (!ok) return -k;
    }
    return n;
}

// The high bit of each byte of the eight at `p` that is NUL or not ASCII,
// and perhaps of bytes after such a one (the borrow of w - kOnes runs on only
// from a NUL): zero exactly when all eight are ASCII and none is NUL.
std::uint64_t nul_or_non_ascii(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kHigh = 0x8080808080808080ull;
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    return ((w - kOnes) | w) & kHigh;
}

// Whether the 64 bytes at `p` are all ASCII and none is NUL: sixteen at a
// time where SSE2 is there (x86-64 has it), else eight words at once.
bool plain_ascii_64(const char* p) {
#if defined(__SSE2__)
    // As signed bytes, NUL and every byte above 0x7F are the ones not above 0.
    const __m128i zero = _mm_setzero_si128();
    auto above_zero = [&](int at) {
        return _mm_cmpgt_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p + at)), zero);
    };
    __m128i all = _mm_and_si128(_mm_and_si128(above_zero(0), above_zero(16)),
                                _mm_and_si128(above_zero(32), above_zero(48)));
    return _mm_movemask_epi8(all) == 0xFFFF;
#else
    std::uint64_t any = 0;
    for (int at = 0; at < 64; at += 8) any |= nul_or_non_ascii(p + at);
    return any == 0;
#endif
}

}  // namespace

char32_t next_code_point(std::string_view text, std::size_t& i) {
    unsigned char b = static_cast<unsigned char>(text[i++]);
    if (b < 0x80) return b;
    if (b < 0xC0) return 0xFFFD;  // a continuation byte out of place
    int more = b >= 0xF0 ? 3 : b >= 0xE0 ? 2 : 1;
    char32_t cp = b & (0x3Fu >> more);
    for (; more > 0 && i < text.size() && (static_cast<unsigned char>(text[i]) & 0xC0) == 0x80; --more)
        cp = (cp << 6) | (static_cast<unsigned char>(text[i++]) & 0x3Fu);
    return cp;
}

bool sanitize_utf8(std::string_view text, std::string& out) {
    std::size_t start = 0;
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") start = 3;
    std::size_t i = start;
    const char* p = text.data();
    while (i < text.size()) {
        // An article is nearly all ASCII: 64 bytes at a time while they are
        // all ASCII and none is NUL, then 8 at a time.
        for (; text.size() - i >= 64; i += 64)
            if (!plain_ascii_64(p + i)) break;
        for (; text.size() - i >= 8; i += 8)
            if (nul_or_non_ascii(p + i)) break;
        if (i == text.size()) break;
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c < 0x80) {  // fast path for ASCII
            ++i;
            continue;
        }
        int n = utf8_sequence(text, i);
        if (n < 0) break;
        i += static_cast<std::size_t>(n);
    }
    if (i == text.size() && start == 0) return false;
    out.clear();
    out.reserve(text.size() + 16);
    out.append(text.data() + start, i - start);
    while (i < text.size()) {
        int n = utf8_sequence(text, i);
        if (n < 0) {
            out += "\xEF\xBF\xBD";
            i += static_cast<std::size_t>(-n);
        } else {
            out.append(text.data() + i, static_cast<std::size_t>(n));
            i += static_cast<std::size_t>(n);
        }
    }
    return true;
}

}  // namespace broadsheet::detail
