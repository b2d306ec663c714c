// The article's footer: its topics (tags) and the share list.
#include "html/absolute_url.hpp"
#include "page/page_parts.hpp"
#include "page/share.hpp"

namespace broadsheet::detail {

void write_footer(HtmlWriter& w, const PageContext& c) {
    bool share = c.opt.share.enabled && !c.opt.share.networks.empty();
    if (c.a.tags.empty() && !share) return;
    std::string footer;
    HtmlWriter f(footer);
    if (!c.a.tags.empty()) {
        f.start("ul").attr("class", "bs-tags").attr("aria-label", c.s.get(Text::topics)).end_start();
        for (std::size_t i = 0; i < c.a.tags.size(); ++i) {
            f.start("li").attr("dir", "auto").end_start();
            if (i < c.r.tag_urls.size()) f.start("a").url("href", c.r.tag_urls[i]).end_start();  // tagUrl
            f.text(c.a.tags[i]);
            if (i < c.r.tag_urls.size()) f.close("a");
            f.close("li");
        }
        f.close("ul").newline();
    }
    write_share(f, c.opt.share, is_absolute_http(c.r.canonical) ? c.r.canonical : std::string(), c.a.headline, c.s, c.ids);
    if (footer.empty()) return;
    w.open("footer", "bs-footer").newline().raw(footer).close("footer").newline();  // built above by HtmlWriter
}

}  // namespace broadsheet::detail
