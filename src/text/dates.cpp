// ISO 8601 dates: parsing as written, printing for machines and for readers.
#include "text/dates.hpp"

#include <charconv>
#include <vector>

#include "html/escape.hpp"
#include "text/ui_strings.hpp"

namespace broadsheet::detail {

namespace {

bool digits(std::string_view s, std::size_t pos, std::size_t n, int& out) {
    if (pos + n > s.size()) return false;
    int v = 0;
    for (std::size_t i = pos; i < pos + n; ++i) {
        if (s[i] < '0' || s[i] > '9') return false;
        v = v * 10 + (s[i] - '0');
    }
    out = v;
    return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

int days_in_month(int y, int m) {
    static const int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return m == 2 && leap(y) ? 29 : days[m - 1];
}

void two(std::string& out, int v) {
    out += static_cast<char>('0' + v / 10 % 10);
    out += static_cast<char>('0' + v % 10);
}

// Month names as the generators write them in English dates: "Jul", "July".
int month_number(std::string_view word) {
    static const char* const names[] = {"january", "february", "march", "april", "may", "june", "july",
                                        "august", "september", "october", "november", "december"};
    if (word.size() < 3) return 0;
    for (int m = 0; m < 12; ++m) {
        std::string_view name = names[m];
        if (word.size() > name.size()) continue;
        bool same = true;
        for (std::size_t i = 0; i < word.size() && same; ++i)
            same = (word[i] | 0x20) == name[i];
        // "Sep" and "Sept" as well as the whole name; nothing in between.
        if (same && (word.size() == 3 || word.size() == name.size() || (m == 8 && word.size() == 4))) return m + 1;
    }
    return 0;
}

// Splits "Tue, 14 Mar 2023 09:30:00 +0100" into its words, dropping commas.
std::vector<std::string_view> words_of(std::string_view s) {
    std::vector<std::string_view> out;
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && (s[i] == ' ' || s[i] == ',' || s[i] == '\t')) ++i;
        std::size_t start = i;
        while (i < s.size() && s[i] != ' ' && s[i] != ',' && s[i] != '\t') ++i;
        if (i > start) out.push_back(s.substr(start, i - start));
    }
    return out;
}

bool all_digits(std::string_view w) {
    if (w.empty()) return false;
    for (char c : w)
        if (c < '0' || c > '9') return false;
    return true;
}

// The English forms static-site tools accept besides ISO 8601, rewritten as
// ISO for parse_date: RFC 2822 ("Tue, 14 Mar 2023 09:30:00 +0100", "... GMT",
// the form of RSS) and month-first dates ("Jul 08 2022", Astro's blog
// template; "July 8, 2022"). Returns "" when `s` is neither.
std::string written_date_as_iso(std::string_view s) {
    std::vector<std::string_view> w = words_of(s);
    std::size_t i = 0;
    if (!w.empty() && !all_digits(w[0]) && !month_number(w[0])) ++i;  // a weekday: "Tue", "Tuesday"
    if (w.size() < i + 3) return "";
    std::string_view day, month, year;
    if (all_digits(w[i]) && month_number(w[i + 1])) {  // RFC 2822: 14 Mar 2023
        day = w[i];
        month = w[i + 1];
    } else if (month_number(w[i]) && all_digits(w[i + 1])) {  // Jul 08 2022, July 8, 2022
        month = w[i];
        day = w[i + 1];
    } else {
        return "";
    }
    year = w[i + 2];
    if (day.size() > 2 || year.size() != 4 || !all_digits(year)) return "";
    std::string iso(year);
    int m = month_number(month);
    iso += m < 10 ? "-0" : "-";
    iso += std::to_string(m);
    iso += day.size() == 1 ? "-0" : "-";
    iso += day;
    i += 3;
    if (i == w.size()) return iso;
    iso += 'T';
    iso += w[i].size() == 4 ? "0" : "";  // "9:30"
    iso += w[i++];
    if (i == w.size()) return iso;
    std::string_view zone = w[i++];
    if (i != w.size()) return "";
    // RFC 2822's zone names; its other obsolete names are not in use.
    if (zone == "GMT" || zone == "UT" || zone == "UTC" || zone == "Z") zone = "Z";
    iso += zone;
    return iso;
}

}  // namespace

bool parse_date(std::string_view s, DateTime& out, std::string& why) {
    DateTime dt;
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    // Not YYYY-MM-DD: "Tue, 14 Mar 2023", "8 July 2022"?
    if (s.size() < 10 || s[0] < '0' || s[0] > '9' || s[4] != '-') {
        std::string iso = written_date_as_iso(s);
        if (!iso.empty()) return parse_date(iso, out, why);
    }
    if (!digits(s, 0, 4, dt.year) || s.size() < 10 || s[4] != '-' || !digits(s, 5, 2, dt.month) || s[7] != '-' ||
        !digits(s, 8, 2, dt.day)) {
        why = "the date must start with YYYY-MM-DD";
        return false;
    }
    if (dt.month < 1 || dt.month > 12) {
        why = "there is no month " + std::to_string(dt.month);
        return false;
    }
    if (dt.day < 1 || dt.day > days_in_month(dt.year, dt.month)) {
        why = "day " + std::to_string(dt.day) + " does not exist in that month";
        return false;
    }
    std::size_t p = 10;
    if (p < s.size()) {
        if (s[p] != 'T' && s[p] != 't' && s[p] != ' ') {
            why = "expected 'T' and a time after the date";
            return false;
        }
        ++p;
        if (!digits(s, p, 2, dt.hour) || p + 2 >= s.size() || s[p + 2] != ':' || !digits(s, p + 3, 2, dt.minute)) {
            why = "the time must be HH:MM or HH:MM:SS";
            return false;
        }
        p += 5;
        if (p < s.size() && s[p] == ':') {
            if (!digits(s, p + 1, 2, dt.second)) {
                why = "the seconds must be two digits";
                return false;
            }
            p += 3;
            if (p < s.size() && (s[p] == '.' || s[p] == ',')) {  // fraction of a second: kept out of the model
                ++p;
                std::size_t start = p;
                while (p < s.size() && s[p] >= '0' && s[p] <= '9') ++p;
                if (p == start) {
                    why = "expected digits after the decimal point";
                    return false;
                }
            }
        }
        if (dt.hour > 23 || dt.minute > 59 || dt.second > 60) {
            why = "the time is out of range";
            return false;
        }
        dt.has_time = true;
        if (p < s.size() && s[p] == ' ') ++p;  // "2024-05-21 09:50 +06:00" (Hugo/YAML)
        if (p < s.size()) {
            if (s[p] == 'Z' || s[p] == 'z') {
                dt.has_offset = true;
                ++p;
            } else if (s[p] == '+' || s[p] == '-') {
                int sign = s[p] == '-' ? -1 : 1, oh = 0, om = 0;
                ++p;
                if (!digits(s, p, 2, oh)) {
                    why = "the zone offset must be like +06:00";
                    return false;
                }
                p += 2;
                if (p < s.size() && s[p] == ':') ++p;
                if (p < s.size()) {
                    if (!digits(s, p, 2, om)) {
                        why = "the zone offset must be like +06:00";
                        return false;
                    }
                    p += 2;
                }
                if (oh > 14 || om > 59) {
                    why = "the zone offset is out of range";
                    return false;
                }
                dt.has_offset = true;
                dt.offset_minutes = sign * (oh * 60 + om);
            }
        }
        if (p != s.size()) {
            why = "unexpected \"" + quote_input(s.substr(p), 40) + "\" after the time";
            return false;
        }
    }
    out = dt;
    return true;
}

std::string iso_datetime(const DateTime& dt) {
    std::string out;
    out += std::to_string(dt.year);
    out += '-';
    two(out, dt.month);
    out += '-';
    two(out, dt.day);
    if (!dt.has_time) return out;
    out += 'T';
    two(out, dt.hour);
    out += ':';
    two(out, dt.minute);
    out += ':';
    two(out, dt.second);
    if (!dt.has_offset) return out;
    if (dt.offset_minutes == 0) {
        out += 'Z';
        return out;
    }
    int m = dt.offset_minutes < 0 ? -dt.offset_minutes : dt.offset_minutes;
    out += dt.offset_minutes < 0 ? '-' : '+';
    two(out, m / 60);
    out += ':';
    two(out, m % 60);
    return out;
}

std::string format_date(const DateTime& dt, const Locale& locale) {
    std::string out;
    format_date_to(out, dt, locale);
    return out;
}

namespace {

void append_number(std::string& out, int v) {  // as std::to_string writes it
    char digits[12];
    out.append(digits, static_cast<std::size_t>(std::to_chars(digits, digits + sizeof digits, v).ptr - digits));
}

// The date part of format_date_to. A function of its own (not a lambda that
// both of its uses inline): 0.1 KB smaller in the WebAssembly module.
void append_date(std::string& out, const DateTime& dt, const Locale& locale) {
    if (!locale.date_pattern) {  // ISO: "2024-05-21"
        append_number(out, dt.year);
        out += '-';
        two(out, dt.month);
        out += '-';
        two(out, dt.day);
        return;
    }
    walk_pattern(
        locale.date_pattern, [&](std::string_view text) { out += text; },
        [&](std::string_view name) {
            if (name == "d") {
                if (dt.day == 1 && locale.first_day) out += locale.first_day;
                else append_number(out, dt.day);
            } else if (name == "month") {
                out += locale.months[dt.month - 1];
            } else if (name == "m") {
                append_number(out, dt.month);
            } else if (name == "y") {
                append_number(out, dt.year);
            }
        });
}

}  // namespace

void format_date_to(std::string& out, const DateTime& dt, const Locale& locale) {
    if (!dt.has_time) {
        append_date(out, dt, locale);
        return;
    }
    walk_pattern(
        locale.datetime_pattern, [&](std::string_view text) { out += text; },
        [&](std::string_view name) {
            if (name == "date") {
                append_date(out, dt, locale);
            } else if (name == "time") {
                two(out, dt.hour);
                out += ':';
                two(out, dt.minute);
            } else if (name == "zone") {
                // The zone it was written in, so the text is the same on every machine.
                if (!dt.has_offset) return;
                out += " UTC";
                if (dt.offset_minutes == 0) return;
                int m = dt.offset_minutes < 0 ? -dt.offset_minutes : dt.offset_minutes;
                out += dt.offset_minutes < 0 ? "\u2212" : "+";
                append_number(out, m / 60);
                if (m % 60) {
                    out += ':';
                    two(out, m % 60);
                }
            } else {  // not a placeholder of dates: kept as written, as fill() keeps it
                out += '{';
                out += name;
                out += '}';
            }
        });
}

namespace {

// Minutes since a fixed day (days_from_civil), in UTC when `zoned`.
long long minutes_of(const DateTime& d, bool zoned) {
    int y = d.year - (d.month <= 2 ? 1 : 0);
    long long days = 365LL * y + y / 4 - y / 100 + y / 400 + (153 * ((d.month + 9) % 12) + 2) / 5 + d.day - 1;
    long long m = days * 1440 + d.hour * 60 + d.minute;
    return zoned ? m - d.offset_minutes : m;
}

}  // namespace

std::optional<bool> is_earlier(const DateTime& a, const DateTime& b) {
    if (a.has_offset != b.has_offset) return std::nullopt;
    long long ma = minutes_of(a, a.has_offset), mb = minutes_of(b, b.has_offset);
    return ma < mb || (ma == mb && a.second < b.second);
}

}  // namespace broadsheet::detail
