// Private: the readers that turn source text into a Value tree.
#pragma once

#include <string_view>

#include "broadsheet/options.hpp"
#include "diagnostics.hpp"
#include "input/value.hpp"

namespace broadsheet::detail {

// JSON text -> Value (json_reader.cpp, through nlohmann's SAX parser). Every
// value gets its line and column; `first_line` shifts them when the JSON is
// embedded in a larger file (JSON front matter). Syntax errors and the depth
// limit are reported to `diags`; returns false when there is no tree.
bool read_json(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line = 1);

// YAML front matter -> Value (yaml_reader.cpp, through libyaml's parser).
// Syntax errors are reported to `diags` and the reader recovers after each at
// the next top-level key; returns false when there were errors.
bool read_yaml(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line);

// TOML front matter (between "+++" lines) -> Value (toml_reader.cpp, through
// toml++). Returns false after reporting a syntax error: there is then no
// tree. Builds without toml++ (BS_TOML=OFF, the WebAssembly module) report
// that TOML is not supported here, at the opening "+++" (first_line - 1).
bool read_toml(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line);

}  // namespace broadsheet::detail
