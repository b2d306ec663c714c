// The page parts in order: <article> (fragment mode), or the whole document
// around it (page mode). Text that may run in another direction than the
// article (names, tags, captions, the publisher) gets dir="auto" in the
// parts, so an English name in an Arabic article keeps its order.
#include "page/render_page.hpp"

#include <algorithm>

#include "page/page_parts.hpp"

namespace broadsheet::detail {

namespace {

void write_article(HtmlWriter& w, const PageContext& c, const Body& body, const ReadingTime& rt) {
    w.raw("<article class=\"bs-article\"");
    if (!c.r.lang.empty()) w.attr("lang", c.r.lang);
    w.attr("dir", c.r.dir).end_start().newline();
    write_header(w, c, rt);
    write_article_body(w, c, body);
    write_footer(w, c);
    w.raw("</article>\n");
}

void write_document(HtmlWriter& w, const PageContext& c, const Body& body, const ReadingTime& rt) {
    // A document needs a language (screen readers pick their voice from it).
    // When neither the article nor the site (options lang) gives one, the
    // page says "und", BCP 47's "undetermined", rather than claim English for
    // text that may be in any language: a reader's default voice is a better
    // guess than a wrong one, and axe's html-has-lang and html-lang-valid
    // accept it.
    w.raw("<!DOCTYPE html>\n<html").attr("lang", c.r.lang.empty() ? std::string_view("und") : c.r.lang);
    w.raw(c.r.direction == TextDirection::rtl ? " dir=\"rtl\"" : " dir=\"ltr\"");
    // No attribute for 'auto' (the theme's default for its own pages).
    static const char* const themes[] = {nullptr, "host", "light", "dark"};
    if (const char* theme = themes[static_cast<int>(c.opt.theme)]) w.attr("data-broadsheet-theme", theme);
    w.end_start().newline();
    write_head(w, c, rt);
    w.raw(c.opt.layout == Layout::wide_lead ? "<body class=\"bs-page\" data-broadsheet-layout=\"wide-lead\">\n"
                                            : "<body class=\"bs-page\">\n");
    write_masthead(w, c);
    w.raw("<main class=\"bs-main\">\n");
    write_article(w, c, body, rt);
    w.raw("</main>\n</body>\n</html>\n");
}

// A generous guess at the bytes the page parts add around the body, so the
// page's buffer is allocated once, never grown and copied: the fixed markup
// (head, header, share list), the headline and description that the title,
// Open Graph, Twitter card, JSON-LD, header and share list repeat, the
// address in the share links, and what tags, authors, a contents box and ad
// slots add. Too much costs nothing but unused capacity.
std::size_t chrome_size(const PageContext& c, const Body& body) {
    const Article& a = c.a;
    std::size_t n = 6144 + 8 * (a.headline.size() + a.description.size() + c.r.canonical.size());
    for (const auto& t : a.tags) n += 3 * t.size() + 128;
    for (const auto& au : a.authors) n += 3 * (au.name.size() + au.role.size() + au.url.size()) + 256;
    if (c.opt.toc != TocMode::off) n += 128 * body.headings.size();
    if (c.opt.ads.enabled && c.opt.ads.max > 0) n += 512 * static_cast<std::size_t>(std::min(c.opt.ads.max, 16));
    return n;
}

}  // namespace

void render_page(const ResolvedArticle& article, const Body& body, const ReadingTime& reading_time,
                 const RenderOptions& options, HtmlBuffer& out) {
    const Strings strings(locale_for(article.lang), options.strings);
    const IdPrefix ids = article_id_prefix(article);
    PageContext c{article, article.article, options, strings, ids.view()};
    out.reserve(out.size() + body.html.size() + chrome_size(c, body));
    HtmlWriter w(out);
    if (options.mode == RenderMode::page) write_document(w, c, body, reading_time);
    else write_article(w, c, body, reading_time);
}

}  // namespace broadsheet::detail
