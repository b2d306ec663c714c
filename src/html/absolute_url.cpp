// Resolving relative URLs (RFC 3986, section 5.2).
#include "html/absolute_url.hpp"
#include "text/ascii.hpp"

#include <vector>

namespace broadsheet::detail {

namespace {

using ascii::is_alpha;

// Length of "scheme:" at the start of `url`, or 0.
std::size_t scheme_length(std::string_view url) {
    if (url.empty() || !is_alpha(url[0])) return 0;
    for (std::size_t i = 1; i < url.size(); ++i) {
        char c = url[i];
        if (c == ':') return i + 1;
        if (!is_alpha(c) && !(c >= '0' && c <= '9') && c != '+' && c != '-' && c != '.') return 0;
    }
    return 0;
}

bool iprefix(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char c = s[i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != prefix[i]) return false;
    }
    return true;
}

// "/a/b/../c/./d" -> "/a/c/d"; `path` starts with "/".
std::string remove_dot_segments(std::string_view path) {
    std::vector<std::string_view> segments;
    bool trailing_slash = false;
    std::size_t i = 1;
    for (;;) {
        std::size_t slash = path.find('/', i);
        bool last = slash == std::string_view::npos;
        std::string_view seg = path.substr(i, last ? std::string_view::npos : slash - i);
        if (seg == "." || seg == "..") {
            if (seg == ".." && !segments.empty()) segments.pop_back();
            trailing_slash = last;
        } else {
            segments.push_back(seg);
        }
        if (last) break;
        i = slash + 1;
    }
    std::string out;
    for (auto s : segments) {
        out += '/';
        out += s;
    }
    if (trailing_slash || out.empty()) out += '/';
    return out;
}

// Splits "path?query#fragment" off at the first ? or #.
std::size_t path_end(std::string_view s) {
    std::size_t e = s.find_first_of("?#");
    return e == std::string_view::npos ? s.size() : e;
}

}  // namespace

bool is_absolute_http(std::string_view url) {
    std::size_t start = iprefix(url, "https://") ? 8 : iprefix(url, "http://") ? 7 : 0;
    return start > 0 && url.size() > start && url[start] != '/';
}

std::string absolute_url(std::string_view url, std::string_view base) {
    if (scheme_length(url) > 0) return std::string(url);
    if (!is_absolute_http(base)) return {};
    std::size_t scheme_end = base.find(':');
    std::size_t authority_end = base.find_first_of("/?#", scheme_end + 3);
    if (authority_end == std::string_view::npos) authority_end = base.size();
    std::string_view scheme = base.substr(0, scheme_end + 1);         // "https:"
    std::string_view origin = base.substr(0, authority_end);          // "https://host"
    std::string_view rest = base.substr(authority_end);               // "/path?q#f"
    std::string_view base_path = rest.substr(0, path_end(rest));
    std::string_view base_query = rest.substr(base_path.size());
    base_query = base_query.substr(0, base_query.find('#'));
    if (base_path.empty()) base_path = "/";

    if (url.substr(0, 2) == "//") return std::string(scheme) + std::string(url);
    std::string out(origin);
    if (url.empty() || url[0] == '#') {
        out += base_path;
        out += base_query;
        out += url;
        return out;
    }
    if (url[0] == '?') {
        out += base_path;
        out += url;
        return out;
    }
    std::size_t pe = path_end(url);
    std::string path;
    if (url[0] == '/') {
        path = std::string(url.substr(0, pe));
    } else {
        path = std::string(base_path.substr(0, base_path.rfind('/') + 1));
        path += url.substr(0, pe);
    }
    out += remove_dot_segments(path);
    out += url.substr(pe);
    return out;
}

}  // namespace broadsheet::detail
