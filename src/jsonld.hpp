// Private: schema.org NewsArticle JSON-LD for page mode.
#pragma once

#include <string>

#include "broadsheet/broadsheet.hpp"

namespace broadsheet::detail {

// Appends <script type="application/ld+json">…</script>. Every string goes
// through escape_json_string, which escapes < > &, so no value can close the
// script element.
void write_jsonld(std::string& out, const Article& article, const ReadingTime& reading_time);

}  // namespace broadsheet::detail
