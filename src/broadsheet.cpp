// The one-call API: sanitise the bytes, pick the parser, render.
#include "broadsheet/broadsheet.hpp"

#include "escape.hpp"

namespace broadsheet {

const char* version() { return BS_VERSION; }

namespace {

bool looks_like_json(std::string_view s) {
    if (s.size() >= 3 && s.substr(0, 3) == "\xEF\xBB\xBF") s.remove_prefix(3);
    std::size_t i = s.find_first_not_of(" \t\r\n");
    return i != std::string_view::npos && s[i] == '{';
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
    out.diagnostics.insert(out.diagnostics.begin(), parsed.diagnostics.begin(), parsed.diagnostics.end());
    return out;
}

}  // namespace broadsheet
