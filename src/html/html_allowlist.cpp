// The raw-HTML allowlist (allowHtml).
#include "html/html_allowlist.hpp"
#include "text/ascii.hpp"

#include "html/escape.hpp"

namespace broadsheet::detail {

namespace {

struct TagRule {
    const char* name;
    const char* attribute;  // the one attribute kept, or nullptr
    bool is_void;
};

const TagRule kRules[] = {
    {"abbr", "title", false}, {"b", nullptr, false},    {"br", nullptr, true},        {"cite", nullptr, false},
    {"del", nullptr, false},  {"dfn", nullptr, false},  {"em", nullptr, false},       {"i", nullptr, false},
    {"ins", nullptr, false},  {"kbd", nullptr, false},  {"mark", nullptr, false},     {"q", nullptr, false},
    {"s", nullptr, false},    {"samp", nullptr, false}, {"small", nullptr, false},    {"strong", nullptr, false},
    {"sub", nullptr, false},  {"sup", nullptr, false},  {"time", "datetime", false}, {"u", nullptr, false},
    {"var", nullptr, false},  {"wbr", nullptr, true},
};

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }
using ascii::is_alpha;
using ascii::lower;
using ascii::is_digit;
bool is_hex(char c) { return is_digit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

// Length of the well-formed character reference at s[i] ("&amp;", "&#34;",
// "&#x22;"), or 0. The browser decodes it inside the attribute value, after
// the tag is parsed, so it can only ever become text of title or datetime.
std::size_t reference_length(std::string_view s, std::size_t i) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
        ++j;
        bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
        if (hex) ++j;
        std::size_t start = j;
        while (j < s.size() && j - start < (hex ? 6u : 7u) && (hex ? is_hex(s[j]) : is_digit(s[j]))) ++j;
        if (j == start) return 0;
    } else {
        std::size_t start = j;
        while (j < s.size() && j - start < 32 && (is_alpha(s[j]) || (j > start && is_digit(s[j])))) ++j;
        if (j == start) return 0;
    }
    return j < s.size() && s[j] == ';' ? j + 1 - i : 0;
}

// An attribute value as the author wrote it: markup characters escaped, but
// character references kept, so title="Fish &amp; chips" shows "Fish & chips"
// rather than "Fish &amp; chips".
void escape_attr_value(std::string& out, std::string_view value) {
    std::size_t run = 0;
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '&') continue;
        std::size_t n = reference_length(value, i);
        if (n == 0) continue;
        escape_attr(out, value.substr(run, i - run));
        out.append(value.data() + i, n);
        i += n - 1;
        run = i + 1;
    }
    escape_attr(out, value.substr(run));
}

}  // namespace

bool allowed_inline_tag(std::string_view s, AllowedTag& out) {
    if (s.size() < 3 || s.front() != '<' || s.back() != '>') return false;
    std::size_t i = 1;
    out = AllowedTag{};
    if (s[i] == '/') {
        out.closing = true;
        ++i;
    }
    std::size_t name_start = i;
    while (i < s.size() && (is_alpha(s[i]) || (i > name_start && s[i] >= '0' && s[i] <= '9'))) out.name += lower(s[i++]);
    if (out.name.empty()) return false;
    const TagRule* rule = nullptr;
    for (const auto& r : kRules)
        if (out.name == r.name) rule = &r;
    if (!rule) return false;
    out.is_void = rule->is_void;
    if (out.closing) {
        while (i < s.size() && is_space(s[i])) ++i;
        if (i != s.size() - 1 || out.is_void) return false;
        out.markup = "</" + out.name + ">";
        return true;
    }
    // Attributes: name[=value], value unquoted, 'single' or "double" quoted.
    std::string kept;
    while (true) {
        std::size_t before = i;
        while (i < s.size() && is_space(s[i])) ++i;
        if (i >= s.size() - 1) break;
        if (s[i] == '/' && i == s.size() - 2) {
            ++i;
            break;
        }
        if (i == before) return false;  // attributes must be separated by space
        std::string attr;
        while (i < s.size() - 1 && !is_space(s[i]) && s[i] != '=' && s[i] != '>' && s[i] != '/' && s[i] != '"' &&
               s[i] != '\'')
            attr += lower(s[i++]);
        if (attr.empty()) return false;
        std::string value;
        while (i < s.size() && is_space(s[i])) ++i;
        if (i < s.size() - 1 && s[i] == '=') {
            ++i;
            while (i < s.size() && is_space(s[i])) ++i;
            if (i < s.size() - 1 && (s[i] == '"' || s[i] == '\'')) {
                char q = s[i++];
                std::size_t close = s.find(q, i);
                if (close == std::string_view::npos || close >= s.size() - 1) return false;
                value = std::string(s.substr(i, close - i));
                i = close + 1;
            } else {
                while (i < s.size() - 1 && !is_space(s[i])) value += s[i++];
            }
        }
        if (rule->attribute && attr == rule->attribute && kept.empty()) {
            kept = " ";
            kept += attr;
            kept += "=\"";
            escape_attr_value(kept, value);
            kept += '"';
        }
    }
    out.markup = "<" + out.name + kept + ">";
    return true;
}

}  // namespace broadsheet::detail
