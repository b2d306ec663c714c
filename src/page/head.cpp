// Page mode: <head> — title, description, canonical link, Open Graph and
// Twitter card tags, the theme and the shim, and the JSON-LD. Everything
// other sites read comes from the resolved article's metadata copy, whose
// URLs are absolute.
#include "page/jsonld.hpp"
#include "page/page_parts.hpp"
#include "text/ascii.hpp"

namespace broadsheet::detail {

namespace {

// <meta property="KEY" content="VALUE">\n or name="KEY": `open` is the
// renderer's literal markup up to the value ("<meta property=\"og:title\"
// content=\""), so the markup around the value takes two appends; the value
// is escaped (meta_url: percent-encoded, a URL resolve checked; it also
// writes <link rel="..." href="URL">, the same shape).
void meta(HtmlBuffer& out, std::string_view open, std::string_view value) {
    if (value.empty()) return;
    out += open;
    escape_attr(out, value);
    out += "\">\n";
}

void meta_url(HtmlBuffer& out, std::string_view open, std::string_view url) {
    if (url.empty()) return;
    out += open;
    escape_url_attr(out, url);
    out += "\">\n";
}

// Open Graph wants "en_GB": language and region, when the tag has a region
// (the first two-letter subtag after the language). Subtags are split at
// '-' or '_', as split_language_tag splits them.
void meta_open_graph_locale(HtmlBuffer& out, std::string_view tag) {
    std::size_t end = tag.find_first_of("-_");
    std::string_view language = tag.substr(0, end);
    if (language.size() < 2 || language.size() > 3) return;
    std::string_view region;
    while (end != std::string_view::npos && region.empty()) {
        std::size_t start = end + 1;
        end = tag.find_first_of("-_", start);
        std::string_view sub = tag.substr(start, end == std::string_view::npos ? end : end - start);
        if (sub.size() == 2) region = sub;
    }
    if (region.empty()) return;
    char locale[6];  // "en_GB", "ast_ES"
    std::size_t n = 0;
    for (char ch : language) locale[n++] = ascii::lower(ch);
    locale[n++] = '_';
    for (char ch : region) locale[n++] = ascii::upper(ch);
    meta(out, "<meta property=\"og:locale\" content=\"", std::string_view(locale, n));
}

}  // namespace

void write_head(HtmlWriter& w, const PageContext& c, const ReadingTime& rt) {
    const Article& a = c.a;
    const Article& m = c.r.metadata;
    HtmlBuffer& out = w.buffer();
    out += "<head>\n<meta charset=\"utf-8\">\n"
           "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>";
    w.text(a.headline);
    if (!m.publisher.name.empty()) w.raw(" \u2014 ").text(m.publisher.name);
    out += "</title>\n";
    meta(out, "<meta name=\"description\" content=\"", a.description);
    if (a.draft) out += "<meta name=\"robots\" content=\"noindex\">\n";  // a draft is not for search engines yet
    if (!c.r.canonical.empty()) meta_url(out, "<link rel=\"canonical\" href=\"", c.r.canonical);

    out += "<meta property=\"og:type\" content=\"article\">\n";
    meta(out, "<meta property=\"og:title\" content=\"", a.headline);
    meta(out, "<meta property=\"og:description\" content=\"", a.description);
    meta_url(out, "<meta property=\"og:url\" content=\"", m.url);
    meta(out, "<meta property=\"og:site_name\" content=\"", m.publisher.name);
    meta_open_graph_locale(out, c.r.lang);
    if (m.image) {
        meta_url(out, "<meta property=\"og:image\" content=\"", m.image->url);
        if (m.image->width > 0 && m.image->height > 0) {
            meta(out, "<meta property=\"og:image:width\" content=\"", Digits(m.image->width).view());
            meta(out, "<meta property=\"og:image:height\" content=\"", Digits(m.image->height).view());
        }
        meta(out, "<meta property=\"og:image:alt\" content=\"", m.image->alt);
    }
    meta(out, "<meta property=\"article:published_time\" content=\"", c.r.published_iso);
    meta(out, "<meta property=\"article:modified_time\" content=\"", c.r.modified_iso);
    meta(out, "<meta property=\"article:section\" content=\"", a.section);
    for (const auto& t : a.tags) meta(out, "<meta property=\"article:tag\" content=\"", t);
    // Open Graph's article:author is a profile URL; a name stands in without one.
    for (const auto& au : m.authors) {
        if (au.url.empty()) meta(out, "<meta property=\"article:author\" content=\"", au.name);
        else meta_url(out, "<meta property=\"article:author\" content=\"", au.url);
    }
    out += m.image ? std::string_view("<meta name=\"twitter:card\" content=\"summary_large_image\">\n")
                   : std::string_view("<meta name=\"twitter:card\" content=\"summary\">\n");
    meta(out, "<meta name=\"twitter:title\" content=\"", a.headline);
    meta(out, "<meta name=\"twitter:description\" content=\"", a.description);
    if (m.image) {
        meta_url(out, "<meta name=\"twitter:image\" content=\"", m.image->url);
        meta(out, "<meta name=\"twitter:image:alt\" content=\"", m.image->alt);
    }
    if (!c.r.stylesheet.empty()) meta_url(out, "<link rel=\"stylesheet\" href=\"", c.r.stylesheet);
    if (!c.r.script.empty()) {
        out += "<script type=\"module\" src=\"";
        escape_url_attr(out, c.r.script);
        out += "\"></script>\n";
    }
    write_jsonld(out, c.r, rt);  // escapes every value itself
    out += "</head>\n";
}

}  // namespace broadsheet::detail
