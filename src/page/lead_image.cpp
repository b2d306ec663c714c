// The lead image with its caption and credit.
#include "html/escape.hpp"
#include "page/page_parts.hpp"

namespace broadsheet::detail {

// The lead image is what the reader sees first (the Largest Contentful
// Paint): never lazy, fetched first, its box reserved by width and height.
void write_lead_image(HtmlWriter& w, const PageContext& c) {
    if (!c.r.image) return;
    const Image& img = *c.r.image;
    w.open("figure", "bs-lead");
    w.start("img").url("src", img.url).attr("alt", img.alt);
    if (!img.srcset.empty()) {
        // Each candidate URL is percent-encoded like any URL attribute (a
        // space would split it); one ending in "," would merge with the next,
        // and a browser drops a "," it starts with (",javascript:x" passed
        // the URL policy as a relative path, and would be read as
        // "javascript:x"): such candidates are left out.
        bool any = false;
        for (const auto& cand : img.srcset) {
            if (cand.width <= 0 || cand.url.front() == ',' || cand.url.back() == ',') continue;
            w.raw(any ? ", " : " srcset=\"");
            escape_url_attr(w.buffer(), cand.url);
            w.raw(" ").raw(std::to_string(cand.width)).raw("w");
            any = true;
        }
        if (any) {
            w.raw("\"");
            if (!img.sizes.empty()) w.attr("sizes", img.sizes);
        }
    }
    if (img.width > 0 && img.height > 0) w.attr("width", img.width).attr("height", img.height);
    w.attr("fetchpriority", "high").end_start();
    if (!img.caption.empty() || !img.credit.empty()) {
        w.open("figcaption");
        if (!img.caption.empty())
            w.start("span").attr("class", "bs-caption").attr("dir", "auto").end_start().text(img.caption).close("span");
        if (!img.caption.empty() && !img.credit.empty()) w.text(" ");
        if (!img.credit.empty())
            w.start("span").attr("class", "bs-credit").attr("dir", "auto").end_start()
                .text(c.s.get(Text::photo_credit, {{"credit", img.credit}})).close("span");
        w.close("figcaption");
    }
    w.close("figure").newline();
}

}  // namespace broadsheet::detail
