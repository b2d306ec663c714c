// Share links.
#include "page/share.hpp"
#include "page/share_networks.hpp"

#include <algorithm>

#include "html/escape.hpp"
#include "page/page_parts.hpp"

namespace broadsheet::detail {

namespace {

// The article's address and title as query values, encoded once for every
// network's link.
struct EncodedShare {
    std::string url, title, title_url;  // title_url: "title address", or the address alone
    EncodedShare() = default;
    EncodedShare(std::string_view page_url, std::string_view page_title) {
        percent_encode_component(url, page_url);
        percent_encode_component(title, page_title);
        if (!title.empty()) title_url = title + "%20";
        title_url += url;
    }
};

// Each network's share address, a pattern for fill() (text/ui_strings).
std::string_view share_pattern(ShareNetwork id) {
    switch (id) {
    case ShareNetwork::x: return "https://x.com/intent/post?url={url}&text={title}";
    case ShareNetwork::facebook: return "https://www.facebook.com/sharer/sharer.php?u={url}";
    case ShareNetwork::linkedin: return "https://www.linkedin.com/sharing/share-offsite/?url={url}";
    case ShareNetwork::whatsapp: return "https://wa.me/?text={title_url}";
    case ShareNetwork::telegram: return "https://t.me/share/url?url={url}&text={title}";
    case ShareNetwork::reddit: return "https://www.reddit.com/submit?url={url}&title={title}";
    case ShareNetwork::email: return "mailto:?subject={title}&body={url}";
    default: return {};
    }
}

// The share address of network `id`, piece by piece through `sink`.
template <class Sink>
void share_url_to(ShareNetwork id, const EncodedShare& e, Sink&& sink) {
    fill_to(share_pattern(id), {{"url", e.url}, {"title", e.title}, {"title_url", e.title_url}}, sink);
}

// These need JavaScript (the reader's Mastodon server, the system share
// sheet, the clipboard): the shim turns each placeholder into a button.
bool needs_script(ShareNetwork id) {
    return id == ShareNetwork::native || id == ShareNetwork::copy || id == ShareNetwork::mastodon;
}

}  // namespace

std::string share_url(ShareNetwork id, std::string_view url, std::string_view title) {
    std::string out;
    share_url_to(id, EncodedShare(url, title), [&](std::string_view piece) { out += piece; });
    return out;
}

bool share_list_shown(const ShareOptions& options, std::string_view page_url) {
    if (!options.enabled) return false;
    for (ShareNetwork id : options.networks)
        if (needs_script(id) || !page_url.empty()) return true;
    return false;  // only plain links were asked for, and there is no address to share
}

void write_share(HtmlWriter& w, const ShareOptions& options, std::string_view page_url, std::string_view title,
                 const Strings& strings, std::string_view ids) {
    if (!share_list_shown(options, page_url)) return;
    // Without a plain link nothing in the list works before the shim runs
    // (and page mode has no script unless the publisher adds it): the whole
    // widget stays hidden until the shim shows a button, rather than a
    // heading over an empty list.
    bool plain_links = !page_url.empty() && std::any_of(options.networks.begin(), options.networks.end(),
                                                        [&](ShareNetwork id) { return !needs_script(id); });
    // Named by its heading and the headline ("Share this article The tide
    // tables…"): several articles on one page keep their landmarks apart.
    // The markup around the values is written in runs; the values (the id
    // prefix, the address, the title, the interface text) are escaped. The
    // networks' keys are the renderer's own (share_networks.cpp).
    HtmlBuffer& out = w.buffer();
    out += "<nav class=\"bs-share\" aria-labelledby=\"";
    escape_attr(out, ids);
    out += "-share ";
    escape_attr(out, ids);
    out += "-headline\"";
    if (!page_url.empty()) w.url("data-url", page_url);
    w.attr("data-title", title);
    out += plain_links ? std::string_view("><h2 class=\"bs-share-title\" id=\"")
                       : std::string_view(" hidden><h2 class=\"bs-share-title\" id=\"");
    escape_attr(out, ids);
    out += "-share\">";
    w.text(strings.text(Text::share_title));
    out += "</h2><ul class=\"bs-share-list\">";
    const Strings::Pattern share_on = strings.pattern_of(Text::share_on);  // once for every network that uses it
    EncodedShare encoded;  // the address and title as query values: only plain links use them
    if (plain_links) encoded = EncodedShare(page_url, title);
    for (ShareNetwork id : options.networks) {
        bool script = needs_script(id);
        if (!script && page_url.empty()) continue;  // nothing to share without the article's address
        const ShareNetworkName& n = share_network(id);
        out += "<li class=\"bs-share-item bs-share-";
        out += n.key;
        if (script) {
            // The interface text rides along in data attributes, in the
            // article's language, so the shim needs no translations of its
            // own; without the shim the placeholder stays hidden.
            out += "\" data-network=\"";
            out += n.key;
            out += '"';
            if (id == ShareNetwork::native) w.attr("data-label", strings.text(Text::share_native));
            if (id == ShareNetwork::copy)
                w.attr("data-label", strings.text(Text::copy_link)).attr("data-done", strings.text(Text::link_copied));
            if (id == ShareNetwork::mastodon) {
                attr_filled(w, "data-label", share_on, {{"network", n.name}});
                w.attr("data-prompt", strings.text(Text::mastodon_prompt));
            }
            out += " hidden></li>";
            continue;
        }
        // Same window, like any other link: the reader decides where it opens,
        // and the back button returns to the article.
        out += "\"><a href=\"";
        share_url_to(id, encoded, [&](std::string_view piece) { escape_url_attr(out, piece); });
        out += "\" data-network=\"";
        out += n.key;
        out += id == ShareNetwork::email
                   ? std::string_view("\"><span class=\"bs-icon\" aria-hidden=\"true\"></span>")
                   : std::string_view("\" rel=\"noopener noreferrer\"><span class=\"bs-icon\" aria-hidden=\"true\"></span>");
        if (id == ShareNetwork::email) w.text(strings.text(Text::share_by_email));
        else text_filled(w, share_on, {{"network", n.name}});
        out += "</a></li>";
    }
    out += "</ul></nav>\n";
}

}  // namespace broadsheet::detail
