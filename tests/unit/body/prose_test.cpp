// The fused pass must agree with the three passes it replaces, whatever the
// text and however md4c cuts it into pieces.
#include <catch2/catch.hpp>

#include <random>

#include "body/prose.hpp"
#include "html/escape.hpp"

using namespace broadsheet::detail;

namespace {

struct Result {
    std::string html;
    int words, cjk, ltr, rtl;
};

Result counted(std::string html, const TextStats& stats, const DirectionCount& dir) {
    return {std::move(html), stats.words(), stats.cjk_characters(), dir.ltr, dir.rtl};
}

// write_prose scans sixteen bytes at a time with SSE2 on x86-64, and
// write_prose_portable eight at a time (what the WebAssembly build runs as
// write_prose): every check runs both.
using Writer = void (*)(HtmlBuffer&, std::string_view, TextStats&, DirectionCount*, Typographer*);
const Writer kWriters[] = {write_prose, write_prose_portable};

Result fused(const std::vector<std::string>& pieces, Writer write = write_prose) {
    HtmlBuffer html;
    TextStats stats;
    DirectionCount dir;
    for (const auto& p : pieces) write(html, p, stats, &dir, nullptr);
    return counted(take(html), stats, dir);
}

// The three passes write_prose replaces.
Result separate(const std::vector<std::string>& pieces) {
    std::string html;
    TextStats stats;
    DirectionCount dir;
    for (const auto& p : pieces) {
        escape_text(html, p);
        stats.add_text(p);
        dir.add(p);
    }
    return counted(std::move(html), stats, dir);
}

void check_agree(const Result& a, const Result& b, const std::vector<std::string>& pieces) {
    INFO("pieces: " << pieces.size() << ", first: " << pieces[0]);
    CHECK(a.html == b.html);
    CHECK(a.words == b.words);
    CHECK(a.cjk == b.cjk);
    CHECK(a.ltr == b.ltr);
    CHECK(a.rtl == b.rtl);
}

void check_same(const std::vector<std::string>& pieces) {
    Result expected = separate(pieces);
    for (Writer write : kWriters) check_agree(fused(pieces, write), expected, pieces);
}

}  // namespace

TEST_CASE("prose is escaped, and its words and their direction counted, in one pass") {
    Result r = fused({"Tides & <silt> at \"Berth 4\": the harbour's floor rose 0.9 m since 1926."});
    CHECK(r.html == "Tides &amp; &lt;silt&gt; at &quot;Berth 4&quot;: the harbour's floor rose 0.9 m since 1926.");
    CHECK(r.words == 13);  // "&" is no word; "4", "0.9" and "1926" are
    CHECK(r.ltr == 11);    // "harbour" and "s" are two runs of letters; numbers have no direction
    CHECK(r.rtl == 0);
}

TEST_CASE("a word cut between two pieces is counted once") {
    Result r = fused({"The harb", "our tables were redrawn this week", " after surv", "eys"});
    CHECK(r.words == 9);
    CHECK(r.ltr == 9);
}

TEST_CASE("mixed scripts, NUL and punctuation agree with the separate passes") {
    check_same({"Google \xD8\xA3\xD8\xB9\xD9\x84\xD9\x86\xD8\xAA today, \xE6\x9D\xB1\xE4\xBA\xAC\xE3\x81\xAF"});
    check_same({std::string("nul\0byte in text", 16), "cafe\xCC\x81 and more plain words after it"});
    check_same({"\xD7\xA9\xD7\x9C\xD7\x95\xD7\x9D", "abcdefghijklmnop", "\xD7\xA9\xD7\x9C"});
    check_same({"--- \xE2\x80\x94 ''' 12345678 abcdefgh        ", "\tx\ty\r\nz"});
}

TEST_CASE("random text agrees with the separate passes") {
    const char* const alphabet[] = {"a", "Z", "q", "7", " ", " ", "  ", ",", ".", "-", "'", "&", "<", ">", "\"", "\t",
                                    "\xD8\xA8", "\xD7\xA9", "\xE6\x9D\xB1", "\xC3\xA9", "\xCC\x81", "\xE2\x80\x94",
                                    "\xC2\xA0", "\xF0\x9F\x98\x80", "harbour", "tides", "word ", "\xE3\x80\x80", "(", ")", "#", "=", "\n", "0"};
    std::mt19937 rng(7);
    for (int round = 0; round < 2000; ++round) {
        std::vector<std::string> pieces(1 + rng() % 4);
        for (auto& p : pieces)
            for (int n = static_cast<int>(rng() % 40); n > 0; --n) p += alphabet[rng() % (sizeof alphabet / sizeof *alphabet)];
        check_same(pieces);
    }
}

namespace {

// With typography: the marks typeset as Typographer::apply does, then
// escaped; words and directions counted on the text as typed.
Result typeset_fused(const std::vector<std::string>& pieces, Writer write) {
    HtmlBuffer html;
    TextStats stats;
    DirectionCount dir;
    Typographer typo(QuoteStyle::french);
    for (const auto& p : pieces) write(html, p, stats, &dir, &typo);
    return counted(take(html), stats, dir);
}

Result typeset_separate(const std::vector<std::string>& pieces) {
    std::string html;
    TextStats stats;
    DirectionCount dir;
    Typographer typo(QuoteStyle::french);
    for (const auto& p : pieces) {
        std::string typeset;
        typo.apply(p, typeset);
        escape_text(html, typeset);
        stats.add_text(p);
        dir.add(p);
    }
    return counted(std::move(html), stats, dir);
}

void check_same_typeset(const std::vector<std::string>& pieces) {
    Result expected = typeset_separate(pieces);
    for (Writer write : kWriters) check_agree(typeset_fused(pieces, write), expected, pieces);
}

}  // namespace

TEST_CASE("punctuation between letters and digits does not split a word, in any chunk position") {
    // "30.2", "e-mail" and "(see" are one word each wherever the eight- or
    // sixteen-byte chunks fall; "a,b" too (no space). Shifting the text by
    // one byte at a time moves every mark across every chunk boundary.
    for (int shift = 0; shift < 17; ++shift) {
        std::string pad(static_cast<std::size_t>(shift), ' ');
        for (Writer write : kWriters) {
            Result r = fused({pad + "Berth 4 is 30.2 m deep (see e-mail) a,b 5,000.. ok"}, write);
            CHECK(r.words == 11);  // Berth 4 is 30.2 m deep see e-mail a,b 5,000 ok
            CHECK(r.ltr == 10);    // Berth is m deep see e mail a b ok: "e-mail" and "a,b" are two runs each
        }
        check_same({pad + "Berth 4 is 30.2 m deep (see e-mail) a,b 5,000.. ok", "x.y", ")(z", "--w"});
    }
}

TEST_CASE("a word or a run of letters continues across pieces after punctuation") {
    check_same({"harbour.", ",tide", "!!", "s and more words here", "...", "x"});
    check_same({"abcdefg.", "hijklmno", "(((((((((", "p"});
    check_same({"12345678", "........", "9abcdefgh"});
}

TEST_CASE("typography agrees with Typographer::apply, whatever the pieces") {
    check_same_typeset({"\"Bonjour\" -- l'homme... et 5'10\" -- fin."});
    check_same_typeset({"l'homme --- a", "--", "b...", "..c \"d\" e-f g.h"});
    check_same_typeset({"abcdefg.", ".", ". abcdefg-", "-x \"\xC3\xA9t\xC3\xA9\" 'q'"});
    const char* const alphabet[] = {"a", "Z", "7", " ", "  ", ",", ".", "..", "...", "-", "--", "---", "'", "\"",
                                    "&", "<", "\xC3\xA9", "\xD8\xA8", "\xE6\x9D\xB1", "harbour", "(", ")", "0"};
    std::mt19937 rng(11);
    for (int round = 0; round < 2000; ++round) {
        std::vector<std::string> pieces(1 + rng() % 4);
        for (auto& p : pieces)
            for (int n = static_cast<int>(rng() % 40); n > 0; --n) p += alphabet[rng() % (sizeof alphabet / sizeof *alphabet)];
        check_same_typeset(pieces);
    }
}

TEST_CASE("NUL and control characters in any chunk position agree with the separate passes") {
    for (int shift = 0; shift < 17; ++shift) {
        std::string pad(static_cast<std::size_t>(shift), 'a');
        check_same({pad + std::string("word\0word\x01x\x7Fy\tz\x1B end of it all", 31)});
    }
}

TEST_CASE("plain prose ending a text, with marks before spaces, agrees with the separate passes") {
    // The last bytes of a text (fewer than eight, or sixteen) take their own
    // path, as do ',' '-' '.' before a space, and a mark last in a text.
    for (int len = 1; len < 36; ++len) {
        std::string s = std::string("ab. cd, ef- gh. i.j.k -- l... mn op, q").substr(0, static_cast<std::size_t>(len));
        check_same({s});
        check_same({s, s});
        check_same_typeset({s, s});
        check_same({"\xC3\xA9" + s});
    }
}

TEST_CASE("a byte that needs more, at every position of runs around the sixteen-byte steps") {
    // Runs of 15, 16, 17, 31, 32 and 33 bytes (and every length up to 40) of
    // letters and spaces, with one byte or mark at each position: the scan
    // stops there, or reads it as punctuation or a digit, on either side of
    // every step and of the end of the text.
    const std::string prose = "Tide tables were redrawn after surveys of the harbour";
    const char* const marks[] = {"&", "<", ">", "\"", "'", "-", "--", "---", ".", "..", "...", ",", "7", "(",
                                 "\x01", "" /* NUL */, "\xC3\xA9", "\xE6\x9D\xB1", "\xF0\x9F\x98\x80",
                                 "\xD8\xA8\xD8\xA8", " ", "\t"};
    for (int len = 1; len <= 40; ++len) {
        std::string base = prose.substr(0, static_cast<std::size_t>(len));
        check_same({base});
        check_same_typeset({base});
        for (int at = 0; at < len; ++at) {
            for (const char* m : marks) {
                std::string mark = *m ? std::string(m) : std::string(1, '\0');
                auto cut = static_cast<std::size_t>(at);
                std::string s = base.substr(0, cut) + mark + base.substr(cut);
                check_same({s});
                check_same_typeset({s});
            }
        }
    }
}

TEST_CASE("UTF-8 and typographic marks across a sixteen-byte step agree with the separate passes") {
    // The code point or mark starts one to four bytes before the step at 16
    // (or 32), so its bytes fall on both sides.
    const char* const across[] = {"\xC3\xA9", "\xE2\x80\x94", "\xF0\x9F\x98\x80", "--", "---", "...", "''",
                                  "\"\"", "&amp;", "5'10\"", "e-mail", "30.2", "a.", ". "};
    for (const char* m : across) {
        for (int at = 10; at <= 17; ++at) {
            for (char fill : {'a', ' '}) {
                std::string s(static_cast<std::size_t>(at), fill);
                s += m;
                s += std::string(static_cast<std::size_t>(40 - at), 'b');
                check_same({s});
                check_same_typeset({s});
                check_same({s.substr(0, 16), s.substr(16)});
                check_same_typeset({s.substr(0, 16), s.substr(16)});
                s[0] = 'x';
                s.resize(s.size() - static_cast<std::size_t>(40 - at));  // the mark last in the text
                check_same({s});
                check_same_typeset({s});
            }
        }
    }
}

TEST_CASE("random strings of letters, spaces, punctuation and UTF-8 agree with the separate passes") {
    // Mostly plain prose, so that runs long enough for the sixteen-byte
    // steps come up, with a byte or code point of the rest every eight or so;
    // cut into pieces anywhere (even inside a code point).
    const char* const plain[] = {"a", "b", "e", "t", "Q", "z", "o", " ", " ", " ", ", ", ". ", "- "};
    const char* const rest[] = {"0", "9", ",", ".", "-", "'", "\"", "&", "<", ">", "(", "!", "\n", "\x7F", "`",
                                "\xC3\xA9", "\xD8\xA8", "\xE6\x9D\xB1", "\xCC\x81", "\xE2\x80\x94"};
    std::mt19937 rng(1926);
    for (int round = 0; round < 5000; ++round) {
        std::string text;
        for (int n = static_cast<int>(rng() % 80); n > 0; --n)
            text += rng() % 8 ? plain[rng() % (sizeof plain / sizeof *plain)] : rest[rng() % (sizeof rest / sizeof *rest)];
        std::vector<std::string> pieces;
        for (std::size_t at = 0; at < text.size();) {
            std::size_t len = rng() % 4 ? text.size() - at : 1 + rng() % (text.size() - at);
            pieces.push_back(text.substr(at, len));
            at += len;
        }
        if (pieces.empty()) pieces.push_back("");
        check_same(pieces);
        check_same_typeset(pieces);
    }
}
