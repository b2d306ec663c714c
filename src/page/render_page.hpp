// Private: the page stage's entry: the resolved article and the rendered
// body -> the <article> (fragment mode) or a whole document (page mode).
#pragma once

#include <string>

#include "body/markdown_body.hpp"
#include "broadsheet/broadsheet.hpp"
#include "html/html_buffer.hpp"
#include "resolve/resolve_article.hpp"

namespace broadsheet::detail {

// Appends the HTML to `out` (which the caller take()s into the Result). Interface text comes from the article's
// language and is written by the core, never by the browser, so the same
// article renders to the same bytes natively, in Node and in a browser.
void render_page(const ResolvedArticle& article, const Body& body, const ReadingTime& reading_time,
                 const RenderOptions& options, HtmlBuffer& out);

}  // namespace broadsheet::detail
