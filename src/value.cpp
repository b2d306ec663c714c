// The shared document tree and typed field reading.
#include "value.hpp"

#include <algorithm>
#include <cmath>

#include "dates.hpp"

namespace broadsheet::detail {

const Value* Value::get(std::string_view key) const {
    for (std::size_t i = keys.size(); i-- > 0;)
        if (keys[i] == key) return &items[i];
    return nullptr;
}

std::string pointer_join(std::string_view base, std::string_view key) {
    std::string out(base);
    out += '/';
    for (char c : key) {
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

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

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

const char* FieldReader::kind_name(const Value& v) const {
    switch (v.kind) {
    case Value::Kind::null: return "null";
    case Value::Kind::boolean: return yaml_ ? "a yes/no value" : "true or false";
    case Value::Kind::number: return "a number";
    case Value::Kind::string: return "text";
    case Value::Kind::array: return yaml_ ? "a list" : "an array";
    case Value::Kind::object: return yaml_ ? "a map" : "an object";
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
    error(v, path, std::string("expected text, found ") + kind_name(v));
    return false;
}

bool FieldReader::integer(const Value& v, const std::string& path, int& out, int min, int max) {
    double n = v.number;
    bool ok = v.is(Value::Kind::number);
    if (!ok && v.is(Value::Kind::string)) {
        // Publishers often quote numbers ("width": "1200"); accept digits only.
        const std::string& s = v.text;
        ok = !s.empty() && s.size() < 10 && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
        if (ok) n = std::stod(s);
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
    error(v, path, std::string("expected ") + (yaml_ ? "a list" : "an array") + " of text, found " + kind_name(v));
    return false;
}

void FieldReader::unknown_keys(const Value& object, const std::string& path,
                               const std::vector<std::string_view>& known) {
    for (std::size_t i = 0; i < object.keys.size(); ++i) {
        const std::string& k = object.keys[i];
        if (std::find(known.begin(), known.end(), k) != known.end()) continue;
        std::string msg = "unknown field \"" + k + "\"";
        std::string_view hint = closest_key(k, known);
        if (!hint.empty()) msg += " (did you mean \"" + std::string(hint) + "\"?)";
        msg += ", ignored";
        warning(object.items[i], pointer_join(path, k), std::move(msg));
    }
}

}  // namespace broadsheet::detail
