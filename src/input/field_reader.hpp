// Private: the typed field reader both article mappers and the options
// reader use: reads a field out of a Value, or reports where it is and what
// was expected.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "broadsheet/article.hpp"
#include "diagnostics.hpp"
#include "input/value.hpp"

namespace broadsheet::detail {

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
