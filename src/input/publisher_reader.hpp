// Private: the publisher, read the same way wherever it is given: the
// article's JSON, its front matter, and the options' site-wide defaults.
#pragma once

#include <string>

#include "broadsheet/article.hpp"
#include "input/field_reader.hpp"

namespace broadsheet::detail {

// [publisher]: {name, slogan, url, logo}, or (when `name_alone`, as articles
// allow) just the name as text. JSON-LD's Organization is taken as
// publishers write it: @type, @id and sameAs are accepted, and a logo may be
// an ImageObject whose url is used. `source`, when given, learns where the
// URLs are, for check_article.
void read_publisher(FieldReader& r, const Value& v, const std::string& path, bool name_alone, Publication& out,
                    ArticleSource* source = nullptr);

}  // namespace broadsheet::detail
