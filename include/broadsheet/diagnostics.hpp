// broadsheet/diagnostics.hpp — errors and warnings as values.
//
// Nothing in Broadsheet throws to report bad input. Every parse_* and render_*
// function returns a Result: the value when the input was usable, and the
// diagnostics found on the way (warnings may accompany a value; an error
// means there is no value). Messages are written for the person who wrote the
// article and say what was expected. Each one says where: a 1-based line and
// column, and for a field also its JSON Pointer (RFC 6901, "/author/0/name";
// in front matter the pointer uses the front matter's own keys, "/title").
//
// The parsers report every problem they find, not only the first, in source
// order: the YAML front matter reader recovers after a syntax error (it skips
// the rest of that entry), and a field that could not be read is not also
// reported as missing. A JSON syntax error ends the parse: nothing after it
// can be read reliably.
//
// Warnings are what renders but hurts readers: a lead image without alt text,
// no publication date, a headline over 110 characters, an unknown field (with
// "did you mean" for near misses), a URL the policy refuses, a field given
// under two names. The parsers report unknown fields; the others come from
// the article check that render_html runs, at the field's place. Errors are what
// cannot be rendered as meant: a value of the wrong type or format, a missing
// headline, a syntax error, a limit (Limits in options.hpp) exceeded.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace broadsheet {

enum class Severity { error, warning };

struct Diagnostic {
    Severity severity = Severity::error;
    std::string message;   // one sentence, no trailing period, e.g. "expected a string"
    int line = 0;          // 1-based; 0 when not known or about the whole input (e.g. its size)
    int column = 0;        // 1-based, in Unicode code points; 0 when line is 0
    std::string path;      // JSON Pointer of the field ("" for the whole document or a syntax error)
};

// A value or the reasons there is none.
//   auto r = broadsheet::parse_json(text);
//   if (!r) for (auto& d : r.diagnostics) std::cerr << d.message << '\n';
template <class T>
struct Result {
    std::optional<T> value;
    std::vector<Diagnostic> diagnostics;

    bool ok() const { return value.has_value(); }
    explicit operator bool() const { return ok(); }
    T& operator*() { return *value; }
    const T& operator*() const { return *value; }
    T* operator->() { return &*value; }
    const T* operator->() const { return &*value; }

    bool has_errors() const {
        for (const auto& d : diagnostics)
            if (d.severity == Severity::error) return true;
        return false;
    }
};

}  // namespace broadsheet
