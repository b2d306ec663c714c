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

// Copies runs that need no escape in one append each; the common case.
template <bool kAttribute>
void escape_html(std::string& out, std::string_view text) {
    std::size_t run = 0;  // start of the pending run of bytes that need no escape
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* rep;
        switch (text[i]) {
        case '&': rep = "&amp;"; break;
        case '<': rep = "&lt;"; break;
        case '>': rep = "&gt;"; break;
        case '"': rep = "&quot;"; break;
        case '\'':
            if (!kAttribute) continue;
            rep = "&#39;";
            break;
        case '\0': rep = kReplacement; break;
        default: continue;
        }
        out.append(text.data() + run, i - run);
        out += rep;
        run = i + 1;
    }
    out.append(text.data() + run, text.size() - run);
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

void escape_url_attr(std::string& out, std::string_view url) {
    // The same set md4c-html and cmark keep, so CommonMark output matches.
    for (char ch : url) {
        unsigned char c = static_cast<unsigned char>(ch);
        if (c == '&') {
            out += "&amp;";
        } else if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') ||
                   std::string_view("-_.+!*(),%#@?=;:/$").find(static_cast<char>(c)) != std::string_view::npos) {
            out += static_cast<char>(c);
        } else {
            append_hex_byte(out, c);  // space, quotes, < > \ ^ ` { | } ~ [ ], controls, non-ASCII bytes
        }
    }
}

}  // namespace broadsheet::detail
