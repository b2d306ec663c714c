// FieldReader: typed reads with messages that say where and what was expected.
#include "input/field_reader.hpp"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <unordered_set>

#include "input/text_formats.hpp"
#include "text/ascii.hpp"
#include "text/dates.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

using ascii::all_of;
using ascii::is_digit;

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

void FieldReader::error(const Value& at, const FieldPath& path, std::string message) {
    diags_.error(std::move(message), at.line, at.column, path.str());
}

void FieldReader::warning(const Value& at, const FieldPath& path, std::string message) {
    diags_.warning(std::move(message), at.line, at.column, path.str());
}

bool FieldReader::string(const Value& v, const FieldPath& path, std::string& out) {
    if (reads_as_text(v)) {
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

bool FieldReader::integer(const Value& v, const FieldPath& path, int& out, int min, int max) {
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

bool FieldReader::boolean(const Value& v, const FieldPath& path, bool& out) {
    if (v.is(Value::Kind::boolean)) {
        out = v.boolean;
        return true;
    }
    if (v.is(Value::Kind::invalid)) return false;
    error(v, path, std::string("expected true or false, found ") + kind_name(v));
    return false;
}

bool FieldReader::date(const Value& v, const FieldPath& path, std::optional<DateTime>& out) {
    // Read as string() reads it, without copying the text.
    if (!reads_as_text(v)) {
        std::string none;
        return string(v, path, none);  // null (no date) or the error
    }
    std::string_view s = v.text;
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

bool FieldReader::string_list(const Value& v, const FieldPath& path, std::vector<std::string>& out,
                              bool comma_string) {
    out.clear();
    if (v.is(Value::Kind::array)) {
        bool ok = true;
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            std::string s;
            const Value& item = v.items[i];
            // Text and null are read without a message: only the other kinds
            // need the item's pointer.
            bool quiet = item.is(Value::Kind::string) || item.is(Value::Kind::null);
            if (string(item, quiet ? FieldPath("") : FieldPath(pointer_join(path.str(), i)), s)) {
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

bool FieldReader::language(const Value& v, const FieldPath& path, std::string& out) {
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

bool FieldReader::direction(const Value& v, const FieldPath& path, TextDirection& out) {
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

bool FieldReader::duration(const Value& v, const FieldPath& path, int& minutes) {
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

bool FieldReader::srcset(const Value& v, const FieldPath& path, std::vector<ImageSource>& out) {
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
        std::string ipath = pointer_join(path.str(), i);
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
        Fields f(*this, item, ipath);
        ImageSource cand;
        std::string url, src;
        bool good = f.string("url", url);
        good = f.string("src", src) && good;
        cand.url = url.empty() ? src : url;
        const Value* w = f.get("width");
        if (w) good = integer(*w, pointer_join(ipath, "width"), cand.width, 1, 100000) && good;
        f.finish();
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
        // Once the list is full the message is only counted: skip the hint,
        // so a hostile file with a million keys costs no edit distances.
        if (quiet_unknown_ && diags_.full()) continue;
        // Quiet mode asks for a closer match: one edit in a short key ("sumary"),
        // two in a long one ("categroy"), so "math" is not taken for "date".
        std::string_view hint = diags_.full() ? std::string_view{}
                              : closest_key(k, known, quiet_unknown_ && k.size() < 6 ? 1 : 2);
        if (quiet_unknown_ && hint.empty()) continue;
        std::string msg = "unknown field " + quoted(k);
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

SourcePosition position_of(const Value& v, std::string pointer, bool reported) {
    SourcePosition p;
    p.line = v.line;
    p.column = v.column;
    p.pointer = std::move(pointer);
    p.reported = reported;
    return p;
}

// ---------------------------------------------------------------------------
// Fields
// ---------------------------------------------------------------------------

Fields::Fields(FieldReader& r, const Value& object, std::string path)
    : r_(r), object_(object), path_(std::move(path)) {
    // What the front matter's map asks for (some 60 keys) in one allocation.
    // (An array inside Fields, or the members' name classes kept for
    // lookups, each made the WebAssembly module 0.6 KB larger gzipped,
    // measured: more stack in every function that holds a Fields.)
    known_.reserve(64);
    for (const std::string& k : object_.keys) name_classes_ |= name_class(k);
}

const Value* Fields::find(std::string_view key) {
    const Value* v = object_.get(key);
    std::size_t index = v ? static_cast<std::size_t>(v - object_.items.data()) : 64;
    if (index < 64) found_ |= std::uint64_t{1} << index;
    return v;
}

const Value* Fields::first_of(std::initializer_list<std::string_view> keys, std::string_view& used,
                              std::vector<IgnoredField>& ignored) {
    const Value* found = nullptr;
    for (std::string_view k : keys) {
        const Value* v = get(k);
        if (!v) continue;
        if (!found) {
            found = v;
            used = k;
        } else {
            ignored.push_back({position_of(*v, path(k)), std::string(k), std::string(used)});
        }
    }
    return found;
}

void Fields::accept(std::initializer_list<std::string_view> keys) {
    for (std::string_view k : keys) get(k);
}

bool Fields::string(std::string_view key, std::string& out) {
    const Value* v = get(key);
    return !v || r_.string(*v, member(key), out);
}

bool Fields::integer(std::string_view key, int& out, int min, int max) {
    const Value* v = get(key);
    return !v || r_.integer(*v, member(key), out, min, max);
}

bool Fields::boolean(std::string_view key, bool& out) {
    const Value* v = get(key);
    return !v || r_.boolean(*v, member(key), out);
}

bool Fields::date(std::string_view key, std::optional<DateTime>& out) {
    const Value* v = get(key);
    return !v || r_.date(*v, member(key), out);
}

bool Fields::language(std::string_view key, std::string& out) {
    const Value* v = get(key);
    return !v || r_.language(*v, member(key), out);
}

bool Fields::direction(std::string_view key, TextDirection& out) {
    const Value* v = get(key);
    return !v || r_.direction(*v, member(key), out);
}

bool Fields::duration(std::string_view key, int& minutes) {
    const Value* v = get(key);
    return !v || r_.duration(*v, member(key), minutes);
}

bool Fields::string_list(std::string_view key, std::vector<std::string>& out, bool comma_string) {
    const Value* v = get(key);
    return !v || r_.string_list(*v, member(key), out, comma_string);
}

void Fields::finish() {
    // Every member found by a read: none is unknown, and none is repeated (a
    // read finds the last of a repeated key, never one before it).
    std::size_t n = object_.keys.size();
    if (n <= 64 && found_ == (n == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << n) - 1)) return;
    r_.unknown_keys(object_, path_, known_);
    // JSON allows a key twice and the last one counts (Value::get); the
    // writer likely meant only one of them. (The YAML reader refuses this, and
    // says so itself.)
    if (object_.repeated_keys_reported) return;
    const auto& keys = object_.keys;
    // A scan while the object is small (articles' are), a set past that (a
    // hostile file may have a million keys).
    std::unordered_set<std::string_view> seen;
    for (std::size_t i = 0; i < keys.size(); ++i) {
        bool repeated = false;
        if (keys.size() <= 16) {
            for (std::size_t j = 0; j < i && !repeated; ++j) repeated = keys[j] == keys[i];
        } else {
            repeated = !seen.insert(keys[i]).second;
        }
        if (!repeated) continue;
        const Value& v = object_.items[i];
        r_.diagnostics().warning("\"" + quote_input(keys[i], 60) + "\" is given twice; the last one is used",
                                 v.key_line, v.key_column, pointer_join(path_, quote_input(keys[i], 60)));
    }
}

void read_image_details(Fields& f, std::string_view credit_key, Image& img, ArticleSource* source) {
    f.string("alt", img.alt);
    f.string("caption", img.caption);
    f.string(credit_key, img.credit);
    f.integer("width", img.width, 1, 100000);
    f.integer("height", img.height, 1, 100000);
    if (const Value* s = f.get("srcset")) {
        f.reader().srcset(*s, f.member("srcset"), img.srcset);
        if (source)
            for (std::size_t i = 0; i < img.srcset.size(); ++i)
                source->fields["image/srcset/" + std::to_string(i)] =
                    position_of(s->is(Value::Kind::array) ? s->items[i] : *s, pointer_join(f.path("srcset"), i));
    }
    f.string("sizes", img.sizes);
}

}  // namespace broadsheet::detail
