// Typographic punctuation (see typography.hpp for the rules).
#include "text/typography.hpp"

#include "text/ascii.hpp"
#include "text/language_tag.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

struct Marks {
    std::string_view open, close;          // a straight double quote
    std::string_view open_in, close_in;    // a straight single quote
};

// French sets a narrow no-break space (U+202F) inside « », the spacing of
// the Imprimerie nationale's rules, so the marks never end a line alone.
constexpr Marks kEnglish{"“", "”", "‘", "’"};
constexpr Marks kFrench{"«\u202F", "\u202F»", "“", "”"};
constexpr Marks kGerman{"„", "“", "‚", "‘"};
constexpr Marks kRussian{"«", "»", "„", "“"};
constexpr Marks kJapanese{"「", "」", "『", "』"};
constexpr std::string_view kApostrophe = "’";

const Marks& marks(QuoteStyle style) {
    switch (style) {
    case QuoteStyle::french: return kFrench;
    case QuoteStyle::german: return kGerman;
    case QuoteStyle::russian: return kRussian;
    case QuoteStyle::japanese: return kJapanese;
    case QuoteStyle::english: break;
    }
    return kEnglish;
}

using Context = Typographer::Context;

Context classify(char32_t cp) {
    if (cp < 0x80) return Typographer::ascii_context(static_cast<unsigned char>(cp));
    switch (cp) {
    case 0x00A0: case 0x2002: case 0x2003: case 0x2009: case 0x200A: case 0x202F: case 0x3000:
        return Context::space;
    case U'“': case U'‘': case U'«': case U'‹': case U'„': case U'‚': case U'「': case U'『':
    case U'–': case U'—':
        return Context::start;
    case U'”': case U'’': case U'»': case U'›': case U'」': case U'』': case U'…': case U'、': case U'。':
        return Context::punct;
    default:
        return Context::word;  // letters of every script, and symbols read as part of words
    }
}

// The context after text[i]: the end of a run is unknown (the next run may
// go on the word), so it reads as a word.
Context after(std::string_view text, std::size_t i) {
    if (i >= text.size()) return Context::word;
    return classify(next_code_point(text, i));
}

std::size_t run_of(std::string_view text, std::size_t i, char c) {
    std::size_t n = 0;
    while (i + n < text.size() && text[i + n] == c) ++n;
    return n;
}

}  // namespace

QuoteStyle quote_style(std::string_view lang) {
    std::string_view primary = primary_language(lang);
    if (ascii::iequals(primary, "fr")) return QuoteStyle::french;
    if (ascii::iequals(primary, "de")) return QuoteStyle::german;
    if (ascii::iequals(primary, "ru") || ascii::iequals(primary, "uk") || ascii::iequals(primary, "be"))
        return QuoteStyle::russian;
    if (ascii::iequals(primary, "ja")) return QuoteStyle::japanese;
    return QuoteStyle::english;
}

void Typographer::word() {
    prev_ = Context::word;
    last_end_ = nullptr;
}

void Typographer::space() {
    prev_ = Context::space;
    last_end_ = nullptr;
}

Typographer::Context Typographer::before(std::string_view text, std::size_t i) const {
    if (i == 0) return prev_;
    if (text.data() + i == last_end_) return last_;
    std::size_t start = i - 1;
    while (start > 0 && i - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80) --start;
    return classify(next_code_point(text, start));
}

Typographer::Replacement Typographer::replace(std::string_view text, std::size_t i) {
    Replacement r{{}, 1};
    switch (text[i]) {
    case '"': r = double_quote(before(text, i), after(text, i + 1)); break;
    case '\'': r = single_quote(text, i, before(text, i), after(text, i + 1)); break;
    case '-': {
        std::size_t n = run_of(text, i, '-');
        r = {n == 2 ? "–" : n == 3 ? "—" : std::string_view(), n};
        last_ = Context::start;
        break;
    }
    case '.': {
        std::size_t n = run_of(text, i, '.');
        r = n == 3 ? Replacement{"…", 3} : Replacement{{}, n};  // the whole run: linear in it
        last_ = Context::punct;
        break;
    }
    default: break;
    }
    if (!r.text.empty()) last_end_ = text.data() + i + r.length;
    return r;
}

Typographer::Replacement Typographer::double_quote(Context prev, Context next) {
    const Marks& m = marks(style_);
    bool open;
    if (prev == Context::start || prev == Context::space) {
        if (next == Context::space && !double_open_) return {{}, 1};  // alone between spaces
        open = next != Context::space;
    } else {
        if (prev == Context::digit && !double_open_) return {{}, 1};  // 5'10": as typed
        open = (next == Context::word || next == Context::digit) && !double_open_;
    }
    double_open_ = open;
    last_ = open ? Context::start : Context::punct;
    return {open ? m.open : m.close, 1};
}

Typographer::Replacement Typographer::single_quote(std::string_view text, std::size_t i, Context prev, Context next) {
    const Marks& m = marks(style_);
    enum { apostrophe, open, close, keep } what;
    switch (prev) {
    case Context::word:
        if (next == Context::word && style_ == QuoteStyle::japanese) what = single_open_ ? close : open;  // no spaces
        else what = next == Context::word ? apostrophe : single_open_ ? close : apostrophe;
        break;
    case Context::digit:
        what = next == Context::word ? apostrophe : single_open_ ? close : keep;
        break;
    case Context::start:
    case Context::space:
        if (next == Context::space) {
            what = single_open_ ? close : keep;
        } else if (i + 3 <= text.size() && ascii::is_digit(text[i + 1]) && ascii::is_digit(text[i + 2]) &&
                   (i + 3 == text.size() || !ascii::is_digit(text[i + 3]))) {
            what = apostrophe;  // '90s
        } else {
            what = open;
        }
        break;
    case Context::punct:
    default:
        what = single_open_ ? close : (next == Context::word || next == Context::digit) ? open : apostrophe;
        break;
    }
    switch (what) {
    case open: single_open_ = true; last_ = Context::start; return {m.open_in, 1};
    case close: single_open_ = false; last_ = Context::punct; return {m.close_in, 1};
    case apostrophe: last_ = Context::word; return {kApostrophe, 1};
    case keep: break;
    }
    return {{}, 1};
}

void Typographer::end_run_slow(std::string_view text) {
    if (!text.empty()) {
        if (text.data() + text.size() == last_end_) {
            prev_ = last_;
        } else {
            std::size_t start = text.size() - 1;
            while (start > 0 && text.size() - start < 4 && (static_cast<unsigned char>(text[start]) & 0xC0) == 0x80)
                --start;
            prev_ = classify(next_code_point(text, start));
        }
    }
    last_end_ = nullptr;
}

void Typographer::apply(std::string_view text, std::string& out) {
    std::size_t i = 0, copied = 0;
    while (i < text.size()) {
        if (!special(text[i])) {
            ++i;
            continue;
        }
        Replacement r = replace(text, i);
        if (!r.text.empty()) {
            out.append(text, copied, i - copied).append(r.text);
            copied = i + r.length;
        }
        i += r.length;
    }
    out.append(text, copied, std::string_view::npos);
    end_run(text);
}

}  // namespace broadsheet::detail
