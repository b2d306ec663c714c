// Template code left in a Markdown body (see template_code.hpp).
#include "input/template_code.hpp"

#include <algorithm>
#include <cstring>
#include <string>

namespace broadsheet::detail {

namespace {

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
bool ends_with(std::string_view s, std::string_view p) {
    return s.size() >= p.size() && s.substr(s.size() - p.size()) == p;
}

// The kind of template code the whole (trimmed) line is, or nullptr.
const char* template_kind(std::string_view l) {
    if (l.size() < 5) return nullptr;
    if (starts_with(l, "{{<") && ends_with(l, ">}}")) return "a Hugo shortcode";
    if (starts_with(l, "{{%") && ends_with(l, "%}}")) return "a Hugo shortcode";
    if (starts_with(l, "{%") && ends_with(l, "%}")) return "a Liquid or Nunjucks tag";
    if (starts_with(l, "{{") && ends_with(l, "}}")) return "a Liquid, Nunjucks or Hugo output tag";
    return nullptr;
}

// A fence line: three or more backticks or tildes after at most three spaces.
char fence_of(std::string_view l, std::size_t indent, std::size_t& length) {
    if (indent > 3 || l.size() < 3 || (l[0] != '`' && l[0] != '~')) return 0;
    length = 0;
    while (length < l.size() && l[length] == l[0]) ++length;
    return length >= 3 ? l[0] : 0;
}

}  // namespace

void warn_template_code(std::string_view body, int first_line, Diagnostics& diags) {
    // Only a line whose first non-blank is ` or ~ (a fence) or { (template
    // code) matters. Most bodies have none of the three anywhere (news
    // prose): three memchr passes, stopping early, find the first, and the
    // lines before its line are not looked at.
    if (body.empty()) return;  // (and memchr must not see an empty view's null data())
    std::size_t first = body.size();
    for (char c : {'{', '`', '~'})
        if (const void* at = std::memchr(body.data(), c, first))
            first = static_cast<std::size_t>(static_cast<const char*>(at) - body.data());
    if (first == body.size()) return;
    std::size_t start = body.rfind('\n', first);
    start = start == std::string_view::npos ? 0 : start + 1;
    // Line numbers are counted only for a warning (rare): line 0 is `start`'s.
    int start_line = -1;

    // From there each line's first bytes are looked at, and memchr finds the
    // next line. Most lines start with a letter, or are blank: those are
    // passed on their first byte.
    char fence = 0;             // the open fence's character, or 0 outside one
    std::size_t fence_len = 0;  // and its length: a closing fence is at least as long
    int line = 0;
    for (std::size_t pos = start; pos < body.size(); ++line) {
        char lead = body[pos];
        if (lead == '\n') {
            ++pos;
            continue;
        }
        const char* at = static_cast<const char*>(std::memchr(body.data() + pos, '\n', body.size() - pos));
        std::size_t eol = at ? static_cast<std::size_t>(at - body.data()) : body.size();
        if (lead != ' ' && lead != '\t' && lead != '`' && lead != '~' && lead != '{') {
            pos = eol + 1;
            continue;
        }
        std::size_t c = pos;
        while (c < eol && (body[c] == ' ' || body[c] == '\t')) ++c;
        std::size_t indent = c - pos;
        pos = eol + 1;
        if (c == eol || (body[c] != '`' && body[c] != '~' && body[c] != '{')) continue;
        std::string_view t = body.substr(c, eol - c);
        while (!t.empty() && (t.back() == ' ' || t.back() == '\t' || t.back() == '\r')) t.remove_suffix(1);
        std::size_t len = 0;
        char f = fence_of(t, indent, len);
        if (fence) {
            if (f == fence && len >= fence_len && t.find_first_not_of(fence) == std::string_view::npos) fence = 0;
        } else if (f) {
            fence = f;
            fence_len = len;
        } else if (const char* kind = template_kind(t)) {
            if (diags.full()) return;  // nothing more can be said
            if (start_line < 0)
                start_line = first_line + static_cast<int>(std::count(body.begin(), body.begin() + start, '\n'));
            diags.warning("this line looks like template code (" + std::string(kind) +
                              "); expand it with your site generator first: Broadsheet shows it as text",
                          start_line + line, static_cast<int>(indent) + 1, "");
        }
    }
}

}  // namespace broadsheet::detail
