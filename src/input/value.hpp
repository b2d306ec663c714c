// Private: the document tree the readers produce (JSON in json_reader.cpp,
// YAML front matter in yaml_reader.cpp), with the place of every value, and
// the small helpers messages about it need (JSON Pointers, quoting, "did you
// mean").
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>


namespace broadsheet::detail {

struct Value {
    // `invalid` stands where the reader already reported a syntax error: the
    // key is known to be present, so the mapper neither reads the value nor
    // complains that the field is missing (no cascade of follow-up errors).
    enum class Kind : unsigned char { null, boolean, number, string, array, object, invalid };
    Kind kind = Kind::null;
    bool boolean = false;
    // An object whose reader already reported a key given twice (YAML refuses
    // them; JSON lets the last one count, and the mapper warns).
    bool repeated_keys_reported = false;
    double number = 0;
    std::string text;               // a string's value; a YAML plain scalar's spelling
    std::vector<Value> items;       // array elements, or object member values
    std::vector<std::string> keys;  // object member names, parallel to items
    int line = 0, column = 0;       // where the value starts in the source (1-based)
    int key_line = 0, key_column = 0;  // a member's key: where it starts (0 when not a member)

    bool is(Kind k) const { return kind == k; }
    // The member named `key` (the last one, if repeated), or nullptr.
    const Value* get(std::string_view key) const;
};

// JSON Pointer (RFC 6901) building: "/author" + 0 -> "/author/0".
std::string pointer_join(std::string_view base, std::string_view key);
std::string pointer_join(std::string_view base, std::size_t index);

// The known key nearest to `key` (edit distance at most `max_distance`, a
// swap of two neighbours counting one), or "" when none is close: for "did
// you mean" hints.
std::string_view closest_key(std::string_view key, const std::vector<std::string_view>& known,
                             std::size_t max_distance = 2);

// The writer's text quoted for a message: "like this", through quote_input
// (escape.hpp): cut after 60 bytes, never inside a character, control
// characters shown as <U+001B>, so a hostile value cannot make a message
// huge or drive the terminal it is printed on.
std::string quoted(std::string_view text);

// The character `text` starts with, shown the same way (for "unexpected 'x'").
std::string first_character(std::string_view text);

}  // namespace broadsheet::detail
