// The article's header: kicker, headline, subtitle, standfirst, then the
// byline, the dates line and the lead image.
#include "page/page_parts.hpp"

namespace broadsheet::detail {

void write_header(HtmlWriter& w, const PageContext& c, const ReadingTime& rt) {
    w.raw("<header class=\"bs-header\">\n");
    if (!c.a.section.empty()) w.raw("<p class=\"bs-kicker\">").text(c.a.section).raw("</p>\n");
    // The id lets the share list and the contents box name themselves after the article.
    w.raw("<h1 class=\"bs-headline\" id=\"");
    escape_attr(w.buffer(), c.ids);
    w.raw("-headline\">");
    w.text(c.a.headline).raw("</h1>\n");
    if (!c.a.alternative_headline.empty())
        w.raw("<p class=\"bs-subtitle\">").text(c.a.alternative_headline).raw("</p>\n");
    if (!c.a.description.empty()) w.raw("<p class=\"bs-standfirst\">").text(c.a.description).raw("</p>\n");
    write_byline(w, c);
    write_dates_line(w, c, rt);
    write_lead_image(w, c);
    w.raw("</header>\n");
}

}  // namespace broadsheet::detail
