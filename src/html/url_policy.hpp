// Private: which URLs may become links, images and share targets.
//
// Allowed: relative URLs and the schemes the caller lists (by default http,
// https, mailto), but never a scheme that can run script or read local files
// (javascript, vbscript, data, file, blob, ...), even when listed: only the
// schemes scheme_can_be_allowed() accepts are honoured.
//
// The check reads the URL the way a browser's URL parser (WHATWG) will:
// leading and trailing spaces and C0 controls are stripped and tabs and
// newlines removed before the scheme is looked at, so "java\tscript:",
// " javascript:" and "JaVaScRiPt:" are all javascript. Character references
// must already be decoded by the caller (md4c's entities are; JSON and YAML
// values have none). A colon that does not end a valid scheme ("%6Aavascript:",
// "a b:c", ":x", "1http:") is part of a relative path, as the parser reads it.
//
// Backslashes are written "%5C" (as md4c-html and cmark write them), so no
// browser turns one into a slash. "//host" and "/\host" (and any mix of
// slashes and backslashes) are still classified as another site, never this one.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::detail {

enum class UrlKind {
    relative,       // same site: "/a", "a.html", "?page=2"
    same_document,  // "#section"
    other_site,     // "//host", "/\host", and every http(s): URL ("http:x" may even be either)
    mail,           // mailto:
    other           // another allowed scheme (tel:, ...)
};

struct CheckedUrl {
    // Cleaned as the browser would read it: surrounding spaces and controls
    // stripped, tabs and newlines removed, backslashes percent-encoded as
    // "%5C", the scheme in lower case. Not yet escaped otherwise: write it
    // with HtmlWriter::url().
    std::string url;
    UrlKind kind = UrlKind::relative;
};

// `url` is the URL as the author meant it (character references decoded);
// `allowed_schemes` lower-case names without ':' (case is ignored anyway).
// Returns nothing when the URL must not be used: a scheme not allowed, or a
// control character other than tab/newline. An empty URL (or one of only
// spaces) is this document: kind same_document, url "".
//   check_url("JaVa\tScript:alert(1)", {"http", "https"})  -> nullopt
//   check_url("/\\evil.example", {"http"})->kind           -> UrlKind::other_site
std::optional<CheckedUrl> check_url(std::string_view url, const std::vector<std::string>& allowed_schemes);

// The same check into `out`, whose buffer is reused (the body checks a URL
// for every link and image). Returns false when the URL must not be used;
// `out` then holds nothing useful.
bool check_url(std::string_view url, const std::vector<std::string>& allowed_schemes, CheckedUrl& out);

// check_url() without its shortcut for the common URL (a lower-case https:
// or http: URL, or a path from the root, with nothing to clean): the general
// reading, which the shortcut must always agree with. For tests.
bool check_url_general(std::string_view url, const std::vector<std::string>& allowed_schemes, CheckedUrl& out);

// Whether a publisher may allow `scheme` (lower case, no ':'): http, https,
// mailto, tel, sms, ftp, ftps, geo, xmpp. Others can run script (javascript,
// vbscript, data, blob) or reach local files (file, filesystem) and are never
// honoured by check_url().
bool scheme_can_be_allowed(std::string_view scheme);

}  // namespace broadsheet::detail
