// The text formats both input forms share: BCP 47 tags, ISO 8601 durations, srcset.
#include "input/text_formats.hpp"

#include <algorithm>

#include "input/value.hpp"
#include "text/language_tag.hpp"
#include "text/ascii.hpp"

namespace broadsheet::detail {

using ascii::all_of;
using ascii::is_alnum;
using ascii::is_alpha;
using ascii::is_digit;
using ascii::lower;

namespace {

// The usual tags, a language alone or with its region ("en", "en-GB",
// "es-419"), are valid at a glance: the full check below accepts every one.
bool language_and_region(std::string_view tag) {
    std::size_t letters = 0;
    while (letters < tag.size() && is_alpha(tag[letters])) ++letters;
    if (letters < 2 || letters > 3) return false;
    std::string_view region = tag.substr(letters);
    return region.empty() || (region.size() == 3 && region[0] == '-' && all_of(region.substr(1), is_alpha)) ||
           (region.size() == 4 && region[0] == '-' && all_of(region.substr(1), is_digit));
}

}  // namespace

bool check_language_tag(std::string_view tag, std::string& why) {
    if (language_and_region(tag)) return true;
    if (tag.find('_') != std::string_view::npos) {
        std::string fixed(tag);
        std::replace(fixed.begin(), fixed.end(), '_', '-');
        why = "subtags are separated by '-', not '_' (write " + quoted(fixed) + ")";
        return false;
    }
    std::vector<std::string_view> sub = split_language_tag(tag);
    if (sub.empty()) sub.push_back(tag);  // "": one empty subtag, reported below
    for (auto s : sub) {
        if (s.empty()) {
            why = "a subtag is empty (a '-' at an end, or two in a row)";
            return false;
        }
        if (!all_of(s, is_alnum)) {
            why = "subtags are letters and digits separated by '-'";
            return false;
        }
        if (s.size() > 8) {
            why = quoted(s) + " is longer than a subtag can be (8 characters)";
            return false;
        }
    }
    const std::size_t n = sub.size();
    auto singleton = [&](std::size_t i, char c) { return sub[i].size() == 1 && lower(sub[i][0]) == c; };
    std::size_t i = 0;
    if (singleton(0, 'x')) {
        if (n < 2) {
            why = "\"x\" must be followed by private subtags, as in \"x-house-style\"";
            return false;
        }
        return true;
    }
    if (!(sub[0].size() >= 2 && sub[0].size() <= 3 && all_of(sub[0], is_alpha))) {
        why = quoted(sub[0]) + " is not a language code: expected 2 or 3 letters, such as \"en\", \"kk\" or \"ar\"";
        return false;
    }
    ++i;
    for (int ext = 0; ext < 3 && i < n && sub[i].size() == 3 && all_of(sub[i], is_alpha); ++ext) ++i;  // extlang
    if (i < n && sub[i].size() == 4 && all_of(sub[i], is_alpha)) ++i;                                 // script
    if (i < n && ((sub[i].size() == 2 && all_of(sub[i], is_alpha)) || (sub[i].size() == 3 && all_of(sub[i], is_digit))))
        ++i;  // region
    while (i < n && (sub[i].size() >= 5 || (sub[i].size() == 4 && is_digit(sub[i][0])))) ++i;  // variants
    while (i < n && sub[i].size() == 1 && !singleton(i, 'x')) {                                // extensions
        std::size_t first = ++i;
        while (i < n && sub[i].size() >= 2) ++i;
        if (i == first) {
            why = "the extension \"" + std::string(sub[first - 1]) + "\" needs subtags of 2 to 8 characters";
            return false;
        }
    }
    if (i < n && singleton(i, 'x')) {  // private use takes the rest
        if (i + 1 == n) {
            why = "\"x\" must be followed by private subtags";
            return false;
        }
        return true;
    }
    if (i < n) {
        why = quoted(sub[i]) +
              " is out of place: after the language come an optional script (4 letters, e.g. Cyrl), "
              "region (2 letters or 3 digits, e.g. GB or 419) and variants, in that order";
        return false;
    }
    return true;
}

bool parse_duration_minutes(std::string_view s, int& minutes, std::string& why) {
    why = "expected an ISO 8601 duration like \"PT4M\" or \"PT1H30M\"";
    if (s.size() < 3 || s[0] != 'P') return false;
    std::size_t i = 1;
    bool in_time = false, any = false;
    long long seconds = 0;
    const char* order = "DHMS";  // units must come in this order, each at most once
    std::size_t next_unit = 0;
    while (i < s.size()) {
        if (s[i] == 'T') {
            if (in_time || i + 1 == s.size()) return false;
            in_time = true;
            next_unit = std::max<std::size_t>(next_unit, 1);
            ++i;
            continue;
        }
        std::size_t start = i;
        long long n = 0;
        while (i < s.size() && is_digit(s[i]) && i - start < 9) n = n * 10 + (s[i++] - '0');
        if (i == start || i >= s.size()) return false;
        char unit = s[i++];
        std::size_t u = std::string_view(order).find(unit);
        if (u == std::string_view::npos || u < next_unit || (u == 0) == in_time) return false;
        next_unit = u + 1;
        static const long long factor[] = {86400, 3600, 60, 1};
        seconds += n * factor[u];
        any = true;
    }
    if (!any) return false;
    long long m = (seconds + 59) / 60;
    if (m < 1) {
        why = "a reading time must be at least one minute";
        return false;
    }
    if (m > 100000) {
        why = "a reading time must be at most 100000 minutes";
        return false;
    }
    minutes = static_cast<int>(m);
    return true;
}

bool parse_srcset(std::string_view s, std::vector<ImageSource>& out, std::string& why) {
    // The HTML parsing rules, narrowed: a URL is a run of non-space characters;
    // commas it ends with separate candidates, so each needs its "NNNw" first.
    // Commas before a URL are skipped with the spaces, as a browser skips them:
    // ", ,javascript:x 800w" is the URL "javascript:x", which the URL policy
    // then sees, not ",javascript:x", which it would take for a relative path.
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    std::size_t i = 0;
    out.clear();
    while (true) {
        while (i < s.size() && (space(s[i]) || s[i] == ',')) ++i;
        if (i >= s.size()) break;
        std::size_t start = i;
        while (i < s.size() && !space(s[i])) ++i;
        std::string_view url = s.substr(start, i - start);
        if (url.back() == ',') {
            why = "the candidate " + quoted(url.substr(0, url.size() - 1)) + " needs a width such as 800w";
            return false;
        }
        while (i < s.size() && space(s[i])) ++i;
        std::size_t d = i;
        while (i < s.size() && s[i] != ',') ++i;
        std::string_view desc = s.substr(d, i - d);
        while (!desc.empty() && space(desc.back())) desc.remove_suffix(1);
        bool ok = desc.size() >= 2 && desc.size() <= 7 && desc.back() == 'w' && desc[0] != '0' &&
                  all_of(desc.substr(0, desc.size() - 1), is_digit);
        int width = 0;
        for (std::size_t k = 0; ok && k + 1 < desc.size(); ++k) width = width * 10 + (desc[k] - '0');
        if (!ok || width > 100000) {
            why = desc.empty() ? "the candidate " + quoted(url) + " needs a width such as 800w"
                               : quoted(desc) + " is not a width: expected 1 to 100000 pixels and 'w', such as 800w";
            return false;
        }
        out.push_back({std::string(url), width});
        if (i < s.size()) ++i;  // the comma
    }
    return true;
}

}  // namespace broadsheet::detail
