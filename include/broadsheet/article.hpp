// broadsheet/article.hpp — the article model: plain data, no logic.
//
// Both input forms (schema.org NewsArticle JSON and Markdown with front
// matter) are parsed into this one model, and the renderer reads only this
// model, so the same article written either way renders the same page.
// Empty strings and zero numbers mean "not given". All text is UTF-8 exactly
// as the author wrote it (unescaped); escaping is the renderer's job.
//
// Each field below names its JSON key and its front matter key(s), in that
// order: [JSON | front matter].
#pragma once

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace broadsheet {

// A calendar date with an optional wall-clock time and UTC offset, kept as
// written: "2024-05-21T09:50+06:00" stays 09:50 at +06:00. It is never
// converted to another zone, so every machine renders the same text.
struct DateTime {
    int year = 0, month = 0, day = 0;          // 1-based month and day
    bool has_time = false;
    int hour = 0, minute = 0, second = 0;
    bool has_offset = false;                   // false: a local time with no zone given
    int offset_minutes = 0;                    // east of UTC; "Z" is 0
};

// One byline entry: rendered "By NAME, ROLE" in the article's language.
struct Author {
    std::string name;   // [name | name, or the whole entry when it is text]
    std::string role;   // job title, e.g. "Science Editor" [jobTitle | role, title, jobTitle]
    std::string url;    // profile page, rendered with rel="author" [url | url, link]
    // The organisation the person writes for, e.g. "Harbour FM"
    // [affiliation (its name) | affiliation, or "Name (Org)" in an author string]
    std::string affiliation;
};

// The masthead. RenderOptions::publisher supplies site-wide defaults.
struct Publication {
    std::string name;    // e.g. "The Harbour Gazette" [publisher.name, or publisher as text | the same]
    std::string slogan;  // e.g. "News from the waterfront since 1911" [publisher.slogan | the same]
    std::string url;     // the home page the masthead links to [publisher.url | the same]
    std::string logo;    // image URL [publisher.logo, or publisher.logo.url | publisher.logo]
};

// One candidate of a responsive image: srcset's "URL 800w".
struct ImageSource {
    std::string url;
    int width = 0;  // in pixels, at least 1
};

// The lead image. [image: a URL, an ImageObject or a list of them (the first) |
//                  image, cover or heroImage: a URL or a map]
struct Image {
    std::string url;       // [url, or contentUrl | src, url, image or path]
    std::string alt;       // empty draws a warning [alt, or description | alt]
    std::string caption;   // [caption | caption]
    std::string credit;    // e.g. "Photo: Jane Roe / Agency" [creditText | credit]
    int width = 0, height = 0;  // pixels, 1 to 100000 [width, height | width, height]
    // [srcset | srcset]: "a.jpg 800w, b.jpg 1600w", or a list of {url, width}
    // (front matter also takes src for url).
    std::vector<ImageSource> srcset;
    std::string sizes;     // e.g. "(min-width: 60rem) 60rem, 100vw" [sizes | sizes]
};

enum class TextDirection { auto_, ltr, rtl };

// Where a field was written, so problems found after parsing (by
// render_html: a refused URL, a missing alt text) are reported at the field.
struct SourcePosition {
    int line = 0, column = 0;  // 1-based; 0 when not known
    std::string pointer;       // JSON Pointer in the source's own keys: "/image/alt", "/cover/alt"
    bool reported = false;     // the value could not be read and an error said so already
};

// A field given under a second name, which is ignored ("summary" beside
// "description").
struct IgnoredField {
    SourcePosition at;    // where the ignored one is
    std::string name;     // its key, e.g. "summary"
    std::string used;     // the key that is used instead, e.g. "description"
};

// The places of an article's fields in its source. parse_json and
// parse_markdown fill it; an Article built in code leaves it empty (its
// diagnostics then name the field without a line).
struct ArticleSource {
    bool front_matter = false;  // keys are front matter's ("title") rather than NewsArticle's ("headline")
    SourcePosition document;    // the start of the source: where a missing field is reported
    // Keyed by the model field: "headline", "published", "modified", "url",
    // "image", "image/srcset/N", "authors/N/url", "publisher/url", "publisher/logo".
    std::map<std::string, SourcePosition> fields;
    std::vector<IgnoredField> ignored;
};

struct Article {
    Publication publisher;
    std::string section;               // kicker above the headline [articleSection (the first) |
                                       //  section, category, categories (the first), taxonomies.categories]
    std::string headline;              // the one h1; required [headline, or name | title, or name]
    std::string alternative_headline;  // subtitle [alternativeHeadline | subtitle]
    std::string description;           // standfirst [description | description, summary, excerpt]
    std::vector<Author> authors;       // [author: one or a list | author, authors, by: one or a list]
    std::optional<DateTime> published; // missing draws a warning [datePublished | date, pubDate, publishDate, published]
    std::optional<DateTime> modified;  // [dateModified | lastmod, updated, updatedDate, last_modified_at]
    std::optional<Image> image;
    // The article's further images, after the lead (JSON-LD lists them all)
    // [image: a list | images: a list]
    std::vector<Image> more_images;
    // The schema.org type when the article names an Article subtype
    // ("BlogPosting", "ReportageNewsArticle", ...); empty: NewsArticle [@type | —]
    std::string type;
    std::string body;                  // Markdown (CommonMark + GFM tables, strikethrough, autolinks)
                                       // [articleBody | everything after the front matter]
    int body_line = 1;                 // line of the source file where body line 1 is (for diagnostics)
    std::vector<std::string> tags;     // [keywords: a list or "a, b" | tags, or keywords]
    std::string language;              // BCP 47, e.g. "en-GB", "ar"; empty = unknown [inLanguage | lang]
    TextDirection direction = TextDirection::auto_;  // auto_: derived from language [dir | dir]
    std::string url;                   // canonical URL [url, or mainEntityOfPage | canonical, url]
    int reading_time_minutes = 0;      // the author's override; 0 = computed
                                       // [timeRequired: "PT4M" | reading_time: 4]
    bool draft = false;                // [creativeWorkStatus: "Draft" | draft: true]
    ArticleSource source;              // where each field was written (diagnostics only)
};

}  // namespace broadsheet
