// Private: making URLs absolute for the places that need it. Share links,
// Open Graph tags and JSON-LD are read by other sites, where a relative URL
// means nothing, so they are resolved against the article's canonical URL
// (or the publisher's home page) the way a browser would (RFC 3986).
#pragma once

#include <string>
#include <string_view>

namespace broadsheet::detail {

// True for "http://..." and "https://..." URLs with a host.
bool is_absolute_http(std::string_view url);

// `url` (already accepted by check_url) resolved against `base`, an absolute
// http(s) URL: "/m/x.jpg" against "https://ex.org/2026/a" is
// "https://ex.org/m/x.jpg". A URL with a scheme comes back unchanged. Returns
// "" when `url` is relative and `base` is not an absolute http(s) URL.
std::string absolute_url(std::string_view url, std::string_view base);

}  // namespace broadsheet::detail
