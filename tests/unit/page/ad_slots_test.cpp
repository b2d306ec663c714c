#include <catch2/catch.hpp>

#include "page/ad_slots.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

// A synthetic body: one letter per top-level block.
// P paragraph, H heading, F figure (image), L list, Q quote, T table, C code, R rule.
static std::vector<BodyBlock> body(std::string_view shape) {
    std::vector<BodyBlock> blocks;
    std::size_t end = 0;
    for (char ch : shape) {
        BlockKind k = BlockKind::paragraph;
        switch (ch) {
        case 'P': k = BlockKind::paragraph; break;
        case 'H': k = BlockKind::heading; break;
        case 'F': k = BlockKind::figure; break;
        case 'L': k = BlockKind::list; break;
        case 'Q': k = BlockKind::quote; break;
        case 'T': k = BlockKind::table; break;
        case 'C': k = BlockKind::code; break;
        case 'R': k = BlockKind::rule; break;
        default: continue;
        }
        end += 10;
        blocks.push_back({k, end});
    }
    return blocks;
}

static AdOptions ads(int after, int every, int max) {
    AdOptions a;
    a.enabled = true;
    a.after = after;
    a.every = every;
    a.max = max;
    return a;
}

using Slots = std::vector<std::size_t>;

TEST_CASE("defaults: after paragraph 3, then every 6, at most 3") {
    AdOptions a;
    a.enabled = true;
    // Paragraphs 3, 9 and 15 (block indices 2, 8, 14); 21 would be a fourth.
    CHECK(place_ads(a, body("PPPPPPPPPPPPPPPPPPPPPPPP")) == Slots{2, 8, 14});
}

TEST_CASE("no slots when disabled or max is 0") {
    AdOptions off;
    CHECK(place_ads(off, body("PPPPPPPP")).empty());
    CHECK(place_ads(ads(1, 1, 0), body("PPPPPPPP")).empty());
    CHECK(place_ads(ads(1, 1, 5), body("")).empty());
}

TEST_CASE("never after the last paragraph") {
    CHECK(place_ads(ads(1, 1, 10), body("PPPP")) == Slots{0, 1, 2});
    CHECK(place_ads(ads(1, 1, 10), body("PPC")) == Slots{0});  // P2 is the last paragraph
    CHECK(place_ads(ads(1, 1, 10), body("PPR")) == Slots{0});
    CHECK(place_ads(ads(3, 1, 10), body("PPP")).empty());    // only the last one was eligible
    CHECK(place_ads(ads(1, 1, 10), body("P")).empty());
}

TEST_CASE("never next to a heading or an image") {
    // P2 is followed by the heading: the slot moves to P3, between P3 and P4.
    CHECK(place_ads(ads(2, 1, 1), body("PPHPPP")) == Slots{3});
    // P1 is followed by the image: P2.
    CHECK(place_ads(ads(1, 1, 1), body("PFPPP")) == Slots{2});
    // Every paragraph wanted: all but the one before the image and the last.
    CHECK(place_ads(ads(1, 1, 10), body("PPFPP")) == Slots{0, 3});
    CHECK(place_ads(ads(1, 1, 10), body("HPHPFPH")).empty());
}

TEST_CASE("never beside lists, quotes or tables (nor inside them)") {
    CHECK(place_ads(ads(1, 1, 10), body("PLPPQPPTPP")) == Slots{2, 5, 8});
    CHECK(place_ads(ads(1, 1, 10), body("PLPPPQP")) == Slots{2, 3});
    CHECK(place_ads(ads(1, 1, 10), body("PPTPPP")) == Slots{0, 3, 4});
    CHECK(place_ads(ads(1, 1, 10), body("PLPQPTP")).empty());
}

TEST_CASE("a slot never separates a paragraph from the code block it introduces; rules are not in the way") {
    CHECK(place_ads(ads(1, 1, 10), body("PCPP")) == Slots{2});
    CHECK(place_ads(ads(1, 1, 10), body("PPCP")) == Slots{0});
    CHECK(place_ads(ads(1, 1, 10), body("PRPP")) == Slots{0, 2});
}

TEST_CASE("a moved slot is dropped when no paragraph remains") {
    CHECK(place_ads(ads(2, 1, 3), body("PPHP")).empty());
    CHECK(place_ads(ads(2, 1, 3), body("PPHPHP")).empty());
}

TEST_CASE("every M counts from where the last slot went") {
    // Wanted after P2, which is followed by the heading, so it goes after P3;
    // the next comes 2 paragraphs later, after P5; P7 is the last.
    CHECK(place_ads(ads(2, 2, 5), body("PPHPPPPP")) == Slots{3, 5});
    CHECK(place_ads(ads(1, 3, 5), body("PPPPPPPPPP")) == Slots{0, 3, 6});
}

TEST_CASE("at most K slots") {
    CHECK(place_ads(ads(1, 1, 2), body("PPPPPPPP")) == Slots{0, 1});
}

TEST_CASE("only top-level paragraphs count") {
    // A list, quote or table is one block however many paragraphs it holds, so
    // "after 2" means the second paragraph outside them (index 2, after the list).
    CHECK(place_ads(ads(2, 1, 1), body("PLPPPP")) == Slots{2});
    CHECK(place_ads(ads(4, 1, 1), body("PQPPPPP")) == Slots{4});
}
