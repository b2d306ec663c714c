// Private: the interface text the core writes, one table per language.
//
// Every word a reader sees that the author did not write comes from here, so
// the same article reads the same in a browser, in Node and natively. The
// tables cover English, French, German, Spanish, Russian, Arabic, Japanese and
// Chinese (Simplified and Traditional); other languages get English words and
// ISO dates, which are unambiguous everywhere. Publishers override any text
// by key through the `strings` option.
#pragma once

#include <initializer_list>
#include <map>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>

#include "broadsheet/article.hpp"

namespace broadsheet::detail {

// Keys of interface text. Their JSON names (for the `strings` option) are in
// kStringNames, in the same order. The English text is given beside each; a
// "{name}" is a placeholder the renderer fills in.
enum class Text : int {
    by,                // "By" (before the authors)
    and_,              // "and" (between the last two authors)
    published,         // "Published {date}" (shown only beside an update)
    updated,           // "Updated {date}"
    min_read,          // "{n} min read"; plural forms separated by "|" (see plural_form)
    share_title,       // "Share this article"
    share_on,          // "Share on {network}"
    share_by_email,    // "Share by email"
    share_native,      // "Share…"
    copy_link,         // "Copy link"
    link_copied,       // "Link copied"
    mastodon_prompt,   // "Your Mastodon server (for example mastodon.social)"
    advertisement,     // "Advertisement"
    advertisement_n,   // "{label} {i} of {n}": the slot's accessible name; {label} is the visible label
    contents,          // "Contents" (table of contents)
    topics,            // "Topics" (the accessible name of the tag list)
    photo_credit,      // "{credit}"
    count_             // not a key
};

constexpr int kTextCount = static_cast<int>(Text::count_);
extern const char* const kStringNames[kTextCount];

// The placeholder a key's text must show, or nullptr. When a publisher's
// override leaves it out, the value is added after a space rather than lost.
const char* required_placeholder(Text key);

// CLDR plural rules, for integers only (all the core ever counts).
enum class PluralRule : unsigned char {
    one_other,        // en, de, es ...: 1 | other
    zero_one_other,   // fr: 0 and 1 | other
    one_few_many,     // ru, uk ...: 1, 21, 31 | 2-4, 22-24 | 0, 5-20, 25-30 ...
    arabic,           // ar: 0 | 1 | 2 | 3-10 | 11-99 | other (100, 101 ...)
    none,             // ja, zh: one form
};

// Index of the plural form of `n` under `rule`, in the order listed above.
int plural_form(PluralRule rule, long long n);

struct Locale {
    const char* tag;                 // "en", "fr", ..., "zh-Hant"; "" for the fallback
    PluralRule plural;
    const char* months[12];          // as used inside a date (genitive where the grammar needs it)
    const char* date_pattern;        // "{d} {month} {y}" ({d} day, {m} month number, {y} year); nullptr = ISO
    const char* first_day;           // day 1 where it is not "1" ("1er" in French); nullptr = "1"
    const char* datetime_pattern;    // "{date}, {time}{zone}": {time} is HH:MM, {zone} " UTC+1" or ""
    const char* byline;              // "{by} {authors}"
    const char* author_role;         // "{name}, {role}"
    const char* list_separator;      // between authors: ", "
    const char* last_separator;      // before the last author: " {and} "
    const char* texts[kTextCount];
};

// The locale for a BCP 47 tag: "fr-CA" -> French, "zh-TW" / "zh-Hant-HK" ->
// Traditional Chinese; "" -> English; a language without a table -> English
// words with ISO dates.
const Locale& locale_for(std::string_view language);

// True for languages written right to left (ar, he, fa, ur, ...).
bool is_rtl_language(std::string_view language);

// Interface text with the publisher's overrides applied.
class Strings {
public:
    Strings(const Locale& locale, const std::map<std::string, std::string>& overrides);
    const Locale& locale() const { return locale_; }

    // The pattern for `key` as written, without a copy: `form` is the
    // override's or the table's text (for a count, the plural form of
    // `count`: "1 минута|2 минуты|..."); `missing` is the required
    // placeholder's name when an override left it out of every form, else
    // nullptr. The whole pattern is `form`, then " {missing}" (no space
    // when `form` is empty): walk_pattern and fill_to below read it so.
    struct Pattern {
        std::string_view form;
        const char* missing = nullptr;
    };
    Pattern pattern_of(Text key, long long count = -1) const;

    // pattern_of() as one string: "Share on {network}".
    std::string pattern(Text key, long long count = -1) const;

    // pattern() with "{name}" placeholders replaced from `args`; unknown
    // placeholders stay as written.
    std::string get(Text key, std::initializer_list<std::pair<std::string_view, std::string_view>> args = {},
                    long long count = -1) const;

    // The text of a key that takes no value ("Share this article"), the
    // publisher's or the table's, without a copy: the same as get(key) for
    // a key with no required placeholder and no count.
    std::string_view text(Text key) const;

    // True when the publisher replaced `key`.
    bool overridden(Text key) const;

private:
    const Locale& locale_;
    const std::map<std::string, std::string>& overrides_;
};

// Replaces "{name}" placeholders in `pattern` from `args`.
std::string fill(std::string_view pattern, std::initializer_list<std::pair<std::string_view, std::string_view>> args);

// What the pattern walkers call with each piece of text: any callable
// taking a string_view, by reference, for the length of the call. The
// walkers are plain functions (one copy in the WebAssembly module, however
// many callers), so the callable is passed through this.
class TextSink {
public:
    template <class F, class = std::enable_if_t<!std::is_same_v<std::decay_t<F>, TextSink>>>
    TextSink(F&& f)  // NOLINT: converts from any callable, as std::function does
        : object_(const_cast<void*>(static_cast<const void*>(&f))),
          call_([](void* o, std::string_view text) { (*static_cast<std::remove_reference_t<F>*>(o))(text); }) {}
    void operator()(std::string_view text) const { call_(object_, text); }

private:
    void* object_;
    void (*call_)(void*, std::string_view);
};

// Splits `pattern` into literal text and placeholders, calling
// `literal(text)` and `placeholder(name)` in order. A placeholder is the
// text between a "{" and the next "}" when it is not empty and holds no
// other "{"; anything else is literal text.
void walk_pattern(std::string_view pattern, TextSink literal, TextSink placeholder);

// walk_pattern over a Strings::Pattern: its form, then the placeholder an
// override left out, as if it were written " {missing}" after the form.
void walk_pattern(const Strings::Pattern& pattern, TextSink literal, TextSink placeholder);

// fill() piece by piece: `sink(text)` gets the literal parts, the values
// and any unknown placeholder as written ("{name}"), in order, so a writer
// escapes them straight into its output without building the string.
using FillArgs = std::initializer_list<std::pair<std::string_view, std::string_view>>;
void fill_to(const Strings::Pattern& pattern, FillArgs args, TextSink sink);
inline void fill_to(std::string_view pattern, FillArgs args, TextSink sink) {
    fill_to(Strings::Pattern{pattern}, args, sink);
}

}  // namespace broadsheet::detail
