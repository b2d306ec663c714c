// The body stage's facts for later stages (words, images, headings, block
// offsets) and its limits. The HTML it writes is specified example by
// example in tests/spec/*.txt (run by bs_spec).
#include <catch2/catch.hpp>

#include "body/markdown_body.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

Body body_of(std::string_view md, BodyOptions o = {}) {
    Diagnostics d;
    Body b;
    REQUIRE(render_body(md, o, b, d));
    return b;
}

std::string html(std::string_view md, BodyOptions o = {}) { return std::string(std::string_view(body_of(md, o).html)); }

// The HTML of each top-level block, cut at the offsets the body reports.
std::vector<std::string> pieces(const Body& b) {
    std::vector<std::string> out;
    std::size_t from = 0;
    for (const auto& block : b.blocks) {
        out.push_back(std::string(std::string_view(b.html).substr(from, block.end - from)));
        from = block.end;
    }
    return out;
}

}  // namespace

TEST_CASE("words, code and images feed the reading time") {
    Body b = body_of("# Head\n\nOne two.\n\n> quoted words\n\n- item\n\n```\ncode here\n```\n\n"
                    "![alt text is not read](/a.png) and `inline code`\n\n![x](javascript:x)\n");
    CHECK(b.stats.words() == 10);  // Head One two quoted words item and inline code, x (a refused image's alt shows)
    CHECK(b.stats.code_words() == 2);
    CHECK(b.stats.images() == 1);  // the refused image is not shown, so not counted
}

TEST_CASE("headings for the table of contents: level, id, text, own direction") {
    BodyOptions rtl;
    rtl.direction = TextDirection::rtl;
    Body b = body_of("# The *tide* &amp; you\n\n### Deeper\n\n# English heading\n\n# عنوان عربي\n", rtl);
    REQUIRE(b.headings.size() == 4);
    CHECK(b.headings[0].level == 2);
    CHECK(b.headings[0].id == "the-tide-you");
    CHECK(b.headings[0].text == "The tide & you");
    CHECK(b.headings[1].level == 3);
    CHECK(b.headings[2].dir == "ltr");
    CHECK(b.headings[3].dir.empty());
    CHECK(b.headings[3].id == "عنوان-عربي");
}

TEST_CASE("top-level blocks and where each ends, for placing ads") {
    Body b = body_of("# Head\n\nOne two.\n\n> quoted\n\n- item\n\n```\ncode\n```\n\n![a](/a.png)\n\n---\n");
    REQUIRE(b.blocks.size() == 7);
    CHECK(b.blocks[0].kind == BlockKind::heading);
    CHECK(b.blocks[1].kind == BlockKind::paragraph);
    CHECK(b.blocks[2].kind == BlockKind::quote);
    CHECK(b.blocks[3].kind == BlockKind::list);
    CHECK(b.blocks[4].kind == BlockKind::code);
    CHECK(b.blocks[5].kind == BlockKind::figure);
    CHECK(b.blocks[6].kind == BlockKind::rule);
    auto p = pieces(b);
    CHECK(p[0].rfind("<h2", 0) == 0);
    CHECK(p[1] == "<p>One two.</p>\n");
    CHECK(p[5].rfind("<figure", 0) == 0);
    CHECK(b.blocks.back().end == b.html.size());
}

TEST_CASE("a caption paragraph is part of its table, not a paragraph of its own") {
    for (const char* md : {"Intro.\n\nTable: Tides\n\n| A |\n|---|\n| 1 |\n\nAfter.\n",
                           "Intro.\n\n| A |\n|---|\n| 1 |\n\nTable: Tides\n\nAfter.\n"}) {
        Body b = body_of(md);
        REQUIRE(b.blocks.size() == 3);
        CHECK(b.blocks[0].kind == BlockKind::paragraph);
        CHECK(b.blocks[1].kind == BlockKind::table);
        CHECK(b.blocks[2].kind == BlockKind::paragraph);
        auto p = pieces(b);
        CHECK(p[0] == "<p>Intro.</p>\n");
        CHECK(p[1].find("<caption id=\"table-1\">Tides</caption>") != std::string::npos);
        CHECK(p[1].rfind("</div>\n") == p[1].size() - 7);
        CHECK(p[2] == "<p>After.</p>\n");
    }
}

TEST_CASE("attributes inserted after the fact leave the block offsets right") {
    BodyOptions ltr;
    ltr.direction = TextDirection::ltr;
    Body b = body_of("English.\n\nשלום עולם\n\n- עברית\n- English\n\n## כותרת\n\nEnd.\n", ltr);
    auto p = pieces(b);
    REQUIRE(p.size() == 5);
    CHECK(p[0] == "<p>English.</p>\n");
    CHECK(p[1] == "<p dir=\"rtl\">שלום עולם</p>\n");
    CHECK(p[2] == "<ul>\n<li dir=\"rtl\">עברית</li>\n<li>English</li>\n</ul>\n");
    CHECK(p[3] == "<h2 id=\"כותרת\" dir=\"rtl\">כותרת</h2>\n");
    CHECK(p[4] == "<p>End.</p>\n");
}

TEST_CASE("warnings say what was removed and where") {
    Diagnostics d;
    Body b;
    REQUIRE(render_body("Text.\n\nSee [the map](javascript:alert(1)) and ![](/chart.png).\n", {}, b, d));
    auto list = d.take();
    REQUIRE(list.size() == 2);
    CHECK(list[0].message == "link to \"javascript:alert(1)\" removed: a link must be relative or use http, https or mailto");
    CHECK(list[0].line == 3);
    CHECK(list[0].column == 15);
    CHECK(list[1].message == "image \"/chart.png\" has no alt text: describe it for readers who cannot see it");
    CHECK(list[1].line == 3);
    CHECK(list[1].column == 44);
}

TEST_CASE("a scheme written with character references is refused like the plain one") {
    for (const char* md : {"[x](&#106;avascript:x)", "[x](javascript&colon;x)", "[x](java&Tab;script:x)",
                           "[x](&NewLine;javascript:x)"}) {
        Diagnostics d;
        Body b;
        REQUIRE(render_body(md, {}, b, d));
        CHECK(std::string_view(b.html).find("href") == std::string::npos);
        CHECK(d.take().size() == 1);
    }
}

TEST_CASE("diagnostics carry the line of the whole file") {
    BodyOptions o;
    o.first_line = 7;  // the body starts after six lines of front matter
    Diagnostics d;
    Body b;
    REQUIRE(render_body("Para.\n\n[x](javascript:x)\n", o, b, d));
    auto list = d.take();
    REQUIRE(list.size() == 1);
    CHECK(list[0].line == 9);
}

TEST_CASE("nesting past maxDepth is an error, not a crash") {
    BodyOptions o;
    o.max_depth = 10;
    Diagnostics d;
    Body b;
    CHECK_FALSE(render_body(std::string(50, '>') + " deep\n", o, b, d));
    auto list = d.take();
    REQUIRE(list.size() == 1);
    CHECK(list[0].message == "lists and quotes nested deeper than 10 levels (limit maxDepth)");
    std::string lists;
    for (int i = 0; i < 50; ++i) lists += "- ";
    CHECK_FALSE(render_body(lists + "deep\n", o, b, d));  // a list of lists
    CHECK(d.take().at(0).message == "lists and quotes nested deeper than 10 levels (limit maxDepth)");
}

TEST_CASE("many warnings on one long line stay cheap") {
    std::string md;
    for (int i = 0; i < 50000; ++i) md += "[x](javascript:a) ";
    Diagnostics d(100);
    Body b;
    REQUIRE(render_body(md, {}, b, d));
    auto list = d.take();
    REQUIRE(list.size() == 100);
    CHECK(list.back().message.find("49901 more not shown") != std::string::npos);
}

TEST_CASE("commonmark mode: md4c-html's markup, no article additions") {
    BodyOptions o;
    o.commonmark = true;
    o.direction = TextDirection::rtl;
    CHECK(html("# Title\n\n- a\n- b\n\n***\n", o) == "<h1>Title</h1>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<hr />\n");
    CHECK(html("![alt *x*](/a.png#10x10 \"t | c\")\n", o) == "<p><img src=\"/a.png#10x10\" alt=\"alt x\" title=\"t | c\" /></p>\n");
    CHECK(html("a  \nb `c`\n", o) == "<p>a<br />\nb <code>c</code></p>\n");
    CHECK(html("[f](/f&ouml;&ouml; \"f&ouml;&ouml;\")\n", o) == "<p><a href=\"/f%C3%B6%C3%B6\" title=\"föö\">f</a></p>\n");
    CHECK(html("```js\nx\n```\n", o) == "<pre><code class=\"language-js\">x\n</code></pre>\n");
    Body b = body_of("# A\n\n# A\n", o);
    CHECK(b.headings.empty());
}
