// Helpers for the page parts' tests: render through the public API and look
// at the HTML (each part is tested where a reader sees it).
#pragma once

#include <catch2/catch.hpp>

#include <string>
#include <string_view>

#include "broadsheet/broadsheet.hpp"

namespace page_test {

using namespace broadsheet;

inline Result<Rendered> rendered(std::string_view src, const RenderOptions& o = {}) { return render(src, o); }

inline std::string html(std::string_view src, const RenderOptions& o = {}) {
    auto r = render(src, o);
    INFO((r.diagnostics.empty() ? std::string() : r.diagnostics[0].message));
    REQUIRE(r);
    return r->html;
}

inline bool has(const std::string& h, std::string_view needle) { return h.find(needle) != std::string::npos; }

inline std::size_t count(const std::string& h, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t p = h.find(needle); p != std::string::npos; p = h.find(needle, p + 1)) ++n;
    return n;
}

inline bool warned(const Result<Rendered>& r, std::string_view text) {
    for (const auto& d : r.diagnostics)
        if (d.message.find(text) != std::string::npos) return true;
    return false;
}

inline RenderOptions page_mode() {
    RenderOptions o;
    o.mode = RenderMode::page;
    return o;
}

}  // namespace page_test
