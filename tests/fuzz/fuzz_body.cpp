// Entry point: the Markdown body (md4c and our callbacks), in commonmark mode
// and in the article dialect, with and without allowHtml (the first byte:
// bit 0 allowHtml, bit 1 tel allowed, bit 2 embed origins for iframes).
#include <string>

#include "html/escape.hpp"
#include "fuzz/fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    if (size < 1) return 0;
    const unsigned char flags = data[0];
    std::string_view in(reinterpret_cast<const char*>(data + 1), size - 1);
    std::string clean;
    if (broadsheet::detail::sanitize_utf8(in, clean)) in = clean;

    broadsheet::Article a;
    a.headline = "H";
    a.body = std::string(in);
    broadsheet::RenderOptions o;
    o.allow_html = flags & 1;
    o.toc = broadsheet::TocMode::on;
    if (flags & 2) o.url_schemes.push_back("tel");
    if (flags & 4) o.embed_origins = {"https://www.youtube-nocookie.com", "https://player.vimeo.com"};
    for (auto mode : {broadsheet::RenderMode::commonmark, broadsheet::RenderMode::fragment}) {
        o.mode = mode;
        auto out = broadsheet::render_html(a, o);
        bs_fuzz::require_explained(out, "render_html");
        if (out) bs_fuzz::require_safe(out->html, mode == broadsheet::RenderMode::commonmark ? "commonmark" : "article");
    }
    return 0;
}
