// JSON text -> Value: nlohmann's SAX parser builds our Value tree, giving
// every value the line and column where it starts (nlohmann's own DOM keeps
// no positions), and its syntax errors are reworded for article writers.
// This is the only file that includes nlohmann.
#include <iterator>
#include <nlohmann/json.hpp>

#include "input/readers.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

// A char iterator that publishes how far the parser has read, so each SAX
// event can be given the line and column where its value starts.
struct TrackingIterator {
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* p = nullptr;
    const char** cursor = nullptr;

    reference operator*() const { return *p; }
    TrackingIterator& operator++() {
        *cursor = ++p;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator t = *this;
        ++*this;
        return t;
    }
    bool operator==(const TrackingIterator& o) const { return p == o.p; }
    bool operator!=(const TrackingIterator& o) const { return p != o.p; }
};

class TreeBuilder {
public:
    using json = nlohmann::json;
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    TreeBuilder(std::string_view text, const Limits& limits, Diagnostics& diags, Value& root, int first_line)
        : text_(text), limits_(limits), diags_(diags), root_(root), lines_(text, first_line) {}

    const char* cursor = nullptr;  // written by TrackingIterator

    bool null() { return scalar(Value{}); }
    bool boolean(bool b) {
        Value v;
        v.kind = Value::Kind::boolean;
        v.boolean = b;
        v.text = b ? "true" : "false";
        return scalar(std::move(v));
    }
    bool number_integer(number_integer_t n) { return number(static_cast<double>(n)); }
    bool number_unsigned(number_unsigned_t n) { return number(static_cast<double>(n)); }
    bool number_float(number_float_t n, const string_t&) { return number(n); }
    bool string(string_t& s) {
        Value v;
        v.kind = Value::Kind::string;
        v.text = std::move(s);
        return scalar(std::move(v));
    }
    bool binary(binary_t&) { return false; }  // not produced by the JSON reader
    bool start_object(std::size_t) { return open(Value::Kind::object); }
    bool key(string_t& k) {
        key_pos_ = lines_.at(token_start());  // before the value's: positions are asked for in order
        key_ = std::move(k);
        prev_end_ = static_cast<std::size_t>(cursor - text_.data());
        have_key_ = true;
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(Value::Kind::array); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        std::size_t offset = position > 0 ? position - 1 : 0;
        // A bare word ("tru", "yes") is reported where it starts, not after it.
        auto letter = [&](std::size_t i) {
            char c = text_[i];
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        };
        while (offset > 0 && offset <= text_.size() && letter(offset - 1)) --offset;
        auto pos = lines_.at(offset);
        char at = offset < text_.size() ? text_[offset] : '\0';
        std::string shown = first_character(text_.substr(std::min(offset, text_.size())));
        diags_.error(describe_syntax_error(ex.what(), at, shown), pos.line, pos.column);
        return false;
    }

    bool failed_on_depth() const { return depth_error_; }

private:
    // Where the value about to be reported starts: the first byte after the
    // previous token that is not whitespace, ':' or ','.
    std::size_t token_start() const {
        std::size_t i = prev_end_;
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r' ||
                                    text_[i] == ':' || text_[i] == ','))
            ++i;
        return i;
    }

    Value* place(Value&& v) {
        auto pos = lines_.at(token_start());
        v.line = pos.line;
        v.column = pos.column;
        prev_end_ = static_cast<std::size_t>(cursor - text_.data());
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Value& parent = *stack_.back();
        if (parent.kind == Value::Kind::object) {
            v.key_line = key_pos_.line;
            v.key_column = key_pos_.column;
            parent.keys.push_back(std::move(key_));
            key_.clear();
            have_key_ = false;
        }
        parent.items.push_back(std::move(v));
        return &parent.items.back();
    }

    bool scalar(Value&& v) {
        place(std::move(v));
        return true;
    }
    bool number(double n) {
        Value v;
        v.kind = Value::Kind::number;
        v.number = n;
        return scalar(std::move(v));
    }
    bool open(Value::Kind kind) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            auto pos = lines_.at(cursor - text_.data() - 1);
            diags_.error("nesting deeper than " + std::to_string(limits_.max_depth) +
                             " levels (limit maxDepth)",
                         pos.line, pos.column);
            depth_error_ = true;
            return false;
        }
        // The container's own start is the '{' or '[' just read.
        std::size_t here = static_cast<std::size_t>(cursor - text_.data()) - 1;
        Value v;
        v.kind = kind;
        prev_end_ = here;
        Value* p = place(std::move(v));
        prev_end_ = here + 1;
        stack_.push_back(p);
        return true;
    }
    bool close() {
        stack_.pop_back();
        prev_end_ = static_cast<std::size_t>(cursor - text_.data());
        return true;
    }

    // nlohmann says, e.g., "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error
    // while parsing object key - unexpected '}'; expected string literal". Writers of articles are not
    // JSON experts: name the usual mistakes (a trailing comma, single quotes, a missing comma, a comment)
    // in their terms. `at` is the character where the parser stopped.
    // What nlohmann::json writes after "; expected " (its token_type_name and
    // the one list it forms from them).
    static bool is_parser_token_name(std::string_view s) {
        static const char* const kNames[] = {"true literal", "false literal", "null literal", "string literal",
                                             "number literal", "'['", "'{'", "']'", "'}'", "':'", "','",
                                             "end of input", "'[', '{', or a literal", "<parse error>",
                                             "<uninitialized>", "unknown token"};
        for (const char* n : kNames)
            if (s == n) return true;
        return false;
    }

    static std::string describe_syntax_error(std::string_view what, char at, const std::string& shown) {
        std::string_view msg = what;
        std::size_t p = msg.find("syntax error while parsing ");
        if (p != std::string_view::npos) msg.remove_prefix(p + 27);
        std::size_t dash = msg.find(" - ");
        std::string_view context = dash == std::string_view::npos ? std::string_view{} : msg.substr(0, dash);
        if (dash != std::string_view::npos) msg.remove_prefix(dash + 3);
        // "PROBLEM; last read: 'RAW'; expected WHAT": RAW is input bytes, which
        // may themselves hold "; expected " (found by fuzz_json), so PROBLEM
        // ends where RAW starts and WHAT is taken from the end, and only when
        // it is one of the parser's own token names.
        std::size_t ex = msg.rfind("; expected ");
        std::size_t last_read = msg.find("; last read: ");
        std::string_view expected = ex == std::string_view::npos ? std::string_view{} : msg.substr(ex + 11);
        if (!is_parser_token_name(expected)) expected = {};
        std::string_view problem = msg.substr(0, std::min(ex, last_read));
        auto starts = [](std::string_view s, std::string_view with) { return s.substr(0, with.size()) == with; };
        bool letter = (at >= 'a' && at <= 'z') || (at >= 'A' && at <= 'Z');

        std::string why;
        if (starts(problem, "invalid literal")) {
            if (at == '\'') why = "text and keys must be in double quotes (\"...\"), not single quotes";
            else if (at == '/' || at == '#') why = "JSON has no comments";
            else if (expected == "end of input") why = "there is more text after the end of the article's {...}";
            else if (letter && context == "object key") why = "a key must be in double quotes, like \"headline\"";
            else if (letter) why = "text must be in double quotes; the only words without quotes are true, false and null";
            else why = "unexpected '" + shown + "'";
        } else if (problem == "unexpected '}'" && context == "object key") {
            why = "a comma before '}' with nothing after it (JSON allows no trailing comma)";
        } else if (problem == "unexpected ']'" && context == "value") {
            why = "a comma before ']' with nothing after it (JSON allows no trailing comma)";
        } else if (problem == "unexpected end of input") {
            why = expected == "'[', '{', or a literal" ? "the text ends where a value should be"
                                                       : "the text ends before the closing '}' or ']'";
        } else if (starts(problem, "unexpected ") && expected == "'}'") {
            why = "a comma is missing between two members of an object";
        } else if (starts(problem, "unexpected ") && expected == "']'") {
            why = "a comma is missing between two items of an array";
        } else if (starts(problem, "invalid string: control character U+000A")) {
            why = "a line break inside quoted text must be written \\n";
        } else if (starts(problem, "invalid string: forbidden character after backslash")) {
            why = "a backslash in quoted text must start an escape such as \\n, \\\" or \\\\";
        } else if (starts(problem, "invalid string: control character")) {
            why = "a control character inside quoted text must be escaped, like \\t";
        } else {
            why = std::string(problem);
            if (!expected.empty()) why += "; expected " + std::string(expected);
        }
        return "invalid JSON: " + quote_input(why, 200);  // one clean line whatever the input held
    }

    std::string_view text_;
    const Limits& limits_;
    Diagnostics& diags_;
    Value& root_;
    LineIndex lines_;
    std::vector<Value*> stack_;
    std::string key_;
    bool have_key_ = false;
    std::size_t prev_end_ = 0;
    LineIndex::Position key_pos_;  // where the pending key starts
    bool depth_error_ = false;
};

}  // namespace

bool read_json(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line) {
    TreeBuilder builder(text, limits, diags, out, first_line);
    builder.cursor = text.data();
    TrackingIterator first{text.data(), &builder.cursor}, last{text.data() + text.size(), &builder.cursor};
    return nlohmann::json::sax_parse(first, last, &builder, nlohmann::json::input_format_t::json, true, false);
}

}  // namespace broadsheet::detail
