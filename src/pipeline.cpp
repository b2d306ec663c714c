// The one-call API: sanitise the bytes, pick the parser, render.
#include "broadsheet/broadsheet.hpp"

#include "diagnostics.hpp"
#include "html/escape.hpp"

namespace broadsheet {

const char* version() { return BS_VERSION; }

namespace {

// JSON when the first non-space byte is '{' — unless it is Markdown with JSON
// front matter: a first line "{", a line "}" at the start of a line, and
// more text after it (a JSON article ends at its closing brace).
bool looks_like_json(std::string_view s) {
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
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

}  // namespace

Result<Article> parse(std::string_view source, InputFormat format, const Limits& limits) {
    bool json = format == InputFormat::json || (format == InputFormat::detect && looks_like_json(source));
    return json ? parse_json(source, limits) : parse_markdown(source, limits);
}

Result<Rendered> render(std::string_view source, const RenderOptions& options) {
    Result<Rendered> out;
    if (source.size() > options.limits.max_input_bytes) {
        out.diagnostics.push_back({Severity::error,
                                   "the article is " + std::to_string(source.size()) + " bytes, over the limit of " +
                                       std::to_string(options.limits.max_input_bytes) + " (maxInputBytes)",
                                   0, 0, ""});
        return out;
    }
    // Invalid UTF-8 and NUL become U+FFFD once, here, so no later stage sees them.
    std::string clean;
    if (detail::sanitize_utf8(source, clean)) source = clean;

    if (options.mode == RenderMode::commonmark) {
        Article a;
        a.body = std::string(source);
        return render_html(a, options);
    }
    Result<Article> parsed = parse(source, options.format, options.limits);
    if (!parsed) {
        out.diagnostics = std::move(parsed.diagnostics);
        return out;
    }
    out = render_html(*parsed, options);
    // One list, in source order, bounded by maxDiagnostics as a whole.
    detail::Diagnostics all(options.limits.max_diagnostics);
    all.append(std::move(parsed.diagnostics));
    all.append(std::move(out.diagnostics));
    out.diagnostics = all.take();
    return out;
}

}  // namespace broadsheet
