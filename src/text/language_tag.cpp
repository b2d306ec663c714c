// BCP 47 tags split into subtags.
#include "text/language_tag.hpp"

namespace broadsheet::detail {

std::vector<std::string_view> split_language_tag(std::string_view tag) {
    std::vector<std::string_view> out;
    if (tag.empty()) return out;
    for (std::size_t start = 0;;) {
        std::size_t dash = tag.find_first_of("-_", start);
        out.push_back(tag.substr(start, dash == std::string_view::npos ? std::string_view::npos : dash - start));
        if (dash == std::string_view::npos) break;
        start = dash + 1;
    }
    return out;
}

std::string_view primary_language(std::string_view tag) { return tag.substr(0, tag.find_first_of("-_")); }

}  // namespace broadsheet::detail
