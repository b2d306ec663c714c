// Private: ISO 8601 dates as written, and their localised text.
#pragma once

#include <charconv>
#include <optional>
#include <string>
#include <string_view>

#include "broadsheet/article.hpp"
#include "text/ui_strings.hpp"

namespace broadsheet::detail {

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

// format_date() piece by piece: `sink(text)` gets each part in order, to
// use at once (a number lives in a local buffer), so the page escapes the
// date straight into its output without building a string.
template <class Sink>
void format_date_to(const DateTime& dt, const Locale& locale, Sink&& sink) {
    auto number = [&](int v) {  // as std::to_string writes it
        char digits[12];
        char* end = std::to_chars(digits, digits + sizeof digits, v).ptr;
        sink(std::string_view(digits, static_cast<std::size_t>(end - digits)));
    };
    auto two = [&](int v) {  // "07"
        const char digits[2] = {static_cast<char>('0' + v / 10 % 10), static_cast<char>('0' + v % 10)};
        sink(std::string_view(digits, 2));
    };
    auto date = [&] {
        if (!locale.date_pattern) {  // ISO: "2024-05-21"
            number(dt.year);
            sink("-");
            two(dt.month);
            sink("-");
            two(dt.day);
            return;
        }
        walk_pattern(locale.date_pattern, sink, [&](std::string_view name) {
            if (name == "d") {
                if (dt.day == 1 && locale.first_day) sink(locale.first_day);
                else number(dt.day);
            } else if (name == "month") {
                sink(locale.months[dt.month - 1]);
            } else if (name == "m") {
                number(dt.month);
            } else if (name == "y") {
                number(dt.year);
            }
        });
    };
    if (!dt.has_time) {
        date();
        return;
    }
    walk_pattern(locale.datetime_pattern, sink, [&](std::string_view name) {
        if (name == "date") {
            date();
        } else if (name == "time") {
            two(dt.hour);
            sink(":");
            two(dt.minute);
        } else if (name == "zone") {
            // The zone it was written in, so the text is the same on every machine.
            if (!dt.has_offset) return;
            sink(" UTC");
            if (dt.offset_minutes == 0) return;
            int m = dt.offset_minutes < 0 ? -dt.offset_minutes : dt.offset_minutes;
            sink(dt.offset_minutes < 0 ? "\u2212" : "+");
            number(m / 60);
            if (m % 60) {
                sink(":");
                two(m % 60);
            }
        } else {  // not a placeholder of dates: kept as written, as fill() keeps it
            sink("{");
            sink(name);
            sink("}");
        }
    });
}

// Whether `a` is strictly earlier than `b`. A date without a time is its
// midnight. Both with a zone: compared in UTC; both without: as written;
// one of each: not comparable (nullopt), since the zone of the other is
// unknown.
std::optional<bool> is_earlier(const DateTime& a, const DateTime& b);

}  // namespace broadsheet::detail
