// Private: the document tree both readers produce (JSON through nlohmann's
// SAX interface, YAML front matter through our own reader), and the typed
// field reader both mappers use to fill the Article model.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "broadsheet/article.hpp"
#include "diag.hpp"

namespace broadsheet::detail {

struct Value {
    enum class Kind : unsigned char { null, boolean, number, string, array, object };
    Kind kind = Kind::null;
    bool boolean = false;
    double number = 0;
    std::string text;               // a string's value; a YAML plain scalar's spelling
    std::vector<Value> items;       // array elements, or object member values
    std::vector<std::string> keys;  // object member names, parallel to items
    int line = 0, column = 0;       // where the value starts in the source (1-based)

    bool is(Kind k) const { return kind == k; }
    // The member named `key` (the last one, if repeated), or nullptr.
    const Value* get(std::string_view key) const;
};

// JSON Pointer (RFC 6901) building: "/author" + 0 -> "/author/0".
std::string pointer_join(std::string_view base, std::string_view key);
std::string pointer_join(std::string_view base, std::size_t index);

// The known key nearest to `key` (edit distance at most 2, or a case-only
// difference), or "" when none is close: for "did you mean" hints.
std::string_view closest_key(std::string_view key, const std::vector<std::string_view>& known);

// Reads typed fields out of Values, reporting each mismatch with where it is
// and what was expected. `yaml` picks the vocabulary of messages (list/map
// instead of array/object) and lets YAML scalars that look like numbers or
// booleans be read as text.
class FieldReader {
public:
    FieldReader(Diagnostics& diags, bool yaml) : diags_(diags), yaml_(yaml) {}

    const char* kind_name(const Value& v) const;  // "a string", "an array"/"a list", ...

    void error(const Value& at, const std::string& path, std::string message);
    void warning(const Value& at, const std::string& path, std::string message);

    // Each returns false (after reporting) when the value has the wrong type.
    bool string(const Value& v, const std::string& path, std::string& out);
    bool integer(const Value& v, const std::string& path, int& out, int min, int max);
    bool boolean(const Value& v, const std::string& path, bool& out);
    bool date(const Value& v, const std::string& path, std::optional<DateTime>& out);
    // A list of strings, or (when comma_string) one string of comma-separated items.
    bool string_list(const Value& v, const std::string& path, std::vector<std::string>& out,
                     bool comma_string);
    // Warns about every member of `object` not in `known`, with a hint when close.
    void unknown_keys(const Value& object, const std::string& path, const std::vector<std::string_view>& known);

    Diagnostics& diagnostics() { return diags_; }

private:
    Diagnostics& diags_;
    bool yaml_;
};

}  // namespace broadsheet::detail
