// Raw HTML made safe: a tokenizer, an allowlist, a balancer (see html_sanitizer.hpp).
#include "html/html_sanitizer.hpp"

#include "html/escape.hpp"
#include "html/url_policy.hpp"
#include "text/ascii.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

using ascii::is_alpha;
using ascii::is_digit;
using ascii::lower;

// The HTML standard's ASCII whitespace (no \v).
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

// ---------------------------------------------------------------------------
// The allowlist
// ---------------------------------------------------------------------------

// How an attribute's value is checked and written.
enum class Value {
    text,     // any text, escaped (character references kept)
    url,      // through the URL policy
    srcset,   // each candidate's URL through the URL policy
    number,   // digits only
    boolean,  // written name=""
    loading,  // lazy | eager
    decoding, // async | sync | auto
    preload,  // none | metadata | auto
    dir,      // ltr | rtl | auto
    scope,    // row | col | rowgroup | colgroup
};

struct AttributeRule {
    const char* name;
    Value value;
};

const AttributeRule kGlobal[] = {{"title", Value::text}, {"lang", Value::text}, {"dir", Value::dir}};
const AttributeRule kTime[] = {{"datetime", Value::text}};
const AttributeRule kImg[] = {{"src", Value::url},       {"srcset", Value::srcset},     {"sizes", Value::text},
                              {"width", Value::number},  {"height", Value::number},     {"alt", Value::text},
                              {"loading", Value::loading}, {"decoding", Value::decoding}};
const AttributeRule kSource[] = {{"src", Value::url},     {"srcset", Value::srcset}, {"sizes", Value::text},
                                 {"media", Value::text},  {"type", Value::text},     {"width", Value::number},
                                 {"height", Value::number}};
const AttributeRule kVideo[] = {{"src", Value::url},         {"poster", Value::url},     {"width", Value::number},
                                {"height", Value::number},   {"preload", Value::preload}, {"loop", Value::boolean},
                                {"muted", Value::boolean},   {"playsinline", Value::boolean},
                                {"controls", Value::boolean}};
const AttributeRule kAudio[] = {{"src", Value::url},
                                {"preload", Value::preload},
                                {"loop", Value::boolean},
                                {"muted", Value::boolean},
                                {"controls", Value::boolean}};
const AttributeRule kIframe[] = {{"src", Value::url},
                                 {"width", Value::number},
                                 {"height", Value::number},
                                 {"allowfullscreen", Value::boolean}};
const AttributeRule kDetails[] = {{"open", Value::boolean}};
const AttributeRule kTh[] = {{"scope", Value::scope}, {"colspan", Value::number}, {"rowspan", Value::number}};
const AttributeRule kTd[] = {{"colspan", Value::number}, {"rowspan", Value::number}};

struct ElementRule {
    const char* name;
    bool is_void;
    bool phrasing;  // may appear inside a paragraph
    const AttributeRule* attributes;
    std::size_t attribute_count;
};

#define BS_NONE nullptr, 0
#define BS_ATTRS(a) a, sizeof(a) / sizeof(a[0])
const ElementRule kAllowed[] = {
    // phrasing: inside a paragraph, heading or cell, and in HTML blocks
    {"abbr", false, true, BS_NONE},          {"b", false, true, BS_NONE},      {"br", true, true, BS_NONE},
    {"cite", false, true, BS_NONE},          {"del", false, true, BS_NONE},    {"dfn", false, true, BS_NONE},
    {"em", false, true, BS_NONE},            {"i", false, true, BS_NONE},      {"ins", false, true, BS_NONE},
    {"kbd", false, true, BS_NONE},           {"mark", false, true, BS_NONE},   {"q", false, true, BS_NONE},
    {"s", false, true, BS_NONE},             {"samp", false, true, BS_NONE},   {"small", false, true, BS_NONE},
    {"strong", false, true, BS_NONE},        {"sub", false, true, BS_NONE},    {"sup", false, true, BS_NONE},
    {"time", false, true, BS_ATTRS(kTime)},  {"u", false, true, BS_NONE},      {"var", false, true, BS_NONE},
    {"wbr", true, true, BS_NONE},            {"span", false, true, BS_NONE},   {"img", true, true, BS_ATTRS(kImg)},
    {"picture", false, true, BS_NONE},       {"source", true, true, BS_ATTRS(kSource)},
    {"video", false, true, BS_ATTRS(kVideo)}, {"audio", false, true, BS_ATTRS(kAudio)},
    {"iframe", false, true, BS_ATTRS(kIframe)},
    // flow: in HTML blocks only
    {"figure", false, false, BS_NONE},       {"figcaption", false, false, BS_NONE},
    {"details", false, false, BS_ATTRS(kDetails)}, {"summary", false, false, BS_NONE},
    {"div", false, false, BS_NONE},          {"p", false, false, BS_NONE},     {"hr", true, false, BS_NONE},
    {"table", false, false, BS_NONE},        {"caption", false, false, BS_NONE}, {"thead", false, false, BS_NONE},
    {"tbody", false, false, BS_NONE},        {"tfoot", false, false, BS_NONE}, {"tr", false, false, BS_NONE},
    {"th", false, false, BS_ATTRS(kTh)},     {"td", false, false, BS_ATTRS(kTd)},
};
#undef BS_NONE
#undef BS_ATTRS

const ElementRule* find_element(std::string_view name, bool in_paragraph) {
    for (const auto& e : kAllowed)
        if (name == e.name) return in_paragraph && !e.phrasing ? nullptr : &e;
    return nullptr;
}

const AttributeRule* find_attribute(const ElementRule& e, std::string_view name) {
    for (const auto& a : kGlobal)
        if (name == a.name) return &a;
    for (std::size_t i = 0; i < e.attribute_count; ++i)
        if (name == e.attributes[i].name) return &e.attributes[i];
    return nullptr;
}

// Never allow-same-origin with allow-scripts: a frame with both could remove
// its own sandbox when it shares this page's origin.
constexpr const char* kIframeSandbox = "allow-scripts allow-popups allow-presentation";

// ---------------------------------------------------------------------------
// The tokenizer
// ---------------------------------------------------------------------------

struct Attribute {
    std::string name;  // lower case
    std::string value; // as written, references not decoded
    bool has_value = false;
};

struct Tag {
    std::string name;  // lower case
    bool end = false;
    std::vector<Attribute> attributes;
};

// What read_tag() returns for a tag the input ends in (no '>' or no closing
// quote): the browser drops such a tag and the rest of the input with it; we
// show all of it as text, and never scan that rest again from a later '<'
// (which would be quadratic).
constexpr std::size_t kRunsToEnd = std::string_view::npos - 1;

// Most open elements a block keeps; start tags deeper are dropped, so closing
// by name stays cheap.
constexpr std::size_t kMaxOpen = 100;

// Reads the start or end tag at s[i] == '<' as the HTML tokenizer does.
// Returns the index after its '>'; npos when it is not a tag (the caller
// shows the '<' as text); kRunsToEnd (above).
std::size_t read_tag(std::string_view s, std::size_t i, Tag& t) {
    t = Tag{};
    std::size_t n = s.size();
    ++i;
    if (i < n && s[i] == '/') {
        t.end = true;
        ++i;
    }
    if (i >= n || !is_alpha(s[i])) return std::string_view::npos;
    while (i < n && !is_space(s[i]) && s[i] != '/' && s[i] != '>') t.name += lower(s[i++]);
    while (i < n) {
        while (i < n && (is_space(s[i]) || s[i] == '/')) ++i;
        if (i >= n) break;
        if (s[i] == '>') return i + 1;
        Attribute a;
        // The first character may be '=' (a parse error the standard keeps).
        a.name += lower(s[i++]);
        while (i < n && !is_space(s[i]) && s[i] != '/' && s[i] != '>' && s[i] != '=') a.name += lower(s[i++]);
        std::size_t j = i;
        while (j < n && is_space(s[j])) ++j;
        if (j < n && s[j] == '=') {
            i = j + 1;
            while (i < n && is_space(s[i])) ++i;
            a.has_value = true;
            if (i < n && (s[i] == '"' || s[i] == '\'')) {
                std::size_t close = s.find(s[i], i + 1);
                if (close == std::string_view::npos) return kRunsToEnd;
                a.value = std::string(s.substr(i + 1, close - i - 1));
                i = close + 1;
            } else {
                while (i < n && !is_space(s[i]) && s[i] != '>') a.value += s[i++];
            }
        }
        t.attributes.push_back(std::move(a));
    }
    return kRunsToEnd;
}

// Where the comment starting at s[i] ("<!--") ends: after "-->" or "--!>",
// after "<!-->" or "<!--->" (closed at once, as browsers do), or the end of
// the input when it is never closed.
std::size_t comment_end(std::string_view s, std::size_t i) {
    std::size_t body = i + 4;
    if (s.substr(body, 1) == ">") return body + 1;
    if (s.substr(body, 2) == "->") return body + 2;
    for (std::size_t k = body; k < s.size(); ++k) {
        if (s.compare(k, 3, "-->") == 0) return k + 3;
        if (s.compare(k, 4, "--!>") == 0) return k + 4;
    }
    return s.size();
}

// Length of the well-formed character reference at s[i] ("&amp;", "&#34;",
// "&#x22;"), or 0.
std::size_t reference_length(std::string_view s, std::size_t i) {
    std::size_t j = i + 1;
    if (j < s.size() && s[j] == '#') {
        ++j;
        bool hex = j < s.size() && (s[j] == 'x' || s[j] == 'X');
        if (hex) ++j;
        std::size_t start = j;
        while (j < s.size() && j - start < (hex ? 6u : 7u) && (hex ? ascii::is_hex_digit(s[j]) : is_digit(s[j]))) ++j;
        if (j == start) return 0;
    } else {
        std::size_t start = j;
        while (j < s.size() && j - start < 32 && (is_alpha(s[j]) || (j > start && is_digit(s[j])))) ++j;
        if (j == start) return 0;
    }
    return j < s.size() && s[j] == ';' ? j + 1 - i : 0;
}

// Text or an attribute value as written: markup characters escaped, but
// well-formed character references kept ("Fish &amp; chips" shows "Fish &
// chips", not "Fish &amp; chips"); the browser decodes them into text only.
void escape_keeping_references(std::string& out, std::string_view value, bool attribute) {
    std::size_t run = 0;
    auto flush = [&](std::string_view part) { attribute ? escape_attr(out, part) : escape_text(out, part); };
    for (std::size_t i = 0; i < value.size(); ++i) {
        if (value[i] != '&') continue;
        std::size_t n = reference_length(value, i);
        if (n == 0) continue;
        flush(value.substr(run, i - run));
        out.append(value.data() + i, n);
        i += n - 1;
        run = i + 1;
    }
    flush(value.substr(run));
}

bool equals_any(std::string_view v, std::initializer_list<const char*> options) {
    for (const char* o : options) {
        std::string_view ov(o);
        if (v.size() != ov.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < v.size() && same; ++i) same = lower(v[i]) == ov[i];
        if (same) return true;
    }
    return false;
}

std::string lower_copy(std::string_view v) {
    std::string s(v);
    for (char& c : s) c = lower(c);
    return s;
}

// ---------------------------------------------------------------------------
// Writing one allowed tag
// ---------------------------------------------------------------------------

class TagWriter {
public:
    TagWriter(const HtmlPolicy& policy, std::vector<HtmlNote>& notes, std::size_t offset)
        : policy_(policy), notes_(notes), offset_(offset) {}

    // The value of a URL attribute after the policy, or false (with a warning).
    bool checked_url(std::string_view raw, const std::string& element, std::string& out) {
        std::string decoded = decode(raw);
        auto checked = check_url(decoded, *policy_.url_schemes);
        if (!checked) {
            warn("URL \"" + quote_input(decoded) + "\" removed from <" + element + ">: it must be relative or use " +
                 scheme_list());
            return false;
        }
        out = std::move(checked->url);
        return true;
    }

    // "a.jpg 1x, b.jpg 2x" with every URL checked; false when one is refused
    // or a descriptor is not a plain width or density.
    bool checked_srcset(std::string_view raw, const std::string& element, std::string& out) {
        std::string s = decode(raw);
        std::size_t i = 0, n = s.size();
        while (true) {
            while (i < n && (is_space(s[i]) || s[i] == ',')) ++i;
            if (i >= n) break;
            std::size_t start = i;
            while (i < n && !is_space(s[i])) ++i;
            std::string_view url(s.data() + start, i - start);
            bool ended = false;
            while (!url.empty() && url.back() == ',') {
                url.remove_suffix(1);
                ended = true;
            }
            std::string descriptor;
            if (!ended) {
                while (i < n && is_space(s[i])) ++i;
                while (i < n && s[i] != ',') descriptor += s[i++];
                while (!descriptor.empty() && is_space(descriptor.back())) descriptor.pop_back();
            }
            std::string checked;
            if (!checked_url(url, element, checked)) return false;
            if (!descriptor.empty() && !plain_descriptor(descriptor)) {
                warn("srcset removed from <" + element + ">: \"" + quote_input(descriptor) +
                     "\" is not a width (800w) or density (2x)");
                return false;
            }
            if (!out.empty()) out += ", ";
            escape_url_attr(out, checked);
            if (!descriptor.empty()) out += " " + descriptor;
        }
        return !out.empty();
    }

    void warn(std::string message) { notes_.push_back({offset_, std::move(message)}); }

private:
    static bool plain_descriptor(std::string_view d) {
        if (d.size() < 2 || (d.back() != 'w' && d.back() != 'x')) return false;
        for (std::size_t i = 0; i + 1 < d.size(); ++i)
            if (!is_digit(d[i]) && d[i] != '.') return false;
        return true;
    }

    std::string decode(std::string_view raw) const {
        std::string out;
        std::size_t run = 0;
        for (std::size_t i = 0; i < raw.size(); ++i) {
            if (raw[i] != '&') continue;
            std::size_t n = reference_length(raw, i);
            if (n == 0) continue;
            out.append(raw.data() + run, i - run);
            if (policy_.decode_reference) policy_.decode_reference(out, raw.substr(i, n));
            else out.append(raw.data() + i, n);
            i += n - 1;
            run = i + 1;
        }
        out.append(raw.data() + run, raw.size() - run);
        return out;
    }

    std::string scheme_list() const {
        const auto& schemes = *policy_.url_schemes;
        std::string s;
        for (std::size_t i = 0; i < schemes.size(); ++i) {
            if (i) s += i + 1 == schemes.size() ? " or " : ", ";
            s += schemes[i];
        }
        return s;
    }

    const HtmlPolicy& policy_;
    std::vector<HtmlNote>& notes_;
    std::size_t offset_;
};

bool origin_allowed(const HtmlPolicy& policy, std::string_view url) {
    if (!policy.embed_origins) return false;
    std::string origin = https_origin(url);
    if (origin.empty()) return false;
    for (const auto& allowed : *policy.embed_origins)
        if (https_origin(allowed) == origin) return true;
    return false;
}

// What one allowed start tag becomes.
struct Written {
    enum Kind { element, fallback, nothing } kind = element;
    std::string markup;
};

Written write_start_tag(const ElementRule& e, const Tag& t, const HtmlPolicy& policy, std::vector<HtmlNote>& notes,
                        std::size_t offset) {
    TagWriter tw(policy, notes, offset);
    std::string name = e.name;
    std::string attrs, dropped, src, title, alt;
    bool has_src = false, has_alt = false, has_loading = false, has_decoding = false, has_controls = false;
    std::vector<const AttributeRule*> seen;  // only allowlisted ones: a handful, however many the tag has
    for (const auto& a : t.attributes) {
        const AttributeRule* rule = find_attribute(e, a.name);
        bool duplicate = false;
        for (const auto* r : seen) duplicate = duplicate || r == rule;
        if (rule && duplicate) continue;  // the browser keeps the first
        if (rule) seen.push_back(rule);
        std::string value;
        bool ok = rule != nullptr;
        if (ok) switch (rule->value) {
            case Value::text: escape_keeping_references(value, a.value, true); break;
            case Value::url: {
                std::string url;
                ok = !a.value.empty() && tw.checked_url(a.value, name, url);
                if (ok) escape_url_attr(value, url);
                if (ok && a.name == "src") {
                    has_src = true;
                    src = url;
                }
                break;
            }
            case Value::srcset: ok = tw.checked_srcset(a.value, name, value); break;
            case Value::number:
                ok = !a.value.empty() && a.value.size() <= 6 && ascii::all_of(a.value, is_digit);
                value = a.value;
                break;
            case Value::boolean: break;
            case Value::loading: ok = equals_any(a.value, {"lazy", "eager"}); value = lower_copy(a.value); break;
            case Value::decoding: ok = equals_any(a.value, {"async", "sync", "auto"}); value = lower_copy(a.value); break;
            case Value::preload: ok = equals_any(a.value, {"none", "metadata", "auto"}); value = lower_copy(a.value); break;
            case Value::dir: ok = equals_any(a.value, {"ltr", "rtl", "auto"}); value = lower_copy(a.value); break;
            case Value::scope:
                ok = equals_any(a.value, {"row", "col", "rowgroup", "colgroup"});
                value = lower_copy(a.value);
                break;
            }
        if (!ok) {
            if (rule == nullptr || (rule->value != Value::url && rule->value != Value::srcset)) {
                if (!dropped.empty()) dropped += ", ";
                dropped += a.name;
            }
            continue;
        }
        if (a.name == "title") title = a.value;
        if (a.name == "alt") has_alt = true, alt = a.value;
        if (a.name == "loading") has_loading = true;
        if (a.name == "decoding") has_decoding = true;
        if (a.name == "controls") has_controls = true;
        if (a.name == "src") continue;  // written first, below
        attrs += ' ';
        attrs += a.name;
        attrs += "=\"";
        attrs += value;
        attrs += '"';
    }
    if (!dropped.empty())
        tw.warn("attribute" + std::string(dropped.find(',') == std::string::npos ? " " : "s ") + quote_input(dropped) +
                " dropped from <" + name + ">: allowHtml keeps only the attributes listed in the README");
    std::string src_attr;
    if (has_src) {
        src_attr = " src=\"";
        escape_url_attr(src_attr, src);
        src_attr += '"';
    }
    Written w;
    if (name == "img") {
        if (!has_src) {
            tw.warn("<img> without a usable src removed");
            w.kind = Written::fallback;
            escape_keeping_references(w.markup, alt, false);  // its alt text stands in for it
            return w;
        }
        if (!has_alt) {
            tw.warn("image \"" + quote_input(src) + "\" has no alt text: describe it for readers who cannot see it");
            attrs += " alt=\"\"";
        }
        if (!has_loading) attrs += " loading=\"lazy\"";
        if (!has_decoding) attrs += " decoding=\"async\"";
    }
    if ((name == "video" || name == "audio") && !has_controls) attrs += " controls=\"\"";
    if (name == "iframe") {
        std::string why;
        if (!has_src) {
            tw.warn("<iframe> without a usable src removed");
            w.kind = Written::nothing;
            return w;
        }
        if (!origin_allowed(policy, src))
            why = "its origin is not one of the embedOrigins option";
        else if (title.find_first_not_of(" \t\r\n\f") == std::string::npos)
            why = "an embedded frame needs a title that says what it shows";
        if (!why.empty()) {
            tw.warn("embedded frame \"" + quote_input(src) + "\" replaced by a link: " + why);
            w.kind = Written::fallback;
            w.markup = "<a href=\"";
            escape_url_attr(w.markup, src);
            w.markup += "\" rel=\"noopener\">";
            if (title.find_first_not_of(" \t\r\n\f") == std::string::npos) escape_text(w.markup, src);
            else escape_keeping_references(w.markup, title, false);
            w.markup += "</a>";
            return w;
        }
        attrs += std::string(" sandbox=\"") + kIframeSandbox + "\"";
        if (!has_loading) attrs += " loading=\"lazy\"";
    }
    w.markup = "<" + name + src_attr + attrs + ">";
    return w;
}

}  // namespace

std::string https_origin(std::string_view url) {
    while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
    if (url.size() < 9 || !equals_any(url.substr(0, 8), {"https://"})) return {};
    std::string_view rest = url.substr(8);
    std::size_t end = rest.find_first_of("/?#");
    std::string_view host = rest.substr(0, end);
    if (host.empty()) return {};
    for (char c : host)
        if (!(ascii::is_alnum(c) || c == '.' || c == '-' || c == ':')) return {};  // no user info, %, \, [ ]
    std::string origin = "https://" + lower_copy(host);
    if (origin.size() > 12 && origin.compare(origin.size() - 4, 4, ":443") == 0) origin.resize(origin.size() - 4);
    return origin;
}

// ---------------------------------------------------------------------------
// A block
// ---------------------------------------------------------------------------

SanitizedBlock sanitize_html_block(std::string_view s, const HtmlPolicy& policy, std::vector<HtmlNote>& notes,
                                   std::string* visible) {
    SanitizedBlock out;
    std::string& h = out.html;
    std::vector<std::string> open;
    std::size_t i = 0, run = 0, n = s.size();
    auto text = [&](std::string_view t) {
        if (t.empty()) return;
        if (visible) *visible += t;
        if (policy.allow) escape_keeping_references(h, t, false);
        else escape_text(h, t);
    };
    while (i < n) {
        std::size_t lt = s.find('<', i);
        if (lt == std::string_view::npos) break;
        i = lt;
        if (s.compare(i, 4, "<!--") == 0) {  // a comment: dropped, in every mode
            text(s.substr(run, i - run));
            i = run = comment_end(s, i);
            continue;
        }
        Tag t;
        std::size_t end = read_tag(s, i, t);
        if (end == kRunsToEnd) break;  // the rest is text
        const ElementRule* e = end == std::string_view::npos || !policy.allow ? nullptr : find_element(t.name, false);
        if (!e) {  // text: shown as written; a whole tag at once, so '<' in its values is never read again
            i = end == std::string_view::npos ? i + 1 : end;
            continue;
        }
        text(s.substr(run, i - run));
        run = i = end;
        if (t.end) {
            std::size_t k = open.size();
            while (k > 0 && open[k - 1] != t.name) --k;
            if (k == 0) continue;  // not open: dropped (see the header)
            while (open.size() >= k) {
                h += "</" + open.back() + ">";
                open.pop_back();
            }
            continue;
        }
        Written w = write_start_tag(*e, t, policy, notes, lt);
        if (t.name == "iframe") {
            // Its content is text the browser never shows: skipped to </iframe>.
            std::size_t close = i;
            while (close < n) {
                close = s.find("</", close);
                if (close == std::string_view::npos) break;
                if (equals_any(s.substr(close + 2, 6), {"iframe"})) break;
                close += 2;
            }
            if (close == std::string_view::npos || close >= n) close = n;
            std::size_t gt = close < n ? s.find('>', close) : std::string_view::npos;
            run = i = gt == std::string_view::npos ? n : gt + 1;
            if (w.kind == Written::element) w.markup += "</iframe>";
            if (w.kind == Written::fallback && open.empty()) w.markup = "<p>" + w.markup + "</p>";
        }
        if (w.kind == Written::element) out.kept_markup = true;
        if (w.kind == Written::fallback && t.name == "iframe") out.kept_markup = true;
        if (w.kind == Written::element && !e->is_void && t.name != "iframe") {
            if (open.size() == kMaxOpen) continue;  // too deep: dropped
            open.push_back(t.name);
        }
        h += w.markup;
    }
    // What is left open closes before the block's last newlines.
    std::string_view tail = s.substr(run);
    std::size_t newlines = 0;
    while (newlines < tail.size() && tail[tail.size() - 1 - newlines] == '\n') ++newlines;
    text(tail.substr(0, tail.size() - newlines));
    while (!open.empty()) {
        h += "</" + open.back() + ">";
        open.pop_back();
    }
    h.append(newlines, '\n');
    return out;
}

// ---------------------------------------------------------------------------
// An inline piece
// ---------------------------------------------------------------------------

InlineHtml sanitize_inline_html(std::string_view raw, const HtmlPolicy& policy, std::vector<HtmlNote>& notes) {
    InlineHtml out;
    if (raw.compare(0, 4, "<!--") == 0 && comment_end(raw, 0) == raw.size()) {
        out.kind = InlineHtml::comment;
        return out;
    }
    if (!policy.allow || raw.empty() || raw[0] != '<') return out;
    Tag t;
    if (read_tag(raw, 0, t) != raw.size()) return out;
    const ElementRule* e = find_element(t.name, true);
    if (!e) return out;
    out.name = t.name;
    if (t.end) {
        if (e->is_void) return out;
        out.kind = InlineHtml::close;
        out.markup = "</" + t.name + ">";
        return out;
    }
    Written w = write_start_tag(*e, t, policy, notes, 0);
    out.markup = std::move(w.markup);
    out.kind = e->is_void ? InlineHtml::empty : InlineHtml::open;
    if (w.kind != Written::element) {
        out.written = false;
        if (e->is_void) out.kind = InlineHtml::empty;
    }
    if (w.kind == Written::nothing && e->is_void) out.kind = InlineHtml::empty;
    return out;
}

}  // namespace broadsheet::detail
