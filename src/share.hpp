// Private: the "Share this article" list: plain links that work without
// JavaScript; nothing is requested from any network until the reader clicks.
#pragma once

#include <string>

#include "broadsheet/article.hpp"
#include "broadsheet/options.hpp"
#include "html_writer.hpp"
#include "strings.hpp"

namespace broadsheet::detail {

// The share URL for one network, or "" for the ones that need the shim
// (native, copy) or the reader's server (mastodon).
std::string share_url(ShareNetwork network, const std::string& page_url, const std::string& title);

// Writes <nav class="bs-share" aria-label="Share this article">…</nav>.
// `page_url` is the article's canonical URL; without one, only the networks
// the shim handles (native share, copy link) use the page's own address.
void write_share(HtmlWriter& w, const ShareOptions& options, const std::string& page_url, const std::string& title,
                 const Strings& strings);

}  // namespace broadsheet::detail
