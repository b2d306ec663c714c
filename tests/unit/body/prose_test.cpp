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

Result fused(const std::vector<std::string>& pieces) {
    std::string html;
    TextStats stats;
    DirectionCount dir;
    for (const auto& p : pieces) write_prose(html, p, stats, &dir);
    return counted(std::move(html), stats, dir);
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

void check_same(const std::vector<std::string>& pieces) { check_agree(fused(pieces), separate(pieces), pieces); }

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
Result typeset_fused(const std::vector<std::string>& pieces) {
    std::string html;
    TextStats stats;
    DirectionCount dir;
    Typographer typo(QuoteStyle::french);
    for (const auto& p : pieces) write_prose(html, p, stats, &dir, &typo);
    return counted(std::move(html), stats, dir);
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
    check_agree(typeset_fused(pieces), typeset_separate(pieces), pieces);
}

}  // namespace

TEST_CASE("punctuation between letters and digits does not split a word, in any chunk position") {
    // "30.2", "e-mail" and "(see" are one word each wherever the eight-byte
    // chunks fall; "a,b" too (no space). Shifting the text by one byte at a
    // time moves every mark across every chunk boundary.
    for (int shift = 0; shift < 9; ++shift) {
        std::string pad(static_cast<std::size_t>(shift), ' ');
        Result r = fused({pad + "Berth 4 is 30.2 m deep (see e-mail) a,b 5,000.. ok"});
        CHECK(r.words == 11);  // Berth 4 is 30.2 m deep see e-mail a,b 5,000 ok
        CHECK(r.ltr == 10);    // Berth is m deep see e mail a b ok: "e-mail" and "a,b" are two runs each
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
    for (int shift = 0; shift < 9; ++shift) {
        std::string pad(static_cast<std::size_t>(shift), 'a');
        check_same({pad + std::string("word\0word\x01x\x7Fy\tz\x1B end of it all", 31)});
    }
}

TEST_CASE("plain prose ending a text, with marks before spaces, agrees with the separate passes") {
    // The last bytes of a text (fewer than eight) take their own path, as do
    // ',' '-' '.' before a space, and a mark last in a text.
    for (int len = 1; len < 20; ++len) {
        std::string s = std::string("ab. cd, ef- gh. i.j.k -- l...").substr(0, static_cast<std::size_t>(len));
        check_same({s});
        check_same({s, s});
        check_same_typeset({s, s});
        check_same({"\xC3\xA9" + s});
    }
}
