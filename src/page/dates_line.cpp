// The line under the byline: publication, update and reading time.
#include "page/page_parts.hpp"
#include "text/dates.hpp"

namespace broadsheet::detail {

namespace {

void write_time(HtmlWriter& w, const PageContext& c, const DateTime& dt, std::string_view iso) {
    w.raw("<time").attr("datetime", iso).raw(">");
    w.text(format_date(dt, c.s.locale())).raw("</time>");
}

}  // namespace

// "2 March 2026, 07:15 UTC · 3 min read", or with an update
// "Published 2 March 2026, 07:15 UTC · Updated 2 March 2026, 11:40 UTC · 3 min read".
void write_dates_line(HtmlWriter& w, const PageContext& c, const ReadingTime& rt) {
    const char* sep = "<span class=\"bs-sep\" aria-hidden=\"true\"> · </span>";
    w.raw("<p class=\"bs-meta\">");
    if (c.a.published) {
        w.raw("<span class=\"bs-published\">");
        if (c.a.modified) {
            write_pattern(w, c.s.pattern(Text::published), [&](std::string_view ph) {
                if (ph == "date") write_time(w, c, *c.a.published, c.r.published_iso);
            });
        } else {
            write_time(w, c, *c.a.published, c.r.published_iso);
        }
        w.raw("</span>");
    }
    if (c.a.modified) {
        if (c.a.published) w.raw(sep);
        w.raw("<span class=\"bs-updated\">");
        write_pattern(w, c.s.pattern(Text::updated), [&](std::string_view ph) {
            if (ph == "date") write_time(w, c, *c.a.modified, c.r.modified_iso);
        });
        w.raw("</span>");
    }
    if (c.a.published || c.a.modified) w.raw(sep);
    std::string minutes = std::to_string(rt.minutes);
    w.raw("<time class=\"bs-reading-time\" datetime=\"PT").raw(minutes).raw("M\">");  // digits
    text_filled(w, c.s.pattern(Text::min_read, rt.minutes), {{"n", minutes}});
    w.raw("</time></p>\n");
}

}  // namespace broadsheet::detail
