// The dates line: published, updated, reading time.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("published and updated: exact datetime, text in the article's language") {
    std::string src = "---\ntitle: x\ndate: 2026-03-01T07:15:00+01:00\nlastmod: 2026-03-02T11:40:00Z\nlang: LANG\n---\n";
    auto meta = [&](const char* lang) {
        std::string s = src;
        s.replace(s.find("LANG"), 4, lang);
        std::string h = html(s);
        std::size_t from = h.find("<p class=\"bs-meta\">");
        return h.substr(from, h.find("</p>", from) - from);
    };
    CHECK(meta("en") == "<p class=\"bs-meta\"><span class=\"bs-published\">Published <time datetime=\"2026-03-01T07:15:00+01:00\">"
                        "1 March 2026, 07:15 UTC+1</time></span><span class=\"bs-sep\" aria-hidden=\"true\"> · </span>"
                        "<span class=\"bs-updated\">Updated <time datetime=\"2026-03-02T11:40:00Z\">2 March 2026, 11:40 UTC"
                        "</time></span><span class=\"bs-sep\" aria-hidden=\"true\"> · </span><time class=\"bs-reading-time\" "
                        "datetime=\"PT1M\">1 min read</time>");
    CHECK(has(meta("fr"), "Publié le <time datetime=\"2026-03-01T07:15:00+01:00\">1er mars 2026 à 07:15 UTC+1</time>"));
    CHECK(has(meta("fr"), "Mis à jour le <time datetime=\"2026-03-02T11:40:00Z\">2 mars 2026 à 11:40 UTC</time>"));
    CHECK(has(meta("de"), "Aktualisiert am <time datetime=\"2026-03-02T11:40:00Z\">2. März 2026, 11:40 Uhr UTC</time>"));
    CHECK(has(meta("ru"), "Обновлено <time datetime=\"2026-03-02T11:40:00Z\">2 марта 2026, 11:40 UTC</time>"));
    CHECK(has(meta("ja"), "<time datetime=\"2026-03-02T11:40:00Z\">2026年3月2日 11:40 UTC</time> 更新"));
    CHECK(has(meta("ja"), ">1分で読めます</time>"));
    CHECK(has(meta("ar"), "آخر تحديث: <time datetime=\"2026-03-02T11:40:00Z\">2 مارس 2026، 11:40 UTC</time>"));
    CHECK(has(meta("sw"), "Updated <time datetime=\"2026-03-02T11:40:00Z\">2026-03-02 11:40 UTC</time>"));
}

TEST_CASE("the reading time label follows the language's plural rules") {
    std::string words;
    for (int i = 0; i < 460; ++i) words += "слово ";  // 460 / 230 = 2 min
    std::string h = html("---\ntitle: x\nlang: ru\n---\n" + words);
    CHECK(has(h, "<time class=\"bs-reading-time\" datetime=\"PT2M\">2 минуты чтения</time>"));
    auto r = rendered("---\ntitle: x\nlang: ru\nreading_time: 5\n---\nx");
    REQUIRE(r);
    CHECK(has(r->html, "datetime=\"PT5M\">5 минут чтения</time>"));
    CHECK(r->reading_time.minutes == 5);
}
