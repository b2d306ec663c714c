// Escaping for HTML text, attributes, JSON in <script>, and URLs.
#include "html/escape.hpp"

#include "html/html_buffer.hpp"

namespace broadsheet::detail {

namespace {

const char kHex[] = "0123456789ABCDEF";

// NUL is never written: JSON and YAML escapes (\u0000, \0) can put one in a
// value after sanitize_utf8 has run, and HTML has no use for it.
const char kReplacement[] = "\xEF\xBF\xBD";

template <class Out>
void append_hex_byte(Out& out, unsigned char c) {
    out += '%';
    out += kHex[c >> 4];
    out += kHex[c & 15];
}

// The first byte in [p, end) for which needs(byte) holds, or end. Four bytes
// a step: most text needs no escape, so this scan is most of an escaper's
// time, and the step halves its instructions.
template <class Needs>
const unsigned char* find_special(const unsigned char* p, const unsigned char* end, Needs needs) {
    // `|`, not `||`: four loads and one branch instead of four branches.
    while (end - p >= 4 && !(int{needs(p[0])} | int{needs(p[1])} | int{needs(p[2])} | int{needs(p[3])})) p += 4;
    while (p != end && !needs(*p)) ++p;
    return p;
}

// Copies text to out: the runs of bytes that need nothing in one append
// each, and each byte that needs() through replace(out, byte).
template <class Out, class Needs, class Replace>
void copy_replacing(Out& out, std::string_view text, Needs needs, Replace replace) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    for (;;) {
        const auto* q = find_special(p, end, needs);
        out.append(reinterpret_cast<const char*>(p), q - p);
        if (q == end) return;
        replace(out, *q);
        p = q + 1;
    }
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

// Copies runs that need no escape in one append each; the common case.
template <bool kAttribute, class Out>
void escape_html(Out& out, std::string_view text) {
    constexpr unsigned char kMask = kAttribute ? 3 : 1;
    copy_replacing(out, text, [](unsigned char c) { return (kEscape.needs[c] & kMask) != 0; },
                   [](Out& o, unsigned char c) {
                       switch (c) {
                       case '&': o += "&amp;"; break;
                       case '<': o += "&lt;"; break;
                       case '>': o += "&gt;"; break;
                       case '"': o += "&quot;"; break;
                       case '\'': o += "&#39;"; break;
                       default: o += kReplacement; break;  // NUL
                       }
                   });
}

}  // namespace

template <class Out>
void escape_text(Out& out, std::string_view text) {
    escape_html<false>(out, text);
}

template <class Out>
void escape_attr(Out& out, std::string_view text) {
    escape_html<true>(out, text);
}

namespace {

// The bytes a JSON string in <script> does not copy as they are: the quote
// and backslash, controls, < > & (so no "</script>" or "<!--" can form), and
// 0xE2, the lead byte of U+2028 and U+2029 (line breaks to old JavaScript).
struct JsonEscapeTable {
    bool needs[256] = {};
    constexpr JsonEscapeTable() {
        for (int c = 0; c < 0x20; ++c) needs[c] = true;
        for (int c : {int('"'), int('\\'), int('<'), int('>'), int('&'), 0xE2}) needs[c] = true;
    }
};
constexpr JsonEscapeTable kJsonEscape;

}  // namespace

// Copies runs that need no escape in one append each, like escape_html.
template <class Out>
void escape_json_string(Out& out, std::string_view text) {
    const auto* p = reinterpret_cast<const unsigned char*>(text.data());
    const auto* end = p + text.size();
    out += '"';
    for (;;) {
        const auto* q = find_special(p, end, [](unsigned char c) { return kJsonEscape.needs[c]; });
        out.append(reinterpret_cast<const char*>(p), q - p);
        if (q == end) break;
        p = q + 1;
        switch (*q) {
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
        if (*q < 0x20) {
            out += "\\u00";
            out += kHex[*q >> 4];
            out += kHex[*q & 15];
        } else if (end - q > 2 && q[1] == 0x80 && (q[2] == 0xA8 || q[2] == 0xA9)) {  // 0xE2
            out += q[2] == 0xA8 ? "\\u2028" : "\\u2029";
            p = q + 3;
        } else {  // 0xE2 starting another character: copied as it is
            out += static_cast<char>(*q);
        }
    }
    out += '"';
}

namespace {

// The bytes URLs keep as they are: kInUrl in a URL attribute (the set
// md4c-html and cmark keep, so CommonMark output matches), kInComponent in a
// query value (what encodeURIComponent keeps). One table for both.
constexpr unsigned char kInUrl = 1, kInComponent = 2;
struct UrlKeepTable {
    unsigned char keep[256] = {};
    constexpr UrlKeepTable() {
        for (int c = 'A'; c <= 'Z'; ++c) keep[c] = keep[c + 32] = kInUrl | kInComponent;
        for (int c = '0'; c <= '9'; ++c) keep[c] = kInUrl | kInComponent;
        for (char c : std::string_view("-_.+!*(),%#@?=;:/$")) keep[static_cast<unsigned char>(c)] |= kInUrl;
        for (char c : std::string_view("-_.!~*'()")) keep[static_cast<unsigned char>(c)] |= kInComponent;
    }
};
constexpr UrlKeepTable kUrlKeep;

}  // namespace

void percent_encode_component(std::string& out, std::string_view text) {
    copy_replacing(out, text, [](unsigned char c) { return !(kUrlKeep.keep[c] & kInComponent); },
                   append_hex_byte<std::string>);
}

template <class Out>
void escape_url_attr(Out& out, std::string_view url) {
    // Replaced: & as a character reference; space, quotes, < > \ ^ ` { | } ~
    // [ ], controls and non-ASCII bytes percent-encoded.
    copy_replacing(out, url, [](unsigned char c) { return !(kUrlKeep.keep[c] & kInUrl); },
                   [](Out& o, unsigned char c) {
                       if (c == '&') o += "&amp;";
                       else append_hex_byte(o, c);
                   });
}

// The sinks (escape.hpp): the page's and the body's HtmlBuffer, and the
// sanitizer's std::string (the same type in a build for size, html_buffer.hpp).
template void escape_text(std::string&, std::string_view);
template void escape_attr(std::string&, std::string_view);
template void escape_url_attr(std::string&, std::string_view);
template void escape_json_string(std::string&, std::string_view);  // the wasm ABI's diagnostics
#if !BS_HTML_BUFFER_IS_STRING
template void escape_text(HtmlBuffer&, std::string_view);
template void escape_attr(HtmlBuffer&, std::string_view);
template void escape_url_attr(HtmlBuffer&, std::string_view);
template void escape_json_string(HtmlBuffer&, std::string_view);  // the page's JSON-LD
#endif

}  // namespace broadsheet::detail
