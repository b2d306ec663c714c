// Entry point: parse_options_json, then a fixed article rendered as a page
// with whatever options came out (interface strings, ad label, stylesheet,
// publisher defaults, URL schemes reach the HTML).
#include <string>

#include "html/escape.hpp"
#include "fuzz/fuzz_common.hpp"

namespace {

const char kArticle[] =
    "---\ntitle: T\ndate: 2026-01-02T03:04:05+01:00\nlastmod: 2026-01-03\nauthor: [{name: A, url: /a}, B]\n"
    "image: {src: /i.jpg, alt: I, caption: C, credit: D}\nurl: https://x.example/a\ntags: [t]\nsection: S\n---\n"
    "# One\n\npara [l](/l) <sup>x</sup>\n\npara\n\n# Two\n\npara\n\npara\n\n# Three\n\n[tel](tel:1)\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    std::string_view in(reinterpret_cast<const char*>(data), size);
    std::string clean;
    if (broadsheet::detail::sanitize_utf8(in, clean)) in = clean;
    auto options = broadsheet::parse_options_json(in);
    bs_fuzz::require_explained(options, "parse_options_json");
    if (!options) return 0;
    auto out = broadsheet::render(kArticle, *options);
    bs_fuzz::require_explained(out, "render");
    if (out) bs_fuzz::require_safe(out->html, "options");
    return 0;
}
