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

std::string article_id_prefix(const ResolvedArticle& r) {
    std::uint32_t h = r.canonical.empty() ? fnv1a(r.article.headline) : fnv1a(r.canonical);
    if (r.canonical.empty() && r.article.published) {
        const DateTime& d = *r.article.published;
        std::string date = std::to_string(d.year) + "-" + std::to_string(d.month) + "-" + std::to_string(d.day);
        h = fnv1a(date, fnv1a("\n", h));
    }
    static const char hex[] = "0123456789abcdef";
    std::string id = "bs-";
    for (int shift = 28; shift >= 0; shift -= 4) id += hex[(h >> shift) & 0xf];
    return id;
}

}  // namespace broadsheet::detail
