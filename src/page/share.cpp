// Share links.
#include "page/share.hpp"
#include "page/share_networks.hpp"

#include <algorithm>

#include "html/escape.hpp"

namespace broadsheet::detail {

namespace {

std::string with_query(const char* base, std::initializer_list<std::pair<const char*, const std::string*>> params) {
    std::string out = base;
    bool first = out.find('?') == std::string::npos;
    for (const auto& [k, v] : params) {
        out += first ? '?' : '&';
        first = false;
        out += k;
        out += '=';
        percent_encode_component(out, *v);
    }
    return out;
}

}  // namespace

std::string share_url(ShareNetwork id, const std::string& url, const std::string& title) {
    std::string text = title.empty() ? url : title + " " + url;
    switch (id) {
    case ShareNetwork::x: return with_query("https://x.com/intent/post", {{"url", &url}, {"text", &title}});
    case ShareNetwork::facebook: return with_query("https://www.facebook.com/sharer/sharer.php", {{"u", &url}});
    case ShareNetwork::linkedin: return with_query("https://www.linkedin.com/sharing/share-offsite/", {{"url", &url}});
    case ShareNetwork::whatsapp: return with_query("https://wa.me/", {{"text", &text}});
    case ShareNetwork::telegram: return with_query("https://t.me/share/url", {{"url", &url}, {"text", &title}});
    case ShareNetwork::reddit: return with_query("https://www.reddit.com/submit", {{"url", &url}, {"title", &title}});
    case ShareNetwork::email: return with_query("mailto:", {{"subject", &title}, {"body", &url}});
    default: return {};
    }
}

void write_share(HtmlWriter& w, const ShareOptions& options, const std::string& page_url, const std::string& title,
                 const Strings& strings, const std::string& ids) {
    if (!options.enabled) return;
    auto needs_script = [](ShareNetwork id) {
        return id == ShareNetwork::native || id == ShareNetwork::copy || id == ShareNetwork::mastodon;
    };
    bool any = false;
    for (ShareNetwork id : options.networks) any = any || needs_script(id) || !page_url.empty();
    if (!any) return;  // only plain links were asked for, and there is no address to share
    std::string label = strings.get(Text::share_title);
    // Without a plain link nothing in the list works before the shim runs
    // (and page mode has no script unless the publisher adds it): the whole
    // widget stays hidden until the shim shows a button, rather than a
    // heading over an empty list.
    bool plain_links = !page_url.empty() && std::any_of(options.networks.begin(), options.networks.end(),
                                                        [&](ShareNetwork id) { return !needs_script(id); });
    // Named by its heading and the headline ("Share this article The tide
    // tables…"): several articles on one page keep their landmarks apart.
    w.start("nav").attr("class", "bs-share").attr("aria-labelledby", ids + "-share " + ids + "-headline");
    if (!page_url.empty()) w.url("data-url", page_url);
    w.attr("data-title", title);
    if (!plain_links) w.flag("hidden");
    w.end_start();
    w.start("h2").attr("class", "bs-share-title").attr("id", ids + "-share").end_start().text(label).close("h2");
    w.start("ul").attr("class", "bs-share-list").end_start();
    for (ShareNetwork id : options.networks) {
        const ShareNetworkName& n = share_network(id);
        std::string cls = std::string("bs-share-item bs-share-") + n.key;
        if (needs_script(id)) {
            // These need JavaScript (the reader's Mastodon server, the system
            // share sheet, the clipboard): the shim turns each placeholder into
            // a button and shows it; without the shim they stay hidden.
            // The interface text rides along in data attributes, in the
            // article's language, so the shim needs no translations of its own.
            w.start("li").attr("class", cls).attr("data-network", n.key);
            if (id == ShareNetwork::native) w.attr("data-label", strings.get(Text::share_native));
            if (id == ShareNetwork::copy)
                w.attr("data-label", strings.get(Text::copy_link)).attr("data-done", strings.get(Text::link_copied));
            if (id == ShareNetwork::mastodon)
                w.attr("data-label", strings.get(Text::share_on, {{"network", n.name}}))
                    .attr("data-prompt", strings.get(Text::mastodon_prompt));
            w.flag("hidden").end_start().close("li");
            continue;
        }
        if (page_url.empty()) continue;  // nothing to share without the article's address
        std::string href = share_url(id, page_url, title);
        std::string name = id == ShareNetwork::email ? strings.get(Text::share_by_email)
                                                     : strings.get(Text::share_on, {{"network", n.name}});
        // Same window, like any other link: the reader decides where it opens,
        // and the back button returns to the article.
        w.start("li").attr("class", cls).end_start();
        w.start("a").url("href", href).attr("data-network", n.key);
        if (id != ShareNetwork::email) w.attr("rel", "noopener noreferrer");
        w.end_start();
        w.raw("<span class=\"bs-icon\" aria-hidden=\"true\"></span>");
        w.text(name);
        w.close("a").close("li");
    }
    w.close("ul").close("nav").newline();
}

}  // namespace broadsheet::detail
