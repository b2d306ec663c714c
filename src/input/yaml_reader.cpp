// The YAML subset of front matter -> Value (with positions).
//
// The YAML subset, exactly (anything else is an error with its line):
//   - block maps "key: value" and block lists "- item", nested by indentation
//     (spaces only; a list may sit at its key's indentation, as Jekyll writes it)
//   - flow lists [a, "b c"] and flow maps {name: A, role: B}, on one line
//   - plain scalars; 'single-quoted' ('' is a quote); "double-quoted" with the
//     escapes \" \\ \/ \n \t \r \b \f \e \_ \<space> \xXX \uXXXX \UXXXXXXXX
//     (\0 becomes U+FFFD: NUL is never passed on)
//   - literal | and folded > block scalars, with - or + chomping
//   - comments: a line starting with #, or " #" after a value
//   - true/false, null/~, numbers; dates stay text and are parsed as dates
// Not supported: anchors (&), aliases (*), tags (!), complex keys (?),
// directives (%), multi-line plain or quoted scalars, several documents.
//
// Every syntax error is reported and the reader carries on with the next
// entry (see YamlReader), so the mapper still checks what could be read.
#include <algorithm>
#include <cstring>
#include <memory>
#include <unordered_set>

#include "html/escape.hpp"
#include "input/readers.hpp"

namespace broadsheet::detail {

namespace {

// ---------------------------------------------------------------------------
// YAML subset -> Value
// ---------------------------------------------------------------------------

struct Line {
    int number = 0;              // 1-based in the source file
    int indent = 0;              // leading spaces
    bool tab = false;            // a tab follows the leading spaces (indentation by tab)
    std::string_view content;    // without indentation and trailing comment/space
    std::string_view raw;        // the whole line, for block scalars
};

// Recovery: an error ends only the entry it is in. The reader reports it,
// stores Kind::invalid for the entry's value, skips the entry's remaining
// lines (those indented deeper than the entry's key or dash) and carries on
// with the next entry, so independent mistakes on other lines are all
// reported, and a broken entry does not also count as a missing one.
class YamlReader {
public:
    YamlReader(std::string_view text, const Limits& limits, Diagnostics& diags, int first_line)
        : limits_(limits), diags_(diags) {
        int n = first_line;
        std::size_t pos = 0;
        while (pos <= text.size()) {
            std::size_t nl = text.find('\n', pos);
            std::string_view raw = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
            if (!raw.empty() && raw.back() == '\r') raw.remove_suffix(1);
            Line l;
            l.number = n++;
            l.raw = raw;
            std::size_t i = 0;
            while (i < raw.size() && raw[i] == ' ') ++i;
            l.indent = static_cast<int>(i);
            l.content = strip_comment(raw.substr(i));
            l.tab = i < raw.size() && raw[i] == '\t';
            if (l.tab) {
                std::size_t j = raw.find_first_not_of(" \t", i);
                l.content = j == std::string_view::npos ? std::string_view{} : strip_comment(raw.substr(j));
            }
            lines_.push_back(l);
            if (nl == std::string_view::npos) break;
            pos = nl + 1;
        }
    }

    // Returns false when there were syntax errors; `out` then holds what
    // could be read, with Kind::invalid where the errors were.
    bool read(Value& out) {
        skip_blank();
        out.kind = Value::Kind::object;  // empty front matter is an empty map
        if (at_end()) return true;
        const int indent = lines_[cur_].indent;
        if (is_seq_item(lines_[cur_].content) && !lines_[cur_].tab) {
            sequence(out, indent, 0);  // the caller reports that this is not a map; the rest is not read
        } else {
            mapping(out, indent, 0);
            while (skip_blank(), !at_end()) {
                // Only a line indented less than the first key ends the map early.
                const Line& l = lines_[cur_];
                err(l, l.indent, "this line is indented less than the first key; keys of the front matter must line up");
                skip_block(l.indent + 1);
                mapping(out, indent, 0);
            }
        }
        return !failed_;
    }

private:
    static std::string_view strip_comment(std::string_view s) {
        // A comment starts at '#' at the beginning or after a space, outside quotes.
        char quote = 0;
        for (std::size_t i = 0; i < s.size(); ++i) {
            char c = s[i];
            if (quote) {
                if (c == '\\' && quote == '"') ++i;
                else if (c == quote) quote = 0;
            } else if ((c == '"' || c == '\'') && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '[' || s[i - 1] == '{' ||
                                                   s[i - 1] == ',' || s[i - 1] == ':' || s[i - 1] == '-')) {
                quote = c;
            } else if (c == '#' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '\t')) {
                s = s.substr(0, i);
                break;
            }
        }
        while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
        return s;
    }

    bool at_end() const { return cur_ >= lines_.size(); }
    void skip_blank() {
        while (cur_ < lines_.size() && lines_[cur_].content.empty()) ++cur_;
    }
    // Skips the current line, then every blank line and every line indented
    // at least `min_indent`: the rest of a broken entry.
    void skip_block(int min_indent) {
        ++cur_;
        while (cur_ < lines_.size() && (lines_[cur_].content.empty() || lines_[cur_].indent >= min_indent)) ++cur_;
    }
    // After an error in `v` on the current line: mark it and skip its lines.
    void give_up(Value& v, int entry_indent) {
        v.kind = Value::Kind::invalid;
        skip_block(entry_indent + 1);
    }

    void err(const Line& l, int col0, std::string msg) {
        diags_.error("front matter: " + std::move(msg), l.number, col0 + 1);
        failed_ = true;
    }

    static bool is_seq_item(std::string_view c) { return c == "-" || (c.size() >= 2 && c[0] == '-' && c[1] == ' '); }

    // Position of the ':' that ends a key on this line, or npos.
    static std::size_t key_colon(std::string_view c) {
        if (c.empty()) return std::string_view::npos;
        if (c[0] == '"' || c[0] == '\'') {
            char q = c[0];
            std::size_t i = 1;
            while (i < c.size() && c[i] != q) i += (c[i] == '\\' && q == '"') ? 2 : 1;
            if (i + 1 < c.size() && c[i + 1] == ':' && (i + 2 == c.size() || c[i + 2] == ' ')) return i + 1;
            return std::string_view::npos;
        }
        if (c[0] == '[' || c[0] == '{') return std::string_view::npos;
        for (std::size_t i = 0; i < c.size(); ++i)
            if (c[i] == ':' && (i + 1 == c.size() || c[i + 1] == ' ')) return i;
        return std::string_view::npos;
    }

    // The block node starting on the current line, whose lines are indented
    // `indent` spaces.
    void node(Value& out, int indent, int depth) {
        const Line& l = lines_[cur_];
        out.line = l.number;
        out.column = indent + 1;
        if (depth >= limits_.max_depth) {
            err(l, indent, "nesting deeper than " + std::to_string(limits_.max_depth) + " levels (limit maxDepth)");
            out.kind = Value::Kind::invalid;
            skip_block(indent);
            return;
        }
        if (l.tab) {
            err(l, l.indent, "tabs are not allowed for indentation; use spaces");
            out.kind = Value::Kind::invalid;
            skip_block(indent);
            return;
        }
        if (is_seq_item(l.content)) return sequence(out, indent, depth);
        if (key_colon(l.content) != std::string_view::npos) return mapping(out, indent, depth);
        // A lone scalar on its own line, under a key.
        if (!scalar(l, l.content, l.indent, out)) return give_up(out, indent - 1);
        ++cur_;
        continued_scalar(out, indent - 1);
    }

    // A scalar just read on one line must not go on over more lines indented
    // deeper than its entry (multi-line plain scalars are outside the subset).
    void continued_scalar(Value& v, int entry_indent) {
        std::size_t save = cur_;
        skip_blank();
        if (at_end() || lines_[cur_].indent <= entry_indent) {
            cur_ = save;
            return;
        }
        const Line& l = lines_[cur_];
        if (is_seq_item(l.content))
            err(l, l.indent, "unexpected list here: the entry above already has a value on its line");
        else
            err(l, l.indent, "text cannot go on over several lines here: put it on one line, or write '>' after the "
                             "key and the text on the indented lines below");
        give_up(v, entry_indent);  // skips this line and the rest of the entry
    }

    void mapping(Value& out, int indent, int depth) {
        out.kind = Value::Kind::object;
        if (out.line == 0) {
            out.line = lines_[cur_].number;
            out.column = indent + 1;
        }
        // Keys seen so far, for the duplicate check: a scan while the map is
        // small, a set past that (a hostile file may have a million keys).
        // The set lives on the heap: this frame is on the recursion path, and
        // the wasm stack is small.
        std::unique_ptr<std::unordered_set<std::string>> seen;
        auto first_time = [&](const std::string& key) {
            if (!seen && out.keys.size() >= 16) {
                seen = std::make_unique<std::unordered_set<std::string>>();
                for (const auto& k : out.keys) seen->insert(k);
            }
            if (seen) return seen->insert(key).second;
            return std::find(out.keys.begin(), out.keys.end(), key) == out.keys.end();
        };
        while (true) {
            skip_blank();
            if (at_end()) break;
            const Line& l = lines_[cur_];
            if (l.indent < indent) break;
            if (l.tab) {
                err(l, l.indent, "tabs are not allowed for indentation; use spaces");
                skip_block(indent + 1);
                continue;
            }
            if (l.indent > indent) {
                err(l, l.indent, "unexpected indentation (keys of one map must line up)");
                skip_block(indent + 1);
                continue;
            }
            std::size_t colon = key_colon(l.content);
            if (colon == std::string_view::npos) {
                if (is_seq_item(l.content)) err(l, l.indent, "a list item here needs a key above it, ending with ':'");
                else err(l, l.indent, "expected \"key: value\"");
                skip_block(indent + 1);
                continue;
            }
            std::string key;
            if (!read_key(l, l.content.substr(0, colon), l.indent, key)) {
                skip_block(indent + 1);
                continue;
            }
            if (!first_time(key)) {
                err(l, l.indent, "the key " + quoted(key) + " appears twice");
                skip_block(indent + 1);
                continue;
            }
            std::string_view rest = l.content.substr(colon + 1);
            std::size_t skipped = 0;
            while (!rest.empty() && rest.front() == ' ') {
                rest.remove_prefix(1);
                ++skipped;
            }
            int rest_col = l.indent + static_cast<int>(colon + 1 + skipped);
            out.keys.push_back(std::move(key));
            // Built in place, not in a local moved in later: keeps this frame small.
            Value& v = out.items.emplace_back();
            v.key_line = l.number;
            v.key_column = l.indent + 1;
            if (rest.empty()) {
                int line = l.number;
                ++cur_;
                skip_blank();
                if (!at_end() && lines_[cur_].indent > indent) {
                    node(v, lines_[cur_].indent, depth + 1);
                } else if (!at_end() && lines_[cur_].indent == indent && is_seq_item(lines_[cur_].content)) {
                    sequence(v, indent, depth + 1);  // "tags:\n- a" (Jekyll style)
                } else {
                    v.kind = Value::Kind::null;
                    v.line = line;
                    v.column = rest_col + 1;
                }
            } else {
                value_on_line(l, rest, rest_col, indent, v);
            }
        }
    }

    // A map key: a plain or quoted scalar. Out of line, so its Value is not
    // on the stack while nested maps are read.
    __attribute__((noinline)) bool read_key(const Line& l, std::string_view s, int col, std::string& key) {
        Value k;
        if (!scalar(l, s, col, k)) return false;
        if (k.is(Value::Kind::array) || k.is(Value::Kind::object)) {
            err(l, col, "a key must be text");
            return false;
        }
        key = std::move(k.text);
        return true;
    }

    void sequence(Value& out, int indent, int depth) {
        out.kind = Value::Kind::array;
        out.line = lines_[cur_].number;
        out.column = indent + 1;
        while (true) {
            skip_blank();
            if (at_end()) break;
            Line& l = lines_[cur_];
            if (l.indent < indent) break;
            if (l.indent > indent || l.tab) {
                err(l, l.indent, l.tab ? "tabs are not allowed for indentation; use spaces"
                                       : "unexpected indentation (items of one list must line up)");
                skip_block(indent + 1);
                continue;
            }
            if (!is_seq_item(l.content)) break;  // the next key of the map around a Jekyll-style list
            std::string_view rest = l.content.substr(1);
            int col = l.indent + 1;
            while (!rest.empty() && rest.front() == ' ') {
                rest.remove_prefix(1);
                ++col;
            }
            Value& v = out.items.emplace_back();
            if (rest.empty()) {
                int line = l.number;
                ++cur_;
                skip_blank();
                if (!at_end() && lines_[cur_].indent > indent) {
                    node(v, lines_[cur_].indent, depth + 1);
                } else {
                    v.line = line;
                    v.column = col + 1;
                }
            } else if (key_colon(rest) != std::string_view::npos || is_seq_item(rest)) {
                // "- name: A" starts a map (or "- - x" a list) whose indentation is that of its first key.
                l.content = rest;
                l.indent = col;
                node(v, col, depth + 1);
            } else {
                value_on_line(l, rest, col, indent, v);
            }
        }
    }

    // A value that starts on the line of its key or dash: a block scalar
    // ("|", ">"), or a scalar that may continue on more indented lines.
    void value_on_line(const Line& l, std::string_view rest, int col, int indent, Value& v) {
        if (rest[0] == '|' || rest[0] == '>') {
            if (!block_scalar(l, rest, col, indent, v)) give_up(v, indent);
        } else if (!scalar(l, rest, col, v)) {
            give_up(v, indent);
        } else {
            ++cur_;
            continued_scalar(v, indent);
        }
    }

    // "|", ">", with optional "-"/"+" chomping; the lines more indented than the parent.
    bool block_scalar(const Line& l, std::string_view header, int col, int parent_indent, Value& out) {
        bool folded = header[0] == '>';
        char chomp = 0;
        if (header.size() >= 2 && (header[1] == '-' || header[1] == '+')) chomp = header[1];
        if (header.size() > (chomp ? 2u : 1u)) {
            err(l, col, "after '|' or '>' only '-' or '+' is supported");
            return false;
        }
        out.kind = Value::Kind::string;
        out.line = l.number + 1;
        out.column = parent_indent + 3;
        ++cur_;
        int block_indent = -1;
        std::vector<std::string_view> body;
        while (cur_ < lines_.size()) {
            const Line& b = lines_[cur_];
            bool blank = b.raw.find_first_not_of(' ') == std::string_view::npos;
            if (!blank) {
                if (b.indent <= parent_indent) break;
                if (block_indent < 0) block_indent = b.indent;
                if (b.indent < block_indent) break;
            }
            body.push_back(blank ? std::string_view{}
                                 : b.raw.substr(static_cast<std::size_t>(block_indent)));
            ++cur_;
        }
        std::size_t trailing = 0;
        while (!body.empty() && body.back().empty()) {
            body.pop_back();
            ++trailing;
        }
        std::string s;
        for (std::size_t i = 0; i < body.size(); ++i) {
            if (i > 0) {
                bool join_with_space = folded && !body[i].empty() && !body[i - 1].empty() && body[i][0] != ' ';
                s += join_with_space ? ' ' : '\n';
            }
            s += body[i];
        }
        if (chomp != '-' && !body.empty()) s += '\n';
        if (chomp == '+')
            for (std::size_t i = 0; i < trailing; ++i) s += '\n';
        out.text = std::move(s);
        return true;
    }

    // One scalar or flow collection on one line.
    bool scalar(const Line& l, std::string_view s, int col, Value& out) {
        out.line = l.number;
        out.column = col + 1;
        std::size_t used = 0;
        if (!flow_value(l, s, col, out, used, 0)) return false;
        std::string_view tail = s.substr(used);
        while (!tail.empty() && tail.front() == ' ') tail.remove_prefix(1);
        if (!tail.empty()) {
            err(l, col + static_cast<int>(s.size() - tail.size()), "unexpected text after the value");
            return false;
        }
        return true;
    }

    // A key in a flow map: text only (no nested collection), out of line like read_key.
    __attribute__((noinline)) bool flow_key(const Line& l, std::string_view s, int col, std::string& key, std::size_t& used) {
        if (!s.empty() && (s[0] == '[' || s[0] == '{')) {
            err(l, col, "a key must be text");
            return false;
        }
        Value k;
        if (!flow_value(l, s, col, k, used, 1)) return false;
        key = std::move(k.text);
        return true;
    }

    // Reads a value at the start of `s`; `used` is how many bytes it took.
    // In a flow collection (depth > 0) plain scalars end at ',', ']' or '}'.
    bool flow_value(const Line& l, std::string_view s, int col, Value& out, std::size_t& used, int flow) {
        out.line = l.number;
        out.column = col + 1;
        if (s.empty()) {
            out.kind = Value::Kind::null;
            used = 0;
            return true;
        }
        char c = s[0];
        if (c == '&' || c == '*' || c == '!' || c == '%' || c == '@' || c == '`' || (c == '?' && s.size() > 1 && s[1] == ' ')) {
            const char* what = c == '&' ? "anchors (&)" : c == '*' ? "aliases (*)" : c == '!' ? "tags (!)"
                             : c == '?' ? "complex keys (?)" : "values starting with this character";
            err(l, col, std::string(what) + " are not supported in front matter; put the text in quotes");
            return false;
        }
        if (c == '"') return double_quoted(l, s, col, out, used);
        if (c == '\'') return single_quoted(l, s, col, out, used);
        if (c == '[' || c == '{') {
            if (flow >= limits_.max_depth) {
                err(l, col, "nesting deeper than " + std::to_string(limits_.max_depth) + " levels (limit maxDepth)");
                return false;
            }
            bool is_map = c == '{';
            char close = is_map ? '}' : ']';
            out.kind = is_map ? Value::Kind::object : Value::Kind::array;
            std::size_t i = 1;
            auto skip = [&] { while (i < s.size() && s[i] == ' ') ++i; };
            skip();
            if (i < s.size() && s[i] == close) {
                used = i + 1;
                return true;
            }
            auto unclosed = [&] {
                err(l, col, std::string("missing '") + close + "': a " + (is_map ? "{map}" : "[list]") +
                                " must end on the line it starts");
                return false;
            };
            while (true) {
                skip();
                if (i >= s.size()) return unclosed();
                std::size_t n = 0;
                int key_col = col + static_cast<int>(i);
                if (is_map) {
                    std::string key;
                    if (!flow_key(l, s.substr(i), key_col, key, n)) return false;
                    i += n;
                    skip();
                    if (i >= s.size() || s[i] != ':') {
                        err(l, col + static_cast<int>(i), "expected ':' after the key in a {map}");
                        return false;
                    }
                    ++i;
                    skip();
                    out.keys.push_back(std::move(key));
                }
                Value& item = out.items.emplace_back();
                if (!flow_value(l, s.substr(i), col + static_cast<int>(i), item, n, flow + 1)) return false;
                if (is_map) {
                    item.key_line = l.number;
                    item.key_column = key_col + 1;
                }
                i += n;
                skip();
                if (i < s.size() && s[i] == ',') {
                    ++i;
                    continue;
                }
                if (i < s.size() && s[i] == close) {
                    used = i + 1;
                    return true;
                }
                if (i >= s.size()) return unclosed();
                err(l, col + static_cast<int>(i), std::string("expected ',' or '") + close + "'");
                return false;
            }
        }
        // Plain scalar.
        std::size_t end = s.size();
        if (flow) {
            end = s.find_first_of(",]}:");
            while (end != std::string_view::npos && s[end] == ':' && end + 1 < s.size() && s[end + 1] != ' ') 
                end = s.find_first_of(",]}:", end + 1);  // "https://x" keeps its colon
            if (end == std::string_view::npos) end = s.size();
        }
        std::string_view text = s.substr(0, end);
        while (!text.empty() && text.back() == ' ') text.remove_suffix(1);
        used = end;
        if (!flow && key_colon(text) != std::string_view::npos) {
            err(l, col, "a value containing \": \" must be quoted");
            return false;
        }
        out.text = std::string(text);
        out.kind = Value::Kind::string;
        if (text == "true" || text == "True" || text == "TRUE" || text == "false" || text == "False" || text == "FALSE") {
            out.kind = Value::Kind::boolean;
            out.boolean = text[0] == 't' || text[0] == 'T';
        } else if (text == "null" || text == "Null" || text == "NULL" || text == "~") {
            out.kind = Value::Kind::null;
            out.text.clear();
        } else if (looks_numeric(text)) {
            out.kind = Value::Kind::number;
            out.number = std::strtod(out.text.c_str(), nullptr);
        }
        return true;
    }

    static bool looks_numeric(std::string_view t) {
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

    bool double_quoted(const Line& l, std::string_view s, int col, Value& out, std::size_t& used) {
        out.kind = Value::Kind::string;
        std::string v;
        std::size_t i = 1;
        while (i < s.size() && s[i] != '"') {
            if (s[i] != '\\') {
                v += s[i++];
                continue;
            }
            if (i + 1 >= s.size()) break;
            char e = s[i + 1];
            int hex = 0;
            switch (e) {
            case '"': v += '"'; break;
            case '\\': v += '\\'; break;
            case '/': v += '/'; break;
            case 'n': v += '\n'; break;
            case 't': v += '\t'; break;
            case 'r': v += '\r'; break;
            case 'b': v += '\b'; break;
            case 'f': v += '\f'; break;
            case 'e': v += '\x1b'; break;
            case '0': v += "\xEF\xBF\xBD"; break;  // NUL is never passed on
            case ' ': v += ' '; break;
            case '_': v += "\xC2\xA0"; break;
            case 'x': hex = 2; break;
            case 'u': hex = 4; break;
            case 'U': hex = 8; break;
            default: {
                err(l, col + static_cast<int>(i),
                    "unknown escape \\" + first_character(s.substr(i + 1)) + " in double-quoted text");
                return false;
            }
            }
            if (hex) {
                std::uint32_t cp = 0;  // at most 8 hex digits
                for (int k = 0; k < hex; ++k) {
                    std::size_t j = i + 2 + static_cast<std::size_t>(k);
                    char h = j < s.size() ? s[j] : 0;
                    int d = (h >= '0' && h <= '9') ? h - '0' : (h >= 'a' && h <= 'f') ? h - 'a' + 10
                          : (h >= 'A' && h <= 'F') ? h - 'A' + 10 : -1;
                    if (d < 0) {
                        err(l, col + static_cast<int>(i), std::string("\\") + e + " needs " + std::to_string(hex) + " hex digits");
                        return false;
                    }
                    cp = cp * 16 + static_cast<std::uint32_t>(d);
                }
                append_utf8(v, cp);
                i += 2 + static_cast<std::size_t>(hex);
            } else {
                i += 2;
            }
        }
        if (i >= s.size()) {
            err(l, col, "missing closing \" (quoted text must end on the same line)");
            return false;
        }
        out.text = std::move(v);
        used = i + 1;
        return true;
    }

    bool single_quoted(const Line& l, std::string_view s, int col, Value& out, std::size_t& used) {
        out.kind = Value::Kind::string;
        std::string v;
        std::size_t i = 1;
        while (i < s.size()) {
            if (s[i] == '\'') {
                if (i + 1 < s.size() && s[i + 1] == '\'') {
                    v += '\'';
                    i += 2;
                    continue;
                }
                break;
            }
            v += s[i++];
        }
        if (i >= s.size()) {
            err(l, col, "missing closing ' (quoted text must end on the same line)");
            return false;
        }
        out.text = std::move(v);
        used = i + 1;
        return true;
    }

    const Limits& limits_;
    Diagnostics& diags_;
    std::vector<Line> lines_;
    std::size_t cur_ = 0;
    bool failed_ = false;
};

}  // namespace

bool read_yaml(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line) {
    YamlReader reader(text, limits, diags, first_line);
    return reader.read(out);
}

}  // namespace broadsheet::detail
