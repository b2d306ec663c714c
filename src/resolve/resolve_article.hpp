// Private: the resolved article, built once per render after the check and
// read by every page part. It settles what the parts would otherwise each
// work out again: the language and direction, the publisher with the
// site-wide defaults (RenderOptions::publisher) filled in, and every URL
// checked by the URL policy (refused ones dropped), plus the copy other
// sites read (Open Graph, JSON-LD), whose URLs are also made absolute.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "broadsheet/article.hpp"
#include "broadsheet/options.hpp"
#include "check/check_article.hpp"
#include "diagnostics.hpp"

namespace broadsheet::detail {

struct ResolvedArticle {
    explicit ResolvedArticle(const Article& a) : article(a) {}

    const Article& article;   // text, dates and tags, read as written
    std::string lang;         // BCP 47: the article's, else the site's (options lang); "" when neither says
    // Declared, or from the language; auto_ when neither says (the text's
    // own letters decide: dir="auto").
    TextDirection direction = TextDirection::auto_;
    const char* dir = "auto";  // the same as the attribute value: "ltr", "rtl" or "auto"
    // The article's publisher, each empty field taken from the options. URLs
    // checked, as links are written (relative ones stay relative).
    Publication publisher;
    std::vector<std::string> author_urls;  // checked, one per author; "" when none or refused
    std::optional<Image> image;            // URLs checked; none when its URL is missing or refused
    std::vector<std::string> more_images;  // the further images' URLs, checked; refused ones left out
    std::string canonical;                 // the article's URL, checked, absolute when a base is known
    std::string stylesheet, script;        // page mode's theme and shim, checked
    // The dates as <time datetime>, Open Graph and JSON-LD write them
    // ("2026-03-02T07:15:00Z"); "" when the article has none.
    std::string published_iso, modified_iso;
    // What other sites read (Open Graph, JSON-LD): the article with the
    // publisher merged, url = canonical, every URL checked and absolute where
    // a base is known, and refused ones empty. No body. Page mode only.
    Article metadata;
    // One link per tag, from RenderOptions::tag_url, checked; all empty when
    // the option is not set or the URL refused (the tags stay plain text).
    std::vector<std::string> tag_urls;
};

// `urls`: check_article's result for `article`; its URLs are taken as they
// are (the check ran the policy on them and reported the refused ones).
// Those of the options (stylesheet, script, the publisher's defaults) are
// checked and reported here, in page mode, where they are used.
ResolvedArticle resolve_article(const Article& article, CheckedUrls urls, const RenderOptions& options,
                                Diagnostics& diags);

}  // namespace broadsheet::detail
