// URL policy: an allowlist of schemes, checked on the URL a browser would see.
#include "url_policy.hpp"

namespace broadsheet::detail {

namespace {

bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_scheme_char(char c) { return is_alpha(c) || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.'; }
char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

// None of these can run script or open local files when followed.
const char* const kSchemesThatCanBeAllowed[] = {"http", "https", "mailto", "tel", "sms", "ftp", "ftps", "geo", "xmpp"};

bool equals_lower(std::string_view allowed, std::string_view scheme) {
    if (allowed.size() != scheme.size()) return false;
    for (std::size_t i = 0; i < allowed.size(); ++i)
        if (lower(allowed[i]) != scheme[i]) return false;
    return true;
}

// Backslashes are slashes only where the URL parser says so: in the scheme,
// authority and path of "special" URLs (relative ones resolve against our
// http(s) page), never in a query or fragment, never in mailto: and the like.
void backslashes_to_slashes(std::string& u) {
    for (char& c : u) {
        if (c == '?' || c == '#') break;
        if (c == '\\') c = '/';
    }
}

}  // namespace

bool scheme_can_be_allowed(std::string_view scheme) {
    for (const char* s : kSchemesThatCanBeAllowed)
        if (scheme == s) return true;
    return false;
}

std::optional<CheckedUrl> check_url(std::string_view url, const std::vector<std::string>& allowed_schemes) {
    // What the WHATWG URL parser does first: strip leading and trailing C0
    // controls and spaces, remove every tab and newline. Other controls are
    // never part of a URL we write.
    while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
    while (!url.empty() && static_cast<unsigned char>(url.back()) <= 0x20) url.remove_suffix(1);
    CheckedUrl out;
    out.url.reserve(url.size());
    for (char c : url) {
        unsigned char u = static_cast<unsigned char>(c);
        if (c == '\t' || c == '\n' || c == '\r') continue;
        if (u < 0x20 || u == 0x7F) return std::nullopt;
        out.url += c;
    }
    std::string& u = out.url;
    if (u.empty()) return std::nullopt;

    // A scheme is whatever comes before a ':' that precedes any '/', '\',
    // '?', '#'. The parser would take a first segment like "a b:c" as a
    // relative path, but nobody means that: refuse rather than guess.
    std::size_t colon = u.find(':');
    std::size_t first_delim = u.find_first_of("/\\?#");
    if (colon != std::string::npos && (first_delim == std::string::npos || colon < first_delim)) {
        std::string scheme;
        for (std::size_t i = 0; i < colon; ++i) {
            if (!is_scheme_char(u[i])) return std::nullopt;  // "java\uFFFDscript:", "%6Aavascript:", ...
            scheme += lower(u[i]);
        }
        if (scheme.empty() || !is_alpha(scheme[0])) return std::nullopt;
        if (!scheme_can_be_allowed(scheme)) return std::nullopt;
        bool allowed = false;
        for (const auto& s : allowed_schemes)
            if (equals_lower(s, scheme)) allowed = true;
        if (!allowed) return std::nullopt;
        if (scheme == "http" || scheme == "https" || scheme == "ftp") backslashes_to_slashes(u);
        // "http:x" is relative on an http page and another host on an https
        // one; either way treat it as another site.
        out.kind = scheme == "http" || scheme == "https" ? UrlKind::other_site
                   : scheme == "mailto"                  ? UrlKind::mail
                                                         : UrlKind::other;
        return out;
    }
    backslashes_to_slashes(u);
    if (u.size() >= 2 && u[0] == '/' && u[1] == '/') out.kind = UrlKind::other_site;
    else if (u[0] == '#') out.kind = UrlKind::same_document;
    else out.kind = UrlKind::relative;
    return out;
}

}  // namespace broadsheet::detail
