// Private: source text -> Article, one reader per input form. Each reads
// the text into a Value tree, maps its keys onto the model, and notes where
// each field was written (Article::source). Problems go to `diags`; the
// article holds what could be read even when there are errors, so the
// caller can still check it (warnings beside errors, as writers expect).
// The text must be prepared (prepare_source.hpp).
#pragma once

#include <string_view>

#include "broadsheet/article.hpp"
#include "broadsheet/options.hpp"
#include "diagnostics.hpp"

namespace broadsheet::detail {

// schema.org NewsArticle JSON (news_article.cpp). Returns false when the
// JSON itself could not be read (a syntax error): nothing was mapped.
bool read_json_article(std::string_view text, const Limits& limits, Diagnostics& diags, Article& out);

// Markdown with YAML or JSON front matter (front_matter.cpp). Returns false
// when the front matter could not be found or read: nothing was mapped.
// With `body`, the body is not copied into out.body: *body is the part of
// `text` that holds it (for a caller that keeps `text` alive, like render()).
bool read_markdown_article(std::string_view text, const Limits& limits, Diagnostics& diags, Article& out,
                           std::string_view* body = nullptr);

}  // namespace broadsheet::detail
