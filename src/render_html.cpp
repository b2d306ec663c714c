// Article -> HTML: the <article> (fragment mode) or a whole document (page
// mode). Reads only the model and the body stage's output; every string goes
// through HtmlWriter.
#include "broadsheet/broadsheet.hpp"
#include "dates.hpp"
#include "html_writer.hpp"
#include "jsonld.hpp"
#include "markdown_body.hpp"
#include "reading_time.hpp"
#include "share.hpp"
#include "strings.hpp"
#include "url_policy.hpp"

namespace broadsheet::detail {

namespace {

struct Context {
    const Article& a;
    const RenderOptions& opt;
    const Strings& s;
    Publication publisher;     // the article's, with the site-wide defaults filled in
    std::string lang;          // "" when unknown (the host page's language applies)
    bool rtl = false;
    Diagnostics& diags;
};

std::optional<CheckedUrl> safe_url(Context& c, const std::string& url, const char* field) {
    if (url.empty()) return std::nullopt;
    auto checked = check_url(url, c.opt.url_schemes);
    if (!checked) c.diags.warning(std::string(field) + ": the URL \"" + url.substr(0, 80) + "\" is not allowed and was left out");
    return checked;
}

// ---------------------------------------------------------------------------
// Header: kicker, headline, standfirst, byline, dates, reading time, lead image
// ---------------------------------------------------------------------------

void write_byline(HtmlWriter& w, Context& c) {
    if (c.a.authors.empty()) return;
    w.open("p", "bs-byline");
    w.text(c.s.get(Text::by)).text(" ");
    const auto& authors = c.a.authors;
    for (std::size_t i = 0; i < authors.size(); ++i) {
        if (i > 0) {
            if (i + 1 == authors.size()) w.text(" ").text(c.s.get(Text::and_)).text(" ");
            else w.text(", ");
        }
        const Author& au = authors[i];
        w.open("span", "bs-author");
        auto url = safe_url(c, au.url, "author url");
        if (url) {
            w.start("a").url("href", url->url).attr("rel", "author").attr("class", "bs-author-name").end_start();
            w.text(au.name).close("a");
        } else {
            w.open("span", "bs-author-name").text(au.name).close("span");
        }
        if (!au.role.empty()) w.text(", ").open("span", "bs-author-role").text(au.role).close("span");
        w.close("span");
    }
    w.close("p").newline();
}

void write_meta_line(HtmlWriter& w, Context& c, const ReadingTime& rt) {
    w.open("p", "bs-meta");
    if (c.a.published) {
        w.start("time").attr("class", "bs-published").attr("datetime", iso_datetime(*c.a.published)).end_start();
        w.text(format_date(*c.a.published, c.s.locale())).close("time");
    }
    if (c.a.modified) {
        if (c.a.published) w.raw("<span class=\"bs-sep\" aria-hidden=\"true\"> · </span>");
        w.open("span", "bs-updated").text(c.s.get(Text::updated)).text(" ");
        w.start("time").attr("datetime", iso_datetime(*c.a.modified)).end_start();
        w.text(format_date(*c.a.modified, c.s.locale())).close("time").close("span");
    }
    if (c.a.published || c.a.modified) w.raw("<span class=\"bs-sep\" aria-hidden=\"true\"> · </span>");
    std::string minutes = std::to_string(rt.minutes);
    w.start("time").attr("class", "bs-reading-time").attr("datetime", "PT" + minutes + "M").end_start();
    w.text(c.s.get(Text::min_read, {{"n", minutes}})).close("time");
    w.close("p").newline();
}

void write_lead_image(HtmlWriter& w, Context& c) {
    if (!c.a.image) return;
    const Image& img = *c.a.image;
    auto src = safe_url(c, img.url, "image");
    if (!src) return;
    w.open("figure", "bs-lead");
    w.start("img").url("src", src->url).attr("alt", img.alt);
    if (!img.srcset.empty()) {
        std::string srcset;
        for (const auto& cand : img.srcset) {
            auto u = check_url(cand.url, c.opt.url_schemes);
            if (!u || cand.width <= 0) continue;
            if (!srcset.empty()) srcset += ", ";
            srcset += u->url + " " + std::to_string(cand.width) + "w";
        }
        if (!srcset.empty()) w.attr("srcset", srcset);
        if (!img.sizes.empty()) w.attr("sizes", img.sizes);
    }
    if (img.width > 0 && img.height > 0) w.attr("width", img.width).attr("height", img.height);
    w.attr("fetchpriority", "high").end_start();
    if (!img.caption.empty() || !img.credit.empty()) {
        w.open("figcaption");
        if (!img.caption.empty()) w.open("span", "bs-caption").text(img.caption).close("span");
        if (!img.caption.empty() && !img.credit.empty()) w.text(" ");
        if (!img.credit.empty()) w.open("span", "bs-credit").text(c.s.get(Text::photo_credit, {{"credit", img.credit}})).close("span");
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

void write_toc(HtmlWriter& w, Context& c, const Body& body) {
    int sections = 0;
    for (const auto& h : body.headings)
        if (h.level == 2) ++sections;
    bool show = c.opt.toc == TocMode::on ? sections > 0 : c.opt.toc == TocMode::auto_ ? sections >= 3 : false;
    if (!show) return;
    std::string label = c.s.get(Text::contents);
    w.start("nav").attr("class", "bs-toc").attr("aria-labelledby", "bs-toc-title").end_start();
    w.start("h2").attr("class", "bs-toc-title").attr("id", "bs-toc-title").end_start().text(label).close("h2");
    w.open("ol");
    for (const auto& h : body.headings) {
        if (h.level != 2) continue;
        w.open("li").start("a").attr("href", "#" + h.id).end_start().text(h.text).close("a").close("li");
    }
    w.close("ol").close("nav").newline();
}

// Where the slots go: after a top-level paragraph that is followed by another
// paragraph (never next to a heading, image, list, quote or table, never
// after the last block), the first at or after paragraph `after`, then at
// least `every` paragraphs apart, at most `max`.
std::vector<std::size_t> ad_positions(const AdOptions& ads, const Body& body) {
    std::vector<std::size_t> at;
    if (!ads.enabled || ads.max <= 0) return at;
    int paragraph = 0, next = ads.after < 1 ? 1 : ads.after;
    for (std::size_t i = 0; i < body.blocks.size(); ++i) {
        if (body.blocks[i].kind != BlockKind::paragraph) continue;
        ++paragraph;
        if (paragraph < next) continue;
        bool next_ok = i + 1 < body.blocks.size() && body.blocks[i + 1].kind == BlockKind::paragraph;
        if (!next_ok) continue;
        at.push_back(body.blocks[i].end);
        if (static_cast<int>(at.size()) >= ads.max) break;
        next = paragraph + (ads.every < 1 ? 1 : ads.every);
    }
    return at;
}

void write_ad(HtmlWriter& w, Context& c, std::size_t index, std::size_t count) {
    std::string i = std::to_string(index), n = std::to_string(count);
    std::string label = c.opt.ads.label.empty() ? c.s.get(Text::advertisement) : c.opt.ads.label;
    w.start("section").attr("class", "bs-ad bs-ad-" + c.opt.ads.size)
        .attr("aria-label", c.s.get(Text::advertisement_n, {{"i", i}, {"n", n}}))
        .attr("data-slot", i).attr("data-size", c.opt.ads.size).end_start();
    w.open("p", "bs-ad-label").text(label).close("p");
    w.raw("<div class=\"bs-ad-space\"></div>");
    w.close("section").newline();
}

void write_body(HtmlWriter& w, Context& c, const Body& body) {
    w.open("div", "bs-body").newline();
    auto slots = ad_positions(c.opt.ads, body);
    std::size_t from = 0;
    for (std::size_t k = 0; k < slots.size(); ++k) {
        w.raw(std::string_view(body.html).substr(from, slots[k] - from));
        write_ad(w, c, k + 1, slots.size());
        from = slots[k];
    }
    w.raw(std::string_view(body.html).substr(from));
    w.close("div").newline();
}

void write_footer(HtmlWriter& w, Context& c) {
    bool share = c.opt.share.enabled && !c.opt.share.networks.empty();
    if (c.a.tags.empty() && !share) return;
    w.open("footer", "bs-footer").newline();
    if (!c.a.tags.empty()) {
        w.open("ul", "bs-tags");
        for (const auto& t : c.a.tags) w.open("li").text(t).close("li");
        w.close("ul").newline();
    }
    std::string page_url;
    if (auto u = safe_url(c, c.a.url, "url")) page_url = u->url;
    write_share(w, c.opt.share, page_url, c.a.headline, c.s);
    w.close("footer").newline();
}

void write_article(HtmlWriter& w, Context& c, const Body& body, const ReadingTime& rt) {
    w.start("article").attr("class", "bs-article");
    if (!c.lang.empty()) w.attr("lang", c.lang);
    w.attr("dir", c.rtl ? "rtl" : "ltr").end_start().newline();
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

void write_page(HtmlWriter& w, Context& c, const Body& body, const ReadingTime& rt) {
    const Article& a = c.a;
    std::string lang = c.lang.empty() ? "en" : c.lang;
    w.raw("<!DOCTYPE html>\n");
    w.start("html").attr("lang", lang).attr("dir", c.rtl ? "rtl" : "ltr").end_start().newline();
    w.raw("<head>\n<meta charset=\"utf-8\">\n");
    w.raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
    std::string title = a.headline;
    if (!c.publisher.name.empty()) title += " \u2014 " + c.publisher.name;
    w.open("title").text(title).close("title").newline();
    meta(w, "name", "description", a.description);
    auto canonical = safe_url(c, a.url, "url");
    if (canonical) w.start("link").attr("rel", "canonical").url("href", canonical->url).end_start().newline();
    meta(w, "property", "og:type", "article");
    meta(w, "property", "og:title", a.headline);
    meta(w, "property", "og:description", a.description);
    if (canonical) meta(w, "property", "og:url", canonical->url);
    meta(w, "property", "og:site_name", c.publisher.name);
    std::optional<CheckedUrl> image;
    if (a.image) image = check_url(a.image->url, c.opt.url_schemes);
    if (image) {
        meta(w, "property", "og:image", image->url);
        meta(w, "property", "og:image:alt", a.image->alt);
    }
    if (a.published) meta(w, "property", "article:published_time", iso_datetime(*a.published));
    if (a.modified) meta(w, "property", "article:modified_time", iso_datetime(*a.modified));
    meta(w, "property", "article:section", a.section);
    for (const auto& t : a.tags) meta(w, "property", "article:tag", t);
    for (const auto& au : a.authors) meta(w, "property", "article:author", au.url.empty() ? au.name : au.url);
    meta(w, "name", "twitter:card", image ? "summary_large_image" : "summary");
    meta(w, "name", "twitter:title", a.headline);
    meta(w, "name", "twitter:description", a.description);
    if (image) meta(w, "name", "twitter:image", image->url);
    w.start("link").attr("rel", "stylesheet").attr("href", c.opt.stylesheet).end_start().newline();
    Article with_publisher = a;
    with_publisher.publisher = c.publisher;
    write_jsonld(w.buffer(), with_publisher, rt);
    w.raw("</head>\n");
    w.start("body").attr("class", "bs-page").end_start().newline();
    if (!c.publisher.name.empty()) {
        w.open("header", "bs-masthead").newline();
        auto home = safe_url(c, c.publisher.url, "publisher url");
        w.open("p", "bs-masthead-name");
        if (home) w.start("a").url("href", home->url).end_start().text(c.publisher.name).close("a");
        else w.text(c.publisher.name);
        w.close("p").newline();
        if (!c.publisher.slogan.empty()) w.open("p", "bs-slogan").text(c.publisher.slogan).close("p").newline();
        w.close("header").newline();
    }
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

    BodyOptions bo;
    bo.commonmark = options.mode == RenderMode::commonmark;
    bo.allow_html = options.allow_html;
    bo.url_schemes = &options.url_schemes;
    bo.max_depth = options.limits.max_depth;
    bo.first_line = article.body_line;
    Body body;
    if (!render_body(article.body, bo, body, diags)) {
        result.diagnostics = diags.take();
        return result;
    }
    if (article.image) body.stats.add_image();
    r.reading_time = estimate_reading_time(body.stats, options.reading_time, article.reading_time_minutes);

    if (options.mode == RenderMode::commonmark) {
        r.html = std::move(body.html);
    } else {
        const Strings strings(locale_for(article.language), options.strings);
        Context ctx{article, options, strings, article.publisher, article.language, false, diags};
        if (ctx.publisher.name.empty()) ctx.publisher.name = options.publisher.name;
        if (ctx.publisher.slogan.empty()) ctx.publisher.slogan = options.publisher.slogan;
        if (ctx.publisher.url.empty()) ctx.publisher.url = options.publisher.url;
        if (ctx.publisher.logo.empty()) ctx.publisher.logo = options.publisher.logo;
        ctx.rtl = article.direction == TextDirection::rtl ||
                  (article.direction == TextDirection::auto_ && is_rtl_language(article.language));
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
