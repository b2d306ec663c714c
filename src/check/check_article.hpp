// Private: the article check, one for both input forms. It runs after
// mapping, on the Article model, and reports what renders but hurts readers
// or is left out: a refused URL (author, lead image and its srcset,
// canonical, publisher and logo), a lead image without alt text, a headline
// over 110 characters, no publication date, an update dated before the
// publication, a field given under two names. All are warnings, each at the
// field's line:column with its JSON Pointer (Article::source); an Article
// built in code has no positions, and its warnings name the field by its
// NewsArticle pointer.
//
// Why here and not in the readers: the URL policy depends on the render
// options (urlSchemes), and one check after mapping means the two input
// forms cannot drift apart.
#pragma once

#include <string>
#include <vector>

#include "broadsheet/article.hpp"
#include "diagnostics.hpp"

namespace broadsheet::detail {

// The longest headline that does not draw a warning, in characters: search
// engines and social cards cut longer ones.
constexpr std::size_t kMaxHeadlineCharacters = 110;

// The article's own URLs as the URL policy leaves them: cleaned the way
// links are written (CheckedUrl::url), "" when empty or refused. The check
// builds them while it reports; resolve_article reads them rather than
// running the policy on the same URLs again.
struct CheckedUrls {
    std::vector<std::string> authors;  // one per author
    std::string image;                 // the lead image's
    std::vector<std::string> srcset;   // one per candidate of the lead image's srcset
    std::string url;                   // the article's canonical URL
    std::string publisher_url, publisher_logo;
};

// `url_schemes`: RenderOptions::url_schemes.
CheckedUrls check_article(const Article& article, const std::vector<std::string>& url_schemes, Diagnostics& diags);

}  // namespace broadsheet::detail
