// Page mode: the publication's masthead above the article.
#include "page/page_parts.hpp"

namespace broadsheet::detail {

void write_masthead(HtmlWriter& w, const PageContext& c) {
    const Publication& p = c.r.publisher;
    if (p.name.empty()) return;
    w.open("header", "bs-masthead").newline();
    w.start("p").attr("class", "bs-masthead-name").attr("dir", "auto").end_start();
    if (!p.url.empty()) w.start("a").url("href", p.url).attr("rel", "home").end_start();
    // The name is always there as text (it survives a logo that fails to
    // load, and zoom); beside it in the same link the logo is decorative, so
    // its alt is empty and the link's name is read once (WCAG technique H2).
    if (!p.logo.empty()) w.start("img").attr("class", "bs-logo").url("src", p.logo).attr("alt", "").end_start();
    w.open("span", "bs-masthead-title").text(p.name).close("span");
    if (!p.url.empty()) w.close("a");
    w.close("p").newline();
    if (!p.slogan.empty())
        w.start("p").attr("class", "bs-slogan").attr("dir", "auto").end_start().text(p.slogan).close("p").newline();
    w.close("header").newline();
}

}  // namespace broadsheet::detail
