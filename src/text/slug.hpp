// Private: a heading's id from its text.
//
//   heading_slug("The harbour's new tables")   // "the-harbours-new-tables"
//   heading_slug("Москва: итоги")               // "москва-итоги"
#pragma once

#include <string>
#include <string_view>

namespace broadsheet::detail {

// Letters and digits of any script in lower case, '-' between words, at most
// about 80 bytes; "section" when nothing is left. An apostrophe joins
// ("harbour's" is one word). Ids starting "bs-" belong to the page around the
// body (bs-toc-title, ...), so a slug never starts that way: "section-bs-...".
std::string heading_slug(std::string_view text);

// Lower case for the scripts whose capitals sit at a fixed distance from
// their small letters (Latin-1, Latin Extended-A, Greek, Cyrillic); other
// code points are returned as they are.
char32_t lower_letter(char32_t cp);

}  // namespace broadsheet::detail
