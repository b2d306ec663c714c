// Private: the Markdown body stage, the interface the page stage uses. md4c
// parses (md_events.cpp, the only file that includes md4c.h, repairs what it
// reports); a writer (article_writer or commonmark_writer) writes the body
// HTML through HtmlWriter and gathers the facts later stages need (word
// counts, headings for the table of contents, top-level blocks for placing
// advertisement slots).
//
//   Body body;
//   if (render_body("## Tides\n\nThe harbour…", {}, body, diags)) use(body.html);
//
// The conventions writers use (figure captions and credits, image sizes,
// table captions) are documented in README.md, "Writing the body".
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "broadsheet/article.hpp"
#include "diagnostics.hpp"
#include "html/html_buffer.hpp"
#include "text/reading_time.hpp"
#include "text/typography.hpp"

namespace broadsheet::detail {

struct BodyOptions {
    bool commonmark = false;   // plain CommonMark HTML: no ids, figures, heading shift, classes, dir
    bool allow_html = false;   // let allowlisted HTML through (html_sanitizer.hpp)
    const std::vector<std::string>* url_schemes = nullptr;  // allowed schemes; nullptr = http, https, mailto
    const std::vector<std::string>* embed_origins = nullptr;  // iframe origins (allowHtml); nullptr = none
    int max_depth = 64;        // list and quote nesting
    int first_line = 1;        // line of the file where the body starts (for diagnostics)
    // The direction of the <article> the body goes into. A paragraph, heading,
    // list item, table cell or caption written mostly in the other direction
    // gets its own dir. auto_ (unknown): only right-to-left blocks are marked,
    // the rest follows the page. In a right-to-left article, code is marked
    // dir="ltr".
    TextDirection direction = TextDirection::auto_;
    // Article mode: straight quotes, "--", "---" and "..." in prose become
    // the typographic marks, quotes in the style of the article's language
    // (text/typography.hpp). Never in code, URLs, raw HTML or attributes.
    bool typography = false;
    QuoteStyle quotes = QuoteStyle::english;
};

enum class BlockKind { paragraph, heading, figure, list, quote, table, code, rule, html };

// A top-level block of the body and the byte offset in Body::html where it ends.
struct BodyBlock {
    BlockKind kind;
    std::size_t end;
};

struct BodyHeading {
    int level;         // after shifting: 2..6
    std::string id;    // unique within the body
    std::string text;  // plain text
    std::string_view dir;  // "ltr" or "rtl" when the heading has its own dir (see BodyOptions), else empty
};

struct Body {
    HtmlBuffer html;  // handed on as it is: the page appends it, CommonMark mode take()s it
    TextStats stats;
    std::vector<BodyHeading> headings;
    std::vector<BodyBlock> blocks;
};

// Renders `markdown` into `out`. Returns false, with an error in `diags`, when
// a limit is hit or md4c fails; warnings (an image without alt text, a link
// that was removed) are added to `diags` either way.
bool render_body(std::string_view markdown, const BodyOptions& options, Body& out, Diagnostics& diags);

}  // namespace broadsheet::detail
