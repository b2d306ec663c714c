// Private: BCP 47 language tags, split in one place. The input check
// (check_language_tag), the choice of interface language (locale_for,
// is_rtl_language) and Open Graph's og:locale all read tags through it.
#pragma once

#include <string_view>
#include <vector>

namespace broadsheet::detail {

// The subtags of `tag` in order: "zh-Hant-HK" -> {"zh", "Hant", "HK"}.
// Both '-' and '_' separate ("en_GB" is a common slip that the input check
// refuses with a hint, but a tag built in code may still hold it). Empty
// subtags are kept ("en-" -> {"en", ""}), so a checker can report them; ""
// gives no subtags.
std::vector<std::string_view> split_language_tag(std::string_view tag);

// The primary language subtag: "en" for "en-GB"; "" for "".
std::string_view primary_language(std::string_view tag);

}  // namespace broadsheet::detail
