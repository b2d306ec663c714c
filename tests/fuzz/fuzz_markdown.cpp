// Entry point: parse_markdown (front matter in YAML or JSON, then the body),
// on raw bytes and then on sanitised ones rendered as a page.
#include <string>

#include "html/escape.hpp"
#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    broadsheet::Limits limits;
    auto raw = broadsheet::parse_markdown(in, limits);
    bs_fuzz::require_explained(raw, "parse_markdown(raw)", false);

    std::string clean;
    if (broadsheet::detail::sanitize_utf8(in, clean)) in = clean;
    auto parsed = broadsheet::parse_markdown(in, limits);
    bs_fuzz::require_explained(parsed, "parse_markdown");
    if (!parsed) return 0;
    broadsheet::RenderOptions o;
    o.mode = broadsheet::RenderMode::page;
    auto out = broadsheet::render_html(*parsed, o);
    bs_fuzz::require_explained(out, "render_html");
    if (out) bs_fuzz::require_safe(out->html, "markdown page");
    return 0;
}
