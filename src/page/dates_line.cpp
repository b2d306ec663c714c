// The line under the byline: publication, update and reading time.
#include "page/page_parts.hpp"
#include "text/dates.hpp"

namespace broadsheet::detail {

namespace {

void write_time(HtmlWriter& w, const PageContext& c, const DateTime& dt, std::string_view iso) {
    HtmlBuffer& out = w.buffer();
    out += "<time datetime=\"";
    escape_attr(out, iso);
    out += "\">";
    out += format_date(dt, c.s.locale());  // the locale's table text and digits: nothing to escape
    out += "</time>";
}

}  // namespace

// "2 March 2026, 07:15 UTC · 3 min read", or with an update
// "Published 2 March 2026, 07:15 UTC · Updated 2 March 2026, 11:40 UTC · 3 min read".
void write_dates_line(HtmlWriter& w, const PageContext& c, const ReadingTime& rt) {
    constexpr std::string_view sep = "<span class=\"bs-sep\" aria-hidden=\"true\"> · </span>";
    HtmlBuffer& out = w.buffer();
    out += "<p class=\"bs-meta\">";
    if (c.a.published) {
        out += "<span class=\"bs-published\">";
        if (c.a.modified) {
            write_pattern(w, c.s.pattern_of(Text::published), [&](std::string_view ph) {
                if (ph == "date") write_time(w, c, *c.a.published, c.r.published_iso);
            });
        } else {
            write_time(w, c, *c.a.published, c.r.published_iso);
        }
        out += "</span>";
    }
    if (c.a.modified) {
        if (c.a.published) out += sep;
        out += "<span class=\"bs-updated\">";
        write_pattern(w, c.s.pattern_of(Text::updated), [&](std::string_view ph) {
            if (ph == "date") write_time(w, c, *c.a.modified, c.r.modified_iso);
        });
        out += "</span>";
    }
    if (c.a.published || c.a.modified) out += sep;
    const Digits digits(rt.minutes);
    const std::string_view minutes = digits.view();
    out += "<time class=\"bs-reading-time\" datetime=\"PT";
    out += minutes;  // digits
    out += "M\">";
    text_filled(w, c.s.pattern_of(Text::min_read, rt.minutes), {{"n", minutes}});
    out += "</time></p>\n";
}

}  // namespace broadsheet::detail
