// Entry point: the one call, render(source, options), checked against the
// two steps parse() + render_html() (the same HTML), with the options chosen
// by the first two bytes (the layout is mirrored in seeds.mjs):
//   byte 0: bits 0-1 mode (fragment, page, commonmark, page), bit 2 allowHtml,
//           bit 3 ads every paragraph, bit 4 no share list, bits 5-6 toc
//           (auto, on, off, auto), bit 7 tel allowed
//   byte 1: bits 0-1 format (detect, json, markdown, detect), bit 2 small
//           limits, bit 3 hostile interface strings, bit 4 embed origins
//           (iframes from two players, with allowHtml)
#include <string>

#include "fuzz/fuzz_common.hpp"

// The two-step API gives the same result (the pipeline's promise): parse(),
// then render_html(), accepts what render() accepts, with the same bytes.
static void require_same_both_ways(std::string_view source, const broadsheet::RenderOptions& o,
                                   const broadsheet::Result<broadsheet::Rendered>& one) {
    if (o.mode == broadsheet::RenderMode::commonmark) return;  // the whole source is the body: no parse step
    auto parsed = broadsheet::parse(source, o.format, o.limits);
    auto two = parsed ? broadsheet::render_html(*parsed, o) : broadsheet::Result<broadsheet::Rendered>{};
    if (two.ok() != one.ok() || (one && two->html != one->html)) {
        std::fprintf(stderr, "render: parse + render_html %s render()\n",
                     two.ok() != one.ok() ? (one.ok() ? "refuses what is accepted by" : "accepts what is refused by")
                                          : "writes other HTML than");
        std::abort();
    }
}

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    if (size < 2) return 0;
    const unsigned char a = data[0], b = data[1];
    broadsheet::RenderOptions o;
    const broadsheet::RenderMode modes[] = {broadsheet::RenderMode::fragment, broadsheet::RenderMode::page,
                                            broadsheet::RenderMode::commonmark, broadsheet::RenderMode::page};
    o.mode = modes[a & 3];
    o.allow_html = a & 4;
    if (a & 8) {
        o.ads.enabled = true;
        o.ads.after = 1;
        o.ads.every = 1;
        o.ads.max = 5;
        o.ads.label = "<Ad & \"label\">";
    }
    o.share.enabled = !(a & 16);
    const broadsheet::TocMode tocs[] = {broadsheet::TocMode::auto_, broadsheet::TocMode::on, broadsheet::TocMode::off,
                                        broadsheet::TocMode::auto_};
    o.toc = tocs[(a >> 5) & 3];
    if (a & 128) o.url_schemes.push_back("tel");
    const broadsheet::InputFormat formats[] = {broadsheet::InputFormat::detect, broadsheet::InputFormat::json,
                                               broadsheet::InputFormat::markdown, broadsheet::InputFormat::detect};
    o.format = formats[b & 3];
    if (b & 4) {
        o.limits.max_depth = 4;
        o.limits.max_diagnostics = 3;
        o.limits.max_output_bytes = 4096;
        o.limits.max_input_bytes = 2048;
    }
    if (b & 16) o.embed_origins = {"https://www.youtube-nocookie.com", "https://player.vimeo.com"};
    if (b & 8) {
        o.strings["by"] = "<script>alert(1)</script>";
        o.strings["minRead"] = "{n} \" onmouseover=\"x";
        o.strings["photoCredit"] = "{credit} <img src=x onerror=alert(1)>";
        o.strings["contents"] = "</nav><script>";
        o.publisher.name = "</title><script>alert(1)</script>";
        o.publisher.url = "javascript:alert(1)";
        o.stylesheet = "javascript:alert(1)";
    }
    std::string_view source(reinterpret_cast<const char*>(data + 2), size - 2);
    auto out = broadsheet::render(source, o);
    bs_fuzz::require_explained(out, "render");
    require_same_both_ways(source, o, out);
    if (!out) return 0;
    if (out->html.size() > o.limits.max_output_bytes) {
        std::fprintf(stderr, "render: %zu bytes of HTML, over maxOutputBytes\n", out->html.size());
        std::abort();
    }
    bs_fuzz::require_safe(out->html, "render");
    return 0;
}
