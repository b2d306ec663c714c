// The table of contents: when it appears, where, and what it says.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

namespace {

// `sections` sections (## S1, ## S2, ...) after an opening paragraph, the
// whole body `words` words long.
std::string article(int sections, int words, std::string_view opening = "The lede.") {
    std::string md = "---\ntitle: x\n---\n" + std::string(opening) + "\n\n";
    int left = words - 2;  // the lede's two words
    for (int s = 1; s <= sections; ++s) {
        md += "## S" + std::to_string(s) + "\n\n";
        int n = (left - 1 * (sections - s + 1)) / (sections - s + 1);  // each heading is one word
        left -= n + 1;
        for (int i = 0; i < n; ++i) md += "word ";
        md += "\n\n";
    }
    return md;
}

}  // namespace

TEST_CASE("a table of contents of the sections and their subsections, named after the article") {
    std::string body = "Intro.\n\n## One\n\nA.\n\n### One a\n\nB.\n\n## Two\n\nC.\n\n## Three\n\nD.\n";
    RenderOptions on;
    on.toc = TocMode::on;
    std::string h = html("---\ntitle: x\n---\n" + body, on);
    CHECK(has(h, "<nav class=\"bs-toc\" aria-labelledby=\"bs-fd0c5087-toc bs-fd0c5087-headline\">\n"
                 "<h2 class=\"bs-toc-title\" id=\"bs-fd0c5087-toc\">Contents</h2>\n<ol>\n"
                 "<li><a href=\"#one\">One</a><ol><li><a href=\"#one-a\">One a</a></li></ol></li>\n"
                 "<li><a href=\"#two\">Two</a></li>\n<li><a href=\"#three\">Three</a></li>\n</ol>\n</nav>\n"));
    CHECK(has(h, "<h1 class=\"bs-headline\" id=\"bs-fd0c5087-headline\">x</h1>"));
    CHECK(has(h, "<h2 id=\"one\">One</h2>"));  // the sections' own ids are not prefixed: links to them keep working
    CHECK(has(h, "<h3 id=\"one-a\">One a</h3>"));
}

TEST_CASE("the contents come after the first paragraph, never before the lede") {
    RenderOptions on;
    on.toc = TocMode::on;
    std::string h = html("---\ntitle: x\n---\nThe lede.\n\nMore.\n\n## One\n\nA.\n", on);
    CHECK(has(h, "<div class=\"bs-body\">\n<p>The lede.</p>\n<nav class=\"bs-toc\""));
    CHECK(has(h, "</nav>\n<p>More.</p>"));
    // A lead figure before the lede: still after the lede.
    std::string fig = html("---\ntitle: x\n---\n![A boat](b.jpg)\n\nThe lede.\n\n## One\n\nA.\n", on);
    CHECK(fig.find("<p>The lede.</p>\n<nav class=\"bs-toc\"") != std::string::npos);
    // A body that opens with a section: the contents open the body.
    std::string sect = html("---\ntitle: x\n---\n## One\n\nA.\n\n## Two\n\nB.\n", on);
    CHECK(has(sect, "<div class=\"bs-body\">\n<nav class=\"bs-toc\""));
    // With an ad slot after the same paragraph: the contents first.
    RenderOptions ads = on;
    ads.ads.enabled = true;
    ads.ads.after = 1;
    std::string both = html("---\ntitle: x\n---\nP1.\n\nP2.\n\n## One\n\nP3.\n\nP4.\n", ads);
    CHECK(has(both, "<p>P1.</p>\n<nav class=\"bs-toc\""));
    CHECK(both.find("</nav>\n<section class=\"bs-ad") != std::string::npos);
    CHECK(both.find("</section>\n<p>P2.</p>") != std::string::npos);
}

TEST_CASE("toc: auto only for long articles (1,500 words, four sections); true from one section; false never") {
    CHECK(has(html(article(4, 1500)), "<nav class=\"bs-toc\""));
    CHECK_FALSE(has(html(article(4, 1400)), "bs-toc"));   // a news story of four short sections
    CHECK_FALSE(has(html(article(3, 3000)), "bs-toc"));   // long, but three sections read straight through
    CHECK_FALSE(has(html(article(8, 900)), "bs-toc"));
    RenderOptions on;
    on.toc = TocMode::on;
    CHECK(has(html(article(1, 50), on), "<nav class=\"bs-toc\""));
    CHECK_FALSE(has(html("---\ntitle: x\n---\nNo headings.\n", on), "bs-toc"));  // never an empty list
    RenderOptions off;
    off.toc = TocMode::off;
    CHECK_FALSE(has(html(article(6, 4000), off), "bs-toc"));
}

TEST_CASE("the contents label is localised and overridable") {
    std::string body = "## A\n\n## B\n\n## C\n";
    RenderOptions on;
    on.toc = TocMode::on;
    CHECK(has(html("---\ntitle: x\nlang: fr\n---\n" + body, on), ">Sommaire</h2>"));
    CHECK(has(html("---\ntitle: x\nlang: ja\n---\n" + body, on), ">目次</h2>"));
    on.strings["contents"] = "In this story";
    CHECK(has(html("---\ntitle: x\n---\n" + body, on), ">In this story</h2>"));
}
