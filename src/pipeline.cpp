// The public entry points, each the stages in order:
//
//   source -> prepare -> read + map (JSON | front matter) -> check -> resolve
//          -> render (body, page parts) -> HTML
//
// parse_* run the first stages and stop at the model; render_html runs the
// rest; render() runs them all. Every entry point prepares its input the
// same way (prepare_source.hpp), so parse_*() then render_html() gives the
// same HTML as render() for every input.
#include "broadsheet/broadsheet.hpp"

#include "body/markdown_body.hpp"
#include "check/check_article.hpp"
#include "diagnostics.hpp"
#include "input/article_readers.hpp"
#include "input/prepare_source.hpp"
#include "page/render_page.hpp"
#include "resolve/resolve_article.hpp"

namespace broadsheet {

using namespace detail;

const char* version() { return BS_VERSION; }

namespace {

// JSON when the first non-space byte is '{' — unless it is Markdown with JSON
// front matter: a first line "{", a line "}" at the start of a line, and
// more text after it (a JSON article ends at its closing brace).
bool looks_like_json(std::string_view s) {
    std::size_t i = s.find_first_not_of(" \t\r\n");
    if (i == std::string_view::npos || s[i] != '{') return false;
    if (i != 0 || (s.substr(0, 2) != "{\n" && s.substr(0, 3) != "{\r\n")) return true;
    for (std::size_t p = s.find("\n}"); p != std::string_view::npos; p = s.find("\n}", p + 1)) {
        std::size_t end = p + 2;
        if (end < s.size() && s[end] == '\r') ++end;
        if (end < s.size() && s[end] != '\n') continue;  // "}," or "} x": not the front matter's end
        return s.find_first_not_of(" \t\r\n", end) == std::string_view::npos;
    }
    return true;
}

// read + map, for prepared text. Returns false when nothing could be mapped.
// With `body`, a Markdown body is not copied into out.body: *body views it
// in `text` (render() reads it from there while the source lives).
bool read_article(std::string_view text, InputFormat format, const Limits& limits, Diagnostics& diags, Article& out,
                  std::string_view* body = nullptr) {
    bool json = format == InputFormat::json || (format == InputFormat::detect && looks_like_json(text));
    if (!json) return read_markdown_article(text, limits, diags, out, body);
    bool ok = read_json_article(text, limits, diags, out);
    if (body) *body = out.body;  // unescaped from JSON: the model holds the only copy
    return ok;
}

BodyOptions body_options(const ResolvedArticle* r, const Article& a, const RenderOptions& options) {
    BodyOptions bo;
    bo.commonmark = options.mode == RenderMode::commonmark;
    // Blocks written in the other direction get their own dir.
    bo.direction = r ? r->direction : TextDirection::auto_;
    bo.allow_html = options.allow_html;
    bo.url_schemes = &options.url_schemes;
    bo.embed_origins = &options.embed_origins;
    bo.max_depth = options.limits.max_depth;
    bo.first_line = a.body_line;
    bo.typography = options.typography && !bo.commonmark;
    bo.quotes = quote_style(r ? std::string_view(r->lang) : std::string_view());
    return bo;
}

// The body stage and the reading time it counts.
bool render_body_of(const Article& article, std::string_view text, const BodyOptions& bo,
                    const RenderOptions& options, Diagnostics& diags, Body& body, Rendered& out) {
    if (!render_body(text, bo, body, diags)) return false;
    if (article.image && !article.image->url.empty()) body.stats.add_image();  // the lead image is read too
    out.reading_time = estimate_reading_time(body.stats, options.reading_time, article.reading_time_minutes);
    return true;
}

bool within_output_limit(const Rendered& out, const RenderOptions& options, Diagnostics& diags) {
    if (out.html.size() <= options.limits.max_output_bytes) return true;
    diags.error("the HTML is " + std::to_string(out.html.size()) + " bytes, over the limit of " +
                std::to_string(options.limits.max_output_bytes) + " (maxOutputBytes)");
    return false;
}

// check -> resolve -> render: the stages after the model. Each stage's
// result is built once, in place, and read by the next (the checked URLs by
// resolve, the resolved article and the body by the page). `text` is the
// Markdown body: article.body, or the part of render()'s source holding it.
bool render_article(const Article& article, std::string_view text, const RenderOptions& options, Diagnostics& diags,
                    Rendered& out) {
    Body body;
    if (options.mode == RenderMode::commonmark) {
        if (!render_body_of(article, text, body_options(nullptr, article, options), options, diags, body, out))
            return false;
        out.html = take(body.html);
        return within_output_limit(out, options, diags);
    }
    const ResolvedArticle resolved =
        resolve_article(article, check_article(article, options.url_schemes, diags), options, diags);
    if (!render_body_of(article, text, body_options(&resolved, article, options), options, diags, body, out))
        return false;
    HtmlBuffer page;  // the page is written in one buffer, then copied (moved, where it is a std::string) into the Result
    render_page(resolved, body, out.reading_time, options, page);
    out.html = take(page);
    return within_output_limit(out, options, diags);
}

// The limits render_html enforces on the body, enforced when parsing too:
// the nesting depth of lists and quotes (maxDepth) is known only to the body
// stage (md4c decides what nests), so the body is run through it once here
// and only its errors are kept; its warnings come again from render_html.
// render() skips this: its render_html step reports the same errors.
void check_body_limits(const Article& a, const Limits& limits, Diagnostics& diags) {
    RenderOptions o;
    o.limits = limits;
    Body body;
    Diagnostics scratch(limits.max_diagnostics);
    if (render_body(a.body, body_options(nullptr, a, o), body, scratch)) return;
    for (auto& d : scratch.take())
        if (d.severity == Severity::error) diags.add(std::move(d));
}

template <class T>
Result<T> finish(Diagnostics& diags, std::optional<T> value) {
    Result<T> r;
    if (!diags.has_errors()) r.value = std::move(value);
    diags.sort_by_position();
    r.diagnostics = diags.take();
    return r;
}

Result<Article> parse_as(std::string_view source, InputFormat format, const Limits& limits) {
    Diagnostics diags(limits.max_diagnostics);
    PreparedSource src(source, limits, diags);
    Article a;
    if (src.ok() && read_article(src.text(), format, limits, diags, a) && !diags.has_errors())
        check_body_limits(a, limits, diags);
    return finish<Article>(diags, std::move(a));
}

}  // namespace

Result<Article> parse_json(std::string_view json, const Limits& limits) {
    return parse_as(json, InputFormat::json, limits);
}

Result<Article> parse_markdown(std::string_view text, const Limits& limits) {
    return parse_as(text, InputFormat::markdown, limits);
}

Result<Article> parse(std::string_view source, InputFormat format, const Limits& limits) {
    return parse_as(source, format, limits);
}

Result<Rendered> render_html(const Article& article, const RenderOptions& options) {
    Diagnostics diags(options.limits.max_diagnostics);
    Rendered out;
    bool ok = render_article(article, article.body, options, diags, out);
    return finish<Rendered>(diags, ok ? std::optional<Rendered>(std::move(out)) : std::nullopt);
}

Result<Rendered> render(std::string_view source, const RenderOptions& options) {
    Diagnostics diags(options.limits.max_diagnostics);
    PreparedSource src(source, options.limits, diags);
    if (!src.ok()) return finish<Rendered>(diags, std::nullopt);
    Article a;
    std::string_view body;  // Markdown: the part of src holding it (not copied into a.body); JSON: a.body
    if (options.mode == RenderMode::commonmark) {
        body = src.text();  // the whole source is the body
    } else if (!read_article(src.text(), options.format, options.limits, diags, a, &body)) {
        return finish<Rendered>(diags, std::nullopt);
    } else if (diags.has_errors()) {
        // No page, but the warnings about what could be read still help.
        check_article(a, options.url_schemes, diags);
        return finish<Rendered>(diags, std::nullopt);
    }
    Rendered out;
    bool ok = render_article(a, body, options, diags, out);
    return finish<Rendered>(diags, ok ? std::optional<Rendered>(std::move(out)) : std::nullopt);
}

}  // namespace broadsheet
