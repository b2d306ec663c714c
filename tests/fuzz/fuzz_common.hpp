// Shared by the fuzz targets: what every output must satisfy. A violation
// aborts, so libFuzzer saves the input as a crash artifact.
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string_view>

#include "broadsheet/broadsheet.hpp"
#include "security/html_check.hpp"

namespace bs_fuzz {

inline void require_safe(std::string_view html, const char* what) {
    auto problems = bs_test::html_problems(html);
    if (problems.empty()) return;
    std::fprintf(stderr, "%s: the output fails the security oracle:\n", what);
    for (const auto& p : problems) std::fprintf(stderr, "  %s\n", p.c_str());
    std::fprintf(stderr, "--- output ---\n%.*s\n", static_cast<int>(html.size() < 4000 ? html.size() : 4000), html.data());
    std::abort();
}

// Errors are values: a failed result must say why, and (when the input was
// valid UTF-8, as render() makes it) in one line of clean UTF-8 without
// control characters: messages quote input and end up in terminals.
template <class T>
void require_explained(const broadsheet::Result<T>& r, const char* what, bool clean_input = true) {
    for (const auto& d : r.diagnostics) {
        if (!clean_input) break;
        if (bs_test::is_clean_message(d.message) && bs_test::is_clean_message(d.path)) continue;
        std::fprintf(stderr, "%s: a diagnostic is not one line of clean UTF-8: %s\n", what, d.message.c_str());
        std::abort();
    }
    if (r.ok() || r.has_errors()) return;
    std::fprintf(stderr, "%s: failed without an error diagnostic\n", what);
    std::abort();
}

}  // namespace bs_fuzz
