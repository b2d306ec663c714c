// Interface text per language.
#include "strings.hpp"

namespace broadsheet::detail {

const char* const kStringNames[kTextCount] = {
    "by",           "and",          "published",      "updated",      "minRead",     "readingTime",
    "shareTitle",   "shareOn",      "shareByEmail",   "shareNative",  "copyLink",    "linkCopied",
    "mastodonPrompt", "advertisement", "advertisementN", "contents",  "photoCredit",
};

namespace {

const Locale kEnglish = {
    "en",
    {"January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
     "November", "December"},
    "{d} {month} {y}",
    "{date}, {time}",
    {"By", "and", "Published", "Updated", "{n} min read", "Reading time", "Share this article", "Share on {network}",
     "Share by email", "Share\u2026", "Copy link", "Link copied",
     "Your Mastodon server (for example mastodon.social)", "Advertisement", "Advertisement {i} of {n}",
     "Contents", "{credit}"},
};

// Languages without a table: English words, ISO dates (unambiguous everywhere).
const Locale kFallback = {
    "",
    {"01", "02", "03", "04", "05", "06", "07", "08", "09", "10", "11", "12"},
    nullptr,
    "{date} {time}",
    {"By", "and", "Published", "Updated", "{n} min read", "Reading time", "Share this article", "Share on {network}",
     "Share by email", "Share\u2026", "Copy link", "Link copied",
     "Your Mastodon server (for example mastodon.social)", "Advertisement", "Advertisement {i} of {n}",
     "Contents", "{credit}"},
};

const Locale* const kLocales[] = {&kEnglish};

std::string_view primary_subtag(std::string_view tag) {
    std::size_t dash = tag.find_first_of("-_");
    return tag.substr(0, dash);
}

bool iequal(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        char x = a[i], y = b[i];
        if (x >= 'A' && x <= 'Z') x = static_cast<char>(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = static_cast<char>(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

}  // namespace

const Locale& locale_for(std::string_view language) {
    std::string_view primary = primary_subtag(language);
    if (primary.empty()) return kEnglish;  // no language given: English
    for (const Locale* l : kLocales)
        if (iequal(primary, l->tag)) return *l;
    return kFallback;
}

bool is_rtl_language(std::string_view language) {
    static const char* const rtl[] = {"ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr"};
    std::string_view primary = primary_subtag(language);
    for (const char* r : rtl)
        if (iequal(primary, r)) return true;
    return false;
}

Strings::Strings(const Locale& locale, const std::map<std::string, std::string>& overrides)
    : locale_(locale), overrides_(overrides) {}

std::string Strings::get(Text key, std::initializer_list<std::pair<std::string_view, std::string_view>> args) const {
    int i = static_cast<int>(key);
    std::string_view pattern = locale_.texts[i];
    auto it = overrides_.find(kStringNames[i]);
    if (it != overrides_.end()) pattern = it->second;
    std::string out;
    out.reserve(pattern.size() + 16);
    for (std::size_t p = 0; p < pattern.size();) {
        if (pattern[p] == '{') {
            std::size_t close = pattern.find('}', p);
            if (close != std::string_view::npos) {
                std::string_view name = pattern.substr(p + 1, close - p - 1);
                bool found = false;
                for (const auto& [n, v] : args)
                    if (n == name) {
                        out += v;
                        found = true;
                        break;
                    }
                if (found) {
                    p = close + 1;
                    continue;
                }
            }
        }
        out += pattern[p++];
    }
    return out;
}

}  // namespace broadsheet::detail
