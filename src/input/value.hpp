// Private: the document tree both readers produce (JSON through nlohmann's
// SAX interface, YAML front matter through our own reader), the typed field
// reader both mappers use to fill the Article model, and the checks on text
// formats that both input forms share (language tags, durations, srcset).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "broadsheet/article.hpp"
#include "diagnostics.hpp"

namespace broadsheet::detail {

struct Value {
    // `invalid` stands where the reader already reported a syntax error: the
    // key is known to be present, so the mapper neither reads the value nor
    // complains that the field is missing (no cascade of follow-up errors).
    enum class Kind : unsigned char { null, boolean, number, string, array, object, invalid };
    Kind kind = Kind::null;
    bool boolean = false;
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

// The known key nearest to `key` (edit distance at most 2, or a case-only
// difference), or "" when none is close: for "did you mean" hints.
std::string_view closest_key(std::string_view key, const std::vector<std::string_view>& known);

// Unicode code points in UTF-8 text (what a reader counts as characters).
std::size_t count_characters(std::string_view utf8);

// The writer's text quoted for a message: "like this", through quote_input
// (escape.hpp): cut after 60 bytes, never inside a character, control
// characters shown as <U+001B>, so a hostile value cannot make a message
// huge or drive the terminal it is printed on.
std::string quoted(std::string_view text);

// The character `text` starts with, shown the same way (for "unexpected 'x'").
std::string first_character(std::string_view text);

// ---------------------------------------------------------------------------
// Shared text formats. Each returns false and says why in `why`.
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// FieldReader
// ---------------------------------------------------------------------------

// Reads typed fields out of Values, reporting each mismatch with where it is
// and what was expected. `yaml` picks the vocabulary of messages (list/map
// instead of array/object) and lets YAML scalars that look like numbers or
// booleans be read as text. Every reader returns false (after reporting) when
// the value is unusable, and returns false silently for Kind::invalid.
class FieldReader {
public:
    FieldReader(Diagnostics& diags, bool yaml) : diags_(diags), yaml_(yaml) {}

    const char* kind_name(const Value& v) const;  // "a string", "an array"/"a list", ...
    bool yaml() const { return yaml_; }

    void error(const Value& at, const std::string& path, std::string message);
    void warning(const Value& at, const std::string& path, std::string message);

    bool string(const Value& v, const std::string& path, std::string& out);
    bool integer(const Value& v, const std::string& path, int& out, int min, int max);
    bool boolean(const Value& v, const std::string& path, bool& out);
    bool date(const Value& v, const std::string& path, std::optional<DateTime>& out);
    // A list of strings, or (when comma_string) one string of comma-separated items.
    bool string_list(const Value& v, const std::string& path, std::vector<std::string>& out,
                     bool comma_string);
    // A BCP 47 tag (see check_language_tag); "" stays "not given".
    bool language(const Value& v, const std::string& path, std::string& out);
    // "ltr", "rtl" or "auto" ("" and null are auto).
    bool direction(const Value& v, const std::string& path, TextDirection& out);
    // An ISO 8601 duration (timeRequired) as whole minutes.
    bool duration(const Value& v, const std::string& path, int& minutes);
    // A srcset string (see parse_srcset), or a list of {url, width} maps
    // (`src` may stand for `url`, as in front matter image maps).
    bool srcset(const Value& v, const std::string& path, std::vector<ImageSource>& out);

    // Warns about every member of `object` not in `known`, with a hint when close.
    void unknown_keys(const Value& object, const std::string& path, const std::vector<std::string_view>& known);

    // The model warnings: what renders but hurts readers. `at` is where the
    // field is (or the document, when it is missing).
    void check_headline_length(const Value& at, const std::string& path, const std::string& headline);
    void check_image_alt(const Value& at, const std::string& path, const std::optional<Image>& image);
    void check_published(const Value& at, const std::string& path, const Value* field,
                         const std::optional<DateTime>& published, std::string_view how_to_add);

    Diagnostics& diagnostics() { return diags_; }

private:
    Diagnostics& diags_;
    bool yaml_;
};

// The longest headline that does not draw a warning, in characters: search
// engines and social cards cut longer ones.
constexpr std::size_t kMaxHeadlineCharacters = 110;

}  // namespace broadsheet::detail
