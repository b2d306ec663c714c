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

void check_same(const std::vector<std::string>& pieces) {
    Result a = fused(pieces), b = separate(pieces);
    INFO("pieces: " << pieces.size() << ", first: " << pieces[0]);
    CHECK(a.html == b.html);
    CHECK(a.words == b.words);
    CHECK(a.cjk == b.cjk);
    CHECK(a.ltr == b.ltr);
    CHECK(a.rtl == b.rtl);
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
