// Private: typographic punctuation. Straight quotes become the quotation
// marks of the article's language, "--" an en dash, "---" an em dash and
// "..." an ellipsis, as a writer would set them by hand.
//
//   Typographer t(quote_style("fr"));
//   std::string out;
//   t.apply("\"Bonjour\" -- l'homme...", out);   // «\u202FBonjour\u202F» – l’homme…
//
// The rules (README, "Typographic punctuation"):
// - A straight double quote becomes the language's primary quotes, a single
//   quote its secondary ones (write a quotation inside a quotation with the
//   other character, as by hand). English “ ” ‘ ’; French « » (with a narrow
//   no-break space, U+202F, inside) and “ ”; German „ “ and ‚ ‘; Russian,
//   Ukrainian and Belarusian « » and „ “; Japanese 「 」 and 『 』. Every other
//   language gets English quotes.
// - A quote opens after the start of the block, a space or opening punctuation
//   (( [ { an opening quote, a dash), and closes after a letter or closing
//   punctuation. Between two letters it closes the open quote, if there is
//   one, else opens (Japanese has no spaces). A single quote between letters
//   (don't, l'homme), after a letter when no single quote is open (the
//   students'), or before a decade ('90s) is an apostrophe, ’.
// - After a digit, a quote that closes nothing stays straight: 5'10" keeps
//   the marks the writer typed (a prime is not a quote; we do not guess).
// - A quote alone between spaces stays straight. Four or more hyphens, and
//   four or more dots, stay as typed.
//
// The state carries over from one run of text to the next (emphasis splits a
// quotation into several runs) and starts again with each block: reset().
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace broadsheet::detail {

enum class QuoteStyle { english, french, german, russian, japanese };

// The quotes of a BCP 47 language tag ("fr-CA" -> french); english for
// every language without its own entry and for "".
QuoteStyle quote_style(std::string_view lang);

class Typographer {
public:
    explicit Typographer(QuoteStyle style = QuoteStyle::english) : style_(style) {}

    // What comes before or after a mark.
    enum class Context : unsigned char { start, space, word, digit, punct };

    // The bytes that may change: everything else is copied as it is.
    static constexpr bool special(char c) { return c == '"' || c == '\'' || c == '-' || c == '.'; }

    // A new block: no quote open, nothing before.
    void reset() {  // inline: called at every block boundary
        double_open_ = single_open_ = false;
        prev_ = Context::start;
        last_end_ = nullptr;
    }
    // Something read as a word (inline code, an image) came between runs.
    void word();
    // A line break came between runs.
    void space();

    // What text[i], a special() byte, and the bytes after it become.
    struct Replacement {
        std::string_view text;  // empty: keep the `length` bytes as typed
        std::size_t length;     // bytes of `text` read (at least 1)
    };
    Replacement replace(std::string_view text, std::size_t i);
    // After the last replace() of a run: its last character is the context
    // of the next run. Inline for the usual ASCII end (it runs once per run).
    void end_run(std::string_view text) {
        if (!text.empty() && text.data() + text.size() != last_end_ && static_cast<unsigned char>(text.back()) < 0x80) {
            prev_ = ascii_context(static_cast<unsigned char>(text.back()));
            last_end_ = nullptr;
            return;
        }
        end_run_slow(text);
    }
    // What an ASCII character (below 0x80) reads as: one table lookup, no
    // chain of tests to mispredict at the end of every run.
    static Context ascii_context(unsigned char c);

    // A whole run, appended to `out` (not escaped).
    void apply(std::string_view text, std::string& out);

private:
    void end_run_slow(std::string_view text);
    Context before(std::string_view text, std::size_t i) const;
    Replacement double_quote(Context prev, Context next);
    Replacement single_quote(std::string_view text, std::size_t i, Context prev, Context next);

    QuoteStyle style_;
    bool double_open_ = false;
    bool single_open_ = false;
    Context prev_ = Context::start;     // before the run
    const char* last_end_ = nullptr;    // just after the last replacement in this run
    Context last_ = Context::start;     // what that replacement reads as for the next mark
};

namespace typography_tables {
struct AsciiContexts {
    Typographer::Context of[128];
    constexpr AsciiContexts() : of() {
        using C = Typographer::Context;
        for (int c = 0; c < 128; ++c) of[c] = C::punct;
        for (int c : {' ', '\t', '\n', '\r', '\f', '\v'}) of[c] = C::space;
        for (int c = '0'; c <= '9'; ++c) of[c] = C::digit;
        for (int c = 'a'; c <= 'z'; ++c) of[c] = of[c - 32] = C::word;
        for (int c : {'(', '[', '{', '<'}) of[c] = C::start;
    }
};
inline constexpr AsciiContexts kAsciiContexts{};
}  // namespace typography_tables

inline Typographer::Context Typographer::ascii_context(unsigned char c) { return typography_tables::kAsciiContexts.of[c]; }

}  // namespace broadsheet::detail
