// broadsheet/options.hpp — every knob, one struct each, with defaults.
//
// The JavaScript API (`render(source, options)`) and the CLI (`--options
// FILE.json`) take the same keys as JSON; parse_options_json() maps them onto
// these structs. The JSON key of each field is given in brackets.
#pragma once

#include <cstddef>
#include <map>
#include <string>
#include <vector>

#include "article.hpp"

namespace broadsheet {

enum class InputFormat { detect, json, markdown };  // [format] detect: JSON when the first non-space byte is '{'
enum class RenderMode { fragment, page, commonmark };  // [mode]

// Limits that keep a hostile file from hurting the page. Each one, when hit,
// is a clear error, never a crash.
struct Limits {
    std::size_t max_input_bytes = 8u << 20;    // [maxInputBytes] 8 MiB
    int max_depth = 64;                        // [maxDepth] JSON/YAML nesting, Markdown list and quote nesting
    int max_diagnostics = 100;                 // [maxDiagnostics] further ones are summarised in one last message
    std::size_t max_output_bytes = 64u << 20;  // [maxOutputBytes] 64 MiB of HTML
};

// Inline "Advertisement" slots between body paragraphs. [ads] false | {...}
struct AdOptions {
    bool enabled = false;
    int after = 3;            // [after] first slot after paragraph N (1-based)
    int every = 6;            // [every] then every M paragraphs
    int max = 3;              // [max] at most K slots
    std::string label;        // [label] visible label; empty = "Advertisement" in the article's language
    std::string size = "300x250";  // [size] WIDTHxHEIGHT in CSS px; reserved by the theme so filling shifts nothing
};

enum class ShareNetwork { x, facebook, linkedin, whatsapp, telegram, reddit, email, mastodon, native, copy };

// The "Share this article" list. [share] false | { networks: [...] }
struct ShareOptions {
    bool enabled = true;
    std::vector<ShareNetwork> networks = {
        ShareNetwork::x,        ShareNetwork::facebook, ShareNetwork::linkedin, ShareNetwork::whatsapp,
        ShareNetwork::telegram, ShareNetwork::reddit,   ShareNetwork::email,    ShareNetwork::mastodon,
        ShareNetwork::native,   ShareNetwork::copy};
};

struct ReadingTimeOptions {
    int words_per_minute = 230;       // [wordsPerMinute] space-separated scripts
    int characters_per_minute = 500;  // [charactersPerMinute] Chinese, Japanese, Korean
};

// [toc] 'auto': for long articles only (at least 1,500 words in four or more
// sections) | true (one section is enough) | false. The box comes after the
// body's first paragraph (toc.cpp).
enum class TocMode { auto_, on, off };
enum class Layout { standard, wide_lead };          // [layout] 'standard' | 'wide-lead': the lead image wider than the text
enum class PageTheme { auto_, host, light, dark };  // [theme] page mode's colours (broadsheet.css, data-broadsheet-theme)

struct RenderOptions {
    InputFormat format = InputFormat::detect;
    RenderMode mode = RenderMode::fragment;
    Publication publisher;        // [publisher] site-wide defaults; the article's own fields win
    AdOptions ads;
    ShareOptions share;
    ReadingTimeOptions reading_time;  // [readingTime]
    TocMode toc = TocMode::auto_;
    Layout layout = Layout::standard;
    PageTheme theme = PageTheme::auto_;
    // [tagUrl] e.g. "/topics/{tag}" or "/t/{slug}": each tag links there, the
    // tag (or its slug) percent-encoded as a path segment. Empty: plain text.
    std::string tag_url;
    bool allow_html = false;      // [allowHtml] let allowlisted HTML through, sanitized (see README, Security)
    // [embedOrigins] with allowHtml, the https origins an <iframe> may come
    // from, e.g. "https://www.youtube-nocookie.com". Empty: no iframes.
    std::vector<std::string> embed_origins;
    // [typography] curly quotes in the article's language, dashes and
    // ellipses in the body's prose (see README); never in commonmark mode.
    bool typography = true;
    std::vector<std::string> url_schemes = {"http", "https", "mailto"};  // [urlSchemes] lower case
    std::map<std::string, std::string> strings;  // [strings] overrides of interface text by key
    std::string stylesheet = "broadsheet.css";   // [stylesheet] page mode: the theme's URL
    // [script] page mode: the URL of broadsheet.js. When set, the page loads it
    // as a module, which adds the share buttons that need JavaScript (copy
    // link, Mastodon, the system share sheet) and announces the ad slots.
    // Empty (the default): the page has no script at all.
    std::string script;
    // The site's language and direction, for articles that give none
    // [lang] a BCP 47 tag, [dir] "ltr" | "rtl" | "auto". Without either, a
    // whole page says lang="und" (see README: "Languages").
    std::string lang;
    TextDirection dir = TextDirection::auto_;
    Limits limits;                // [maxInputBytes], [maxDepth], [maxDiagnostics], [maxOutputBytes]
};

}  // namespace broadsheet
