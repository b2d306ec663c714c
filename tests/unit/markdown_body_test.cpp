#include <catch2/catch.hpp>

#include "markdown_body.hpp"

using namespace broadsheet::detail;

static std::string body(std::string_view md, BodyOptions o = {}) {
    Diagnostics d;
    Body b;
    REQUIRE(render_body(md, o, b, d));
    return b.html;
}

static std::string commonmark(std::string_view md) {
    BodyOptions o;
    o.commonmark = true;
    return body(md, o);
}

TEST_CASE("headings start at h2, never skip a level, and get stable ids") {
    CHECK(body("# One\n### Two\n# Three\n#### Four\n") ==
          "<h2 id=\"one\">One</h2>\n<h3 id=\"two\">Two</h3>\n<h2 id=\"three\">Three</h2>\n<h3 id=\"four\">Four</h3>\n");
    CHECK(body("## Same\n## Same\n") == "<h2 id=\"same\">Same</h2>\n<h2 id=\"same-2\">Same</h2>\n");
    CHECK(body("## Crème brûlée: the *real* story\n") ==
          "<h2 id=\"crème-brûlée-the-real-story\">Crème brûlée: the <em>real</em> story</h2>\n");
}

TEST_CASE("an image alone in a paragraph becomes a figure") {
    CHECK(body("![Boats at low tide](/tide.jpg \"The harbour at dawn\")\n") ==
          "<figure class=\"bs-figure\"><img src=\"/tide.jpg\" alt=\"Boats at low tide\" loading=\"lazy\" "
          "decoding=\"async\"><figcaption>The harbour at dawn</figcaption></figure>\n");
}

TEST_CASE("links to other sites get rel=noopener; unsafe links are dropped with a warning") {
    CHECK(body("[a](https://example.org) [b](/local)\n") ==
          "<p><a href=\"https://example.org\" rel=\"noopener\">a</a> <a href=\"/local\">b</a></p>\n");
    Diagnostics d;
    Body b;
    REQUIRE(render_body("[click](javascript:alert(1))\n", {}, b, d));
    CHECK(b.html == "<p>click</p>\n");
    auto list = d.take();
    REQUIRE(list.size() == 1);
    CHECK(list[0].message.find("removed") != std::string::npos);
    CHECK(list[0].line == 1);
}

TEST_CASE("entity-disguised schemes are decoded before the check") {
    CHECK(body("[x](&#106;avascript:alert(1))\n") == "<p>x</p>\n");
    CHECK(body("[x](javascript&colon;alert(1))\n") == "<p>x</p>\n");
}

TEST_CASE("raw HTML is text by default") {
    CHECK(body("Hi <script>alert(1)</script> there\n") ==
          "<p>Hi &lt;script&gt;alert(1)&lt;/script&gt; there</p>\n");
    CHECK(body("<div onclick=\"x()\">\nblock\n</div>\n") ==
          "<p class=\"bs-raw-html\">&lt;div onclick=&quot;x()&quot;&gt;\nblock\n&lt;/div&gt;</p>\n");
}

TEST_CASE("allowHtml lets allowlisted inline tags through, nothing else") {
    BodyOptions o;
    o.allow_html = true;
    CHECK(body("H<sub>2</sub>O and <abbr title=\"World Health Organization\" onclick=\"x\">WHO</abbr>\n", o) ==
          "<p>H<sub>2</sub>O and <abbr title=\"World Health Organization\">WHO</abbr></p>\n");
    CHECK(body("<img src=x onerror=alert(1)> <mark>left open\n", o) ==
          "<p>&lt;img src=x onerror=alert(1)&gt; <mark>left open</mark></p>\n");
}

TEST_CASE("tables get scope, alignment classes and a focusable scroll region") {
    CHECK(body("| Port | Tide |\n|:--|--:|\n| Leith | 4.2 m |\n") ==
          "<div class=\"bs-table\" role=\"region\" tabindex=\"0\"><table>\n<thead>\n<tr>\n"
          "<th scope=\"col\" class=\"bs-left\">Port</th>\n<th scope=\"col\" class=\"bs-right\">Tide</th>\n</tr>\n</thead>\n"
          "<tbody>\n<tr>\n<td class=\"bs-left\">Leith</td>\n<td class=\"bs-right\">4.2 m</td>\n</tr>\n</tbody>\n</table>\n</div>\n");
}

TEST_CASE("commonmark mode writes what md4c-html writes") {
    CHECK(commonmark("# Title\n\n- a\n- b\n\n***\n") == "<h1>Title</h1>\n<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<hr />\n");
    CHECK(commonmark("![alt *x*](/a.png \"t\")\n") == "<p><img src=\"/a.png\" alt=\"alt x\" title=\"t\" /></p>\n");
    CHECK(commonmark("a  \nb\n") == "<p>a<br />\nb</p>\n");
    CHECK(commonmark("[f](/f&ouml;&ouml; \"f&ouml;&ouml;\")\n") == "<p><a href=\"/f%C3%B6%C3%B6\" title=\"föö\">f</a></p>\n");
}

TEST_CASE("facts for later stages: words, headings, top-level blocks") {
    Diagnostics d;
    Body b;
    REQUIRE(render_body("# Head\n\nOne two.\n\n> quoted words\n\n- item\n\n```\ncode here\n```\n", {}, b, d));
    CHECK(b.stats.words() == 6);
    CHECK(b.stats.code_words() == 2);
    REQUIRE(b.headings.size() == 1);
    CHECK(b.headings[0].text == "Head");
    REQUIRE(b.blocks.size() == 5);
    CHECK(b.blocks[0].kind == BlockKind::heading);
    CHECK(b.blocks[1].kind == BlockKind::paragraph);
    CHECK(b.blocks[2].kind == BlockKind::quote);
    CHECK(b.blocks[3].kind == BlockKind::list);
    CHECK(b.blocks[4].kind == BlockKind::code);
    CHECK(b.blocks[4].end == b.html.size());
}

TEST_CASE("nesting past maxDepth is an error, not a crash") {
    BodyOptions o;
    o.max_depth = 10;
    Diagnostics d;
    Body b;
    CHECK_FALSE(render_body(std::string(50, '>') + " deep\n", o, b, d));
    auto list = d.take();
    REQUIRE(list.size() == 1);
    CHECK(list[0].message.find("maxDepth") != std::string::npos);
}
