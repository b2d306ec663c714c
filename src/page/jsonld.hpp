// Private: schema.org NewsArticle JSON-LD for page mode.
#pragma once

#include <string>

#include "broadsheet/broadsheet.hpp"

namespace broadsheet::detail {

// Appends <script type="application/ld+json">…</script>: a schema.org
// NewsArticle as Google's Article structured-data guidance describes it
// (headline, description, image, datePublished/dateModified with their zone,
// author as Person with name, jobTitle and url, publisher with logo,
// inLanguage, wordCount, timeRequired). Empty fields are left out.
// Every string goes through escape_json_string, which escapes < > &, so no
// value can close the script element. The URLs in `article` are written as
// given: the caller passes only URLs that passed check_url, made absolute
// where a base was known.
void write_jsonld(std::string& out, const Article& article, const ReadingTime& reading_time);

}  // namespace broadsheet::detail
