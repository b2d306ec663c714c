// Page mode: <head> — title, description, canonical link, Open Graph and
// Twitter card tags, the theme and the shim, and the JSON-LD. Everything
// other sites read comes from the resolved article's metadata copy, whose
// URLs are absolute.
#include "page/jsonld.hpp"
#include "page/page_parts.hpp"
#include "text/ascii.hpp"
#include "text/language_tag.hpp"

namespace broadsheet::detail {

namespace {

// <meta property="KEY" content="VALUE"> (attr "property") or name="KEY":
// the markup around the value in few appends. `attr` and `key` are the
// renderer's own literals; the value is escaped.
void meta(HtmlWriter& w, const char* attr, const char* key, std::string_view value) {
    if (value.empty()) return;
    std::string& out = w.buffer();
    out += "<meta ";
    out += attr;
    out += "=\"";
    out += key;
    out += "\" content=\"";
    escape_attr(out, value);
    out += "\">\n";
}

void meta_url(HtmlWriter& w, const char* attr, const char* key, const std::string& url) {
    if (url.empty()) return;
    w.start("meta").attr(attr, key).url("content", url).end_start().newline();
}

// Open Graph wants "en_GB": language and region, when the tag has a region
// (the first two-letter subtag after the language).
std::string open_graph_locale(std::string_view tag) {
    std::vector<std::string_view> sub = split_language_tag(tag);
    if (sub.empty() || sub[0].size() < 2 || sub[0].size() > 3) return {};
    std::string_view region;
    for (std::size_t i = 1; i < sub.size() && region.empty(); ++i)
        if (sub[i].size() == 2) region = sub[i];
    if (region.empty()) return {};
    std::string out;
    for (char ch : sub[0]) out += ascii::lower(ch);
    out += '_';
    for (char ch : region) out += ascii::upper(ch);
    return out;
}

}  // namespace

void write_head(HtmlWriter& w, const PageContext& c, const ReadingTime& rt) {
    const Article& a = c.a;
    const Article& m = c.r.metadata;
    w.raw("<head>\n<meta charset=\"utf-8\">\n"
          "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>");
    w.text(a.headline);
    if (!m.publisher.name.empty()) w.raw(" \u2014 ").text(m.publisher.name);
    w.raw("</title>\n");
    meta(w, "name", "description", a.description);
    if (a.draft) meta(w, "name", "robots", "noindex");  // a draft is not for search engines yet
    if (!c.r.canonical.empty()) w.start("link").attr("rel", "canonical").url("href", c.r.canonical).end_start().newline();

    meta(w, "property", "og:type", "article");
    meta(w, "property", "og:title", a.headline);
    meta(w, "property", "og:description", a.description);
    meta_url(w, "property", "og:url", m.url);
    meta(w, "property", "og:site_name", m.publisher.name);
    meta(w, "property", "og:locale", open_graph_locale(c.r.lang));
    if (m.image) {
        meta_url(w, "property", "og:image", m.image->url);
        if (m.image->width > 0 && m.image->height > 0) {
            meta(w, "property", "og:image:width", std::to_string(m.image->width));
            meta(w, "property", "og:image:height", std::to_string(m.image->height));
        }
        meta(w, "property", "og:image:alt", m.image->alt);
    }
    meta(w, "property", "article:published_time", c.r.published_iso);
    meta(w, "property", "article:modified_time", c.r.modified_iso);
    meta(w, "property", "article:section", a.section);
    for (const auto& t : a.tags) meta(w, "property", "article:tag", t);
    // Open Graph's article:author is a profile URL; a name stands in without one.
    for (const auto& au : m.authors) {
        if (au.url.empty()) meta(w, "property", "article:author", au.name);
        else meta_url(w, "property", "article:author", au.url);
    }
    meta(w, "name", "twitter:card", m.image ? "summary_large_image" : "summary");
    meta(w, "name", "twitter:title", a.headline);
    meta(w, "name", "twitter:description", a.description);
    if (m.image) {
        meta_url(w, "name", "twitter:image", m.image->url);
        meta(w, "name", "twitter:image:alt", m.image->alt);
    }
    if (!c.r.stylesheet.empty())
        w.start("link").attr("rel", "stylesheet").url("href", c.r.stylesheet).end_start().newline();
    if (!c.r.script.empty())
        w.start("script").attr("type", "module").url("src", c.r.script).end_start().close("script").newline();
    write_jsonld(w.buffer(), c.r, rt);  // escapes every value itself
    w.raw("</head>\n");
}

}  // namespace broadsheet::detail
