// broadsheet/diagnostics.hpp — errors and warnings as values.
//
// Nothing in Broadsheet throws to report bad input. Every parse_* and render_*
// function returns a Result: the value when the input was usable, and the
// diagnostics found on the way (warnings may accompany a value; an error
// means there is no value). Messages are written for the person who wrote the
// article, and each one says where: a 1-based line and column for Markdown,
// front matter and JSON syntax, and a JSON Pointer (RFC 6901, "/author/0/name")
// for a field of the wrong type or a missing one.
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
    int line = 0;          // 1-based; 0 when unknown
    int column = 0;        // 1-based, in Unicode code points; 0 when unknown
    std::string path;      // JSON Pointer of the field ("" for the whole document)
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
