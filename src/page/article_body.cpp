// The body stage's HTML inside <div class="bs-body">, with the table of
// contents (toc.cpp) and the advertisement slots (ad_slots.hpp) between its
// top-level blocks. The body's HTML is copied in pieces, never edited.
#include "page/ad_slots.hpp"
#include "page/page_parts.hpp"

namespace broadsheet::detail {

namespace {

void write_ad(HtmlWriter& w, const PageContext& c, std::size_t index, std::size_t count) {
    std::string i = std::to_string(index), n = std::to_string(count);
    std::string label = c.opt.ads.label.empty() ? c.s.get(Text::advertisement) : c.opt.ads.label;
    w.start("section").attr("class", "bs-ad bs-ad-" + c.opt.ads.size)
        .attr("aria-label", c.s.get(Text::advertisement_n, {{"label", label}, {"i", i}, {"n", n}}))
        .attr("data-slot", i).attr("data-size", c.opt.ads.size).end_start();
    w.open("p", "bs-ad-label").text(label).close("p");
    // The publisher's ad code fills this box; the theme sizes it from the
    // bs-ad-SIZE class so filling it moves nothing.
    w.raw("<div class=\"bs-ad-space\"></div>");
    w.close("section").newline();
}

}  // namespace

void write_article_body(HtmlWriter& w, const PageContext& c, const Body& body) {
    w.open("div", "bs-body").newline();
    auto slots = place_ads(c.opt.ads, body.blocks);
    std::size_t toc = toc_offset(c, body);
    std::size_t from = 0;
    auto copy_to = [&](std::size_t end) {  // the body stage's own HTML
        w.raw(std::string_view(body.html).substr(from, end - from));
        from = end;
    };
    for (std::size_t k = 0; k < slots.size(); ++k) {
        std::size_t end = body.blocks[slots[k]].end;
        if (toc <= end) {  // after the same paragraph: the contents first, then the slot
            copy_to(toc);
            write_toc(w, c, body);
            toc = kNoToc;
        }
        copy_to(end);
        write_ad(w, c, k + 1, slots.size());
    }
    if (toc != kNoToc) {
        copy_to(toc);
        write_toc(w, c, body);
    }
    copy_to(body.html.size());
    w.close("div").newline();
}

}  // namespace broadsheet::detail
