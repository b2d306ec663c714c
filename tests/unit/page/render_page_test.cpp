// The parts in order: <article> and its direction, the whole page, what it asks of third parties.
#include "unit/page/page_test.hpp"

using namespace broadsheet;
using namespace page_test;

TEST_CASE("right-to-left languages get dir=rtl") {
    CHECK(has(html("---\ntitle: x\nlang: ar\n---\n"), "lang=\"ar\" dir=\"rtl\""));
    CHECK(has(html("---\ntitle: x\nlang: he-IL\n---\n"), "dir=\"rtl\""));
    CHECK(has(html("---\ntitle: x\nlang: fa\n---\n"), "dir=\"rtl\""));
    CHECK(has(html("---\ntitle: x\nlang: ur\n---\n"), "dir=\"rtl\""));
    CHECK(has(html("---\ntitle: x\nlang: en\n---\n"), "dir=\"ltr\""));
}

TEST_CASE("in a right-to-left article only the blocks in the other direction are marked") {
    RenderOptions o;
    o.toc = TocMode::on;
    std::string h = html("---\ntitle: عنوان\nlang: ar\n---\nنص عربي.\n\nAn English quote.\n\n## Harbour data\n\n```\nx = 1\n```\n", o);
    CHECK(has(h, "<p>نص عربي.</p>"));  // the article's own direction: nothing to add
    CHECK(has(h, "<p dir=\"ltr\">An English quote.</p>"));
    CHECK(has(h, "<li><a href=\"#harbour-data\" dir=\"ltr\">Harbour data</a></li>"));  // the contents keep it too
}

TEST_CASE("no language: no lang attribute, the text's own direction") {
    std::string h = html("---\ntitle: x\n---\n");
    CHECK(has(h, "<article class=\"bs-article\" dir=\"auto\">"));
    // A page needs a lang; "und" (undetermined) rather than a claim of English.
    CHECK(has(html("---\ntitle: x\n---\n", page_mode()), "<html lang=\"und\" dir=\"ltr\">"));
}

TEST_CASE("the site's language and direction (options lang, dir) stand in for the article's") {
    RenderOptions o = page_mode();
    o.lang = "fr";
    std::string h = html("---\ntitle: x\n---\n", o);
    CHECK(has(h, "<html lang=\"fr\" dir=\"ltr\">"));
    CHECK(has(h, "<article class=\"bs-article\" lang=\"fr\" dir=\"ltr\">"));
    // The article's own language wins.
    CHECK(has(html("---\ntitle: x\nlang: de\n---\n", o), "<html lang=\"de\" dir=\"ltr\">"));
    RenderOptions rtl;
    rtl.lang = "ar";
    CHECK(has(html("---\ntitle: x\n---\n", rtl), "<article class=\"bs-article\" lang=\"ar\" dir=\"rtl\">"));
    rtl.dir = TextDirection::ltr;  // a site that says so
    CHECK(has(html("---\ntitle: x\n---\n", rtl), "<article class=\"bs-article\" lang=\"ar\" dir=\"ltr\">"));
    CHECK(has(html("---\ntitle: x\ndir: rtl\n---\n", rtl), "dir=\"rtl\""));
}

TEST_CASE("names, tags and captions keep their own direction") {
    std::string h = html("---\ntitle: عنوان\nlang: ar\nauthor: John Smith\ntags: [BBC, سياسة]\n---\n");
    CHECK(has(h, "<span class=\"bs-author-name\" dir=\"auto\">John Smith</span>"));
    CHECK(has(h, "<ul class=\"bs-tags\" aria-label=\"مواضيع\"><li dir=\"auto\">BBC</li><li dir=\"auto\">سياسة</li></ul>"));
}

TEST_CASE("the fragment asks nothing of any third party") {
    std::string h = html(R"J({"headline": "x", "url": "https://example.org/a", "image": {"url": "/m/a.jpg", "alt": "a"},
      "author": {"name": "A", "url": "https://example.org/a"}, "articleBody": "Text."})J");
    CHECK(count(h, "<img") == 1);  // the article's own lead image
    for (const char* tag : {"<script", "<iframe", "<link", "<object", "<embed", " style="}) {
        INFO(tag);
        CHECK_FALSE(has(h, tag));
    }
}

TEST_CASE("page mode writes a whole document with metadata and safe JSON-LD") {
    std::string h = html(R"J({"headline": "</script><script>alert(1)</script>", "url": "https://example.org/a",
      "publisher": {"name": "Gazette"}, "description": "d"})J", page_mode());
    CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"und\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
    CHECK(has(h, "<title>&lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt; — Gazette</title>"));
    CHECK(has(h, "<link rel=\"canonical\" href=\"https://example.org/a\">"));
    CHECK(has(h, "<meta property=\"og:type\" content=\"article\">"));
    CHECK(has(h, "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","));
    CHECK(has(h, "\"headline\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\""));
    CHECK(count(h, "</script>") == 1);
    CHECK(count(h, "<script") == 1);
    CHECK(has(h, "<header class=\"bs-masthead\">"));
    CHECK(has(h, "<main class=\"bs-main\">\n<article"));
    CHECK(h.size() > 14);
    CHECK(h.compare(h.size() - 16, 16, "</body>\n</html>\n") == 0);
}

TEST_CASE("page mode for a right-to-left article") {
    std::string h = html("---\ntitle: عنوان\nlang: ar-EG\n---\nنص.\n", page_mode());
    CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"ar-EG\" dir=\"rtl\">", 0) == 0);
    CHECK(has(h, "<meta property=\"og:locale\" content=\"ar_EG\">"));
    CHECK(has(h, "<article class=\"bs-article\" lang=\"ar-EG\" dir=\"rtl\">"));
}

TEST_CASE("layout and theme: page mode marks the page; the wide lead's sizes in every mode") {
    std::string src = R"J({"headline": "x", "image": {"url": "https://example.org/a.jpg", "alt": "A boat",
      "srcset": "https://example.org/a-800.jpg 800w, https://example.org/a-1600.jpg 1600w",
      "sizes": "(min-width: 60rem) 60rem, 100vw"}})J";
    RenderOptions page = page_mode();
    std::string standard = html(src, page);
    CHECK(has(standard, "<html lang=\"und\" dir=\"ltr\">"));  // no language anywhere; theme auto: the theme's default, no attribute
    CHECK(has(standard, "<body class=\"bs-page\">"));
    CHECK(has(standard, "sizes=\"(min-width: 60rem) 60rem, 100vw\""));
    page.layout = Layout::wide_lead;
    page.theme = PageTheme::dark;
    std::string wide = html(src, page);
    CHECK(has(wide, "<html lang=\"und\" dir=\"ltr\" data-broadsheet-theme=\"dark\">"));
    CHECK(has(wide, "<body class=\"bs-page\" data-broadsheet-layout=\"wide-lead\">"));
    CHECK(has(wide, "sizes=\"(min-width: 64rem) 62rem, 100vw\""));
    page.theme = PageTheme::host;
    CHECK(has(html(src, page), "data-broadsheet-theme=\"host\""));
    RenderOptions fragment;
    fragment.layout = Layout::wide_lead;
    fragment.theme = PageTheme::light;
    std::string f = html(src, fragment);
    CHECK(has(f, "sizes=\"(min-width: 64rem) 62rem, 100vw\""));
    CHECK_FALSE(has(f, "data-broadsheet-"));  // the host page's container says where it goes
}
