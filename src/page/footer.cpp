// The article's footer: its topics (tags) and the share list.
#include "html/absolute_url.hpp"
#include "page/page_parts.hpp"
#include "page/share.hpp"

namespace broadsheet::detail {

void write_footer(HtmlWriter& w, const PageContext& c) {
    std::string_view page_url = is_absolute_http(c.r.canonical) ? std::string_view(c.r.canonical) : std::string_view();
    bool share = share_list_shown(c.opt.share, page_url);
    if (c.a.tags.empty() && !share) return;  // no empty <footer>
    w.raw("<footer class=\"bs-footer\">\n");
    if (!c.a.tags.empty()) {
        w.raw("<ul class=\"bs-tags\"").attr("aria-label", c.s.text(Text::topics)).end_start();
        for (std::size_t i = 0; i < c.a.tags.size(); ++i) {
            bool link = i < c.r.tag_urls.size();  // tagUrl
            w.raw("<li dir=\"auto\">");
            if (link) w.start("a").url("href", c.r.tag_urls[i]).end_start();
            w.text(c.a.tags[i]);
            w.raw(link ? "</a></li>" : "</li>");
        }
        w.raw("</ul>\n");
    }
    if (share) write_share(w, c.opt.share, page_url, c.a.headline, c.s, c.ids);
    w.raw("</footer>\n");
}

}  // namespace broadsheet::detail
