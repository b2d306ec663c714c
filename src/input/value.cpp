// The shared document tree, typed field reading, and the text formats both
// input forms share.
#include "input/value.hpp"
#include "text/ascii.hpp"

#include <algorithm>
#include <cstdlib>
#include <cmath>

#include "text/dates.hpp"
#include "html/escape.hpp"

namespace broadsheet::detail {

const Value* Value::get(std::string_view key) const {
    for (std::size_t i = keys.size(); i-- > 0;)
        if (keys[i] == key) return &items[i];
    return nullptr;
}

std::string pointer_join(std::string_view base, std::string_view key) {
    std::string out(base);
    out += '/';
    // Keys come from the input: control characters are shown as <U+001B>, as
    // in quoted input, so a path stays one clean line (found by fuzz_options).
    for (char c : quote_input(key, key.size())) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

std::string pointer_join(std::string_view base, std::size_t index) {
    std::string out(base);
    out += '/';
    out += std::to_string(index);
    return out;
}

namespace {

using ascii::is_alpha;
using ascii::lower;
using ascii::is_digit;
using ascii::is_alnum;
using ascii::all_of;

// Optimal string alignment distance, case-insensitive, capped: keys are short.
std::size_t distance(std::string_view a, std::string_view b) {
    if (a.size() > 64 || b.size() > 64) return 99;
    std::vector<std::size_t> prev2(b.size() + 1), prev(b.size() + 1), cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j) prev[j] = j;
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            std::size_t cost = lower(a[i - 1]) == lower(b[j - 1]) ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            if (i > 1 && j > 1 && lower(a[i - 1]) == lower(b[j - 2]) && lower(a[i - 2]) == lower(b[j - 1]))
                cur[j] = std::min(cur[j], prev2[j - 2] + 1);
        }
        prev2 = prev;
        prev = cur;
    }
    return prev[b.size()];
}


}  // namespace

std::string_view closest_key(std::string_view key, const std::vector<std::string_view>& known) {
    std::string_view best;
    std::size_t best_d = 3;
    for (auto k : known) {
        std::size_t d = distance(key, k);
        if (d < best_d) {
            best_d = d;
            best = k;
        }
    }
    return best;
}

std::size_t count_characters(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

std::string quoted(std::string_view s) { return "\"" + quote_input(s, 60) + "\""; }

std::string first_character(std::string_view s) {
    if (s.empty()) return {};
    unsigned char lead = static_cast<unsigned char>(s[0]);
    std::size_t n = lead < 0x80 ? 1 : lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2;
    return quote_input(utf8_prefix(s, n), n);
}

// ---------------------------------------------------------------------------
// Shared text formats
// ---------------------------------------------------------------------------

bool check_language_tag(std::string_view tag, std::string& why) {
    if (tag.find('_') != std::string_view::npos) {
        std::string fixed(tag);
        std::replace(fixed.begin(), fixed.end(), '_', '-');
        why = "subtags are separated by '-', not '_' (write " + quoted(fixed) + ")";
        return false;
    }
    std::vector<std::string_view> sub;
    for (std::size_t start = 0;;) {
        std::size_t dash = tag.find('-', start);
        sub.push_back(tag.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
        if (dash == std::string_view::npos) break;
        start = dash + 1;
    }
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
    auto space = [](char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; };
    std::size_t i = 0;
    out.clear();
    while (true) {
        while (i < s.size() && space(s[i])) ++i;
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

// ---------------------------------------------------------------------------
// FieldReader
// ---------------------------------------------------------------------------

const char* FieldReader::kind_name(const Value& v) const {
    switch (v.kind) {
    case Value::Kind::null: return "null";
    case Value::Kind::boolean: return yaml_ ? "a yes/no value" : "true or false";
    case Value::Kind::number: return "a number";
    case Value::Kind::string: return "text";
    case Value::Kind::array: return yaml_ ? "a list" : "an array";
    case Value::Kind::object: return yaml_ ? "a map" : "an object";
    case Value::Kind::invalid: return "a value with errors";
    }
    return "a value";
}

void FieldReader::error(const Value& at, const std::string& path, std::string message) {
    diags_.error(std::move(message), at.line, at.column, path);
}

void FieldReader::warning(const Value& at, const std::string& path, std::string message) {
    diags_.warning(std::move(message), at.line, at.column, path);
}

bool FieldReader::string(const Value& v, const std::string& path, std::string& out) {
    if (v.is(Value::Kind::string) || (yaml_ && (v.is(Value::Kind::number) || v.is(Value::Kind::boolean)))) {
        out = v.text;
        return true;
    }
    if (v.is(Value::Kind::null)) {
        out.clear();
        return true;  // an explicitly empty field is the same as a missing one
    }
    if (v.is(Value::Kind::invalid)) return false;
    error(v, path, std::string("expected text, found ") + kind_name(v));
    return false;
}

bool FieldReader::integer(const Value& v, const std::string& path, int& out, int min, int max) {
    if (v.is(Value::Kind::invalid)) return false;
    double n = v.number;
    bool ok = v.is(Value::Kind::number);
    if (!ok && v.is(Value::Kind::string)) {
        // Publishers often quote numbers ("width": "1200"); accept digits only.
        const std::string& s = v.text;
        ok = !s.empty() && s.size() < 10 && all_of(s, is_digit);
        if (ok) n = std::strtod(s.c_str(), nullptr);  // not std::stod: its exceptions pull printf into the wasm
    }
    if (!ok || n != std::floor(n)) {
        error(v, path, std::string("expected a whole number, found ") + (ok ? "a fraction" : kind_name(v)));
        return false;
    }
    if (n < min || n > max) {
        error(v, path, "expected a number from " + std::to_string(min) + " to " + std::to_string(max));
        return false;
    }
    out = static_cast<int>(n);
    return true;
}

bool FieldReader::boolean(const Value& v, const std::string& path, bool& out) {
    if (v.is(Value::Kind::boolean)) {
        out = v.boolean;
        return true;
    }
    if (v.is(Value::Kind::invalid)) return false;
    error(v, path, std::string("expected true or false, found ") + kind_name(v));
    return false;
}

bool FieldReader::date(const Value& v, const std::string& path, std::optional<DateTime>& out) {
    std::string s;
    if (!string(v, path, s)) return false;
    if (s.empty()) return true;
    DateTime dt;
    std::string why;
    if (!parse_date(s, dt, why)) {
        error(v, path, "expected a date like 2024-05-21 or 2024-05-21T09:50:00+06:00: " + why);
        return false;
    }
    out = dt;
    return true;
}

bool FieldReader::string_list(const Value& v, const std::string& path, std::vector<std::string>& out,
                              bool comma_string) {
    out.clear();
    if (v.is(Value::Kind::array)) {
        bool ok = true;
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            std::string s;
            if (string(v.items[i], pointer_join(path, i), s)) {
                if (!s.empty()) out.push_back(std::move(s));
            } else {
                ok = false;
            }
        }
        return ok;
    }
    if (v.is(Value::Kind::string) || (yaml_ && v.is(Value::Kind::number))) {
        if (!comma_string) {
            if (!v.text.empty()) out.push_back(v.text);
            return true;
        }
        std::string_view s = v.text;
        while (!s.empty()) {
            std::size_t comma = s.find(',');
            std::string_view item = s.substr(0, comma);
            while (!item.empty() && (item.front() == ' ' || item.front() == '\t')) item.remove_prefix(1);
            while (!item.empty() && (item.back() == ' ' || item.back() == '\t')) item.remove_suffix(1);
            if (!item.empty()) out.emplace_back(item);
            if (comma == std::string_view::npos) break;
            s.remove_prefix(comma + 1);
        }
        return true;
    }
    if (v.is(Value::Kind::null)) return true;
    if (v.is(Value::Kind::invalid)) return false;
    error(v, path, std::string("expected ") + (yaml_ ? "a list" : "an array") + " of text, found " + kind_name(v));
    return false;
}

bool FieldReader::language(const Value& v, const std::string& path, std::string& out) {
    std::string s;
    if (!string(v, path, s)) return false;
    std::string why;
    if (!s.empty() && !check_language_tag(s, why)) {
        error(v, path, "expected a BCP 47 language tag such as \"en\", \"en-GB\" or \"sr-Latn\": " + why);
        return false;
    }
    out = std::move(s);
    return true;
}

bool FieldReader::direction(const Value& v, const std::string& path, TextDirection& out) {
    std::string d;
    if (!string(v, path, d)) return false;
    if (d == "rtl") out = TextDirection::rtl;
    else if (d == "ltr") out = TextDirection::ltr;
    else if (d == "auto" || d.empty()) out = TextDirection::auto_;
    else {
        error(v, path, "expected \"ltr\", \"rtl\" or \"auto\", found " + quoted(d));
        return false;
    }
    return true;
}

bool FieldReader::duration(const Value& v, const std::string& path, int& minutes) {
    if (v.is(Value::Kind::invalid)) return false;
    if (v.is(Value::Kind::null)) return true;
    if (!v.is(Value::Kind::string)) {
        error(v, path, std::string("expected an ISO 8601 duration like \"PT4M\", found ") + kind_name(v));
        return false;
    }
    std::string why;
    if (!parse_duration_minutes(v.text, minutes, why)) {
        error(v, path, why + ", found " + quoted(v.text));
        return false;
    }
    return true;
}

bool FieldReader::srcset(const Value& v, const std::string& path, std::vector<ImageSource>& out) {
    out.clear();
    if (v.is(Value::Kind::invalid)) return false;
    if (v.is(Value::Kind::null)) return true;
    if (v.is(Value::Kind::string)) {
        std::string why;
        if (parse_srcset(v.text, out, why)) return true;
        error(v, path, "expected a srcset like \"small.jpg 800w, large.jpg 1600w\": " + why);
        out.clear();
        return false;
    }
    if (!v.is(Value::Kind::array)) {
        error(v, path, std::string("expected a srcset: text like \"small.jpg 800w, large.jpg 1600w\" or ") +
                           (yaml_ ? "a list of {url, width} maps" : "an array of {\"url\", \"width\"} objects") +
                           ", found " + kind_name(v));
        return false;
    }
    bool ok = true;
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        const Value& item = v.items[i];
        std::string ipath = pointer_join(path, i);
        if (item.is(Value::Kind::invalid)) {
            ok = false;
            continue;
        }
        if (!item.is(Value::Kind::object)) {
            error(item, ipath, std::string("expected a candidate ") + (yaml_ ? "map {url, width}" : "object {\"url\", \"width\"}") +
                                   ", found " + kind_name(item));
            ok = false;
            continue;
        }
        unknown_keys(item, ipath, {"url", "src", "width"});
        ImageSource cand;
        bool good = true;
        const Value* w = item.get("width");
        for (const char* key : {"url", "src"}) {
            std::string url;
            if (const Value* u = item.get(key)) good = string(*u, pointer_join(ipath, key), url) && good;
            if (cand.url.empty()) cand.url = std::move(url);
        }
        if (w) good = integer(*w, pointer_join(ipath, "width"), cand.width, 1, 100000) && good;
        if (good && cand.url.empty()) {
            error(item, pointer_join(ipath, "url"), "a srcset candidate needs a \"url\"");
            good = false;
        }
        if (good && !w) {
            error(item, pointer_join(ipath, "width"), "a srcset candidate needs a \"width\" in pixels");
            good = false;
        }
        if (good) out.push_back(std::move(cand));
        ok = ok && good;
    }
    return ok;
}

void FieldReader::unknown_keys(const Value& object, const std::string& path,
                               const std::vector<std::string_view>& known) {
    for (std::size_t i = 0; i < object.keys.size(); ++i) {
        const std::string& k = object.keys[i];
        if (std::find(known.begin(), known.end(), k) != known.end()) continue;
        std::string msg = "unknown field " + quoted(k);
        // Once the list is full the message is only counted: skip the hint,
        // so a hostile file with a million keys costs no edit distances.
        std::string_view hint = diags_.full() ? std::string_view{} : closest_key(k, known);
        if (!hint.empty()) msg += " (did you mean \"" + std::string(hint) + "\"?)";
        msg += ", ignored";
        const Value& v = object.items[i];
        // The pointer names a key that is not ours: shown like quoted text
        // (cut short, control characters visible), so it stays one clean line.
        std::string where = pointer_join(path, quote_input(k, 60));
        // The key is what is wrong, so point at it when its place is known.
        if (v.key_line > 0)
            diags_.warning(std::move(msg), v.key_line, v.key_column, std::move(where));
        else
            warning(v, std::move(where), std::move(msg));
    }
}

void FieldReader::check_headline_length(const Value& at, const std::string& path, const std::string& headline) {
    std::size_t n = count_characters(headline);
    if (n <= kMaxHeadlineCharacters) return;
    warning(at, path, "the headline is " + std::to_string(n) + " characters long; search results and share cards cut it after " +
                          std::to_string(kMaxHeadlineCharacters) + ": move the detail to the standfirst");
}

void FieldReader::check_image_alt(const Value& at, const std::string& path, const std::optional<Image>& image) {
    if (image && image->alt.empty())
        warning(at, path, "the lead image has no alt text: describe it for readers who cannot see it");
}

void FieldReader::check_published(const Value& at, const std::string& path, const Value* field,
                                  const std::optional<DateTime>& published, std::string_view how_to_add) {
    if (published) return;
    // A date that was given but could not be read is already an error.
    if (field && !field->is(Value::Kind::null) && !(field->is(Value::Kind::string) && field->text.empty())) return;
    warning(at, path, "the article has no publication date: readers cannot tell how current it is; " + std::string(how_to_add));
}

}  // namespace broadsheet::detail
