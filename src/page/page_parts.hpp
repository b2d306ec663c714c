// Private: the parts of the page around the body, one file each, and what
// they all read. Each part writes through HtmlWriter from the resolved
// article (resolve_article.hpp) and never checks or re-derives a URL, a
// language or a direction: resolve did that once.
//
//   <html> head.cpp (title, meta, Open Graph, JSON-LD)
//   <body> masthead.cpp
//     <article> header.cpp: kicker, headline, standfirst
//                           byline.cpp, dates_line.cpp, lead_image.cpp
//               toc.cpp
//               article_body.cpp (the body stage's HTML, ad slots between blocks)
//               footer.cpp: tags, share.cpp
// render_page.cpp puts them in order.
#pragma once

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
};

// Writes a pattern of interface text: literal parts escaped, each
// placeholder written by `slot(name)`.
template <class Slot>
void write_pattern(HtmlWriter& w, std::string_view pattern, Slot&& slot) {
    walk_pattern(pattern, [&](std::string_view text) { w.text(text); }, slot);
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
