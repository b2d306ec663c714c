// broadsheet/article.hpp — the article model: plain data, no logic.
//
// Both input forms (schema.org NewsArticle JSON and Markdown with front
// matter) are parsed into this one model, and the renderer reads only this
// model. Empty strings and zero numbers mean "not given". All text is UTF-8
// exactly as the author wrote it (unescaped); escaping is the renderer's job.
#pragma once

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

struct Author {
    std::string name;
    std::string role;   // job title, e.g. "Science Editor" (schema.org jobTitle)
    std::string url;    // profile page; rendered with rel="author"
};

struct Publication {
    std::string name;    // masthead, e.g. "The Harbour Gazette"
    std::string slogan;  // e.g. "News from the waterfront since 1911"
    std::string url;     // home page the masthead links to
    std::string logo;    // image URL
};

// One candidate of a responsive image (srcset): "URL 800w".
struct ImageSource {
    std::string url;
    int width = 0;
};

struct Image {
    std::string url;
    std::string alt;       // empty alt on a lead image is a warning
    std::string caption;
    std::string credit;    // e.g. "Photo: Jane Roe / Agency"
    int width = 0, height = 0;
    std::vector<ImageSource> srcset;
    std::string sizes;     // the sizes attribute, e.g. "(min-width: 60rem) 60rem, 100vw"
};

enum class TextDirection { auto_, ltr, rtl };

struct Article {
    Publication publisher;
    std::string section;               // kicker above the headline, e.g. "Science"
    std::string headline;              // the one h1
    std::string alternative_headline;  // subtitle
    std::string description;           // standfirst
    std::vector<Author> authors;
    std::optional<DateTime> published;
    std::optional<DateTime> modified;
    std::optional<Image> image;        // lead image
    std::string body;                  // Markdown (CommonMark + GFM tables, strikethrough, autolinks)
    int body_line = 1;                 // line of the source file where body line 1 is (for diagnostics)
    std::vector<std::string> tags;
    std::string language;              // BCP 47, e.g. "en-GB", "ar"; empty = unknown
    TextDirection direction = TextDirection::auto_;  // auto_: derived from language
    std::string url;                   // canonical URL
    int reading_time_minutes = 0;      // author's override; 0 = compute
    bool draft = false;
};

}  // namespace broadsheet
