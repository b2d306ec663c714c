// Private: the parts of the page around the body, one file each, and what
// they all read. Each part writes through HtmlWriter from the resolved
// article (resolve_article.hpp) and never checks or re-derives a URL, a
// language or a direction: resolve did that once.
//
//   <html> head.cpp (title, meta, Open Graph, JSON-LD)
//   <body> masthead.cpp
//     <article> header.cpp: kicker, headline, standfirst
//                           byline.cpp, dates_line.cpp, lead_image.cpp
//               article_body.cpp (the body stage's HTML; toc.cpp after its
//                 first paragraph, ad slots between blocks)
//               footer.cpp: tags, share.cpp
// render_page.cpp puts them in order.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "body/markdown_body.hpp"
#include "broadsheet/broadsheet.hpp"
#include "html/html_writer.hpp"
#include "resolve/resolve_article.hpp"
#include "text/ui_strings.hpp"

namespace broadsheet::detail {

struct PageContext {
    const ResolvedArticle& r;
    const Article& a;  // r.article
    const RenderOptions& opt;
    const Strings& s;  // interface text in the article's language
    // The prefix of the ids the page parts write ("bs-1f3a9c0e"), the same
    // for an article each time, different for another article: several
    // articles on one page keep their ids and landmark names apart
    // (article_ids.cpp). The body's heading ids are not prefixed (links to
    // sections stay as they were).
    std::string ids;
};

// The id prefix of an article: a hash of its canonical URL, or of its
// headline and publication date when it has none.
std::string article_id_prefix(const ResolvedArticle& r);  // article_ids.cpp

// Where the table of contents goes, as an offset in Body::html (between two
// top-level blocks), or kNoToc. toc.cpp says the rules.
constexpr std::size_t kNoToc = static_cast<std::size_t>(-1);
std::size_t toc_offset(const PageContext& c, const Body& body);                     // toc.cpp

// Writes a pattern of interface text: literal parts escaped, each
// placeholder written by `slot(name)`.
template <class Slot>
void write_pattern(HtmlWriter& w, std::string_view pattern, Slot&& slot) {
    walk_pattern(pattern, [&](std::string_view text) { w.text(text); }, slot);
}

using FillArgs = std::initializer_list<std::pair<std::string_view, std::string_view>>;

// attr(name, fill(pattern, args)) and text(fill(pattern, args)), the same
// bytes, escaped piece by piece into the page without building the string.
inline void attr_filled(HtmlWriter& w, std::string_view name, std::string_view pattern, FillArgs args) {
    std::string& out = w.buffer();
    out += ' ';
    out += name;
    out += "=\"";
    fill_to(pattern, args, [&](std::string_view text) { escape_attr(out, text); });
    out += '"';
}
inline void text_filled(HtmlWriter& w, std::string_view pattern, FillArgs args) {
    fill_to(pattern, args, [&](std::string_view text) { w.text(text); });
}

void write_header(HtmlWriter& w, const PageContext& c, const ReadingTime& rt);      // header.cpp
void write_byline(HtmlWriter& w, const PageContext& c);                             // byline.cpp
void write_dates_line(HtmlWriter& w, const PageContext& c, const ReadingTime& rt);  // dates_line.cpp
void write_lead_image(HtmlWriter& w, const PageContext& c);                         // lead_image.cpp
void write_toc(HtmlWriter& w, const PageContext& c, const Body& body);              // toc.cpp
void write_article_body(HtmlWriter& w, const PageContext& c, const Body& body);     // article_body.cpp
void write_footer(HtmlWriter& w, const PageContext& c);                             // footer.cpp
void write_masthead(HtmlWriter& w, const PageContext& c);                           // masthead.cpp
void write_head(HtmlWriter& w, const PageContext& c, const ReadingTime& rt);        // head.cpp

}  // namespace broadsheet::detail
