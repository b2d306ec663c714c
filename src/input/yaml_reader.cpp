// YAML front matter -> Value, through libyaml's parser events (libyaml is the
// parser Jekyll uses, through Ruby's Psych).
//
// All of YAML 1.1 that front matter uses: block and flow collections, plain
// and quoted scalars over several lines, literal | and folded > block scalars
// with chomping, comments, anchors (&) and aliases (*), merge keys (<<),
// tags (!!str keeps a value text; other tags are read as if absent).
//
// Scalars resolve as Psych resolves them for the values front matter uses:
//   - quoted and block scalars are text;
//   - plain true/false, yes/no and on/off (lower, Capitalised or UPPER case)
//     are yes/no values, null/~ and nothing are null, and numbers as today
//     (an optional sign, up to 15 digits, one '.') are numbers;
//   - everything else, dates and times included, is text (the date field
//     reader parses dates).
// A yes/no value or a number keeps its spelling in Value::text, and the
// field reader reads it as text where text is expected, so "title: no" is
// the title "no" and "draft: no" is false.
//
// Limits: maxDepth bounds nesting; aliases may copy at most kMaxAliasValues
// values in all (a "billion laughs" input nests aliases of aliases to expand
// a few lines into billions of values); an alias of a value that contains it
// is refused.
//
// Recovery: libyaml stops at the first syntax error. The reader reports it,
// marks the top-level entry it was in as invalid (so the mapper neither reads
// it nor calls it missing), and parses again from the next line that starts a
// top-level key, so independent mistakes in other entries are all reported.
#include <algorithm>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <yaml.h>

#include "input/readers.hpp"

namespace broadsheet::detail {

namespace {

// How many values aliases may copy in all (and anchors, which copy the value
// they name). Far above what any front matter needs.
constexpr std::size_t kMaxAliasValues = 100000;
// How many syntax errors are reported (each one parses the rest again).
constexpr int kMaxSyntaxErrors = 20;

constexpr const char* kYamlTag = "tag:yaml.org,2002:";

bool one_of(std::string_view s, std::initializer_list<std::string_view> words) {
    for (std::string_view w : words)
        if (s == w) return true;
    return false;
}

bool looks_numeric(std::string_view t) {
    std::size_t i = 0;
    if (i < t.size() && (t[i] == '-' || t[i] == '+')) ++i;
    std::size_t digits = 0, dots = 0;
    for (; i < t.size(); ++i) {
        if (t[i] >= '0' && t[i] <= '9') ++digits;
        else if (t[i] == '.' && dots == 0) ++dots;
        else return false;
    }
    return digits > 0 && digits <= 15;
}

// A plain scalar's type (see the top of the file).
void resolve_plain(Value& v) {
    const std::string& t = v.text;
    // Every word below has at most five letters; most values (titles, dates,
    // addresses) are longer and skip the comparisons.
    const bool short_word = t.size() <= 5;
    if (short_word && one_of(t, {"true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON"})) {
        v.kind = Value::Kind::boolean;
        v.boolean = true;
    } else if (short_word && one_of(t, {"false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF"})) {
        v.kind = Value::Kind::boolean;
        v.boolean = false;
    } else if (t.empty() || (short_word && one_of(t, {"null", "Null", "NULL", "~"}))) {
        v.kind = Value::Kind::null;
        v.text.clear();
    } else if (looks_numeric(t)) {
        v.kind = Value::Kind::number;
        v.number = std::strtod(t.c_str(), nullptr);
    }
}

// Whether the eight bytes at `p` are all printable ASCII (' ' to '~'), tabs
// or line feeds: what front matter is nearly always made of. Each mask has
// bit 7 of a byte set where the byte is of its kind, exactly: the low seven
// bits plus at most 0x7F never carry into the next byte.
#if !defined(__OPTIMIZE_SIZE__)
bool plain_8(const char* p) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F * kOnes, kHigh = 0x80 * kOnes;
    std::uint64_t w;
    std::memcpy(&w, p, 8);
    auto equal = [&](unsigned char c) {  // the bytes equal to c
        std::uint64_t x = w ^ (c * kOnes);
        return ~(((x & kLow7) + kLow7) | x) & kHigh;
    };
    std::uint64_t below_space = ~(((w & kLow7) + (0x80 - 0x20) * kOnes) | w) & kHigh;
    std::uint64_t above_tilde = (((w & kLow7) + kOnes) | w) & kHigh;  // 0x7F, and 0x80 up
    return ((below_space & ~(equal('\t') | equal('\n'))) | above_tilde) == 0;
}
#endif

// libyaml owns its parser; this frees it on every path. One parser per read:
// yaml_parser_initialize allocates its input buffers (16 KB raw + 48 KB
// decoded, sizes fixed in libyaml's private header) and its stacks each
// time, about 3 k instructions, and the API has no reset or buffer-size
// option that would let a parser be reused or made smaller.
struct Parser {
    yaml_parser_t p;
    explicit Parser(std::string_view text) {
        yaml_parser_initialize(&p);
        // Always UTF-8: without this a byte-order mark would switch libyaml to UTF-16.
        yaml_parser_set_encoding(&p, YAML_UTF8_ENCODING);
        yaml_parser_set_input_string(&p, reinterpret_cast<const unsigned char*>(text.data()), text.size());
    }
    ~Parser() { yaml_parser_delete(&p); }
    Parser(const Parser&) = delete;
    Parser& operator=(const Parser&) = delete;
};

struct Event {
    yaml_event_t e;  // erased, then filled, by yaml_parser_parse
    bool owned = false;
    ~Event() {
        if (owned) yaml_event_delete(&e);
    }
};

class YamlReader {
public:
    YamlReader(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line)
        : text_(text), limits_(limits), diags_(diags), out_(out), first_line_(first_line) {}

    bool read() {
        check_characters();
        out_ = Value{};
        out_.kind = Value::Kind::object;  // empty front matter is an empty map
        out_.line = first_line_;
        out_.column = 1;
        std::size_t start = 0;  // the line (0-based in text_) the current parse starts on
        for (int errors = 0;; ++errors) {
            if (parse_from(start)) break;
            // Recovery carries on the top-level map; a list or a text stops at its first error.
            // A billion-laughs input is hostile: one error is enough.
            if (root_not_map_ || alias_reported_ || errors + 1 >= kMaxSyntaxErrors) break;
            std::size_t next = next_entry_line(resume_after_);
            if (next >= line_starts().size()) break;
            start = next;
        }
        return !failed_;
    }

private:
    // ---------------------------------------------------------------------
    // One parse, from a line to the end
    // ---------------------------------------------------------------------

    struct Frame {
        explicit Frame(Value* n) : node(n) {}
        Value* node;
        std::string anchor;     // recorded when the node ends
        std::size_t count = 0;  // values inside, for the alias budget
        bool expecting_key = true;
        bool merge = false;     // has a "<<" key
        std::unique_ptr<std::unordered_set<std::string>> seen;  // keys, once the map is big
    };

    // Returns true when the text from line `start` on was read to its end;
    // false after reporting an error (resume_after_ then says where the
    // broken entry began).
    bool parse_from(std::size_t start) {
        chunk_line_ = start;
        stack_.clear();
        open_anchors_.clear();
        entry_open_ = false;
        Parser parser(start == 0 ? text_ : text_.substr(line_starts()[start]));
        bool first_chunk = start == 0;
        int documents = 0;
        while (true) {
            Event ev;
            if (!yaml_parser_parse(&parser.p, &ev.e)) {
                syntax_error(parser.p);
                return false;
            }
            ev.owned = true;
            const yaml_event_t& e = ev.e;
            switch (e.type) {
            case YAML_STREAM_END_EVENT: return true;
            case YAML_SCALAR_EVENT:
                if (!scalar(e, first_chunk)) return false;
                break;
            case YAML_ALIAS_EVENT:
                if (!alias(e, first_chunk)) return false;
                break;
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT:
                if (!open(e, first_chunk)) return false;
                break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                if (!close()) return false;
                break;
            case YAML_DOCUMENT_START_EVENT:
                if (documents++ > 0) {  // "--- more" (a bare "---" line ends the front matter)
                    fail_at(e.start_mark, "a second YAML document starts here; front matter is one document");
                    return false;
                }
                break;
            default: break;  // stream start, document end
            }
        }
    }

    // Where the next value goes: the root, a list's next item, or a map's
    // key or value. Returns nullptr (after reporting) when it cannot go there.
    Value* slot(const yaml_event_t& e, bool first_chunk, bool is_key_text) {
        if (stack_.empty()) {
            if (first_chunk) return &out_;
            // A later parse continues the top-level map; anything else there is a stray line.
            fail_at(e.start_mark, "expected \"key: value\"");
            return nullptr;
        }
        Frame& f = stack_.back();
        if (f.node->is(Value::Kind::array)) return &f.node->items.emplace_back();
        if (f.expecting_key) {
            if (!is_key_text) {
                fail_at(e.start_mark, "a key must be text");
                return nullptr;
            }
            return &key_slot_;
        }
        f.expecting_key = true;
        if (f.node == &out_) entry_open_ = false;  // set again by open() when the value is a collection
        return &f.node->items.back();
    }

    bool scalar(const yaml_event_t& e, bool first_chunk) {
        const auto& s = e.data.scalar;
        Value* v = slot(e, first_chunk, true);
        if (!v) return false;
        set_position(*v, e.start_mark);
        last_scalar_line_ = chunk_line_ + e.start_mark.line;
        // A key is its spelling as written: "no: x" has the key "no".
        if (v == &key_slot_) return key(e, std::string(reinterpret_cast<const char*>(s.value), s.length), s.style);
        if (v == &out_) root_not_map_ = true;
        v->kind = Value::Kind::string;
        v->text.assign(reinterpret_cast<const char*>(s.value), s.length);
        // Only an escape ("\0", "\x00") writes NUL: check_characters() and
        // prepare_source() have replaced every NUL of the text itself.
        if (s.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE) replace_nul(v->text);
        std::string_view tag = s.tag ? reinterpret_cast<const char*>(s.tag) : "";
        // !!str keeps text; the other core tags (!!int, !!bool, ...) type the
        // value as a plain scalar would be; other tags are ignored.
        std::string_view core = tag.substr(0, std::strlen(kYamlTag)) == kYamlTag ? tag.substr(std::strlen(kYamlTag)) : "";
        if ((s.style == YAML_PLAIN_SCALAR_STYLE && tag.empty()) || (!core.empty() && core != "str" && core != "binary"))
            resolve_plain(*v);
        return added(*v, e.data.scalar.anchor, 1);
    }

    bool alias(const yaml_event_t& e, bool first_chunk) {
        std::string name = reinterpret_cast<const char*>(e.data.alias.anchor);
        auto found = anchors_.find(name);
        if (found == anchors_.end()) {
            fail_at(e.start_mark, open_anchors_.count(name)
                                        ? "the alias *" + name + " stands inside the value &" + name + " names (a loop)"
                                        : "the alias *" + name + " has no anchor &" + name + " before it");
            return false;
        }
        const auto& [value, count] = found->second;
        if (!spend(count, e.start_mark)) return false;
        bool key_text = value.kind != Value::Kind::array && value.kind != Value::Kind::object;
        Value* v = slot(e, first_chunk, key_text);
        if (!v) return false;
        if (v == &out_ && !value.is(Value::Kind::object)) root_not_map_ = true;
        if (v == &key_slot_) {
            set_position(key_slot_, e.start_mark);
            return key(e, value.text, YAML_PLAIN_SCALAR_STYLE);
        }
        int key_line = v->key_line, key_column = v->key_column;
        *v = value;  // keeps where it was written, where messages about it should point
        v->key_line = key_line;
        v->key_column = key_column;
        return added(*v, nullptr, count);
    }

    bool open(const yaml_event_t& e, bool first_chunk) {
        bool map = e.type == YAML_MAPPING_START_EVENT;
        const yaml_char_t* anchor = map ? e.data.mapping_start.anchor : e.data.sequence_start.anchor;
        if (stack_.empty() && !first_chunk && map) {
            // A later parse: its keys join the top-level map.
            stack_.emplace_back(&out_);
            return true;
        }
        Value* v = slot(e, first_chunk, false);
        if (!v) return false;
        set_position(*v, e.start_mark);
        if (stack_.size() == 1 && stack_.back().node == &out_) entry_open_ = true;  // until close()
        if (stack_.size() >= static_cast<std::size_t>(limits_.max_depth)) {
            fail_at(e.start_mark, "nesting deeper than " + std::to_string(limits_.max_depth) +
                                       " levels (limit maxDepth)");
            return false;
        }
        v->kind = map ? Value::Kind::object : Value::Kind::array;
        if (v == &out_ && !map) root_not_map_ = true;
        if (v == &out_ && map) {
            // The front matter's own map: room for the usual dozen keys at once.
            out_.keys.reserve(16);
            out_.items.reserve(16);
        }
        Frame& f = stack_.emplace_back(v);
        if (anchor) {
            f.anchor = reinterpret_cast<const char*>(anchor);
            ++open_anchors_[f.anchor];
        }
        return true;
    }

    bool close() {
        Frame f = std::move(stack_.back());
        stack_.pop_back();
        if (f.merge) merge_keys(*f.node);
        if (!f.anchor.empty()) {
            if (--open_anchors_[f.anchor] == 0) open_anchors_.erase(f.anchor);
            if (!remember(f.anchor, *f.node, f.count + 1)) return false;
        }
        if (!stack_.empty()) stack_.back().count += f.count + 1;
        if (stack_.size() == 1 && stack_.back().node == &out_) entry_open_ = false;  // a top-level entry is complete
        return true;
    }

    // A map key has been read into key_slot_.
    bool key(const yaml_event_t& e, std::string text, yaml_scalar_style_t style) {
        Frame& f = stack_.back();
        Value& map = *f.node;
        bool merge = std::string_view(text) == "<<" && style == YAML_PLAIN_SCALAR_STYLE;
        if (merge) f.merge = true;
        else if (!first_time(f, text)) {
            note(key_slot_, "the key " + quoted(text) + " appears twice", pointer_join(current_path(), text));
            map.repeated_keys_reported = true;
        }
        if (f.node == &out_) {
            entry_line_ = chunk_line_ + e.start_mark.line;
            entry_open_ = true;
        }
        map.keys.push_back(std::move(text));
        Value& v = map.items.emplace_back();
        v.key_line = key_slot_.line;
        v.key_column = key_slot_.column;
        v.line = key_slot_.line;  // until the value is read
        v.column = key_slot_.column;
        f.expecting_key = false;
        return true;  // (key_slot_ holds only a place, set again for the next key)
    }

    // Keys seen so far in a map, for the duplicate check: a scan while the map
    // is small, a set past that (a hostile file may have a million keys).
    static bool first_time(Frame& f, const std::string& key) {
        const auto& keys = f.node->keys;
        if (!f.seen && keys.size() >= 16) {
            f.seen = std::make_unique<std::unordered_set<std::string>>(keys.begin(), keys.end());
            f.seen->erase("<<");
        }
        if (f.seen) return f.seen->insert(key).second;
        return std::find(keys.begin(), keys.end(), key) == keys.end();
    }

    // A scalar or an alias's copy is in place.
    bool added(const Value& v, const yaml_char_t* anchor, std::size_t count) {
        if (!stack_.empty()) stack_.back().count += count;
        return !anchor || remember(reinterpret_cast<const char*>(anchor), v, count);
    }

    // An anchored value is copied when it ends, for its aliases. Returns
    // false (after reporting) when the copy is over the alias budget.
    bool remember(const std::string& name, const Value& v, std::size_t count) {
        // a copy of a collection counts as much as an alias of it
        if (count > 1 && !spend(count, mark_of(v))) return false;
        auto& [copy, values] = anchors_[name];
        copy = v;
        copy.key_line = copy.key_column = 0;
        values = count;
        return true;
    }

    // The libyaml mark of a value's position (for an error about it).
    yaml_mark_t mark_of(const Value& v) const {
        yaml_mark_t m{};
        m.line = static_cast<std::size_t>(v.line - first_line_) - chunk_line_;
        m.column = static_cast<std::size_t>(v.column - 1);
        return m;
    }

    bool spend(std::size_t count, const yaml_mark_t& at) {
        alias_values_ += count;
        if (alias_values_ <= kMaxAliasValues) return true;
        if (!alias_reported_) {
            alias_reported_ = true;
            fail_at(at, "aliases expand to more than " + std::to_string(kMaxAliasValues) +
                             " values; write the repeated values out instead");
        }
        return false;
    }

    // "<<: *defaults" (or a list of them): the named maps' keys join this map,
    // unless it has them itself; earlier maps in the list win.
    void merge_keys(Value& map) {
        std::vector<std::string> keys;
        std::vector<Value> items, sources;
        std::unordered_set<std::string> have;
        for (std::size_t i = 0; i < map.keys.size(); ++i) {
            if (map.keys[i] == "<<") {
                Value& src = map.items[i];
                if (src.is(Value::Kind::object)) {
                    sources.push_back(std::move(src));
                } else if (src.is(Value::Kind::array) &&
                           std::all_of(src.items.begin(), src.items.end(), [](const Value& m) { return m.is(Value::Kind::object); })) {
                    for (Value& m : src.items) sources.push_back(std::move(m));
                } else if (!src.is(Value::Kind::invalid)) {
                    note(src, "a merge key (<<) takes a map, or a list of maps, to copy keys from");
                }
                continue;
            }
            have.insert(map.keys[i]);
            keys.push_back(std::move(map.keys[i]));
            items.push_back(std::move(map.items[i]));
        }
        for (Value& src : sources)
            for (std::size_t i = 0; i < src.keys.size(); ++i)
                if (have.insert(src.keys[i]).second) {
                    keys.push_back(std::move(src.keys[i]));
                    items.push_back(std::move(src.items[i]));
                }
        map.keys = std::move(keys);
        map.items = std::move(items);
    }

    // ---------------------------------------------------------------------
    // Positions and errors
    // ---------------------------------------------------------------------

    void set_position(Value& v, const yaml_mark_t& m) const {
        v.line = first_line_ + static_cast<int>(chunk_line_ + m.line);
        v.column = static_cast<int>(m.column) + 1;  // libyaml counts characters, as our columns do
    }

    // The byte a mark points at (libyaml's marks count characters).
    std::size_t byte_at(const yaml_mark_t& m) const {
        std::size_t line = chunk_line_ + m.line;
        if (line >= line_starts().size()) return text_.size();
        std::size_t i = line_starts()[line];
        for (std::size_t col = 0; i < text_.size() && col < m.column; ++col) {
            ++i;
            while (i < text_.size() && (static_cast<unsigned char>(text_[i]) & 0xC0) == 0x80) ++i;
        }
        return i;
    }

    // An error after which reading goes on (a repeated key, a bad merge).
    void note(const Value& at, std::string message, std::string path = {}) {
        diags_.error("front matter: " + std::move(message), at.line, at.column, std::move(path));
        failed_ = true;
    }

    // The JSON Pointer of the value being read ("/author/0/name"), from the
    // open collections: each one's last member is the one being read.
    std::string current_path() const {
        std::string path;
        for (std::size_t i = 0; i < stack_.size(); ++i) {
            const Frame& f = stack_[i];
            bool innermost = i + 1 == stack_.size();
            if (f.node->is(Value::Kind::object) && !f.node->keys.empty() && (!innermost || !f.expecting_key))
                path = pointer_join(path, f.node->keys.back());
            else if (f.node->is(Value::Kind::array) && !innermost && !f.node->items.empty())
                path = pointer_join(path, f.node->items.size() - 1);
        }
        return path;
    }

    // An error that ends this parse: the top-level entry it is in (if any)
    // becomes invalid, and the next parse starts after that entry's first
    // line, or else after `line` (0-based in text_).
    void fail_at(const yaml_mark_t& m, std::string message, std::size_t line = npos, bool quiet = false) {
        Value where;
        set_position(where, m);
        // A line recovery starts on may give the same error again (a tab).
        quiet = quiet || (where.line == last_error_line_ && where.column == last_error_column_);
        last_error_line_ = where.line;
        last_error_column_ = where.column;
        if (!quiet) note(where, std::move(message), entry_open_ && !root_not_map_ ? current_path() : std::string());
        if (entry_open_) {
            invalidate_entry();
            resume_after_ = entry_line_;
        } else {
            resume_after_ = line != npos ? line : chunk_line_ + m.line;
        }
    }

    void invalidate_entry() {
        if (out_.items.empty()) return;
        Value& broken = out_.items.back();
        broken.kind = Value::Kind::invalid;
        broken.items.clear();
        broken.keys.clear();
    }

    // libyaml's problem, worded for the person who wrote the file.
    void syntax_error(const yaml_parser_t& p) {
        std::string_view problem = p.problem ? p.problem : "syntax error";
        std::string_view context = p.context ? p.context : "";
        const yaml_mark_t& at = p.problem_mark;
        const yaml_mark_t& ctx = p.context_mark;
        std::size_t here = byte_at(at);
        std::string_view rest = here < text_.size() ? text_.substr(here) : std::string_view{};
        auto where = [&](const yaml_mark_t& m) {
            return "line " + std::to_string(first_line_ + static_cast<int>(chunk_line_ + m.line)) + ", column " +
                   std::to_string(m.column + 1);
        };
        // Between top-level entries, a token libyaml was still scanning
        // began at the context mark: recovery starts after that line.
        const bool scanning = context.substr(0, 14) == "while scanning";
        auto report = [&](const yaml_mark_t& m, std::string message) {
            // A character check_characters() replaced is not reported again.
            int line = first_line_ + static_cast<int>(chunk_line_ + m.line);
            bool again = std::binary_search(bad_lines_.begin(), bad_lines_.end(), line);
            fail_at(m, std::move(message), scanning ? chunk_line_ + ctx.line : npos, again);
        };
        // The value just read is wrong as a whole (text after it on its line,
        // or a line that continues it): its entry is broken too.
        auto value_broken = [&] {
            if (!entry_open_ && !stack_.empty() && stack_.back().node == &out_ && entry_line_ != npos &&
                last_scalar_line_ != npos && last_scalar_line_ >= entry_line_) {
                entry_open_ = true;
            }
        };

        if (problem == "found unexpected end of stream" && context == "while scanning a quoted scalar") {
            char q = byte_at(ctx) < text_.size() ? text_[byte_at(ctx)] : '"';
            return report(ctx, std::string("missing closing ") + q + ": the quoted text that starts here never ends");
        }
        if (problem == "did not find expected ',' or ']'" || problem == "did not find expected ',' or '}'") {
            bool list = problem.find(']') != std::string_view::npos;
            std::string what = list ? "[list]" : "{map}";
            if (at.line == ctx.line)
                return report(at, std::string("expected ',' or '") + (list ? ']' : '}') + "' here, in the " +
                                      what + " that starts at column " + std::to_string(ctx.column + 1));
            return report(ctx, std::string("missing '") + (list ? ']' : '}') + "': the " + what +
                                   " that starts here is not closed before " + where(at));
        }
        if (problem == "mapping values are not allowed in this context") {
            value_broken();
            if (last_scalar_line_ == chunk_line_ + at.line || entry_line_ == chunk_line_ + at.line)
                return report(at, "a value containing \": \" must be quoted");
            // The line is indented more than its key, so it continues the value above.
            std::size_t line_start = line_starts()[std::min(chunk_line_ + at.line, line_starts().size() - 1)];
            yaml_mark_t first = at;
            first.column = 0;
            while (line_start + first.column < text_.size() && text_[line_start + first.column] == ' ') ++first.column;
            return report(first, "this line is indented more than the key above, so it continues that key's value, "
                                 "where \": \" is not allowed: line it up with the keys above, or put the value in quotes");
        }
        if (problem.find("tab character") != std::string_view::npos ||
            (problem == "found character that cannot start any token" && !rest.empty() && rest[0] == '\t'))
            return report(at, "tabs are not allowed for indentation; use spaces");
        if (problem == "found character that cannot start any token")
            return report(at, quoted(first_character(rest)) + " cannot start a value; put the text in quotes");
        if (problem == "did not find expected key") {
            if (rest.substr(0, 2) == "- " || rest == "-" || rest.substr(0, 2) == "-\n" || rest.substr(0, 2) == "-\r")
                return report(at, "a list item here needs a key above it, ending with ':'");
            if (last_scalar_line_ == chunk_line_ + at.line) {
                value_broken();
                return report(at, "unexpected text after the value");
            }
            return report(at, "expected \"key: value\"");
        }
        if (problem == "could not find expected ':'") return report(ctx, "expected \"key: value\"");
        if (problem == "did not find expected <document start>")
            return report(at, "this line is indented less than the first key; keys of the front matter must line up");
        if (problem == "did not find expected '-' indicator")
            return report(at, "expected a list item \"- ...\" here, lined up with the items above");
        if (problem == "found unknown escape character")
            return report(at, "unknown escape \\" + first_character(rest.substr(rest.empty() ? 0 : 1)) +
                                  " in double-quoted text");
        if (problem == "did not find expected hexdecimal number") {
            std::size_t slash = text_.rfind('\\', here);
            char e = slash != std::string_view::npos && slash + 1 < text_.size() ? text_[slash + 1] : 'x';
            return report(at, std::string("\\") + e + " needs " + (e == 'x' ? "2" : e == 'u' ? "4" : "8") +
                                  " hex digits in double-quoted text");
        }
        if (problem == "found invalid Unicode character escape code") {
            std::size_t slash = text_.rfind('\\', here);
            std::string_view esc = slash == std::string_view::npos ? "" : text_.substr(slash, 10);
            esc = esc.substr(0, esc.size() > 1 ? (esc[1] == 'x' ? 4 : esc[1] == 'u' ? 6 : 10) : esc.size());
            return report(at, quoted(esc) + " is not a Unicode character (surrogates and values past U+10FFFF "
                                            "are not); write the character itself");
        }
        if (problem == "did not find expected comment or line break" && context == "while scanning a block scalar")
            return report(at, "after '|' or '>' only '-', '+' or an indentation digit may follow");
        if (problem == "control characters are not allowed")
            return report(at, "the control character " + first_character(rest) + " is not allowed here; remove it");
        if (problem.find("UTF-8") != std::string_view::npos || problem == "invalid Unicode character")
            return report(at, "the text is not valid UTF-8 here");
        if (context == "while parsing a node" && problem == "found undefined tag handle")
            return report(at, "unknown tag: use \"!!str\", or no tag");
        // Anything else: libyaml's own words, with where its context began.
        std::string message(problem);
        if (!context.empty()) message += " (" + std::string(context) + " at " + where(ctx) + ")";
        report(at, std::move(message));
    }

    // libyaml's reader refuses what YAML does not allow in a stream (control
    // characters but tab, LF, CR and NEL; U+FFFE, U+FFFF; invalid UTF-8), and
    // it decodes ahead, so it stops before the events of the lines above.
    // They are found here first instead, each reported where it is and
    // replaced by U+FFFD (which keeps every column), and the rest is read.
    void check_characters() {
        // Front matter is mostly printable ASCII, tabs and line feeds, all
        // allowed: that part is passed with no decoding, eight bytes at a
        // time, and its lines are counted only if something follows it.
        std::size_t i = 0;
#if !defined(__OPTIMIZE_SIZE__)  // the WebAssembly build (-Oz): the byte loop below alone, 0.1 KB smaller
        while (text_.size() - i >= 8 && plain_8(text_.data() + i)) i += 8;
#endif
        for (; i < text_.size(); ++i) {
            unsigned char c = static_cast<unsigned char>(text_[i]);
            if (c - 0x20u >= 0x5Fu && c != '\n' && c != '\t') break;  // not ' ' to '~', a line feed or a tab
        }
        if (i == text_.size()) return;
        std::size_t line = static_cast<std::size_t>(std::count(text_.begin(), text_.begin() + i, '\n'));
        std::size_t line_start = text_.rfind('\n', i);
        line_start = line_start == std::string_view::npos ? 0 : line_start + 1;
        std::size_t column = i - line_start;
        while (i < text_.size()) {
            unsigned char c = static_cast<unsigned char>(text_[i]);
            std::size_t len = 1;
            std::uint32_t cp = c;
            bool valid = true;
            if (c >= 0x80) {
                len = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
                cp = c & (len == 4 ? 0x07u : len == 3 ? 0x0Fu : 0x1Fu);
                valid = c >= 0xC2 && c <= 0xF4 && i + len <= text_.size();
                for (std::size_t k = 1; valid && k < len; ++k) {
                    unsigned char b = static_cast<unsigned char>(text_[i + k]);
                    valid = (b & 0xC0) == 0x80;
                    cp = cp << 6 | (b & 0x3Fu);
                }
                valid = valid && cp >= (len == 2 ? 0x80u : len == 3 ? 0x800u : 0x10000u) && cp <= 0x10FFFF &&
                        (cp < 0xD800 || cp > 0xDFFF);
                if (!valid) len = 1;
            }
            bool allowed = valid && (cp == 0x09 || cp == 0x0A || cp == 0x0D || (cp >= 0x20 && cp <= 0x7E) ||
                                     cp == 0x85 || (cp >= 0xA0 && cp <= 0xFFFD) ||
                                     cp >= 0x10000);
            if (!allowed) {
                if (clean_.empty()) clean_.assign(text_.data(), i);
                int l = first_line_ + static_cast<int>(line), col = static_cast<int>(column) + 1;
                if (bad_lines_.size() < static_cast<std::size_t>(kMaxSyntaxErrors)) {
                    diags_.error(valid ? "front matter: the control character " + first_character(text_.substr(i, len)) +
                                             " is not allowed in YAML; remove it"
                                       : std::string("front matter: the text is not valid UTF-8 here"),
                                 l, col);
                    failed_ = true;
                }
                if (bad_lines_.empty() || bad_lines_.back() != l) bad_lines_.push_back(l);
                clean_ += "\xEF\xBF\xBD";
            } else if (!clean_.empty()) {
                clean_.append(text_.data() + i, len);
            }
            if (c == '\n' || (c == '\r' && !(i + 1 < text_.size() && text_[i + 1] == '\n'))) {
                ++line;
                column = 0;
            } else {
                ++column;
            }
            i += len;
        }
        if (!bad_lines_.empty()) text_ = clean_;
    }

    // The byte offset of each line of text_, found when first needed: only
    // errors and the parses after them need it.
    const std::vector<std::size_t>& line_starts() const {
        if (!line_starts_.empty()) return line_starts_;
        line_starts_.push_back(0);
        for (std::size_t i = 0; i < text_.size(); ++i) {
            // libyaml's line breaks: \n, \r\n and a lone \r
            if (text_[i] == '\r' && i + 1 < text_.size() && text_[i + 1] == '\n') ++i;
            if (text_[i] == '\n' || text_[i] == '\r') line_starts_.push_back(i + 1);
        }
        return line_starts_;
    }

    // The first line after `line` that can start a top-level key.
    std::size_t next_entry_line(std::size_t line) const {
        const std::vector<std::size_t>& starts = line_starts();
        for (std::size_t l = line + 1; l < starts.size(); ++l) {
            std::size_t i = starts[l];
            std::size_t indent = 0;
            while (i + indent < text_.size() && text_[i + indent] == ' ') ++indent;
            char c = i + indent < text_.size() ? text_[i + indent] : '\n';
            // (a tab there is an error to report, not a line to skip)
            if (indent == top_indent() && c != '\n' && c != '\r' && c != '#' && c != '-') return l;
        }
        return starts.size();
    }

    // The indentation of the top-level keys: that of the first line with any.
    std::size_t top_indent() const {
        if (top_indent_ != npos) return top_indent_;
        const std::vector<std::size_t>& starts = line_starts();
        for (std::size_t l = 0; l < starts.size(); ++l) {
            std::size_t i = starts[l], indent = 0;
            while (i + indent < text_.size() && text_[i + indent] == ' ') ++indent;
            char c = i + indent < text_.size() ? text_[i + indent] : '\n';
            if (c != '\n' && c != '\r' && c != '#') return top_indent_ = indent;
        }
        return top_indent_ = 0;
    }

    static void replace_nul(std::string& s) {
        // NUL is never passed on (as in the JSON reader)
        for (std::size_t i = s.find('\0'); i != std::string::npos; i = s.find('\0', i + 3)) s.replace(i, 1, "\xEF\xBF\xBD");
    }

    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

    std::string_view text_;
    const Limits& limits_;
    Diagnostics& diags_;
    Value& out_;
    int first_line_;
    std::string clean_;                     // text_ with disallowed characters replaced, if it had any
    std::vector<int> bad_lines_;            // the lines they were on
    mutable std::vector<std::size_t> line_starts_;  // see line_starts()
    mutable std::size_t top_indent_ = npos;

    std::size_t chunk_line_ = 0;           // the line the current parse started on
    std::vector<Frame> stack_;             // the open collections, root first
    Value key_slot_;                       // where a map key being read is (line, column only)
    std::size_t entry_line_ = npos;        // the line of the last top-level key
    bool entry_open_ = false;              // its value is being read
    std::size_t last_scalar_line_ = npos;  // where the last scalar began
    std::size_t resume_after_ = 0;         // after an error: the line of the broken entry
    int last_error_line_ = 0, last_error_column_ = 0;
    bool root_not_map_ = false;            // the front matter is a list or a text
    bool failed_ = false;

    std::unordered_map<std::string, std::pair<Value, std::size_t>> anchors_;  // name -> (copy, values in it)
    std::unordered_map<std::string, int> open_anchors_;                        // anchors of unfinished collections
    std::size_t alias_values_ = 0;
    bool alias_reported_ = false;
};

}  // namespace

bool read_yaml(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line) {
    YamlReader reader(text, limits, diags, out, first_line);
    return reader.read();
}

}  // namespace broadsheet::detail
