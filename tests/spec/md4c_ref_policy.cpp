// md4c_ref's access to our URL policy: the real check_url with the default
// allowed schemes, behind a C function (md4c_ref.c is C, as md4c-html is).
#include <cstdlib>
#include <cstring>

#include "broadsheet/options.hpp"
#include "html/url_policy.hpp"

extern "C" char* md4c_ref_check_url(const char* url, std::size_t size, std::size_t* out_size) {
    static const broadsheet::RenderOptions defaults;
    auto checked = broadsheet::detail::check_url(std::string_view(url, size), defaults.url_schemes);
    if (!checked) return nullptr;
    *out_size = checked->url.size();
    char* out = static_cast<char*>(std::malloc(checked->url.size() + 1));
    if (!out) std::abort();
    std::memcpy(out, checked->url.c_str(), checked->url.size() + 1);
    return out;
}
