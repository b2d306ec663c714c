// The resolved article: language, direction, publisher defaults, URLs.
#include "resolve/resolve_article.hpp"

#include "html/absolute_url.hpp"
#include "html/escape.hpp"
#include "html/url_policy.hpp"
#include "text/dates.hpp"
#include "text/slug.hpp"
#include "text/ui_strings.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

// The URL as links write it, or "" when empty or refused.
std::string checked(const std::string& url, const std::vector<std::string>& schemes) {
    if (url.empty()) return {};
    auto u = check_url(url, schemes);
    return u ? std::move(u->url) : std::string();
}

// A checked URL made absolute where a base is known (for other sites to read).
std::string absolute(const std::string& url, const std::string& base) {
    if (url.empty()) return {};
    std::string abs = absolute_url(url, base);
    return abs.empty() ? url : abs;
}

// The tagUrl pattern with {tag} (the tag as written) and {slug} (its slug)
// filled in, each percent-encoded as one path segment: a tag never adds a
// "/", a "?" or a scheme, and "." or ".." never climbs a level.
std::string tag_url(std::string_view pattern, const std::string& tag) {
    auto segment = [](std::string& out, std::string_view text) {
        if (text == "." || text == "..") {
            for (std::size_t i = 0; i < text.size(); ++i) out += "%2E";
            return;
        }
        percent_encode_component(out, text);
    };
    std::string out;
    for (std::size_t i = 0; i < pattern.size();) {
        if (pattern.compare(i, 5, "{tag}") == 0) {
            segment(out, tag);
            i += 5;
        } else if (pattern.compare(i, 6, "{slug}") == 0) {
            segment(out, heading_slug(tag));
            i += 6;
        } else {
            out += pattern[i++];
        }
    }
    return out;
}

}  // namespace

ResolvedArticle resolve_article(const Article& a, CheckedUrls urls, const RenderOptions& options, Diagnostics& diags) {
    const auto& schemes = options.url_schemes;
    // The site's language and direction (options lang, dir) stand in for
    // the article's when it gives none: language usually lives in the
    // site's configuration, not in each post.
    const std::string& language = a.language.empty() ? options.lang : a.language;
    TextDirection declared = a.direction == TextDirection::auto_ ? options.dir : a.direction;
    ResolvedArticle r(a);
    r.lang = language;

    bool rtl = declared == TextDirection::rtl || (declared == TextDirection::auto_ && is_rtl_language(language));
    bool ltr = declared == TextDirection::ltr || (declared == TextDirection::auto_ && !language.empty() && !rtl);
    r.direction = rtl ? TextDirection::rtl : ltr ? TextDirection::ltr : TextDirection::auto_;
    r.dir = rtl ? "rtl" : ltr ? "ltr" : "auto";

    // The options' URLs are used only in page mode: checked (and reported) there.
    bool page = options.mode == RenderMode::page;
    auto option_url = [&](const std::string& url, const char* what) {
        std::string u = checked(url, schemes);
        if (page && u.empty() && !url.empty())
            diags.warning(std::string(what) + ": the URL \"" + quote_input(url) + "\" is not allowed and was left out",
                          0, 0, "");
        return u;
    };

    // Each field the article leaves empty comes from the site-wide defaults.
    const Publication& site = options.publisher;
    r.publisher = a.publisher;
    Publication& p = r.publisher;
    if (p.name.empty()) p.name = site.name;
    if (p.slogan.empty()) p.slogan = site.slogan;
    // The masthead (page mode, with a name) is where the defaults' URLs show.
    bool masthead = page && !p.name.empty();
    p.url = a.publisher.url.empty() ? (masthead ? option_url(site.url, "publisher url") : checked(site.url, schemes))
                                    : std::move(urls.publisher_url);
    p.logo = a.publisher.logo.empty() ? (masthead ? option_url(site.logo, "publisher logo") : checked(site.logo, schemes))
                                      : std::move(urls.publisher_logo);

    r.author_urls = std::move(urls.authors);

    if (a.image && !urls.image.empty()) {
        Image img = *a.image;
        img.url = std::move(urls.image);
        img.srcset.clear();
        for (std::size_t i = 0; i < a.image->srcset.size() && i < urls.srcset.size(); ++i)
            if (!urls.srcset[i].empty()) img.srcset.push_back({std::move(urls.srcset[i]), a.image->srcset[i].width});
        // The wide lead's box (broadsheet.css, --bs-wide 64rem less the
        // gutters): the browser picks its candidate for that width.
        if (options.layout == Layout::wide_lead) img.sizes = "(min-width: 64rem) 62rem, 100vw";
        r.image = std::move(img);
    }
    for (const Image& more : a.more_images) {
        // Only their URLs go anywhere (the JSON-LD); a refused one is left out.
        std::string u = checked(more.url, schemes);
        if (!u.empty()) r.more_images.push_back(std::move(u));
    }

    // Relative URLs in metadata resolve against the article's own URL, or
    // failing that the publisher's home page.
    std::string base;
    if (is_absolute_http(r.publisher.url)) base = r.publisher.url;
    if (const std::string& u = urls.url; !u.empty()) {
        r.canonical = absolute(u, base);
        if (is_absolute_http(r.canonical)) base = r.canonical;
    }

    if (!options.tag_url.empty() && !a.tags.empty()) {
        for (const auto& t : a.tags) r.tag_urls.push_back(checked(tag_url(options.tag_url, t), schemes));
        bool refused = false;
        for (const auto& u : r.tag_urls) refused = refused || u.empty();
        if (refused) {  // a pattern the URL policy refuses: every tag stays plain text, and the publisher hears why
            diags.warning("tagUrl: the URL \"" + quote_input(options.tag_url) + "\" is not allowed; the tags are not linked",
                          0, 0, "");
            r.tag_urls.clear();
        }
    }

    if (a.published) r.published_iso = iso_datetime(*a.published);
    if (a.modified) r.modified_iso = iso_datetime(*a.modified);

    if (page) {
        r.stylesheet = option_url(options.stylesheet, "stylesheet");
        r.script = option_url(options.script, "script");
    }

    // Only the page's head reads the metadata: built in page mode only.
    if (!page) return r;
    // Field by field, leaving out the body (other sites read the text
    // through the page, not the metadata; copying it cost as much as the
    // rest of resolve) and the source positions (diagnostics only). The URL
    // fields are set below.
    Article& m = r.metadata;
    m.section = a.section;
    m.headline = a.headline;
    m.alternative_headline = a.alternative_headline;
    m.description = a.description;
    m.authors = a.authors;
    m.published = a.published;
    m.modified = a.modified;
    m.type = a.type;
    m.body_line = a.body_line;
    m.tags = a.tags;
    m.language = a.language;
    m.direction = a.direction;
    m.reading_time_minutes = a.reading_time_minutes;
    m.draft = a.draft;
    m.publisher = r.publisher;
    m.publisher.url = absolute(r.publisher.url, base);
    m.publisher.logo = absolute(r.publisher.logo, base);
    for (std::size_t i = 0; i < m.authors.size(); ++i) m.authors[i].url = absolute(r.author_urls[i], base);
    m.image = r.image;
    if (m.image) m.image->url = absolute(m.image->url, base);
    m.more_images.clear();
    for (const std::string& u : r.more_images) {
        Image img;
        img.url = absolute(u, base);
        m.more_images.push_back(std::move(img));
    }
    m.url = r.canonical;
    return r;
}

}  // namespace broadsheet::detail
