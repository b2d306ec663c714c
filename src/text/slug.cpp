// Heading ids.
#include "text/slug.hpp"

#include "text/utf8.hpp"

namespace broadsheet::detail {

char32_t lower_letter(char32_t cp) {
    if (cp >= 'A' && cp <= 'Z') return cp + 32;
    if (cp < 0xC0) return cp;
    if ((cp <= 0xDE && cp != 0xD7) || (cp >= 0x391 && cp <= 0x3AB && cp != 0x3A2) || (cp >= 0x410 && cp <= 0x42F))
        return cp + 32;
    if (cp >= 0x400 && cp <= 0x40F) return cp + 80;
    if (cp >= 0x100 && cp <= 0x17F && cp != 0x130 && cp != 0x138 && cp != 0x149 && cp != 0x17F) {
        bool odd_capitals = (cp >= 0x139 && cp <= 0x148) || (cp >= 0x179 && cp <= 0x17E);
        if ((cp % 2 == 1) == odd_capitals) return cp + 1;
    }
    return cp;
}

std::string heading_slug(std::string_view text) {
    std::string out;
    out.reserve(text.size() < 84 ? text.size() : 84);
    bool dash = false;
    for (std::size_t i = 0; i < text.size() && out.size() <= 80;) {
        auto b = static_cast<unsigned char>(text[i]);
        char32_t cp = b < 0x80 ? (++i, b) : next_code_point(text, i);  // ASCII: most headings
        bool letter = (cp >= 'a' && cp <= 'z') || (cp >= 'A' && cp <= 'Z') || (cp >= '0' && cp <= '9') ||
                      (cp >= 0xC0 && cp != 0xD7 && cp != 0xF7 && !(cp >= 0x2000 && cp <= 0x206F) &&
                       !(cp >= 0x3000 && cp <= 0x303F));  // not general or CJK punctuation
        if (!letter) {
            if (cp != '\'' && cp != 0x2019) dash = !out.empty();  // "harbour's" is one word
            continue;
        }
        if (dash) out += '-';
        dash = false;
        if (cp < 0x80) out += static_cast<char>(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        else append_utf8(out, lower_letter(cp));
    }
    if (out.empty()) out = "section";
    if (out.compare(0, 3, "bs-") == 0) out.insert(0, "section-");
    return out;
}

}  // namespace broadsheet::detail
