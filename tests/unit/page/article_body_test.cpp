// The body with advertisement slots between blocks.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("advertisement slots sit between paragraphs only") {
    RenderOptions o;
    o.ads.enabled = true;
    o.ads.after = 1;
    o.ads.every = 2;
    o.ads.max = 5;
    std::string h = html("---\ntitle: x\n---\nP1\n\nP2\n\n## H\n\nP3\n\nP4\n\nP5\n", o);
    // P1 is followed by P2: slot 1. The next is wanted 2 paragraphs later,
    // after P3 (P2 is followed by the heading anyway). P5 is the last paragraph.
    CHECK(has(h, "<p>P1</p>\n<section class=\"bs-ad bs-ad-300x250\" aria-label=\"Advertisement 1 of 2\" data-slot=\"1\" "
                 "data-size=\"300x250\"><p class=\"bs-ad-label\">Advertisement</p><div class=\"bs-ad-space\"></div></section>\n"
                 "<p>P2</p>"));
    CHECK(has(h, "<p>P3</p>\n<section class=\"bs-ad bs-ad-300x250\" aria-label=\"Advertisement 2 of 2\" data-slot=\"2\""));
    CHECK(count(h, "<section class=\"bs-ad") == 2);
}

TEST_CASE("no slot inside a list, quote or table, nor beside one") {
    RenderOptions o;
    o.ads.enabled = true;
    o.ads.after = 1;
    o.ads.every = 1;
    o.ads.max = 10;
    std::string h = html("---\ntitle: x\n---\n- a\n\n  b\n\n  c\n\n> q1\n>\n> q2\n\n| a |\n|---|\n| b |\n\nP1\n\nP2\n\nP3\n", o);
    // None inside the list, the quote or the table, nor right after them:
    // after P1 and P2 only (P3 is the last).
    CHECK(count(h, "<section class=\"bs-ad") == 2);
    CHECK(has(h, "<p>P1</p>\n<section class=\"bs-ad"));
    CHECK(has(h, "<p>P2</p>\n<section class=\"bs-ad"));
}

TEST_CASE("slot labels: localised, the publisher's label, sizes") {
    RenderOptions o;
    o.ads.enabled = true;
    o.ads.after = 1;
    o.ads.size = "728x90";
    std::string de = html("---\ntitle: x\nlang: de\n---\nA\n\nB\n", o);
    CHECK(has(de, "<section class=\"bs-ad bs-ad-728x90\" aria-label=\"Anzeige 1 von 1\" data-slot=\"1\" data-size=\"728x90\">"
                  "<p class=\"bs-ad-label\">Anzeige</p>"));
    CHECK(has(html("---\ntitle: x\nlang: ja\n---\nA\n\nB\n", o), "aria-label=\"広告（1件中1件目）\""));
    // The accessible name holds the visible label, whatever the publisher calls it.
    o.ads.label = "Sponsored";
    CHECK(has(html("---\ntitle: x\n---\nA\n\nB\n", o), "aria-label=\"Sponsored 1 of 1\" data-slot=\"1\" data-size=\"728x90\">"
                                                            "<p class=\"bs-ad-label\">Sponsored</p>"));
    RenderOptions de_o = o;
    de_o.ads.label.clear();
    de_o.strings["advertisement"] = "Werbung";
    CHECK(has(html("---\ntitle: x\nlang: de\n---\nA\n\nB\n", de_o), "aria-label=\"Werbung 1 von 1\""));
    o.ads.enabled = false;
    CHECK_FALSE(has(html("---\ntitle: x\n---\nA\n\nB\n\nC\n\nD\n", o), "bs-ad"));
}
