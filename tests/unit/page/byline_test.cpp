// The byline.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("bylines join authors the way each language does") {
    const char* authors = "authors:\n  - name: Ana Ruiz\n    role: Reporter\n  - Bob Lee\n  - Inés Díaz\n";
    auto byline = [&](const char* lang) {
        std::string h = html(std::string("---\ntitle: x\nlang: ") + lang + "\n" + authors + "---\n");
        std::size_t from = h.find("<p class=\"bs-byline\">");
        REQUIRE(from != std::string::npos);
        std::string line = h.substr(from, h.find("</p>\n", from) - from);
        // Tags out: the words and separators a reader sees.
        std::string text;
        bool in_tag = false;
        for (char ch : line) {
            if (ch == '<') in_tag = true;
            else if (ch == '>') in_tag = false;
            else if (!in_tag) text += ch;
        }
        return text;
    };
    CHECK(byline("en") == "By Ana Ruiz, Reporter, Bob Lee and Inés Díaz");
    CHECK(byline("fr") == "Par Ana Ruiz, Reporter, Bob Lee et Inés Díaz");
    CHECK(byline("de") == "Von Ana Ruiz, Reporter, Bob Lee und Inés Díaz");
    CHECK(byline("es") == "Por Ana Ruiz, Reporter, Bob Lee e Inés Díaz");  // "y" becomes "e" before an /i/ sound
    CHECK(byline("ru") == "Текст: Ana Ruiz, Reporter, Bob Lee и Inés Díaz");
    CHECK(byline("ar") == "بقلم Ana Ruiz، Reporter، Bob Lee وInés Díaz");
    CHECK(byline("ja") == "文：Ana Ruiz（Reporter）、Bob Lee、Inés Díaz");
    CHECK(byline("zh") == "作者：Ana Ruiz（Reporter）、Bob Lee和Inés Díaz");
    CHECK(html("---\ntitle: x\nlang: es\nauthors: [Ana, Hierro]\n---\n").find("Ana</span></span> y <span") != std::string::npos);
    CHECK(html("---\ntitle: x\nauthor: Solo\n---\n").find(">By <span class=\"bs-author\"><span class=\"bs-author-name\" "
                                                          "dir=\"auto\">Solo</span></span></p>") != std::string::npos);
}

TEST_CASE("an empty \"by\" override leaves just the names") {
    RenderOptions o;
    o.strings["by"] = "";
    std::string h = html("---\ntitle: x\nauthor: Solo\n---\n", o);
    CHECK(has(h, "<p class=\"bs-byline\"><span class=\"bs-author\">"));
}
