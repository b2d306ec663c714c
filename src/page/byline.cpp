// The byline: "By NAME, ROLE and NAME" in the article's language. Names get
// dir="auto", so an English name in an Arabic article keeps its order.
#include "page/page_parts.hpp"

namespace broadsheet::detail {

namespace {

// Spanish writes "e" for "y" before a word that starts with the sound /i/:
// "Ana e Inés", "Luis e Hilario", but "y Hierro" (a diphthong).
bool spanish_i_sound(std::string_view name) {
    auto lower_is = [&](std::size_t at, std::string_view a, std::string_view b) {
        return name.substr(at, a.size()) == a || name.substr(at, b.size()) == b;
    };
    std::size_t at = 0;
    if (lower_is(0, "h", "H")) at = 1;
    if (at >= name.size()) return false;
    bool i = lower_is(at, "i", "I") || lower_is(at, "\xC3\xAD", "\xC3\x8D");  // í Í
    if (!i) return false;
    std::size_t after = at + (name[at] == 'i' || name[at] == 'I' ? 1 : 2);
    if (at == 1 && after < name.size()) {
        char v = name[after];
        if (v == 'a' || v == 'e' || v == 'o' || v == 'u') return false;  // hie-, hia-: a consonant sound
    }
    return true;
}

void write_author(HtmlWriter& w, const PageContext& c, const Author& au, const std::string& url) {
    w.raw("<span class=\"bs-author\">");
    auto name = [&] {
        if (!url.empty()) {
            w.raw("<a").url("href", url).raw(" rel=\"author\" class=\"bs-author-name\" dir=\"auto\">");
            w.text(au.name).raw("</a>");
        } else {
            w.raw("<span class=\"bs-author-name\" dir=\"auto\">").text(au.name).raw("</span>");
        }
    };
    if (au.role.empty()) {
        name();
    } else {
        write_pattern(w, c.s.locale().author_role, [&](std::string_view ph) {
            if (ph == "name") name();
            else if (ph == "role") w.raw("<span class=\"bs-author-role\">").text(au.role).raw("</span>");
        });
    }
    // "Name (Org)", as the writer gave it: parentheses read the same in the
    // languages of the interface tables.
    if (!au.affiliation.empty()) {
        w.raw(" (<span class=\"bs-author-affiliation\" dir=\"auto\">").text(au.affiliation).raw("</span>)");
    }
    w.raw("</span>");
}

}  // namespace

void write_byline(HtmlWriter& w, const PageContext& c) {
    const auto& authors = c.a.authors;
    if (authors.empty()) return;
    const Locale& loc = c.s.locale();
    std::string_view by = c.s.text(Text::by);
    w.raw("<p class=\"bs-byline\">");
    write_pattern(w, by.empty() ? "{authors}" : loc.byline, [&](std::string_view ph) {
        if (ph == "by") {
            w.text(by);
            return;
        }
        if (ph != "authors") return;
        for (std::size_t i = 0; i < authors.size(); ++i) {
            if (i > 0 && i + 1 < authors.size()) w.text(loc.list_separator);
            if (i > 0 && i + 1 == authors.size()) {
                std::string_view and_ = c.s.text(Text::and_);
                if (std::string_view(loc.tag) == "es" && !c.s.overridden(Text::and_) && spanish_i_sound(authors[i].name))
                    and_ = "e";
                text_filled(w, Strings::Pattern{loc.last_separator}, {{"and", and_}});
            }
            write_author(w, c, authors[i], c.r.author_urls[i]);
        }
    });
    w.raw("</p>\n");
}

}  // namespace broadsheet::detail
