#include <catch2/catch.hpp>

#include "text/slug.hpp"

using namespace broadsheet::detail;

TEST_CASE("a slug is the heading's words in lower case joined by dashes") {
    CHECK(heading_slug("The new tables") == "the-new-tables");
    CHECK(heading_slug("  What happens next?  ") == "what-happens-next");
    CHECK(heading_slug("1926 -- 2026: a century") == "1926-2026-a-century");
}

TEST_CASE("an apostrophe joins; other punctuation separates") {
    CHECK(heading_slug("The harbour's floor") == "the-harbours-floor");
    CHECK(heading_slug("The harbour\xE2\x80\x99s floor") == "the-harbours-floor");  // ’
    CHECK(heading_slug("e-mail \xE2\x80\x94 and post") == "e-mail-and-post");       // —
}

TEST_CASE("letters of every script are kept, capitals lowered where the script has a fixed distance") {
    CHECK(heading_slug("\xC3\x89T\xC3\x89 \xC3\x80 PARIS") == "\xC3\xA9t\xC3\xA9-\xC3\xA0-paris");  // ÉTÉ À PARIS
    CHECK(heading_slug("\xD0\x9C\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0: \xD0\x98\xD1\x82\xD0\xBE\xD0\xB3\xD0\xB8") ==
          "\xD0\xBC\xD0\xBE\xD1\x81\xD0\xBA\xD0\xB2\xD0\xB0-\xD0\xB8\xD1\x82\xD0\xBE\xD0\xB3\xD0\xB8");  // москва-итоги
    CHECK(heading_slug("\xE6\x9D\xB1\xE4\xBA\xAC\xE3\x80\x81\xE5\xA4\xA7\xE9\x98\xAA") ==
          "\xE6\x9D\xB1\xE4\xBA\xAC-\xE5\xA4\xA7\xE9\x98\xAA");  // 東京、大阪 -> 東京-大阪
    CHECK(lower_letter(U'\u0141') == U'\u0142');  // Ł -> ł (Latin Extended-A, capitals even)
    CHECK(lower_letter(U'\u0139') == U'\u013A');  // Ĺ -> ĺ (capitals odd here)
    CHECK(lower_letter(U'\u0401') == U'\u0451');  // Ё -> ё
    CHECK(lower_letter(U'\u00D7') == U'\u00D7');  // × is not a letter
}

TEST_CASE("an empty slug is 'section'; a slug never takes the page's bs- ids") {
    CHECK(heading_slug("") == "section");
    CHECK(heading_slug("?!") == "section");
    CHECK(heading_slug("BS-toc") == "section-bs-toc");
}

TEST_CASE("a slug stops after about 80 bytes") {
    std::string long_heading(200, 'a');
    CHECK(heading_slug(long_heading).size() == 81);
}

TEST_CASE("ASCII symbols beside the letters in the table separate words like any punctuation") {
    // @ [ ` { sit next to A, Z, a, z: none is a letter.
    CHECK(heading_slug("A@B[C`D{E") == "a-b-c-d-e");
    CHECK(heading_slug("Zone\\9 and_Q3") == "zone-9-and-q3");
    CHECK(heading_slug("Tides \xC3\x89t\xC3\xA9 2026") == "tides-\xC3\xA9t\xC3\xA9-2026");  // ASCII then UTF-8 then ASCII
}
