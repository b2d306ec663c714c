// Private: schema.org NewsArticle JSON-LD for page mode.
#pragma once

#include <string>

#include "broadsheet/broadsheet.hpp"
#include "html/html_buffer.hpp"
#include "resolve/resolve_article.hpp"

namespace broadsheet::detail {

// Appends <script type="application/ld+json">…</script>: a schema.org
// NewsArticle as Google's Article structured-data guidance describes it
// (headline, description, image, datePublished/dateModified with their zone,
// author as Person with name, jobTitle and url, publisher with logo,
// inLanguage, wordCount, timeRequired). Empty fields are left out.
// Every string goes through escape_json_string, which escapes < > &, so no
// value can close the script element. It reads the article's metadata copy
// (ResolvedArticle::metadata: URLs checked, absolute where a base was known)
// and the resolved ISO dates.
void write_jsonld(HtmlBuffer& out, const ResolvedArticle& article, const ReadingTime& reading_time);

}  // namespace broadsheet::detail
