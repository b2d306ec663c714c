// TOML front matter (between "+++" lines, as Hugo and Zola write it) -> Value,
// through toml++. The tree is the one the YAML reader builds, so the same
// mapper reads both: tables become maps, arrays lists, strings text, integers
// and floats numbers (their spelling kept as text, as a YAML plain scalar's
// is), booleans yes/no values, and dates and times text in RFC 3339 form,
// which the date field reader parses.
//
// toml++ stops at the first syntax error (TOML has no recovery), so a syntax
// error leaves no tree: the mapper then checks nothing and reports nothing
// else (a broken file is not also a file without a headline).
//
// Builds without toml++ (BS_TOML=OFF: the WebAssembly module, where it would
// cost too much of the size budget) refuse TOML front matter with an error
// that says so.
#include "input/readers.hpp"

#ifdef BS_TOML
#include <algorithm>
#include <cstdio>
#include <cstdlib>

#define TOML_ENABLE_FORMATTERS 0  // we print nothing; keeps the code smaller
#include <toml++/toml.h>
#endif

namespace broadsheet::detail {

#ifdef BS_TOML
namespace {

class TomlToValue {
public:
    TomlToValue(const Limits& limits, Diagnostics& diags, int line_shift)
        : limits_(limits), diags_(diags), line_shift_(line_shift) {}

    bool failed() const { return failed_; }

    void table(const toml::table& t, Value& out, int depth) {
        out.kind = Value::Kind::object;
        place(out, t.source().begin);
        if (!deep_enough(out, depth)) return;
        // toml++ keeps a table's keys sorted by name; the Value keeps them in
        // the order they were written, as the YAML and JSON readers do.
        std::vector<std::pair<const toml::key*, const toml::node*>> members;
        members.reserve(t.size());
        for (auto&& [key, node] : t) members.emplace_back(&key, &node);
        std::stable_sort(members.begin(), members.end(), [](const auto& a, const auto& b) {
            const auto &pa = a.first->source().begin, &pb = b.first->source().begin;
            return pa.line != pb.line ? pa.line < pb.line : pa.column < pb.column;
        });
        out.keys.reserve(members.size());
        out.items.reserve(members.size());
        for (const auto& [key, node] : members) {
            out.keys.emplace_back(key->str());
            Value& v = out.items.emplace_back();
            node_value(*node, v, depth + 1);
            const auto& at = key->source().begin;
            v.key_line = at.line ? static_cast<int>(at.line) + line_shift_ : v.line;
            v.key_column = at.line ? static_cast<int>(at.column) : v.column;
        }
    }

private:
    void node_value(const toml::node& n, Value& out, int depth) {
        place(out, n.source().begin);
        switch (n.type()) {
        case toml::node_type::table: return table(*n.as_table(), out, depth);
        case toml::node_type::array: {
            out.kind = Value::Kind::array;
            if (!deep_enough(out, depth)) return;
            const toml::array& a = *n.as_array();
            out.items.reserve(a.size());
            for (const toml::node& item : a) node_value(item, out.items.emplace_back(), depth + 1);
            return;
        }
        case toml::node_type::string:
            out.kind = Value::Kind::string;
            out.text = n.as_string()->get();
            return;
        case toml::node_type::integer:
            out.kind = Value::Kind::number;
            out.number = static_cast<double>(n.as_integer()->get());
            out.text = std::to_string(n.as_integer()->get());
            return;
        case toml::node_type::floating_point: {
            out.kind = Value::Kind::number;
            out.number = n.as_floating_point()->get();
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.17g", out.number);
            out.text = buf;
            return;
        }
        case toml::node_type::boolean:
            out.kind = Value::Kind::boolean;
            out.boolean = n.as_boolean()->get();
            out.text = out.boolean ? "true" : "false";
            return;
        case toml::node_type::date:
            out.kind = Value::Kind::string;
            out.text = date_text(n.as_date()->get());
            return;
        case toml::node_type::time:
            out.kind = Value::Kind::string;
            out.text = time_text(n.as_time()->get());
            return;
        case toml::node_type::date_time: {
            const toml::date_time& dt = n.as_date_time()->get();
            out.kind = Value::Kind::string;
            out.text = date_text(dt.date) + 'T' + time_text(dt.time);
            if (dt.offset) {
                int m = dt.offset->minutes;
                if (m == 0) {
                    out.text += 'Z';
                } else {
                    char buf[8];
                    std::snprintf(buf, sizeof buf, "%c%02d:%02d", m < 0 ? '-' : '+', std::abs(m) / 60, std::abs(m) % 60);
                    out.text += buf;
                }
            }
            return;
        }
        case toml::node_type::none: out.kind = Value::Kind::null; return;
        }
    }

    static std::string date_text(const toml::date& d) {
        char buf[16];
        std::snprintf(buf, sizeof buf, "%04u-%02u-%02u", unsigned{d.year}, unsigned{d.month}, unsigned{d.day});
        return buf;
    }
    static std::string time_text(const toml::time& t) {
        char buf[24];
        if (t.nanosecond)
            std::snprintf(buf, sizeof buf, "%02u:%02u:%02u.%09u", unsigned{t.hour}, unsigned{t.minute},
                          unsigned{t.second}, unsigned{t.nanosecond});
        else
            std::snprintf(buf, sizeof buf, "%02u:%02u:%02u", unsigned{t.hour}, unsigned{t.minute}, unsigned{t.second});
        return buf;
    }

    void place(Value& v, const toml::source_position& at) const {
        if (!at.line) return;  // a table made implicitly by a dotted key has no position of its own
        v.line = static_cast<int>(at.line) + line_shift_;
        v.column = static_cast<int>(at.column);
    }

    bool deep_enough(Value& v, int depth) {
        if (depth < limits_.max_depth) return true;
        diags_.error("front matter: nesting deeper than " + std::to_string(limits_.max_depth) +
                         " levels (limit maxDepth)",
                     v.line, v.column);
        v.kind = Value::Kind::invalid;
        failed_ = true;
        return false;
    }

    const Limits& limits_;
    Diagnostics& diags_;
    int line_shift_;
    bool failed_ = false;
};

}  // namespace

bool read_toml(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line) {
    const int shift = first_line - 1;
    toml::parse_result parsed = toml::parse(text);
    if (!parsed) {
        const toml::parse_error& e = parsed.error();
        const auto& at = e.source().begin;
        // Named: a TOML syntax error reads differently from YAML's.
        diags.error("TOML front matter: " + std::string(e.description()), static_cast<int>(at.line) + shift,
                    static_cast<int>(at.column));
        return false;
    }
    TomlToValue convert(limits, diags, shift);
    convert.table(parsed.table(), out, 0);
    out.line = first_line;  // the document: its first line
    out.column = 1;
    return !convert.failed();  // after a depth error, Kind::invalid stands where it was
}

#else

bool read_toml(std::string_view, const Limits&, Diagnostics& diags, Value&, int first_line) {
    diags.error("TOML front matter (+++) is not supported by this build (the WebAssembly module); convert it to YAML "
                "or pre-render with the broadsheet CLI",
                first_line - 1, 1);
    return false;
}

#endif

}  // namespace broadsheet::detail
