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

#include <charconv>
#include <cstddef>
#include <string>
#include <string_view>

#include "body/markdown_body.hpp"
#include "broadsheet/broadsheet.hpp"
#include "html/html_writer.hpp"
#include "resolve/resolve_article.hpp"
#include "text/ui_strings.hpp"

namespace broadsheet::detail {

// An article's id prefix, "bs-" and eight hex digits, held in place: made
// once per page without an allocation.
struct IdPrefix {
    char chars[11];
    std::string_view view() const { return {chars, sizeof chars}; }
};

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
    std::string_view ids;
};

// The id prefix of an article: a hash of its canonical URL, or of its
// headline and publication date when it has none.
IdPrefix article_id_prefix(const ResolvedArticle& r);  // article_ids.cpp

// Where the table of contents goes, as an offset in Body::html (between two
// top-level blocks), or kNoToc. toc.cpp says the rules.
constexpr std::size_t kNoToc = static_cast<std::size_t>(-1);
std::size_t toc_offset(const PageContext& c, const Body& body);                     // toc.cpp

// An integer's digits as std::to_string writes them, without allocating.
class Digits {
public:
    explicit Digits(int value)
        : size_(static_cast<std::size_t>(std::to_chars(chars_, chars_ + sizeof chars_, value).ptr - chars_)) {}
    std::string_view view() const { return {chars_, size_}; }

private:
    char chars_[12];  // enough for any int
    std::size_t size_;
};

// Writes a pattern of interface text (a string_view or a Strings::Pattern):
// literal parts escaped, each placeholder written by `slot(name)`.
template <class Pattern, class Slot>
void write_pattern(HtmlWriter& w, const Pattern& pattern, Slot&& slot) {
    walk_pattern(pattern, [&](std::string_view text) { w.text(text); }, slot);
}

// attr(name, fill(pattern, args)) and text(fill(pattern, args)), the same
// bytes, escaped piece by piece into the page without building the string.
inline void attr_filled(HtmlWriter& w, std::string_view name, const Strings::Pattern& pattern, FillArgs args) {
    HtmlBuffer& out = w.buffer();
    out += ' ';
    out += name;
    out += "=\"";
    fill_to(pattern, args, [&](std::string_view text) { escape_attr(out, text); });
    out += '"';
}
inline void text_filled(HtmlWriter& w, const Strings::Pattern& pattern, FillArgs args) {
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
