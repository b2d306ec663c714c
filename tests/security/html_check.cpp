// The security oracle (see html_check.hpp). A small HTML tokenizer for the
// subset Broadsheet writes; anything outside that subset is a problem.
#include "html_check.hpp"

#include <cstdint>

#include "html/escape.hpp"  // append_utf8: encoding a decoded reference is not what the oracle checks

namespace bs_test {

namespace {

// ---------------------------------------------------------------------------
// What the renderer may write
// ---------------------------------------------------------------------------

const char* const kElements[] = {
    // page structure and article
    "html", "head", "meta", "title", "link", "script", "body", "header", "main", "article", "footer", "nav", "section",
    "div", "p", "span", "a", "img", "figure", "figcaption", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li",
    "blockquote", "pre", "code", "em", "strong", "del", "u", "br", "hr", "table", "caption", "thead", "tbody", "tr",
    "th", "td", "time",
    // the allowHtml allowlist (html_sanitizer.cpp)
    "abbr", "b", "cite", "dfn", "i", "ins", "kbd", "mark", "q", "s", "samp", "small", "sub", "sup", "var", "wbr",
    "picture", "source", "video", "audio", "iframe", "details", "summary", "tfoot"};

const char* const kAttributes[] = {"class", "id", "href", "src", "alt", "title", "lang", "dir", "rel", "target",
                                   "loading", "decoding", "fetchpriority", "width", "height", "srcset", "sizes",
                                   "datetime", "start", "scope", "role", "tabindex", "align", "content", "name",
                                   "property", "charset", "type", "hidden",
                                   // the allowHtml allowlist (html_sanitizer.cpp)
                                   "media", "poster", "preload", "loop", "muted", "playsinline", "controls", "open",
                                   "colspan", "rowspan", "allowfullscreen", "sandbox"};

// Attributes a browser follows or fetches as URLs (data-url: the shim shares it).
const char* const kUrlAttributes[] = {"href", "src", "data-url", "action", "formaction", "poster", "cite",
                                      "background", "xlink:href", "ping"};

// <meta property=X content=URL>
const char* const kUrlMetaProperties[] = {"og:url", "og:image", "twitter:image"};

// Elements without an end tag.
const char* const kVoidElements[] = {"meta", "link", "img", "br", "hr", "wbr", "source"};

template <std::size_t N>
bool in(const char* const (&list)[N], std::string_view s) {
    for (const char* x : list)
        if (s == x) return true;
    return false;
}

bool starts_with(std::string_view s, std::string_view p) { return s.substr(0, p.size()) == p; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// An attribute value as the browser will see it. Named references other than
// the five escape_attr() writes are refused (returns false): "&colon;" would
// turn "javascript&colon;" into a scheme, and the renderer never writes them
// into URLs.
bool decode_value(std::string_view v, std::string& out, bool named_ok) {
    out.clear();
    for (std::size_t i = 0; i < v.size(); ++i) {
        if (v[i] != '&') {
            out += v[i];
            continue;
        }
        std::size_t semi = v.find(';', i);
        if (semi == std::string_view::npos || semi - i > 40) {
            out += '&';
            continue;
        }
        std::string_view ref = v.substr(i + 1, semi - i - 1);
        if (!ref.empty() && ref[0] == '#') {
            std::uint32_t cp = 0;
            bool hex = ref.size() > 1 && (ref[1] == 'x' || ref[1] == 'X');
            for (std::size_t k = hex ? 2 : 1; k < ref.size(); ++k) {
                char c = ref[k];
                std::uint32_t d = is_digit(c) ? static_cast<std::uint32_t>(c - '0')
                                  : (c >= 'a' && c <= 'f') ? static_cast<std::uint32_t>(c - 'a' + 10)
                                  : (c >= 'A' && c <= 'F') ? static_cast<std::uint32_t>(c - 'A' + 10)
                                                           : 99;
                if (d >= (hex ? 16u : 10u)) return false;
                cp = cp * (hex ? 16 : 10) + d;
                if (cp > 0x10FFFF) cp = 0x110000;
            }
            broadsheet::detail::append_utf8(out, cp);
        } else if (ref == "amp") {
            out += '&';
        } else if (ref == "quot") {
            out += '"';
        } else if (ref == "lt") {
            out += '<';
        } else if (ref == "gt") {
            out += '>';
        } else if (ref == "apos") {
            out += '\'';
        } else if (named_ok) {
            out.append(v.data() + i, semi + 1 - i);
        } else {
            return false;
        }
        i = semi;
    }
    return true;
}

bool valid_utf8_without_nul(std::string_view s, std::size_t& bad) {
    for (std::size_t i = 0; i < s.size();) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        std::size_t n = c < 0x80 ? 1 : (c >= 0xC2 && c <= 0xDF) ? 2 : (c >= 0xE0 && c <= 0xEF) ? 3 : (c >= 0xF0 && c <= 0xF4) ? 4 : 0;
        if (c == 0 || n == 0 || i + n > s.size()) {
            bad = i;
            return false;
        }
        for (std::size_t k = 1; k < n; ++k) {
            unsigned char b = static_cast<unsigned char>(s[i + k]);
            bool ok = (b & 0xC0) == 0x80;
            if (k == 1 && c == 0xE0) ok = b >= 0xA0 && b <= 0xBF;
            if (k == 1 && c == 0xED) ok = b >= 0x80 && b <= 0x9F;  // no surrogates
            if (k == 1 && c == 0xF0) ok = b >= 0x90 && b <= 0xBF;
            if (k == 1 && c == 0xF4) ok = b >= 0x80 && b <= 0x8F;
            if (!ok) {
                bad = i;
                return false;
            }
        }
        i += n;
    }
    return true;
}

// The candidate URLs of a srcset, split as the HTML standard's srcset parser
// does: a URL runs to the next whitespace (commas inside it are part of it),
// trailing commas end the candidate, descriptors run to a comma outside
// parentheses.
std::vector<std::string> srcset_urls(const std::string& v) {
    std::vector<std::string> urls;
    std::size_t i = 0;
    while (i < v.size()) {
        while (i < v.size() && (is_space(v[i]) || v[i] == ',')) ++i;
        if (i >= v.size()) break;
        std::size_t start = i;
        while (i < v.size() && !is_space(v[i])) ++i;
        std::string url = v.substr(start, i - start);
        if (!url.empty() && url.back() == ',') {
            while (!url.empty() && url.back() == ',') url.pop_back();
        } else {
            int depth = 0;
            for (; i < v.size(); ++i) {
                if (v[i] == '(') ++depth;
                else if (v[i] == ')' && depth > 0) --depth;
                else if (v[i] == ',' && depth == 0) break;
            }
        }
        urls.push_back(url);
    }
    return urls;
}

struct Attribute {
    std::string name;
    std::string value;  // raw, still escaped
    bool has_value = false;
};

class Checker {
public:
    explicit Checker(std::string_view html) : h_(html) {}

    std::vector<std::string> run() {
        std::size_t bad = 0;
        if (!valid_utf8_without_nul(h_, bad)) problem(bad, "invalid UTF-8 or a NUL byte");
        std::size_t i = 0;
        if (starts_with(h_, "<!DOCTYPE html>")) i = 15;
        while (i < h_.size() && out_.size() < 20) {
            std::size_t lt = h_.find('<', i);
            if (lt == std::string_view::npos) break;
            i = tag(lt);
        }
        if (!open_.empty()) problem(h_.size(), "<" + open_.back() + "> is never closed");
        return std::move(out_);
    }

private:
    void problem(std::size_t at, const std::string& what) {
        if (out_.size() < 20) out_.push_back("offset " + std::to_string(at) + ": " + what);
    }

    // Reads the tag at h_[at] == '<'; returns where reading continues.
    std::size_t tag(std::size_t at) {
        std::size_t i = at + 1;
        if (i < h_.size() && h_[i] == '!') {
            problem(at, "a comment or declaration: " + std::string(h_.substr(at, 12)));
            return i;
        }
        bool closing = i < h_.size() && h_[i] == '/';
        if (closing) ++i;
        std::string name;
        while (i < h_.size() && (is_alpha(h_[i]) || is_digit(h_[i]))) name += lower(h_[i++]);
        if (name.empty()) {
            problem(at, "a raw '<' in text: " + std::string(h_.substr(at, 12)));
            return at + 1;
        }
        if (!in(kElements, name)) problem(at, "unexpected element <" + name + ">");
        if (closing) {
            while (i < h_.size() && is_space(h_[i])) ++i;
            if (i >= h_.size() || h_[i] != '>') problem(at, "malformed end tag </" + name + ">");
            // Every end tag closes the innermost open element: a stray one
            // could end the article (or the page's own containers) early.
            if (open_.empty() || open_.back() != name)
                problem(at, "</" + name + "> does not close the innermost open element" +
                                (open_.empty() ? std::string() : " <" + open_.back() + ">"));
            else open_.pop_back();
            return i + 1;
        }
        std::vector<Attribute> attrs;
        while (true) {
            std::size_t before = i;
            while (i < h_.size() && is_space(h_[i])) ++i;
            if (i >= h_.size()) {
                problem(at, "unterminated tag <" + name + ">");
                return i;
            }
            if (h_[i] == '>') {
                ++i;
                break;
            }
            if (h_[i] == '/' && i + 1 < h_.size() && h_[i + 1] == '>') {
                i += 2;
                break;
            }
            if (i == before) problem(i, "attributes of <" + name + "> not separated by a space");
            Attribute a;
            while (i < h_.size() && !is_space(h_[i]) && h_[i] != '=' && h_[i] != '>' && h_[i] != '/') a.name += lower(h_[i++]);
            if (a.name.empty()) {
                problem(i, "malformed attribute in <" + name + ">");
                ++i;
                continue;
            }
            if (i < h_.size() && h_[i] == '=') {
                ++i;
                if (i >= h_.size() || h_[i] != '"') {
                    problem(i, "unquoted value of " + a.name + " on <" + name + ">");
                    std::size_t start = i;
                    while (i < h_.size() && !is_space(h_[i]) && h_[i] != '>') ++i;
                    a.value = std::string(h_.substr(start, i - start));
                    a.has_value = true;
                } else {
                    std::size_t close = h_.find('"', i + 1);
                    if (close == std::string_view::npos) {
                        problem(i, "unterminated value of " + a.name + " on <" + name + ">");
                        return h_.size();
                    }
                    a.value = std::string(h_.substr(i + 1, close - i - 1));
                    a.has_value = true;
                    i = close + 1;
                }
            }
            attrs.push_back(std::move(a));
        }
        check_attributes(at, name, attrs);
        if (!in(kVoidElements, name)) open_.push_back(name);
        if (name == "script") return script(at, i, attrs);
        return i;
    }

    void check_attributes(std::size_t at, const std::string& el, const std::vector<Attribute>& attrs) {
        std::string decoded;
        const Attribute* property = nullptr;
        const Attribute* content = nullptr;
        bool noopener = false, blank = false;
        for (const auto& a : attrs) {
            if (starts_with(a.name, "on")) problem(at, "event-handler attribute " + a.name + " on <" + el + ">");
            else if (a.name == "style") problem(at, "style attribute on <" + el + ">");
            else if (!in(kAttributes, a.name) && !starts_with(a.name, "data-") && !starts_with(a.name, "aria-"))
                problem(at, "unexpected attribute " + a.name + " on <" + el + ">");
            if (!a.has_value && a.name != "hidden") problem(at, "attribute " + a.name + " without a value on <" + el + ">");
            if (a.value.find_first_of("<>") != std::string::npos)
                problem(at, "raw '<' or '>' in " + a.name + " on <" + el + ">");
            if (in(kUrlAttributes, a.name)) check_url(at, el, a.name, a.value);
            if (a.name == "srcset")
                for (const auto& url : srcset_urls(a.value)) check_url(at, el, "srcset", url);
            if (a.name == "property") property = &a;
            if (a.name == "content") content = &a;
            if (a.name == "rel" && a.value.find("noopener") != std::string::npos) noopener = true;
            if (a.name == "target") blank = a.value == "_blank";
            if (a.name == "target" && !blank) problem(at, "target other than _blank on <" + el + ">");
            if (a.name == "rel" && el == "link" && a.value != "stylesheet" && a.value != "canonical")
                problem(at, "<link rel=\"" + a.value + "\">");
            if (a.name == "type" && !(el == "script" && a.value == "application/ld+json") && el != "source")
                problem(at, "type=\"" + a.value + "\" on <" + el + ">");
        }
        if (blank && !noopener) problem(at, "target=_blank without rel=noopener on <" + el + ">");
        if (el == "iframe") iframe(at, attrs);
        if (el == "meta" && property && content && in(kUrlMetaProperties, property->value))
            check_url(at, el, "content", content->value);
        if (el == "script") {
            bool ld = false;
            for (const auto& a : attrs) ld = ld || (a.name == "type" && a.value == "application/ld+json");
            if (!ld) problem(at, "a <script> that is not JSON-LD");
        }
    }

    // An embedded frame: https only, always sandboxed, and never with
    // allow-same-origin (with allow-scripts it could lift its own sandbox).
    void iframe(std::size_t at, const std::vector<Attribute>& attrs) {
        const Attribute* sandbox = nullptr;
        const Attribute* src = nullptr;
        for (const auto& a : attrs) {
            if (a.name == "sandbox") sandbox = &a;
            if (a.name == "src") src = &a;
        }
        if (!sandbox) problem(at, "<iframe> without sandbox");
        else if (sandbox->value.find("allow-same-origin") != std::string::npos ||
                 sandbox->value.find("allow-top-navigation") != std::string::npos)
            problem(at, "<iframe sandbox=\"" + sandbox->value + "\">");
        if (!src || !starts_with(src->value, "https://")) problem(at, "<iframe> without an https src");
    }

    void check_url(std::size_t at, const std::string& el, const std::string& attr, const std::string& raw) {
        std::string url;
        if (!decode_value(raw, url, false)) {
            problem(at, "named character reference in the URL of " + attr + " on <" + el + ">: " + raw.substr(0, 60));
            return;
        }
        if (!url_is_safe(url)) problem(at, "unsafe URL in " + attr + " on <" + el + ">: " + url.substr(0, 60));
    }

    // JSON-LD: its text must not be able to end the element or open a
    // comment, so it may hold no '<' at all (escape_json_string writes \u003c).
    std::size_t script(std::size_t at, std::size_t body, const std::vector<Attribute>&) {
        if (++scripts_ > 1) problem(at, "more than one <script>");
        std::size_t end = body;
        while (true) {
            end = h_.find("</", end);
            if (end == std::string_view::npos) {
                problem(at, "unterminated <script>");
                return h_.size();
            }
            std::string next;
            for (std::size_t k = end + 2; k < h_.size() && next.size() < 6; ++k) next += lower(h_[k]);
            if (next == "script") break;
            end += 2;
        }
        std::string_view text = h_.substr(body, end - body);
        std::size_t lt = text.find('<');
        if (lt != std::string_view::npos) problem(body + lt, "a '<' inside the JSON-LD <script>");
        return end;
    }

    std::string_view h_;
    std::vector<std::string> out_;
    std::vector<std::string> open_;  // elements open at the current position
    int scripts_ = 0;
};

}  // namespace

bool url_is_safe(std::string_view url) {
    // As the WHATWG URL parser reads it: surrounding C0 controls and spaces
    // stripped, tabs and newlines removed anywhere, then scheme = ALPHA
    // *(ALPHA / DIGIT / "+" / "-" / ".") ":".
    while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
    std::string u;
    for (char c : url)
        if (c != '\t' && c != '\n' && c != '\r') u += c;
    if (u.empty() || !is_alpha(u[0])) return true;  // no scheme: relative
    std::string scheme;
    std::size_t i = 0;
    while (i < u.size() && (is_alpha(u[i]) || is_digit(u[i]) || u[i] == '+' || u[i] == '-' || u[i] == '.'))
        scheme += lower(u[i++]);
    if (i >= u.size() || u[i] != ':') return true;  // no scheme: relative
    return scheme == "http" || scheme == "https" || scheme == "mailto" || scheme == "tel";
}

std::vector<std::string> html_problems(std::string_view html) { return Checker(html).run(); }

bool is_clean_text(std::string_view text) {
    std::size_t bad = 0;
    return valid_utf8_without_nul(text, bad);
}

bool is_clean_message(std::string_view text) {
    if (!is_clean_text(text)) return false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == 0x7F) return false;
        if (c == 0xC2 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) < 0xA0) return false;
    }
    return true;
}

}  // namespace bs_test
