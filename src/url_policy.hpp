// Private: which URLs may become links, images and share targets.
//
// Allowed: relative URLs and the schemes the caller lists (by default http,
// https, mailto). Everything else is refused, however it is disguised: case,
// entities (decoded before the check), tabs/newlines/controls inside the
// scheme, leading spaces. Protocol-relative "//host" and "/\host" are links to
// another site.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::detail {

enum class UrlKind { relative, same_document, other_site, mail, other };

struct CheckedUrl {
    std::string url;  // cleaned: controls removed, backslashes as slashes; not yet escaped
    UrlKind kind = UrlKind::relative;
};

// `url` is the URL as the author meant it (character references decoded).
// Returns nothing when the URL must not be used.
std::optional<CheckedUrl> check_url(std::string_view url, const std::vector<std::string>& allowed_schemes);

}  // namespace broadsheet::detail
