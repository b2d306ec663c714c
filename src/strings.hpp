// Private: the interface text the core writes, one table per language.
#pragma once

#include <map>
#include <string>
#include <string_view>

#include "broadsheet/article.hpp"

namespace broadsheet::detail {

// Keys of interface text. Their JSON names (for the `strings` option) are in
// kStringNames, in the same order.
enum class Text : int {
    by,                // "By"
    and_,              // "and" (between the last two authors)
    published,         // "Published"
    updated,           // "Updated"
    min_read,          // "{n} min read"
    reading_time,      // "Reading time" (accessible label)
    share_title,       // "Share this article"
    share_on,          // "Share on {network}"
    share_by_email,    // "Share by email"
    share_native,      // "Share…"
    copy_link,         // "Copy link"
    link_copied,       // "Link copied"
    mastodon_prompt,   // "Your Mastodon server (for example mastodon.social)"
    advertisement,     // "Advertisement"
    advertisement_n,   // "Advertisement {i} of {n}"
    contents,          // "Contents"
    photo_credit,      // "Photo: {credit}" ... kept as "{credit}" where the language needs no prefix
    count_             // not a key
};

constexpr int kTextCount = static_cast<int>(Text::count_);
extern const char* const kStringNames[kTextCount];

struct Locale {
    const char* tag;                 // primary language subtag: "en", "fr", ...
    const char* months[12];          // as used inside a date (genitive where the grammar needs it)
    const char* date_pattern;        // "{d} {month} {y}"; nullptr = ISO (YYYY-MM-DD)
    const char* time_pattern;        // "{date}, {time}" where {time} is HH:MM
    const char* texts[kTextCount];
};

// The locale for a BCP 47 tag ("fr-CA" -> French); English with ISO dates
// for languages without a table.
const Locale& locale_for(std::string_view language);

// True for languages written right to left (ar, he, fa, ur, ...).
bool is_rtl_language(std::string_view language);

// Interface text with the publisher's overrides applied.
class Strings {
public:
    Strings(const Locale& locale, const std::map<std::string, std::string>& overrides);
    const Locale& locale() const { return locale_; }
    // The text for `key`, with "{name}" placeholders replaced from `args`
    // (pairs of name, value).
    std::string get(Text key, std::initializer_list<std::pair<std::string_view, std::string_view>> args = {}) const;

private:
    const Locale& locale_;
    const std::map<std::string, std::string>& overrides_;
};

}  // namespace broadsheet::detail
