#include <catch2/catch.hpp>

#include <iterator>
#include <string_view>
#include <vector>

#include "text/ui_strings.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

TEST_CASE("language tags pick their table") {
    CHECK(std::string(locale_for("fr-CA").tag) == "fr");
    CHECK(std::string(locale_for("DE").tag) == "de");
    CHECK(std::string(locale_for("es_MX").tag) == "es");
    CHECK(std::string(locale_for("zh").tag) == "zh");
    CHECK(std::string(locale_for("zh-CN").tag) == "zh");
    CHECK(std::string(locale_for("zh-Hans").tag) == "zh");
    CHECK(std::string(locale_for("zh-TW").tag) == "zh-Hant");
    CHECK(std::string(locale_for("zh-HK").tag) == "zh-Hant");
    CHECK(std::string(locale_for("zh-Hant").tag) == "zh-Hant");
    CHECK(std::string(locale_for("zh-Hans-TW").tag) == "zh");  // the script wins over the region
    CHECK(std::string(locale_for("").tag) == "en");           // not given: English
    CHECK(std::string(locale_for("sw").tag).empty());         // no table: English words, ISO dates
    CHECK(locale_for("sw").date_pattern == nullptr);
    CHECK(std::string(locale_for("frr").tag).empty());        // North Frisian is not French
}

TEST_CASE("right-to-left languages") {
    for (const char* tag : {"ar", "ar-EG", "he", "fa-IR", "ur", "iw"}) CHECK(is_rtl_language(tag));
    for (const char* tag : {"en", "", "ja", "arn", "hed"}) CHECK_FALSE(is_rtl_language(tag));
}

TEST_CASE("CLDR plural forms for integers") {
    // Russian: one (1, 21, 101), few (2-4, 22-24), many (0, 5-20, 11-14, 25...).
    auto ru = [](long long n) { return plural_form(PluralRule::one_few_many, n); };
    CHECK(ru(1) == 0);
    CHECK(ru(21) == 0);
    CHECK(ru(101) == 0);
    CHECK(ru(2) == 1);
    CHECK(ru(4) == 1);
    CHECK(ru(22) == 1);
    CHECK(ru(0) == 2);
    CHECK(ru(5) == 2);
    CHECK(ru(11) == 2);
    CHECK(ru(12) == 2);
    CHECK(ru(14) == 2);
    CHECK(ru(111) == 2);
    // Arabic: zero, one, two, few (3-10), many (11-99), other (100-102).
    auto ar = [](long long n) { return plural_form(PluralRule::arabic, n); };
    CHECK(ar(0) == 0);
    CHECK(ar(1) == 1);
    CHECK(ar(2) == 2);
    CHECK(ar(3) == 3);
    CHECK(ar(10) == 3);
    CHECK(ar(103) == 3);
    CHECK(ar(11) == 4);
    CHECK(ar(99) == 4);
    CHECK(ar(100) == 5);
    CHECK(ar(102) == 5);
    CHECK(plural_form(PluralRule::zero_one_other, 0) == 0);  // French: "0 minute"
    CHECK(plural_form(PluralRule::one_other, 0) == 1);       // English: "0 minutes"
    CHECK(plural_form(PluralRule::none, 7) == 0);
}

TEST_CASE("minutes agree with their number in Russian and Arabic") {
    std::map<std::string, std::string> none;
    Strings ru(locale_for("ru"), none);
    auto min_ru = [&](int n) { return ru.get(Text::min_read, {{"n", std::to_string(n)}}, n); };
    CHECK(min_ru(1) == "1 минута чтения");
    CHECK(min_ru(2) == "2 минуты чтения");
    CHECK(min_ru(5) == "5 минут чтения");
    CHECK(min_ru(11) == "11 минут чтения");
    CHECK(min_ru(21) == "21 минута чтения");
    CHECK(min_ru(23) == "23 минуты чтения");
    Strings ar(locale_for("ar"), none);
    auto min_ar = [&](int n) { return ar.get(Text::min_read, {{"n", std::to_string(n)}}, n); };
    CHECK(min_ar(1) == "دقيقة واحدة للقراءة");
    CHECK(min_ar(2) == "دقيقتان للقراءة");
    CHECK(min_ar(3) == "3 دقائق للقراءة");
    CHECK(min_ar(11) == "11 دقيقة للقراءة");
    CHECK(min_ar(100) == "100 دقيقة للقراءة");
    Strings en(locale_for("en"), none);
    CHECK(en.get(Text::min_read, {{"n", "1"}}, 1) == "1 min read");
    Strings ja(locale_for("ja"), none);
    CHECK(ja.get(Text::min_read, {{"n", "4"}}, 4) == "4分で読めます");
}

TEST_CASE("every table has every text, with the placeholders it needs") {
    for (const char* tag : {"en", "fr", "de", "es", "ru", "ar", "ja", "zh", "zh-TW", "sw"}) {
        const Locale& l = locale_for(tag);
        INFO(tag);
        for (int k = 0; k < kTextCount; ++k) {
            INFO(kStringNames[k]);
            REQUIRE(l.texts[k] != nullptr);
            CHECK(std::string(l.texts[k]).size() > 0);
            std::string text = l.texts[k];
            if (const char* ph = required_placeholder(static_cast<Text>(k))) {
                // Arabic spells "one minute" and "two minutes" out; its other forms show the number.
                bool spelled = std::string(tag) == "ar" && static_cast<Text>(k) == Text::min_read;
                std::string braced = std::string("{") + ph + "}";
                if (!spelled) {
                    std::size_t forms = 1 + static_cast<std::size_t>(std::count(text.begin(), text.end(), '|'));
                    std::size_t found = 0;
                    for (std::size_t p = text.find(braced); p != std::string::npos; p = text.find(braced, p + 1)) ++found;
                    CHECK(found == forms);
                }
            }
        }
        for (int m = 0; m < 12; ++m) CHECK(std::string(l.months[m]).size() > 0);
    }
}

TEST_CASE("the date tables hold nothing HTML would need escaped") {
    // The page appends format_date_to's text as it is: only these tables and
    // digits go into it.
    for (const char* tag : {"en", "fr", "de", "es", "ru", "ar", "ja", "zh", "zh-TW", "sw"}) {
        const Locale& l = locale_for(tag);
        INFO(tag);
        std::vector<const char*> parts = {l.date_pattern, l.first_day, l.datetime_pattern};
        parts.insert(parts.end(), std::begin(l.months), std::end(l.months));
        for (const char* part : parts) {
            if (!part) continue;
            INFO(part);
            CHECK(std::string_view(part).find_first_of(std::string_view("&<>\"'\0", 6)) == std::string_view::npos);
        }
    }
}

TEST_CASE("publishers override any text; a forgotten placeholder is added") {
    std::map<std::string, std::string> o = {
        {"advertisement", "Anzeige"}, {"minRead", "Lesezeit:"}, {"by", "Text:"},
        {"updated", "Stand {date}"}};
    Strings s(locale_for("de"), o);
    CHECK(s.get(Text::advertisement) == "Anzeige");
    CHECK(s.overridden(Text::advertisement));
    CHECK_FALSE(s.overridden(Text::contents));
    CHECK(s.get(Text::contents) == "Inhalt");
    CHECK(s.get(Text::min_read, {{"n", "3"}}, 3) == "Lesezeit: 3");
    CHECK(s.pattern(Text::updated) == "Stand {date}");
    CHECK(s.get(Text::by) == "Text:");
    // text(): the same words without a copy, override or table.
    CHECK(s.text(Text::advertisement) == "Anzeige");
    CHECK(s.text(Text::contents) == "Inhalt");
}

TEST_CASE("an override may give plural forms in the language's order") {
    std::map<std::string, std::string> o = {{"minRead", "{n} минута|{n} минуты|{n} минут"}};
    Strings s(locale_for("ru"), o);
    CHECK(s.get(Text::min_read, {{"n", "1"}}, 1) == "1 минута");
    CHECK(s.get(Text::min_read, {{"n", "3"}}, 3) == "3 минуты");
    CHECK(s.get(Text::min_read, {{"n", "7"}}, 7) == "7 минут");
    // One form serves every count.
    std::map<std::string, std::string> one = {{"minRead", "{n} мин"}};
    Strings s1(locale_for("ru"), one);
    CHECK(s1.get(Text::min_read, {{"n", "7"}}, 7) == "7 мин");
}

TEST_CASE("placeholders") {
    CHECK(fill("Advertisement {i} of {n}", {{"i", "1"}, {"n", "3"}}) == "Advertisement 1 of 3");
    CHECK(fill("{unknown} stays", {}) == "{unknown} stays");
    CHECK(fill("{ {n}} {", {{"n", "2"}}) == "{ 2} {");
    CHECK(fill("{}", {}) == "{}");
    // fill_to hands the same text over in pieces (a writer escapes each).
    std::string pieces;
    fill_to("{ {n}} {unknown}", {{"n", "<2>"}}, [&](std::string_view p) { pieces += "[" + std::string(p) + "]"; });
    CHECK(pieces == "[{ ][<2>][} ][{][unknown][}]");
}

TEST_CASE("pattern_of() walks to the same text as pattern(), the added placeholder included") {
    // The page fills patterns without building them: the form as written,
    // then " {missing}" when an override left the placeholder out. Stray
    // braces must not pair up differently across that seam.
    for (const char* text : {"", "Lesezeit:", "x{", "{", "a {b", "{n", "}", "{}", "{n} min", "min {n}|{n} mins",
                             "one|two", "{ {n}} {", "{net {n", "a|{n}|b{"}) {
        std::map<std::string, std::string> o = {{"minRead", text}, {"shareOn", text}, {"contents", text}};
        Strings s(locale_for("ru"), o);
        for (Text key : {Text::min_read, Text::share_on, Text::contents}) {
            for (long long count : {-1LL, 1LL, 3LL, 7LL}) {
                INFO(text << " key " << static_cast<int>(key) << " count " << count);
                std::string walked;
                fill_to(s.pattern_of(key, count), {{"n", "<7>"}, {"network", "X"}},
                        [&](std::string_view piece) { walked += piece; });
                CHECK(walked == fill(s.pattern(key, count), {{"n", "<7>"}, {"network", "X"}}));
            }
        }
    }
    std::map<std::string, std::string> o = {{"minRead", "Lesezeit:"}};
    Strings s(locale_for("de"), o);
    CHECK(s.pattern_of(Text::min_read).form == "Lesezeit:");
    CHECK(std::string(s.pattern_of(Text::min_read).missing) == "n");
    CHECK(s.pattern_of(Text::contents).missing == nullptr);  // no placeholder needed
    CHECK(Strings(locale_for("de"), {}).pattern_of(Text::min_read).missing == nullptr);  // the tables have theirs
}

namespace {

// walk_pattern as it was first written, with a library search per brace:
// the one-pass version must split every pattern the same way.
template <class Literal, class Placeholder>
void walk_pattern_by_search(std::string_view pattern, Literal&& literal, Placeholder&& placeholder) {
    std::size_t from = 0;
    for (std::size_t p = pattern.find('{'); p != std::string_view::npos; p = pattern.find('{', p + 1)) {
        std::size_t close = pattern.find('}', p);
        if (close == std::string_view::npos) break;
        std::string_view name = pattern.substr(p + 1, close - p - 1);
        if (name.empty() || name.find('{') != std::string_view::npos) continue;
        if (p > from) literal(pattern.substr(from, p - from));
        placeholder(name);
        from = close + 1;
        p = close;
    }
    if (from < pattern.size()) literal(pattern.substr(from));
}

}  // namespace

TEST_CASE("walk_pattern splits every short pattern of braces as a search for them does") {
    const char alphabet[] = {'{', '}', 'a', ' '};
    std::size_t patterns = 0;
    for (std::size_t len = 0; len <= 7; ++len) {
        std::size_t total = 1;
        for (std::size_t k = 0; k < len; ++k) total *= 4;
        for (std::size_t code = 0; code < total; ++code) {
            std::string pattern;
            for (std::size_t k = 0, c = code; k < len; ++k, c /= 4) pattern += alphabet[c % 4];
            std::string one_pass, by_search;
            walk_pattern(pattern, [&](std::string_view t) { one_pass += "[" + std::string(t) + "]"; },
                         [&](std::string_view n) { one_pass += "<" + std::string(n) + ">"; });
            walk_pattern_by_search(pattern, [&](std::string_view t) { by_search += "[" + std::string(t) + "]"; },
                                   [&](std::string_view n) { by_search += "<" + std::string(n) + ">"; });
            INFO(pattern);
            REQUIRE(one_pass == by_search);
            ++patterns;
        }
    }
    CHECK(patterns == 21845);
}
