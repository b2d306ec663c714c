// Private: ISO 8601 dates as written, and their localised text.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "broadsheet/article.hpp"

namespace broadsheet::detail {

struct Locale;

// Accepts "2024-05-21", "2024-05-21T09:50", "2024-05-21T09:50:30",
// "2024-05-21 09:50" (YAML/Hugo style), with an optional fraction of a second
// (dropped) and an optional zone: "Z", "+06:00", "+0600", "+06"; and the
// English forms site generators accept: RFC 2822 ("Tue, 14 Mar 2023 09:30:00
// +0100", "... GMT") and month-first dates ("Jul 08 2022", "July 8, 2022").
// On failure returns false and says why in `why`.
bool parse_date(std::string_view text, DateTime& out, std::string& why);

// The value for <time datetime>: "2024-05-21", "2024-05-21T09:50:00+06:00",
// "2024-05-21T09:50:00Z", or without a zone when none was written.
std::string iso_datetime(const DateTime& dt);

// The date as a reader sees it, in the locale's words, in the zone it was
// written in: "21 May 2024, 09:50 UTC+6", "1er mars 2026 à 07:15 UTC",
// "21. Mai 2024, 09:50 Uhr", "2024年5月21日"; ISO for languages without a
// table ("2024-05-21 09:50").
std::string format_date(const DateTime& dt, const Locale& locale);

// format_date() appended to `out`, without a string of its own. The text
// comes only from the locale's date tables (month names, patterns) and
// digits, none of which HTML needs escaped (tests/unit/text/ui_strings_test
// checks every table), so the page appends it as it is.
void format_date_to(std::string& out, const DateTime& dt, const Locale& locale);

// Whether `a` is strictly earlier than `b`. A date without a time is its
// midnight. Both with a zone: compared in UTC; both without: as written;
// one of each: not comparable (nullopt), since the zone of the other is
// unknown.
std::optional<bool> is_earlier(const DateTime& a, const DateTime& b);

}  // namespace broadsheet::detail
