// Private: the "Share this article" list: plain links that work without
// JavaScript; nothing is requested from any network until the reader clicks.
#pragma once

#include <string>
#include <string_view>

#include "broadsheet/article.hpp"
#include "broadsheet/options.hpp"
#include "html/html_writer.hpp"
#include "text/ui_strings.hpp"

namespace broadsheet::detail {

// The share URL for one network: the network's own share page with the
// article's address and title as encoded query values ("mailto:" with subject
// and body for email); "" for the ones that need the shim (native, copy) or
// the reader's server (mastodon).
std::string share_url(ShareNetwork network, std::string_view page_url, std::string_view title);

// True when write_share writes the list: sharing is on and some item
// remains (a plain link needs `page_url`).
bool share_list_shown(const ShareOptions& options, std::string_view page_url);

// Writes <nav class="bs-share" aria-labelledby="IDS-share IDS-headline">…</nav>
// (`ids`: the article's id prefix, PageContext::ids): a heading, then one item per network in the order of `options.networks`.
// Plain links work without JavaScript and request nothing from any network
// until the reader clicks; the icons are empty aria-hidden spans the theme
// draws. `page_url` is the article's absolute canonical URL, or "" when there
// is none: then the plain links are left out, the shim's buttons use the
// page's own address, and the nav is written `hidden` (nothing in it works
// without the shim, which shows it when it adds a button). Nothing is written
// when no item remains.
void write_share(HtmlWriter& w, const ShareOptions& options, std::string_view page_url, std::string_view title,
                 const Strings& strings, std::string_view ids);

}  // namespace broadsheet::detail
