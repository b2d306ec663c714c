// What the front-matter reader tests share: run a reader on the text between
// the delimiter lines (line 2 on) and keep its tree and diagnostics.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "input/readers.hpp"

namespace broadsheet::detail::test {

struct Read {
    Value value;
    std::vector<Diagnostic> diagnostics;
    bool ok = false;
};

// `reader` is read_yaml or read_toml.
template <typename Reader>
Read read_front_matter(Reader reader, std::string_view text, const Limits& limits) {
    Read r;
    Diagnostics diags(limits.max_diagnostics);
    r.ok = reader(text, limits, diags, r.value, 2);
    r.diagnostics = diags.take();
    return r;
}

}  // namespace broadsheet::detail::test
