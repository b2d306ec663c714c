// broadsheet/broadsheet.hpp — render a news article to accessible HTML.
//
// The one call:
//
//   #include <broadsheet/broadsheet.hpp>
//   auto out = broadsheet::render(source);          // JSON or Markdown, detected
//   if (out) std::cout << out->html;
//   for (auto& d : out.diagnostics) std::cerr << d.line << ':' << d.column << ": " << d.message << '\n';
//
// The stages, for callers who want the model in between:
//
//   source --parse_json / parse_markdown--> Article --render_html--> Rendered
//
// Both ways give the same HTML for the same input: every entry point
// prepares the source the same way (the maxInputBytes limit, a leading BOM
// dropped, invalid UTF-8 and NUL replaced with U+FFFD), and parse_* enforce
// the limits render() would (maxDepth in the body too). The parsers report
// what reading finds (syntax, types, unknown fields); render_html checks the
// article (refused URLs, alt text, headline length, dates, a field given
// under two names) at the places the parser noted in Article::source.
//
// No function here throws to report bad input, and none keeps state between
// calls: they are safe to call from several threads at once.
#pragma once

#include <string>
#include <string_view>

#include "article.hpp"
#include "diagnostics.hpp"
#include "options.hpp"

namespace broadsheet {

struct ReadingTime {
    int minutes = 0;  // rounded up, at least 1 (or the author's override)
    int words = 0;    // words of the body; each CJK character counts as one
};

struct Rendered {
    std::string html;          // UTF-8; a fragment (<article>…</article>) or a whole document
    ReadingTime reading_time;
};

// Parses schema.org NewsArticle JSON (JSON-LD as publishers already have it is
// accepted: @context/@type are ignored). Errors carry a JSON Pointer, and
// line/column for syntax errors.
Result<Article> parse_json(std::string_view json, const Limits& limits = {});

// Parses Markdown with optional front matter: YAML between "---" lines, or a
// JSON object when the first line is "{". Errors carry line and column.
Result<Article> parse_markdown(std::string_view text, const Limits& limits = {});

// Picks the parser: InputFormat::detect chooses JSON when the first
// non-whitespace byte is '{', else Markdown.
Result<Article> parse(std::string_view source, InputFormat format = InputFormat::detect,
                      const Limits& limits = {});

// Checks and renders an article. In RenderMode::commonmark only article.body
// is rendered, as plain CommonMark HTML, and nothing else is checked.
// Warnings (such as an image without alt text, or an author URL the URL
// policy refuses) come back in the diagnostics beside the value, at the
// field's line and column when the article came from parse_*.
Result<Rendered> render_html(const Article& article, const RenderOptions& options = {});

// parse() then render_html(), with one diagnostics list in source order
// (when the article has errors, the check's warnings still come with them).
// In RenderMode::commonmark the whole source is Markdown (no front matter).
Result<Rendered> render(std::string_view source, const RenderOptions& options = {});

// Reads options from the JSON the JS API and the CLI take, e.g.
// {"mode":"page","ads":{"after":2},"share":{"networks":["x","email"]}}.
// Unknown keys are warnings; values of the wrong type are errors.
Result<RenderOptions> parse_options_json(std::string_view json);

// "MAJOR.MINOR.PATCH"
const char* version();

}  // namespace broadsheet
