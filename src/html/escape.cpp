// Escaping for HTML text, attributes, JSON in <script>, and URLs.
#include "html/escape.hpp"

namespace broadsheet::detail {

namespace {

const char kHex[] = "0123456789ABCDEF";

// NUL is never written: JSON and YAML escapes (\u0000, \0) can put one in a
// value after sanitize_utf8 has run, and HTML has no use for it.
const char kReplacement[] = "\xEF\xBF\xBD";

void append_hex_byte(std::string& out, unsigned char c) {
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
}

}  // namespace

namespace {

// Which bytes an escape replaces: 1 in element content and attributes, 2 in
// attributes only.
struct EscapeTable {
    unsigned char needs[256] = {};
    constexpr EscapeTable() {
        for (int c : {'&', '<', '>', '"', '\0'}) needs[c] = 1;
        needs[static_cast<int>('\'')] = 2;
    }
};
constexpr EscapeTable kEscape;

// Copies runs that need no escape in one append each; the common case. The
// scan is one table load per byte.
template <bool kAttribute>
void escape_html(std::string& out, std::string_view text) {
    constexpr unsigned char kMask = kAttribute ? 3 : 1;
    const auto* s = reinterpret_cast<const unsigned char*>(text.data());
    std::size_t n = text.size(), run = 0;  // start of the pending run of bytes that need no escape
    for (std::size_t i = 0;; ++i) {
        while (i < n && !(kEscape.needs[s[i]] & kMask)) ++i;
        if (i == n) break;
        out.append(text.data() + run, i - run);
        switch (text[i]) {
        case '&': out += "&amp;"; break;
        case '<': out += "&lt;"; break;
        case '>': out += "&gt;"; break;
        case '"': out += "&quot;"; break;
        case '\'': out += "&#39;"; break;
        default: out += kReplacement; break;  // NUL
        }
        run = i + 1;
    }
    out.append(text.data() + run, n - run);
}

}  // namespace

void escape_text(std::string& out, std::string_view text) { escape_html<false>(out, text); }

void escape_attr(std::string& out, std::string_view text) { escape_html<true>(out, text); }

void escape_json_string(std::string& out, std::string_view text) {
    out += '"';
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        switch (c) {
        case '"': out += "\\\""; continue;
        case '\\': out += "\\\\"; continue;
        case '\n': out += "\\n"; continue;
        case '\r': out += "\\r"; continue;
        case '\t': out += "\\t"; continue;
        case '<': out += "\\u003c"; continue;
        case '>': out += "\\u003e"; continue;
        case '&': out += "\\u0026"; continue;
        default: break;
        }
        if (c < 0x20) {
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 15];
        } else if (c == 0xE2 && i + 2 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80 &&
                   (static_cast<unsigned char>(text[i + 2]) == 0xA8 || static_cast<unsigned char>(text[i + 2]) == 0xA9)) {
            out += static_cast<unsigned char>(text[i + 2]) == 0xA8 ? "\\u2028" : "\\u2029";
            i += 2;
        } else {
            out += static_cast<char>(c);
        }
    }
    out += '"';
}

void percent_encode_component(std::string& out, std::string_view text) {
    for (char ch : text) {
        unsigned char c = static_cast<unsigned char>(ch);
        bool keep = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' ||
                    c == '_' || c == '.' || c == '!' || c == '~' || c == '*' || c == '\'' || c == '(' || c == ')';
        if (keep) out += static_cast<char>(c);
        else append_hex_byte(out, c);
    }
}

namespace {

// The bytes a URL attribute keeps as they are: the set md4c-html and cmark
// keep, so CommonMark output matches.
struct UrlKeepTable {
    bool keep[256] = {};
    constexpr UrlKeepTable() {
        for (int c = 'A'; c <= 'Z'; ++c) keep[c] = keep[c + 32] = true;
        for (int c = '0'; c <= '9'; ++c) keep[c] = true;
        for (char c : std::string_view("-_.+!*(),%#@?=;:/$")) keep[static_cast<unsigned char>(c)] = true;
    }
};
constexpr UrlKeepTable kUrlKeep;

}  // namespace

void escape_url_attr(std::string& out, std::string_view url) {
    const auto* s = reinterpret_cast<const unsigned char*>(url.data());
    std::size_t n = url.size(), run = 0;
    for (std::size_t i = 0;; ++i) {
        while (i < n && kUrlKeep.keep[s[i]]) ++i;
        if (i == n) break;
        out.append(url.data() + run, i - run);
        if (s[i] == '&') out += "&amp;";
        else append_hex_byte(out, s[i]);  // space, quotes, < > \ ^ ` { | } ~ [ ], controls, non-ASCII bytes
        run = i + 1;
    }
    out.append(url.data() + run, n - run);
}

}  // namespace broadsheet::detail
