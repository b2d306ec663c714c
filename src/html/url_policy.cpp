// URL policy: an allowlist of schemes, checked on the URL a browser would see.
#include "html/url_policy.hpp"
#include "text/ascii.hpp"

#include <cstdint>
#include <cstring>

namespace broadsheet::detail {

namespace {

using ascii::is_alpha;
using ascii::lower;

// None of these can run script or open local files when followed.
constexpr std::string_view kSchemesThatCanBeAllowed[] = {"http", "https", "mailto", "tel", "sms",
                                                         "ftp",  "ftps",  "geo",    "xmpp"};
constexpr std::size_t kLongestAllowable = 6;  // "mailto": a longer scheme is refused at once

bool equals_lower(std::string_view allowed, std::string_view scheme) {
    if (allowed.size() != scheme.size()) return false;
    for (std::size_t i = 0; i < allowed.size(); ++i)
        if (lower(allowed[i]) != scheme[i]) return false;
    return true;
}

// What check_url() asks of a byte, one load each (a URL is read for every
// link), in a table that stays small in the WebAssembly module:
//   kCare: the copy must look at it: a control character (a space is kept
//          as it is), DEL or the backslash;
//   kSchemeChar: it may be part of a scheme: a letter, digit, '+', '-', '.'.
enum : unsigned char { kCare = 1, kSchemeChar = 2 };
struct UrlByteTable {
    unsigned char c[256] = {};
    constexpr UrlByteTable() {
        for (int b = 0; b < 0x20; ++b) c[b] = kCare;
        c[0x7F] = c[static_cast<unsigned char>('\\')] = kCare;
        for (int b = 'a'; b <= 'z'; ++b) c[b] = c[b - 32] = kSchemeChar;
        for (int b = '0'; b <= '9'; ++b) c[b] = kSchemeChar;
        for (char b : {'+', '-', '.'}) c[static_cast<unsigned char>(b)] = kSchemeChar;
    }
};
constexpr UrlByteTable kUrlByte;

// Where the first byte that needs care (kCare) is, or url.size(). Most URLs
// have none, so they are read eight bytes at a time (portable SWAR: the
// WebAssembly build gets the same code). Each test below is exact for "is
// there such a byte in these eight" (the classic has-less and has-zero
// tests), which is all the skip needs; the table finds which one.
std::size_t first_needing_care(std::string_view url) {
    constexpr std::uint64_t each = 0x0101010101010101ull, high = 0x80 * each;
    std::size_t i = 0;
    for (; i + 8 <= url.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, url.data() + i, 8);
        std::uint64_t del = w ^ (0x7F * each), backslash = w ^ (0x5C * each);
        std::uint64_t any = ((w - 0x20 * each) & ~w) | ((del - each) & ~del) | ((backslash - each) & ~backslash);
        if (any & high) break;
    }
    while (i < url.size() && !(kUrlByte.c[static_cast<unsigned char>(url[i])] & kCare)) ++i;
    return i;
}

// Whether `scheme` (lower case) is on the publisher's list, written there
// in any case.
bool listed(const std::vector<std::string>& allowed_schemes, std::string_view scheme) {
    for (const auto& s : allowed_schemes)
        if (equals_lower(s, scheme)) return true;
    return false;
}

// What the WHATWG URL parser does first: strip leading and trailing C0
// controls and spaces. (It also removes every tab and newline: read_url does
// that while copying.)
std::string_view strip(std::string_view url) {
    while (!url.empty() && static_cast<unsigned char>(url.front()) <= 0x20) url.remove_prefix(1);
    while (!url.empty() && static_cast<unsigned char>(url.back()) <= 0x20) url.remove_suffix(1);
    return url;
}

// The whole reading of a stripped URL whose first byte needing care
// (first_needing_care) is at `care`.
bool read_url(std::string_view url, std::size_t care, const std::vector<std::string>& allowed_schemes,
              CheckedUrl& out) {
    std::string& u = out.url;
    int slashes = 0;
    // "/\host" and "\\host" reach another host in a browser; written as
    // "%5C" a backslash is never a slash, so what we write is what is
    // followed. The classification below still sees the slashes.
    for (char c : url) {
        if (c == '/' || c == '\\') ++slashes;
        else if (c != '\t' && c != '\n' && c != '\r') break;  // removed by the browser, as below
    }
    // Runs of bytes that stay as they are are copied in one append each;
    // most URLs are one run, found eight bytes at a time. Other controls
    // than tab and newline are never part of a URL we write.
    u.clear();
    std::size_t run = 0;
    for (std::size_t i = care; i < url.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(url[i]);
        if (!(kUrlByte.c[c] & kCare)) continue;  // a space inside the URL is kept (escape_url_attr encodes it)
        u.append(url.data() + run, i - run);
        run = i + 1;
        if (c == '\t' || c == '\n' || c == '\r') continue;
        if (c != '\\') return false;  // another control character
        u += "%5C";
    }
    u.append(url.data() + run, url.size() - run);
    // href="" is this document, as in CommonMark's [link]().
    if (u.empty()) {
        out.kind = UrlKind::same_document;
        return true;
    }

    // A scheme, as the URL parser reads one: a letter, then letters, digits,
    // '+', '-' or '.', then ':'. Anything else before the first ':' (a space,
    // '%', '/', '?', '#', a non-ASCII byte, which we percent-encode) makes the
    // whole URL a relative path to the parser, harmless: "%6Aavascript:x",
    // "a b:c" and "foo):" are paths, never schemes.
    std::size_t end = 0;
    if (is_alpha(u[0]))
        while (end < u.size() && (kUrlByte.c[static_cast<unsigned char>(u[end])] & kSchemeChar)) ++end;
    if (end > 0 && end < u.size() && u[end] == ':') {
        // Written as the URL parser serialises it: "HTTPS://x" -> "https://x".
        if (end > kLongestAllowable) return false;
        for (std::size_t i = 0; i < end; ++i) u[i] = lower(u[i]);
        std::string_view scheme(u.data(), end);
        if (!scheme_can_be_allowed(scheme) || !listed(allowed_schemes, scheme)) return false;
        // "http:x" is relative on an http page and another host on an https
        // one; either way treat it as another site.
        out.kind = scheme == "http" || scheme == "https" ? UrlKind::other_site
                   : scheme == "mailto"                  ? UrlKind::mail
                                                         : UrlKind::other;
        return true;
    }
    if (slashes >= 2) out.kind = UrlKind::other_site;
    else if (u[0] == '#') out.kind = UrlKind::same_document;
    else out.kind = UrlKind::relative;
    return true;
}

}  // namespace

bool scheme_can_be_allowed(std::string_view scheme) {
    for (std::string_view s : kSchemesThatCanBeAllowed)
        if (scheme == s) return true;
    return false;
}

std::optional<CheckedUrl> check_url(std::string_view url, const std::vector<std::string>& allowed_schemes) {
    CheckedUrl out;
    if (!check_url(url, allowed_schemes, out)) return std::nullopt;
    return out;
}

bool check_url(std::string_view url, const std::vector<std::string>& allowed_schemes, CheckedUrl& out) {
    url = strip(url);
    const std::size_t care = first_needing_care(url);
    // The shortcut, for the URLs articles are made of: nothing to remove or
    // encode (no control, DEL or backslash anywhere), and either a lower-case
    // "https:" or "http:" (the scheme needs no lowering, and both may be
    // allowed) or a path from the root or a fragment, whose first bytes
    // already say there is no scheme and no second slash. read_url reaches
    // the same result the long way; tests/unit/html/url_policy_test.cpp
    // compares the two over hostile URLs.
    if (care == url.size() && !url.empty()) {
        std::size_t scheme = 0;  // the length of "http" or "https" before the ':'
        if (url.size() >= 5 && url[0] == 'h' && url[1] == 't' && url[2] == 't' && url[3] == 'p')
            scheme = url[4] == ':' ? 4 : url[4] == 's' && url.size() >= 6 && url[5] == ':' ? 5 : 0;
        if (scheme > 0) {
            if (!listed(allowed_schemes, url.substr(0, scheme))) return false;
            out.kind = UrlKind::other_site;
        } else if ((url[0] == '/' && (url.size() == 1 || url[1] != '/')) || url[0] == '#') {
            out.kind = url[0] == '#' ? UrlKind::same_document : UrlKind::relative;
        } else {
            return read_url(url, care, allowed_schemes, out);
        }
        out.url.clear();  // keeps its buffer
        out.url.append(url.data(), url.size());
        return true;
    }
    return read_url(url, care, allowed_schemes, out);
}

bool check_url_general(std::string_view url, const std::vector<std::string>& allowed_schemes, CheckedUrl& out) {
    url = strip(url);
    return read_url(url, first_needing_care(url), allowed_schemes, out);
}

}  // namespace broadsheet::detail
