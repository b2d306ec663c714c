// The per-article id prefix (PageContext::ids).
#include <cstdint>

#include "page/page_parts.hpp"

namespace broadsheet::detail {

namespace {

// FNV-1a, 32 bits: short, stable across builds and platforms (native and
// WebAssembly write the same page), and enough to tell apart the few
// articles one page shows.
std::uint32_t fnv1a(std::string_view text, std::uint32_t h = 2166136261u) {
    for (unsigned char ch : text) {
        h ^= ch;
        h *= 16777619u;
    }
    return h;
}

}  // namespace

IdPrefix article_id_prefix(const ResolvedArticle& r) {
    std::uint32_t h = r.canonical.empty() ? fnv1a(r.article.headline) : fnv1a(r.canonical);
    if (r.canonical.empty() && r.article.published) {
        // "\n2026-3-2" after the headline, numbers unpadded; hashed piece
        // by piece (FNV-1a reads bytes in order, so that is the same hash).
        const DateTime& d = *r.article.published;
        h = fnv1a(Digits(d.year).view(), fnv1a("\n", h));
        h = fnv1a(Digits(d.month).view(), fnv1a("-", h));
        h = fnv1a(Digits(d.day).view(), fnv1a("-", h));
    }
    static const char hex[] = "0123456789abcdef";
    IdPrefix id{{'b', 's', '-'}};
    for (int k = 0, shift = 28; shift >= 0; ++k, shift -= 4) id.chars[3 + k] = hex[(h >> shift) & 0xf];
    return id;
}

}  // namespace broadsheet::detail
