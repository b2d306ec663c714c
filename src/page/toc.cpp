// The table of contents: whether the article gets one, where it goes, and
// the box itself.
#include <string_view>

#include "page/page_parts.hpp"

namespace broadsheet::detail {

namespace {

// 'auto' keeps the box for articles a reader navigates rather than reads
// straight through: about seven minutes at 230 words a minute, in four
// sections or more. A 900-word news story reads better without one.
constexpr int kAutoMinWords = 1500;
constexpr int kAutoMinSections = 4;

int count_sections(const Body& body) {
    int sections = 0;
    for (const auto& h : body.headings)
        if (h.level == 2) ++sections;
    return sections;
}

}  // namespace

// A news story opens with its first paragraph (the lede); the contents box
// comes after it, never before. When the body opens with a heading (no
// paragraph comes before the first section) the box opens the body.
std::size_t toc_offset(const PageContext& c, const Body& body) {
    int sections = count_sections(body);
    bool show = c.opt.toc == TocMode::on      ? sections > 0
                : c.opt.toc == TocMode::auto_ ? sections >= kAutoMinSections &&
                                                    body.stats.total_words() >= kAutoMinWords
                                              : false;
    if (!show) return kNoToc;
    for (const auto& b : body.blocks) {
        if (b.kind == BlockKind::heading) break;
        if (b.kind == BlockKind::paragraph) return b.end;
    }
    return 0;
}

// The sections (h2) of the body, each with its subsections (h3), as links to
// the heading ids. Named by its own title and the headline, so several
// articles on one page keep their contents boxes apart.
void write_toc(HtmlWriter& w, const PageContext& c, const Body& body) {
    HtmlBuffer& out = w.buffer();
    out += "<nav class=\"bs-toc\" aria-labelledby=\"";
    escape_attr(out, c.ids);
    out += "-toc ";
    escape_attr(out, c.ids);
    out += "-headline\">\n<h2 class=\"bs-toc-title\" id=\"";
    escape_attr(out, c.ids);
    out += "-toc\">";
    w.text(c.s.text(Text::contents));
    out += "</h2>\n<ol>\n";
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
        out += "<li><a href=\"#";
        escape_attr(out, h.id);
        out += '"';
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
