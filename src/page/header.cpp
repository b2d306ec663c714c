// The article's header: kicker, headline, subtitle, standfirst, then the
// byline, the dates line and the lead image.
#include "page/page_parts.hpp"

namespace broadsheet::detail {

void write_header(HtmlWriter& w, const PageContext& c, const ReadingTime& rt) {
    w.open("header", "bs-header").newline();
    if (!c.a.section.empty()) w.open("p", "bs-kicker").text(c.a.section).close("p").newline();
    // The id lets the share list and the contents box name themselves after the article.
    w.start("h1").attr("class", "bs-headline").attr("id", c.ids + "-headline").end_start();
    w.text(c.a.headline).close("h1").newline();
    if (!c.a.alternative_headline.empty())
        w.open("p", "bs-subtitle").text(c.a.alternative_headline).close("p").newline();
    if (!c.a.description.empty()) w.open("p", "bs-standfirst").text(c.a.description).close("p").newline();
    write_byline(w, c);
    write_dates_line(w, c, rt);
    write_lead_image(w, c);
    w.close("header").newline();
}

}  // namespace broadsheet::detail
