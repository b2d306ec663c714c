// Typographic punctuation: what a reader sees for what a writer typed.
#include <catch2/catch.hpp>

#include <vector>

#include "text/typography.hpp"

using namespace broadsheet::detail;

namespace {

// The runs of one block, as md4c cuts them (emphasis splits a quotation).
std::string typeset(const std::vector<std::string>& runs, std::string_view lang = "en") {
    Typographer t(quote_style(lang));
    std::string out;
    for (const auto& r : runs) t.apply(r, out);
    return out;
}

std::string typeset(const std::string& text, std::string_view lang = "en") {
    return typeset(std::vector<std::string>{text}, lang);
}

}  // namespace

TEST_CASE("quote styles come from the language's primary subtag") {
    CHECK(quote_style("") == QuoteStyle::english);
    CHECK(quote_style("en-GB") == QuoteStyle::english);
    CHECK(quote_style("fr-CA") == QuoteStyle::french);
    CHECK(quote_style("DE") == QuoteStyle::german);
    CHECK(quote_style("ru") == QuoteStyle::russian);
    CHECK(quote_style("uk") == QuoteStyle::russian);
    CHECK(quote_style("ja-JP") == QuoteStyle::japanese);
    CHECK(quote_style("es") == QuoteStyle::english);
}

TEST_CASE("double and single quotes in each language") {
    CHECK(typeset("She said \"the tide is 'high' today\".") == "She said “the tide is ‘high’ today”.");
    CHECK(typeset("Il a dit \"non\" et 'oui'.", "fr") == "Il a dit «\u202Fnon\u202F» et “oui”.");
    CHECK(typeset("Er sagte \"nein\" und 'ja'.", "de") == "Er sagte „nein“ und ‚ja‘.");
    CHECK(typeset("Он сказал \"нет\" и 'да'.", "ru") == "Он сказал «нет» и „да“.");
    // Japanese has no spaces: between two letters a quote opens, then closes.
    CHECK(typeset("彼は\"こんにちは\"と'言った'。", "ja") == "彼は「こんにちは」と『言った』。");
}

TEST_CASE("apostrophes") {
    CHECK(typeset("don't") == "don’t");
    CHECK(typeset("l'homme", "fr") == "l’homme");
    CHECK(typeset("the students' books") == "the students’ books");
    CHECK(typeset("in the '90s") == "in the ’90s");
    CHECK(typeset("in the 1990's") == "in the 1990’s");
    CHECK(typeset("'Tis the 'season' isn't it") == "‘Tis the ‘season’ isn’t it");
    // German: an apostrophe is ’, the closing secondary quote is ‘.
    CHECK(typeset("'Wie geht's?'", "de") == "‚Wie geht’s?‘");
}

TEST_CASE("quotes around punctuation and brackets") {
    CHECK(typeset("(\"quoted\")") == "(“quoted”)");
    CHECK(typeset("\"Yes,\" he said, \"no.\"") == "“Yes,” he said, “no.”");
    CHECK(typeset("\"'Nested' at the start\"") == "“‘Nested’ at the start”");
    CHECK(typeset("\"Ends nested 'here'\"") == "“Ends nested ‘here’”");
    CHECK(typeset("He wrote:\"Go\"") == "He wrote:“Go”");
}

TEST_CASE("the state carries across the runs of a block") {
    // "*Hello*, world": md4c gives '"', 'Hello', ', world"'.
    CHECK(typeset({"\"", "Hello", ", world\""}) == "“Hello, world”");
    CHECK(typeset({"He said \"", "very", "\" loudly"}) == "He said “very” loudly");
    CHECK(typeset({"'", "emphasis", "'"}) == "‘emphasis’");
}

TEST_CASE("a new block starts with no quote open") {
    Typographer t;
    std::string out;
    t.apply("An unclosed \"quote", out);
    t.reset();
    t.apply("\"Next\"", out);
    CHECK(out == "An unclosed “quote“Next”");
}

TEST_CASE("code or an image between runs reads as a word") {
    Typographer t;
    std::string out;
    t.apply("the \"", out);
    t.word();  // `x` in the source
    t.apply("\" option", out);
    CHECK(out == "the “” option");
}

TEST_CASE("measurements keep their straight marks") {
    CHECK(typeset("He is 5'10\" tall") == "He is 5'10\" tall");
    CHECK(typeset("a 12\" record") == "a 12\" record");
    CHECK(typeset("\"It was 1990\" he said") == "“It was 1990” he said");
    CHECK(typeset("'Back in 1990' she said") == "‘Back in 1990’ she said");
}

TEST_CASE("quotes alone between spaces stay straight") {
    CHECK(typeset("a \" b ' c") == "a \" b ' c");
}

TEST_CASE("dashes and ellipses") {
    CHECK(typeset("1990--2000") == "1990–2000");
    CHECK(typeset("pages 10 -- 12") == "pages 10 – 12");
    CHECK(typeset("wait---what") == "wait—what");
    CHECK(typeset("a well-known fact") == "a well-known fact");
    CHECK(typeset("a ---- rule") == "a ---- rule");
    CHECK(typeset("Well...") == "Well…");
    CHECK(typeset("So....") == "So....");
    CHECK(typeset(std::string(100000, '.')) == std::string(100000, '.'));  // in one step, not 33,333
    CHECK(typeset("e.g. .. or .") == "e.g. .. or .");
    CHECK(typeset("He stopped---\"No!\"") == "He stopped—“No!”");
    CHECK(typeset("\"Well...\" she said") == "“Well…” she said");
}

TEST_CASE("text without marks is unchanged") {
    CHECK(typeset("") == "");
    CHECK(typeset("Plain words, and numbers 1 2 3; and é, 日本語!") == "Plain words, and numbers 1 2 3; and é, 日本語!");
}
