// Article -> HTML: the <article> (fragment mode) or a whole document (page
// mode). Reads only the model and the body stage's output; every string goes
// through HtmlWriter, every URL through check_url.
//
// Interface text comes from the article's language (strings.hpp) and is
// written by the core, never by the browser, so the same article renders to
// the same bytes natively, in Node and in a browser. Text that may run in
// another direction than the article (names, tags, captions, the publisher)
// gets dir="auto", so an English name in an Arabic article keeps its order.
#include "html/absolute_url.hpp"
#include "page/ad_slots.hpp"
#include "broadsheet/broadsheet.hpp"
#include "text/dates.hpp"
#include "html/html_writer.hpp"
#include "page/jsonld.hpp"
#include "body/markdown_body.hpp"
#include "text/reading_time.hpp"
#include "page/share.hpp"
#include "text/ui_strings.hpp"
#include "html/url_policy.hpp"

namespace broadsheet::detail {

namespace {

struct Context {
    const Article& a;
    const RenderOptions& opt;
    const Strings& s;
    Diagnostics& diags;
    Publication publisher;  // the article's, with the site-wide defaults filled in
    std::string lang;       // "" when unknown (the host page's language applies)
    const char* dir = "auto";
    std::string base;       // absolute http(s) URL that relative metadata URLs resolve against; "" if none
    std::string canonical;  // the article's URL, checked, absolute when possible; "" if none
};

std::optional<CheckedUrl> safe_url(Context& c, const std::string& url, const char* field) {
    if (url.empty()) return std::nullopt;
    auto checked = check_url(url, c.opt.url_schemes);
    if (!checked) c.diags.warning(std::string(field) + ": the URL \"" + quote_input(url) + "\" is not allowed and was left out");
    return checked;
}

// A checked URL made absolute where a base is known (for other sites to read).
std::string absolute(const Context& c, const CheckedUrl& u) {
    std::string abs = absolute_url(u.url, c.base);
    return abs.empty() ? u.url : abs;
}

// Writes a pattern of interface text: literal parts escaped, each
// placeholder written by `slot(name)`.
template <class Slot>
void write_pattern(HtmlWriter& w, std::string_view pattern, Slot&& slot) {
    walk_pattern(pattern, [&](std::string_view text) { w.text(text); }, slot);
}

// ---------------------------------------------------------------------------
// Header: kicker, headline, standfirst, byline, dates, reading time, lead image
// ---------------------------------------------------------------------------

// Spanish writes "e" for "y" before a word that starts with the sound /i/:
// "Ana e Inés", "Luis e Hilario", but "y Hierro" (a diphthong).
bool spanish_i_sound(std::string_view name) {
    auto lower_is = [&](std::size_t at, std::string_view a, std::string_view b) {
        return name.substr(at, a.size()) == a || name.substr(at, b.size()) == b;
    };
    std::size_t at = 0;
    if (lower_is(0, "h", "H")) at = 1;
    if (at >= name.size()) return false;
    bool i = lower_is(at, "i", "I") || lower_is(at, "\xC3\xAD", "\xC3\x8D");  // í Í
    if (!i) return false;
    std::size_t after = at + (name[at] == 'i' || name[at] == 'I' ? 1 : 2);
    if (at == 1 && after < name.size()) {
        char v = name[after];
        if (v == 'a' || v == 'e' || v == 'o' || v == 'u') return false;  // hie-, hia-: a consonant sound
    }
    return true;
}

void write_author(HtmlWriter& w, Context& c, const Author& au) {
    w.open("span", "bs-author");
    auto name = [&] {
        auto url = safe_url(c, au.url, "author url");
        if (url) {
            w.start("a").url("href", url->url).attr("rel", "author").attr("class", "bs-author-name").attr("dir", "auto");
            w.end_start().text(au.name).close("a");
        } else {
            w.start("span").attr("class", "bs-author-name").attr("dir", "auto").end_start().text(au.name).close("span");
        }
    };
    if (au.role.empty()) {
        name();
    } else {
        write_pattern(w, c.s.locale().author_role, [&](std::string_view ph) {
            if (ph == "name") name();
            else if (ph == "role") w.open("span", "bs-author-role").text(au.role).close("span");
        });
    }
    w.close("span");
}

void write_byline(HtmlWriter& w, Context& c) {
    const auto& authors = c.a.authors;
    if (authors.empty()) return;
    const Locale& loc = c.s.locale();
    std::string by = c.s.get(Text::by);
    w.open("p", "bs-byline");
    write_pattern(w, by.empty() ? "{authors}" : loc.byline, [&](std::string_view ph) {
        if (ph == "by") {
            w.text(by);
            return;
        }
        if (ph != "authors") return;
        for (std::size_t i = 0; i < authors.size(); ++i) {
            if (i > 0 && i + 1 < authors.size()) w.text(loc.list_separator);
            if (i > 0 && i + 1 == authors.size()) {
                std::string and_ = c.s.get(Text::and_);
                if (std::string_view(loc.tag) == "es" && !c.s.overridden(Text::and_) && spanish_i_sound(authors[i].name))
                    and_ = "e";
                w.text(fill(loc.last_separator, {{"and", and_}}));
            }
            write_author(w, c, authors[i]);
        }
    });
    w.close("p").newline();
}

void write_time(HtmlWriter& w, Context& c, const DateTime& dt) {
    w.start("time").attr("datetime", iso_datetime(dt)).end_start();
    w.text(format_date(dt, c.s.locale())).close("time");
}

// "2 March 2026, 07:15 UTC · 3 min read", or with an update
// "Published 2 March 2026, 07:15 UTC · Updated 2 March 2026, 11:40 UTC · 3 min read".
void write_meta_line(HtmlWriter& w, Context& c, const ReadingTime& rt) {
    const char* sep = "<span class=\"bs-sep\" aria-hidden=\"true\"> · </span>";
    w.open("p", "bs-meta");
    if (c.a.published) {
        w.open("span", "bs-published");
        if (c.a.modified) {
            write_pattern(w, c.s.pattern(Text::published), [&](std::string_view ph) {
                if (ph == "date") write_time(w, c, *c.a.published);
            });
        } else {
            write_time(w, c, *c.a.published);
        }
        w.close("span");
    }
    if (c.a.modified) {
        if (c.a.published) w.raw(sep);
        w.open("span", "bs-updated");
        write_pattern(w, c.s.pattern(Text::updated), [&](std::string_view ph) {
            if (ph == "date") write_time(w, c, *c.a.modified);
        });
        w.close("span");
    }
    if (c.a.published || c.a.modified) w.raw(sep);
    std::string minutes = std::to_string(rt.minutes);
    w.start("time").attr("class", "bs-reading-time").attr("datetime", "PT" + minutes + "M").end_start();
    w.text(c.s.get(Text::min_read, {{"n", minutes}}, rt.minutes)).close("time");
    w.close("p").newline();
}

// The lead image is what the reader sees first (the Largest Contentful
// Paint): never lazy, fetched first, its box reserved by width and height.
void write_lead_image(HtmlWriter& w, Context& c) {
    if (!c.a.image) return;
    const Image& img = *c.a.image;
    auto src = safe_url(c, img.url, "image");
    if (!src) return;
    w.open("figure", "bs-lead");
    w.start("img").url("src", src->url).attr("alt", img.alt);
    if (!img.srcset.empty()) {
        // Each candidate URL is percent-encoded like any URL attribute (a
        // space would split it); one ending in "," would merge with the next.
        bool any = false;
        for (const auto& cand : img.srcset) {
            auto u = safe_url(c, cand.url, "image srcset");
            if (!u || cand.width <= 0 || u->url.empty() || u->url.back() == ',') continue;
            w.raw(any ? ", " : " srcset=\"");
            escape_url_attr(w.buffer(), u->url);
            w.raw(" ").raw(std::to_string(cand.width)).raw("w");
            any = true;
        }
        if (any) {
            w.raw("\"");
            if (!img.sizes.empty()) w.attr("sizes", img.sizes);
        }
    }
    if (img.width > 0 && img.height > 0) w.attr("width", img.width).attr("height", img.height);
    w.attr("fetchpriority", "high").end_start();
    if (!img.caption.empty() || !img.credit.empty()) {
        w.open("figcaption");
        if (!img.caption.empty())
            w.start("span").attr("class", "bs-caption").attr("dir", "auto").end_start().text(img.caption).close("span");
        if (!img.caption.empty() && !img.credit.empty()) w.text(" ");
        if (!img.credit.empty())
            w.start("span").attr("class", "bs-credit").attr("dir", "auto").end_start()
                .text(c.s.get(Text::photo_credit, {{"credit", img.credit}})).close("span");
        w.close("figcaption");
    }
    w.close("figure").newline();
}

void write_header(HtmlWriter& w, Context& c, const ReadingTime& rt) {
    w.open("header", "bs-header").newline();
    if (!c.a.section.empty()) w.open("p", "bs-kicker").text(c.a.section).close("p").newline();
    w.open("h1", "bs-headline").text(c.a.headline).close("h1").newline();
    if (!c.a.alternative_headline.empty())
        w.open("p", "bs-subtitle").text(c.a.alternative_headline).close("p").newline();
    if (!c.a.description.empty()) w.open("p", "bs-standfirst").text(c.a.description).close("p").newline();
    write_byline(w, c);
    write_meta_line(w, c, rt);
    write_lead_image(w, c);
    w.close("header").newline();
}

// ---------------------------------------------------------------------------
// Body with table of contents and advertisement slots
// ---------------------------------------------------------------------------

// The sections (h2) of the body, each with its subsections (h3), as links to
// the heading ids. 'auto' shows it from three sections up; true from one.
void write_toc(HtmlWriter& w, Context& c, const Body& body) {
    int sections = 0;
    for (const auto& h : body.headings)
        if (h.level == 2) ++sections;
    bool show = c.opt.toc == TocMode::on ? sections > 0 : c.opt.toc == TocMode::auto_ ? sections >= 3 : false;
    if (!show) return;
    std::string label = c.s.get(Text::contents);
    w.start("nav").attr("class", "bs-toc").attr("aria-label", label).end_start().newline();
    w.open("h2", "bs-toc-title").text(label).close("h2").newline();
    w.open("ol").newline();
    bool item_open = false, sub_open = false;
    for (const auto& h : body.headings) {
        if (h.level > 3) continue;
        bool sub = h.level == 3 && item_open;
        if (!sub) {
            if (sub_open) w.close("ol");
            if (item_open) w.close("li").newline();
            sub_open = false;
        } else if (!sub_open) {
            w.open("ol");
            sub_open = true;
        }
        w.open("li").start("a").attr("href", "#" + h.id);
        if (!h.dir.empty()) w.attr("dir", h.dir);  // a heading in the other direction keeps it here too
        w.end_start().text(h.text).close("a");
        if (sub) w.close("li");
        else item_open = true;
    }
    if (sub_open) w.close("ol");
    if (item_open) w.close("li").newline();
    w.close("ol").newline().close("nav").newline();
}

void write_ad(HtmlWriter& w, Context& c, std::size_t index, std::size_t count) {
    std::string i = std::to_string(index), n = std::to_string(count);
    std::string label = c.opt.ads.label.empty() ? c.s.get(Text::advertisement) : c.opt.ads.label;
    w.start("section").attr("class", "bs-ad bs-ad-" + c.opt.ads.size)
        .attr("aria-label", c.s.get(Text::advertisement_n, {{"label", label}, {"i", i}, {"n", n}}))
        .attr("data-slot", i).attr("data-size", c.opt.ads.size).end_start();
    w.open("p", "bs-ad-label").text(label).close("p");
    // The publisher's ad code fills this box; the theme sizes it from the
    // bs-ad-SIZE class so filling it moves nothing.
    w.raw("<div class=\"bs-ad-space\"></div>");
    w.close("section").newline();
}

void write_body(HtmlWriter& w, Context& c, const Body& body) {
    w.open("div", "bs-body").newline();
    auto slots = place_ads(c.opt.ads, body.blocks);
    std::size_t from = 0;
    for (std::size_t k = 0; k < slots.size(); ++k) {
        std::size_t end = body.blocks[slots[k]].end;
        w.raw(std::string_view(body.html).substr(from, end - from));  // the body stage's own HTML
        write_ad(w, c, k + 1, slots.size());
        from = end;
    }
    w.raw(std::string_view(body.html).substr(from));
    w.close("div").newline();
}

void write_footer(HtmlWriter& w, Context& c) {
    bool share = c.opt.share.enabled && !c.opt.share.networks.empty();
    if (c.a.tags.empty() && !share) return;
    std::string footer;
    HtmlWriter f(footer);
    if (!c.a.tags.empty()) {
        f.start("ul").attr("class", "bs-tags").attr("aria-label", c.s.get(Text::topics)).end_start();
        for (const auto& t : c.a.tags) f.start("li").attr("dir", "auto").end_start().text(t).close("li");
        f.close("ul").newline();
    }
    write_share(f, c.opt.share, is_absolute_http(c.canonical) ? c.canonical : std::string(), c.a.headline, c.s);
    if (footer.empty()) return;
    w.open("footer", "bs-footer").newline().raw(footer).close("footer").newline();  // built above by HtmlWriter
}

void write_article(HtmlWriter& w, Context& c, const Body& body, const ReadingTime& rt) {
    w.start("article").attr("class", "bs-article");
    if (!c.lang.empty()) w.attr("lang", c.lang);
    w.attr("dir", c.dir).end_start().newline();
    write_header(w, c, rt);
    write_toc(w, c, body);
    write_body(w, c, body);
    write_footer(w, c);
    w.close("article").newline();
}

// ---------------------------------------------------------------------------
// Page mode: the whole document
// ---------------------------------------------------------------------------

void meta(HtmlWriter& w, const char* attr, const char* key, const std::string& value) {
    if (value.empty()) return;
    w.start("meta").attr(attr, key).attr("content", value).end_start().newline();
}

void meta_url(HtmlWriter& w, const char* attr, const char* key, const std::string& url) {
    if (url.empty()) return;
    w.start("meta").attr(attr, key).url("content", url).end_start().newline();
}

// Open Graph wants "en_GB": language and region, when the tag has a region.
std::string og_locale(std::string_view tag) {
    std::string lang, region;
    std::size_t n = 0;
    while (!tag.empty()) {
        std::size_t dash = tag.find_first_of("-_");
        std::string_view sub = tag.substr(0, dash);
        if (n == 0) lang = std::string(sub);
        else if (sub.size() == 2 && region.empty()) region = std::string(sub);
        ++n;
        if (dash == std::string_view::npos) break;
        tag.remove_prefix(dash + 1);
    }
    if (lang.size() < 2 || lang.size() > 3 || region.empty()) return {};
    for (char& ch : lang)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    for (char& ch : region)
        if (ch >= 'a' && ch <= 'z') ch = static_cast<char>(ch - 'a' + 'A');
    return lang + "_" + region;
}

void write_masthead(HtmlWriter& w, Context& c) {
    const Publication& p = c.publisher;
    if (p.name.empty()) return;
    auto home = safe_url(c, p.url, "publisher url");
    auto logo = safe_url(c, p.logo, "publisher logo");
    w.open("header", "bs-masthead").newline();
    w.start("p").attr("class", "bs-masthead-name").attr("dir", "auto").end_start();
    if (home) w.start("a").url("href", home->url).attr("rel", "home").end_start();
    // The name is always there as text (it survives a logo that fails to
    // load, and zoom); beside it in the same link the logo is decorative, so
    // its alt is empty and the link's name is read once (WCAG technique H2).
    if (logo) w.start("img").attr("class", "bs-logo").url("src", logo->url).attr("alt", "").end_start();
    w.open("span", "bs-masthead-title").text(p.name).close("span");
    if (home) w.close("a");
    w.close("p").newline();
    if (!p.slogan.empty())
        w.start("p").attr("class", "bs-slogan").attr("dir", "auto").end_start().text(p.slogan).close("p").newline();
    w.close("header").newline();
}

void write_head(HtmlWriter& w, Context& c, const ReadingTime& rt) {
    const Article& a = c.a;
    w.raw("<head>\n<meta charset=\"utf-8\">\n");
    w.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    std::string title = a.headline;
    if (!c.publisher.name.empty()) title += " \u2014 " + c.publisher.name;
    w.open("title").text(title).close("title").newline();
    meta(w, "name", "description", a.description);
    if (a.draft) meta(w, "name", "robots", "noindex");  // a draft is not for search engines yet
    if (!c.canonical.empty()) w.start("link").attr("rel", "canonical").url("href", c.canonical).end_start().newline();

    // The copy of the article the metadata describes: URLs checked (refused
    // ones dropped) and made absolute, since other sites read them.
    Article m = a;
    m.publisher = c.publisher;
    m.url = c.canonical;
    // Refused URLs were reported where the article shows them.
    auto resolve = [&](std::string& url) {
        if (url.empty()) return;
        auto u = check_url(url, c.opt.url_schemes);
        url = u ? absolute(c, *u) : std::string();
    };
    for (auto& au : m.authors) resolve(au.url);
    resolve(m.publisher.url);
    resolve(m.publisher.logo);
    if (m.image) {
        resolve(m.image->url);
        if (m.image->url.empty()) m.image.reset();
    }

    meta(w, "property", "og:type", "article");
    meta(w, "property", "og:title", a.headline);
    meta(w, "property", "og:description", a.description);
    meta_url(w, "property", "og:url", m.url);
    meta(w, "property", "og:site_name", m.publisher.name);
    meta(w, "property", "og:locale", og_locale(c.lang));
    if (m.image) {
        meta_url(w, "property", "og:image", m.image->url);
        if (m.image->width > 0 && m.image->height > 0) {
            meta(w, "property", "og:image:width", std::to_string(m.image->width));
            meta(w, "property", "og:image:height", std::to_string(m.image->height));
        }
        meta(w, "property", "og:image:alt", m.image->alt);
    }
    if (a.published) meta(w, "property", "article:published_time", iso_datetime(*a.published));
    if (a.modified) meta(w, "property", "article:modified_time", iso_datetime(*a.modified));
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
    if (auto css = safe_url(c, c.opt.stylesheet, "stylesheet"))
        w.start("link").attr("rel", "stylesheet").url("href", css->url).end_start().newline();
    if (auto js = safe_url(c, c.opt.script, "script"))
        w.start("script").attr("type", "module").url("src", js->url).end_start().close("script").newline();
    write_jsonld(w.buffer(), m, rt);  // escapes every value itself
    w.raw("</head>\n");
}

void write_page(HtmlWriter& w, Context& c, const Body& body, const ReadingTime& rt) {
    // A document needs a language (screen readers pick their voice from it);
    // without one the interface text is English, so the page says so.
    std::string lang = c.lang.empty() ? "en" : c.lang;
    w.raw("<!DOCTYPE html>\n");
    w.start("html").attr("lang", lang).attr("dir", std::string_view(c.dir) == "rtl" ? "rtl" : "ltr").end_start().newline();
    write_head(w, c, rt);
    w.start("body").attr("class", "bs-page").end_start().newline();
    write_masthead(w, c);
    w.start("main").attr("class", "bs-main").end_start().newline();
    write_article(w, c, body, rt);
    w.close("main").newline();
    w.raw("</body>\n</html>\n");
}

}  // namespace

}  // namespace broadsheet::detail

namespace broadsheet {

using namespace detail;

Result<Rendered> render_html(const Article& article, const RenderOptions& options) {
    Result<Rendered> result;
    Diagnostics diags(options.limits.max_diagnostics);
    Rendered r;

    // The article's direction: declared, or from its language; unknown
    // without either (the text's own letters decide: dir="auto").
    bool rtl = article.direction == TextDirection::rtl ||
               (article.direction == TextDirection::auto_ && is_rtl_language(article.language));
    bool ltr = article.direction == TextDirection::ltr ||
               (article.direction == TextDirection::auto_ && !article.language.empty() && !rtl);

    BodyOptions bo;
    bo.commonmark = options.mode == RenderMode::commonmark;
    // Blocks written in the other direction get their own dir.
    bo.direction = rtl ? TextDirection::rtl : ltr ? TextDirection::ltr : TextDirection::auto_;
    bo.allow_html = options.allow_html;
    bo.url_schemes = &options.url_schemes;
    bo.max_depth = options.limits.max_depth;
    bo.first_line = article.body_line;
    Body body;
    if (!render_body(article.body, bo, body, diags)) {
        result.diagnostics = diags.take();
        return result;
    }
    if (article.image && !article.image->url.empty()) body.stats.add_image();  // the lead image is read too
    r.reading_time = estimate_reading_time(body.stats, options.reading_time, article.reading_time_minutes);

    if (options.mode == RenderMode::commonmark) {
        r.html = std::move(body.html);
    } else {
        const Strings strings(locale_for(article.language), options.strings);
        Context ctx{article, options, strings, diags, article.publisher, article.language, "auto", {}, {}};
        if (ctx.publisher.name.empty()) ctx.publisher.name = options.publisher.name;
        if (ctx.publisher.slogan.empty()) ctx.publisher.slogan = options.publisher.slogan;
        if (ctx.publisher.url.empty()) ctx.publisher.url = options.publisher.url;
        if (ctx.publisher.logo.empty()) ctx.publisher.logo = options.publisher.logo;
        ctx.dir = rtl ? "rtl" : ltr ? "ltr" : "auto";

        // Relative URLs in metadata resolve against the article's own URL,
        // or failing that the publisher's home page.
        auto home = ctx.publisher.url.empty() ? std::nullopt : check_url(ctx.publisher.url, options.url_schemes);
        if (home && is_absolute_http(home->url)) ctx.base = home->url;
        if (auto u = article.url.empty() ? std::nullopt : check_url(article.url, options.url_schemes)) {
            std::string abs = absolute_url(u->url, ctx.base);
            ctx.canonical = abs.empty() ? u->url : abs;
            if (is_absolute_http(ctx.canonical)) ctx.base = ctx.canonical;
        } else if (!article.url.empty()) {
            diags.warning("url: the URL \"" + quote_input(article.url) + "\" is not allowed and was left out");
        }

        r.html.reserve(body.html.size() + 4096);
        HtmlWriter w(r.html);
        if (options.mode == RenderMode::page) write_page(w, ctx, body, r.reading_time);
        else write_article(w, ctx, body, r.reading_time);
    }
    if (r.html.size() > options.limits.max_output_bytes) {
        diags.error("the HTML is " + std::to_string(r.html.size()) + " bytes, over the limit of " +
                    std::to_string(options.limits.max_output_bytes) + " (maxOutputBytes)");
        result.diagnostics = diags.take();
        return result;
    }
    result.value = std::move(r);
    result.diagnostics = diags.take();
    return result;
}

}  // namespace broadsheet
