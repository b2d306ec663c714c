// Private: the text formats both input forms share, each checked with a
// message that says what was expected (language tags, ISO 8601 durations,
// srcset). Each returns false and says why in `why`.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "broadsheet/article.hpp"

namespace broadsheet::detail {

// A well-formed BCP 47 language tag (RFC 5646 syntax: language, extlangs,
// script, region, variants, extensions, private use; "x-..." alone). Stricter
// than the RFC in one way that catches real mistakes: the primary language
// must be 2 or 3 letters ("english" is refused; the registry has no longer
// codes). Irregular grandfathered tags ("i-klingon") are refused too. Not
// checked against the IANA registry.
bool check_language_tag(std::string_view tag, std::string& why);

// An ISO 8601 duration as schema.org's timeRequired uses it: "PT4M",
// "PT1H30M", "PT90S", "P1DT2H" (days, hours, minutes, seconds; whole
// numbers). `minutes` is rounded up and must come to 1 or more.
bool parse_duration_minutes(std::string_view text, int& minutes, std::string& why);

// The HTML srcset syntax with width descriptors only: "a.jpg 800w, b.jpg 1600w".
bool parse_srcset(std::string_view text, std::vector<ImageSource>& out, std::string& why);

}  // namespace broadsheet::detail
