// Private: the typed field reader both article mappers and the options
// reader use: reads a field out of a Value, or reports where it is and what
// was expected.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "broadsheet/article.hpp"
#include "diagnostics.hpp"
#include "input/value.hpp"

namespace broadsheet::detail {

// The JSON Pointer of the value a read is given, for its messages. A member
// of a map is named by its map's pointer and its key, joined ("/author" and
// "name" -> "/author/name") only when a message needs it: most reads report
// nothing. Either part must outlive the read.
class FieldPath {
public:
    FieldPath(const std::string& pointer) : base_(pointer) {}  // a whole pointer
    FieldPath(const char* pointer) : base_(pointer) {}
    FieldPath(std::string_view map, std::string_view key) : base_(map), key_(key), member_(true) {}

    std::string str() const { return member_ ? pointer_join(base_, key_) : std::string(base_); }

private:
    std::string_view base_, key_;
    bool member_ = false;
};

// Reads typed fields out of Values, reporting each mismatch with where it is
// and what was expected. `yaml` picks the vocabulary of messages (list/map
// instead of array/object) and lets YAML scalars that look like numbers or
// booleans be read as text. Every reader returns false (after reporting) when
// the value is unusable, and returns false silently for Kind::invalid.
class FieldReader {
public:
    FieldReader(Diagnostics& diags, bool yaml) : diags_(diags), yaml_(yaml) {}

    // Front matter: every generator adds keys of its own (layout, permalink,
    // weight, eleventyNavigation, ...), so an unknown key is kept quiet unless
    // it looks like a typo of a known one (see unknown_keys).
    void quiet_unknown_keys() { quiet_unknown_ = true; }

    const char* kind_name(const Value& v) const;  // "a string", "an array"/"a list", ...
    bool yaml() const { return yaml_; }

    void error(const Value& at, const FieldPath& path, std::string message);
    void warning(const Value& at, const FieldPath& path, std::string message);

    bool string(const Value& v, const FieldPath& path, std::string& out);
    bool integer(const Value& v, const FieldPath& path, int& out, int min, int max);
    bool boolean(const Value& v, const FieldPath& path, bool& out);
    bool date(const Value& v, const FieldPath& path, std::optional<DateTime>& out);
    // A list of strings, or (when comma_string) one string of comma-separated items.
    bool string_list(const Value& v, const FieldPath& path, std::vector<std::string>& out,
                     bool comma_string);
    // A BCP 47 tag (see check_language_tag); "" stays "not given".
    bool language(const Value& v, const FieldPath& path, std::string& out);
    // "ltr", "rtl" or "auto" ("" and null are auto).
    bool direction(const Value& v, const FieldPath& path, TextDirection& out);
    // An ISO 8601 duration (timeRequired) as whole minutes.
    bool duration(const Value& v, const FieldPath& path, int& minutes);
    // A srcset string (see parse_srcset), or a list of {url, width} maps
    // (`src` may stand for `url`, as in front matter image maps).
    bool srcset(const Value& v, const FieldPath& path, std::vector<ImageSource>& out);

    // Warns about every member of `object` not in `known`, with a hint when
    // close; with quiet_unknown_keys(), only about those close to a known key.
    void unknown_keys(const Value& object, const std::string& path, const std::vector<std::string_view>& known);

    Diagnostics& diagnostics() { return diags_; }

private:
    // Text, or (in YAML) a number or yes/no value read by its spelling.
    bool reads_as_text(const Value& v) const {
        return v.is(Value::Kind::string) || (yaml_ && (v.is(Value::Kind::number) || v.is(Value::Kind::boolean)));
    }

    Diagnostics& diags_;
    bool yaml_;
    bool quiet_unknown_ = false;
};

// Where `v` is, for the article's source table (check_article reports there).
SourcePosition position_of(const Value& v, std::string pointer, bool reported = false);

// The members of one object (a map in YAML), read by name. Each read names
// its key once, and the keys read, looked up or accepted are the object's
// known keys: finish() warns about every other member, with "did you mean"
// drawn from them. So the list of known keys is never written separately.
//   Fields f(r, value, "/author/0");
//   f.string("name", author.name);
//   f.accept({"@type", "sameAs"});  // understood, not used
//   f.finish();
class Fields {
public:
    Fields(FieldReader& r, const Value& object, std::string path);

    // The member named `key`, or nullptr; `key` is known from now on.
    const Value* get(std::string_view key) {
        known_.push_back(key);  // a key asked for twice is listed twice: harmless, and no search on the hot path
        return name_classes_ & name_class(key) ? find(key) : nullptr;
    }
    // The pointer of member `key`: path + "/" + key.
    std::string path(std::string_view key) const { return pointer_join(path_, key); }
    // The same, joined only if a message needs it.
    FieldPath member(std::string_view key) const { return FieldPath(path_, key); }
    const std::string& path() const { return path_; }

    // The first of several names for one field that is present, with its key
    // in `used`. The others present are noted in `ignored` (check_article
    // reports them), so a field given twice is never silently dropped.
    const Value* first_of(std::initializer_list<std::string_view> keys, std::string_view& used,
                          std::vector<IgnoredField>& ignored);
    // Keys that are understood but not used (other tools' housekeeping).
    void accept(std::initializer_list<std::string_view> keys);

    // FieldReader's typed reads of member `key`; true when absent.
    bool string(std::string_view key, std::string& out);
    bool integer(std::string_view key, int& out, int min, int max);
    bool boolean(std::string_view key, bool& out);
    bool date(std::string_view key, std::optional<DateTime>& out);
    bool language(std::string_view key, std::string& out);
    bool direction(std::string_view key, TextDirection& out);
    bool duration(std::string_view key, int& minutes);
    bool string_list(std::string_view key, std::vector<std::string>& out, bool comma_string);

    // Where member `key` is (it must be present), for Article::source.
    SourcePosition position(std::string_view key, bool reported = false) const {
        return position_of(*object_.get(key), path(key), reported);
    }

    // Warns about every member that was not asked for.
    void finish();

    FieldReader& reader() { return r_; }
    const Value& object() const { return object_; }

private:
    // A name's class: its length and first byte, folded to one of 64 bits.
    static std::uint64_t name_class(std::string_view name) {
        unsigned first = name.empty() ? 0 : static_cast<unsigned char>(name[0]);
        return std::uint64_t{1} << ((name.size() * 7 + first) & 63);
    }
    const Value* find(std::string_view key);  // the member named `key`, noted as found

    FieldReader& r_;
    const Value& object_;
    std::string path_;
    std::vector<std::string_view> known_;
    // Most names asked for are absent (a field has several names across the
    // generators): one bit per class of the members' names (see name_class)
    // turns those away without comparing strings.
    std::uint64_t name_classes_ = 0;
    std::uint64_t found_ = 0;  // members 0 to 63 that a read found
};

// The members of an image map that both article forms share: alt, caption,
// the credit (under `credit_key`: "creditText" in JSON, "credit" in front
// matter), width, height, srcset and sizes. When `source` is given, the
// place of each srcset candidate is noted there (for check_article).
void read_image_details(Fields& f, std::string_view credit_key, Image& img, ArticleSource* source);

}  // namespace broadsheet::detail
