// The table of contents.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("a table of contents from three sections, with subsections") {
    std::string body = "Intro.\n\n## One\n\nA.\n\n### One a\n\nB.\n\n## Two\n\nC.\n\n## Three\n\nD.\n";
    std::string h = html("---\ntitle: x\n---\n" + body);
    CHECK(has(h, "<nav class=\"bs-toc\" aria-label=\"Contents\">\n<h2 class=\"bs-toc-title\">Contents</h2>\n<ol>\n"
                 "<li><a href=\"#one\">One</a><ol><li><a href=\"#one-a\">One a</a></li></ol></li>\n"
                 "<li><a href=\"#two\">Two</a></li>\n<li><a href=\"#three\">Three</a></li>\n</ol>\n</nav>\n"));
    // Between the header and the body.
    CHECK(h.find("</header>") < h.find("bs-toc"));
    CHECK(h.find("bs-toc") < h.find("<div class=\"bs-body\">"));
    CHECK(has(h, "<h2 id=\"one\">One</h2>"));
    CHECK(has(h, "<h3 id=\"one-a\">One a</h3>"));
}

TEST_CASE("toc: auto needs three sections; true needs one; false none") {
    std::string two = "---\ntitle: x\n---\n## One\n\nA.\n\n## Two\n\nB.\n";
    std::string five = "---\ntitle: x\n---\n## A\n\n## B\n\n## C\n\n## D\n\n## E\n";
    CHECK_FALSE(has(html(two), "bs-toc"));
    RenderOptions on;
    on.toc = TocMode::on;
    CHECK(has(html(two, on), "<nav class=\"bs-toc\""));
    CHECK_FALSE(has(html("---\ntitle: x\n---\nNo headings.\n", on), "bs-toc"));  // never an empty list
    RenderOptions off;
    off.toc = TocMode::off;
    CHECK_FALSE(has(html(five, off), "bs-toc"));
    CHECK(has(html(five), "bs-toc"));
}

TEST_CASE("the contents label is localised and overridable") {
    std::string body = "## A\n\n## B\n\n## C\n";
    CHECK(has(html("---\ntitle: x\nlang: fr\n---\n" + body), "aria-label=\"Sommaire\">\n<h2 class=\"bs-toc-title\">Sommaire</h2>"));
    CHECK(has(html("---\ntitle: x\nlang: ja\n---\n" + body), ">目次</h2>"));
    RenderOptions o;
    o.strings["contents"] = "In this story";
    CHECK(has(html("---\ntitle: x\n---\n" + body, o), ">In this story</h2>"));
}
