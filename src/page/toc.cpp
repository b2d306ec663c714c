// The table of contents.
#include "page/page_parts.hpp"

namespace broadsheet::detail {

// The sections (h2) of the body, each with its subsections (h3), as links to
// the heading ids. 'auto' shows it from three sections up; true from one.
void write_toc(HtmlWriter& w, const PageContext& c, const Body& body) {
    int sections = 0;
    for (const auto& h : body.headings)
        if (h.level == 2) ++sections;
    bool show = c.opt.toc == TocMode::on ? sections > 0 : c.opt.toc == TocMode::auto_ ? sections >= 3 : false;
    if (!show) return;
    std::string label = c.s.get(Text::contents);
    w.start("nav").attr("class", "bs-toc").attr("aria-label", label).end_start().newline();
    w.open("h2", "bs-toc-title").text(label).close("h2").newline();
    w.open("ol").newline();
    bool item_open = false, sub_open = false;
    for (const auto& h : body.headings) {
        if (h.level > 3) continue;
        bool sub = h.level == 3 && item_open;
        if (!sub) {
            if (sub_open) w.close("ol");
            if (item_open) w.close("li").newline();
            sub_open = false;
        } else if (!sub_open) {
            w.open("ol");
            sub_open = true;
        }
        w.open("li").start("a").attr("href", "#" + h.id);
        if (!h.dir.empty()) w.attr("dir", h.dir);  // a heading in the other direction keeps it here too
        w.end_start().text(h.text).close("a");
        if (sub) w.close("li");
        else item_open = true;
    }
    if (sub_open) w.close("ol");
    if (item_open) w.close("li").newline();
    w.close("ol").newline().close("nav").newline();
}

}  // namespace broadsheet::detail
