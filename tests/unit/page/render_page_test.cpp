#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

static Result<Rendered> rendered(std::string_view src, const RenderOptions& o = {}) { return render(src, o); }

static std::string html(std::string_view src, const RenderOptions& o = {}) {
    auto r = render(src, o);
    INFO((r.diagnostics.empty() ? std::string() : r.diagnostics[0].message));
    REQUIRE(r);
    return r->html;
}

static bool has(const std::string& h, std::string_view needle) { return h.find(needle) != std::string::npos; }

static std::size_t count(const std::string& h, std::string_view needle) {
    std::size_t n = 0;
    for (std::size_t p = h.find(needle); p != std::string::npos; p = h.find(needle, p + 1)) ++n;
    return n;
}

static bool warned(const Result<Rendered>& r, std::string_view text) {
    for (const auto& d : r.diagnostics)
        if (d.message.find(text) != std::string::npos) return true;
    return false;
}

static RenderOptions page_mode() {
    RenderOptions o;
    o.mode = RenderMode::page;
    return o;
}

// ---------------------------------------------------------------------------
// The article header
// ---------------------------------------------------------------------------

TEST_CASE("the header: one h1, standfirst, byline with role and link, time") {
    std::string h = html(R"J({"headline": "Tide tables", "description": "New tables.", "datePublished": "2026-03-02T07:15+01:00",
      "author": {"name": "Ines Ferreira", "jobTitle": "Harbour Correspondent", "url": "https://example.org/ines"},
      "articleSection": "Waterfront", "alternativeHeadline": "The floor rose",
      "inLanguage": "en", "articleBody": "# Part\nText."})J");
    CHECK(has(h, "<article class=\"bs-article\" lang=\"en\" dir=\"ltr\">"));
    CHECK(has(h, "<p class=\"bs-kicker\">Waterfront</p>\n<h1 class=\"bs-headline\">Tide tables</h1>\n"
                 "<p class=\"bs-subtitle\">The floor rose</p>\n<p class=\"bs-standfirst\">New tables.</p>"));
    CHECK(has(h, "<p class=\"bs-byline\">By <span class=\"bs-author\"><a href=\"https://example.org/ines\" rel=\"author\" "
                 "class=\"bs-author-name\" dir=\"auto\">Ines Ferreira</a>, <span class=\"bs-author-role\">Harbour "
                 "Correspondent</span></span></p>"));
    CHECK(has(h, "<span class=\"bs-published\"><time datetime=\"2026-03-02T07:15:00+01:00\">2 March 2026, 07:15 UTC+1</time></span>"));
    CHECK(has(h, "<time class=\"bs-reading-time\" datetime=\"PT1M\">1 min read</time>"));
    CHECK_FALSE(has(h, "Published"));  // the label appears only beside an update
    CHECK(count(h, "<h1") == 1);
    CHECK(has(h, "<h2 id=\"part\">Part</h2>"));  // the author's "#" starts at h2
}

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

TEST_CASE("the lead image loads first, with its size and candidates") {
    std::string h = html(R"J({"headline": "x", "image": {"url": "/m/a.jpg", "alt": "Boats", "width": 1200, "height": 675,
      "caption": "The harbour", "creditText": "Photo: Gazette"}})J");
    CHECK(has(h, "<figure class=\"bs-lead\"><img src=\"/m/a.jpg\" alt=\"Boats\" width=\"1200\" height=\"675\" "
                 "fetchpriority=\"high\"><figcaption><span class=\"bs-caption\" dir=\"auto\">The harbour</span> "
                 "<span class=\"bs-credit\" dir=\"auto\">Photo: Gazette</span></figcaption></figure>"));
    CHECK_FALSE(has(h, "loading="));  // never lazy
}

TEST_CASE("srcset candidates are checked and encoded one by one") {
    Article a;
    a.headline = "x";
    Image img;
    img.url = "/m/a.jpg";
    img.alt = "Boats";
    img.srcset = {{"/m/\xC3\xA9t\xC3\xA9 800.jpg", 800}, {"javascript:alert(1)", 1200}, {"/m/a-1600.jpg", 1600}};
    img.sizes = "(min-width: 60rem) 60rem, 100vw";
    a.image = img;
    auto r = render_html(a);
    REQUIRE(r);
    CHECK(has(r->html, "<img src=\"/m/a.jpg\" alt=\"Boats\" srcset=\"/m/%C3%A9t%C3%A9%20800.jpg 800w, /m/a-1600.jpg 1600w\" "
                       "sizes=\"(min-width: 60rem) 60rem, 100vw\" fetchpriority=\"high\">"));
    CHECK(warned(r, "image srcset: the URL \"javascript:alert(1)\" is not allowed"));
}

TEST_CASE("a refused image URL leaves the image out with a warning") {
    auto r = rendered(R"J({"headline": "x", "image": {"url": "javascript:alert(1)", "alt": "x"}})J");
    REQUIRE(r);
    CHECK_FALSE(has(r->html, "<figure"));
    CHECK_FALSE(has(r->html, "javascript"));
    CHECK(warned(r, "image: the URL \"javascript:alert(1)\" is not allowed and was left out"));
}

// ---------------------------------------------------------------------------
// Direction and language
// ---------------------------------------------------------------------------

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
    CHECK(has(html("---\ntitle: x\n---\n", page_mode()), "<html lang=\"en\" dir=\"ltr\">"));
}

TEST_CASE("names, tags and captions keep their own direction") {
    std::string h = html("---\ntitle: عنوان\nlang: ar\nauthor: John Smith\ntags: [BBC, سياسة]\n---\n");
    CHECK(has(h, "<span class=\"bs-author-name\" dir=\"auto\">John Smith</span>"));
    CHECK(has(h, "<ul class=\"bs-tags\" aria-label=\"مواضيع\"><li dir=\"auto\">BBC</li><li dir=\"auto\">سياسة</li></ul>"));
}

// ---------------------------------------------------------------------------
// Table of contents
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Advertisement slots
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Footer: tags and share
// ---------------------------------------------------------------------------

TEST_CASE("share links use the article's absolute address") {
    RenderOptions o;
    o.share.networks = {ShareNetwork::x, ShareNetwork::email, ShareNetwork::copy};
    std::string h = html(R"J({"headline": "Rain & wind", "url": "https://example.org/a?b=1"})J", o);
    CHECK(has(h, "<nav class=\"bs-share\" aria-label=\"Share this article\" data-url=\"https://example.org/a?b=1\" "
                 "data-title=\"Rain &amp; wind\">"));
    CHECK(has(h, "href=\"https://x.com/intent/post?url=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1&amp;text=Rain%20%26%20wind\""));
    CHECK(has(h, "href=\"mailto:?subject=Rain%20%26%20wind&amp;body=https%3A%2F%2Fexample.org%2Fa%3Fb%3D1\""));
    CHECK(has(h, "<li class=\"bs-share-item bs-share-copy\" data-network=\"copy\" data-label=\"Copy link\" "
                 "data-done=\"Link copied\" hidden></li>"));
    // A relative address resolves against the publisher's home page.
    o.publisher.url = "https://example.org/news/";
    std::string rel = html(R"J({"headline": "x", "url": "/2026/a"})J", o);
    CHECK(has(rel, "data-url=\"https://example.org/2026/a\""));
    // With no way to make it absolute, only the shim's buttons remain.
    std::string none = html(R"J({"headline": "x", "url": "/2026/a"})J");
    CHECK_FALSE(has(none, "data-url="));
    CHECK_FALSE(has(none, "x.com"));
}

TEST_CASE("share: false and no tags leave no footer") {
    RenderOptions o;
    o.share.enabled = false;
    CHECK_FALSE(has(html("---\ntitle: x\n---\n", o), "<footer"));
    CHECK(has(html("---\ntitle: x\ntags: [a]\n---\n", o), "<footer class=\"bs-footer\">\n<ul class=\"bs-tags\" "
                                                           "aria-label=\"Topics\"><li dir=\"auto\">a</li></ul>\n</footer>"));
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

// ---------------------------------------------------------------------------
// Page mode
// ---------------------------------------------------------------------------

TEST_CASE("page mode writes a whole document with metadata and safe JSON-LD") {
    std::string h = html(R"J({"headline": "</script><script>alert(1)</script>", "url": "https://example.org/a",
      "publisher": {"name": "Gazette"}, "description": "d"})J", page_mode());
    CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"en\" dir=\"ltr\">\n<head>\n<meta charset=\"utf-8\">\n", 0) == 0);
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

TEST_CASE("page metadata: Open Graph, Twitter, absolute URLs") {
    std::string h = html(R"J({"headline": "Tides", "description": "New tables.", "url": "/2026/03/tides",
      "datePublished": "2026-03-02T07:15:00Z", "dateModified": "2026-03-02T11:40:00Z",
      "author": [{"name": "Ines", "url": "/staff/ines"}, {"name": "Joe"}],
      "publisher": {"name": "Gazette", "url": "https://gazette.example/", "logo": "/logo.svg"},
      "image": {"url": "../media/tide.jpg", "alt": "Low tide", "width": 1200, "height": 675},
      "inLanguage": "en-GB", "articleSection": "Waterfront", "keywords": ["tides", "harbour"]})J", page_mode());
    CHECK(has(h, "<title>Tides — Gazette</title>\n<meta name=\"description\" content=\"New tables.\">\n"
                 "<link rel=\"canonical\" href=\"https://gazette.example/2026/03/tides\">\n"));
    CHECK(has(h, "<meta property=\"og:url\" content=\"https://gazette.example/2026/03/tides\">\n"
                 "<meta property=\"og:site_name\" content=\"Gazette\">\n<meta property=\"og:locale\" content=\"en_GB\">\n"
                 "<meta property=\"og:image\" content=\"https://gazette.example/2026/media/tide.jpg\">\n"
                 "<meta property=\"og:image:width\" content=\"1200\">\n<meta property=\"og:image:height\" content=\"675\">\n"
                 "<meta property=\"og:image:alt\" content=\"Low tide\">\n"
                 "<meta property=\"article:published_time\" content=\"2026-03-02T07:15:00Z\">\n"
                 "<meta property=\"article:modified_time\" content=\"2026-03-02T11:40:00Z\">\n"
                 "<meta property=\"article:section\" content=\"Waterfront\">\n"
                 "<meta property=\"article:tag\" content=\"tides\">\n<meta property=\"article:tag\" content=\"harbour\">\n"
                 "<meta property=\"article:author\" content=\"https://gazette.example/staff/ines\">\n"
                 "<meta property=\"article:author\" content=\"Joe\">\n"
                 "<meta name=\"twitter:card\" content=\"summary_large_image\">\n"));
    CHECK(has(h, "<meta name=\"twitter:image\" content=\"https://gazette.example/2026/media/tide.jpg\">\n"
                 "<meta name=\"twitter:image:alt\" content=\"Low tide\">\n"));
    CHECK(has(h, "\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://gazette.example/logo.svg\"}"));
    CHECK(has(h, "{\"@type\":\"Person\",\"name\":\"Ines\",\"url\":\"https://gazette.example/staff/ines\"}"));
    // The page itself keeps the author's relative URLs.
    CHECK(has(h, "<img src=\"../media/tide.jpg\" alt=\"Low tide\""));
    CHECK(has(h, "<a href=\"/staff/ines\" rel=\"author\""));
}

TEST_CASE("the masthead: name and logo linking home, then the slogan") {
    RenderOptions o = page_mode();
    o.publisher = {"The Harbour Gazette", "News from the waterfront", "https://gazette.example/", "/logo.svg"};
    std::string h = html("---\ntitle: x\n---\n", o);
    // The logo sits beside the name in one link: alt="" so the link's name is read once.
    CHECK(has(h, "<header class=\"bs-masthead\">\n<p class=\"bs-masthead-name\" dir=\"auto\"><a href=\"https://gazette.example/\" "
                 "rel=\"home\"><img class=\"bs-logo\" src=\"/logo.svg\" alt=\"\"><span class=\"bs-masthead-title\">The Harbour "
                 "Gazette</span></a></p>\n<p class=\"bs-slogan\" dir=\"auto\">News from the waterfront</p>\n</header>\n"));
    o.publisher.logo.clear();
    CHECK(has(html("---\ntitle: x\n---\n", o), "rel=\"home\"><span class=\"bs-masthead-title\">The Harbour Gazette</span></a></p>"));
    o.publisher.url.clear();
    CHECK(has(html("---\ntitle: x\n---\n", o), "dir=\"auto\"><span class=\"bs-masthead-title\">The Harbour Gazette</span></p>"));
    // The article's own publisher wins over the site-wide default.
    CHECK(has(html("---\ntitle: x\npublisher:\n  name: Other Paper\n---\n", o), ">Other Paper</span>"));
    RenderOptions bare = page_mode();
    CHECK_FALSE(has(html("---\ntitle: x\n---\n", bare), "bs-masthead"));  // no name, no masthead
}

TEST_CASE("page mode for a right-to-left article") {
    std::string h = html("---\ntitle: عنوان\nlang: ar-EG\n---\nنص.\n", page_mode());
    CHECK(h.rfind("<!DOCTYPE html>\n<html lang=\"ar-EG\" dir=\"rtl\">", 0) == 0);
    CHECK(has(h, "<meta property=\"og:locale\" content=\"ar_EG\">"));
    CHECK(has(h, "<article class=\"bs-article\" lang=\"ar-EG\" dir=\"rtl\">"));
}

TEST_CASE("drafts are kept out of search engines") {
    CHECK(has(html("---\ntitle: x\ndraft: true\n---\n", page_mode()), "<meta name=\"robots\" content=\"noindex\">"));
    CHECK_FALSE(has(html("---\ntitle: x\n---\n", page_mode()), "robots"));
}

TEST_CASE("refused URLs stay out of the metadata") {
    auto r = rendered(R"J({"headline": "x", "url": "javascript:alert(1)", "publisher": {"name": "G", "logo": "javascript:x"},
      "author": {"name": "A", "url": "vbscript:x"}, "image": {"url": "data:text/html,x", "alt": "a"}})J", page_mode());
    REQUIRE(r);
    CHECK_FALSE(has(r->html, "javascript"));
    CHECK_FALSE(has(r->html, "vbscript"));
    CHECK_FALSE(has(r->html, "data:"));
    CHECK_FALSE(has(r->html, "canonical"));
    CHECK(warned(r, "url: the URL \"javascript:alert(1)\" is not allowed"));
    CHECK(warned(r, "author url: the URL \"vbscript:x\" is not allowed"));
    CHECK(warned(r, "publisher logo: the URL \"javascript:x\" is not allowed"));
}

TEST_CASE("the page's JSON-LD reads back as the same article") {
    std::string h = html(R"J({"headline": "Tides \"quoted\" <b>", "description": "d", "datePublished": "2026-03-02T07:15:00+01:00",
      "author": {"name": "Ines", "jobTitle": "Correspondent", "url": "https://gazette.example/ines"},
      "publisher": {"name": "Gazette", "url": "https://gazette.example/"}, "inLanguage": "fr",
      "keywords": ["a", "b"], "url": "https://gazette.example/t", "articleBody": "Un deux trois."})J", page_mode());
    std::size_t from = h.find("<script type=\"application/ld+json\">") + 35;
    std::string json = h.substr(from, h.find("</script>", from) - from);
    auto back = parse_json(json);
    INFO(json);
    REQUIRE(back);
    CHECK(back->headline == "Tides \"quoted\" <b>");
    CHECK(back->authors.size() == 1);
    CHECK(back->authors[0].role == "Correspondent");
    CHECK(back->authors[0].url == "https://gazette.example/ines");
    CHECK(back->publisher.name == "Gazette");
    CHECK(back->language == "fr");
    CHECK(back->tags == std::vector<std::string>{"a", "b"});
    CHECK(back->url == "https://gazette.example/t");
    REQUIRE(back->published);
    CHECK(back->published->offset_minutes == 60);
    CHECK(has(json, "\"wordCount\":3,\"timeRequired\":\"PT1M\""));
}

TEST_CASE("page mode loads the shim only when the script option names it") {
    RenderOptions o;
    o.mode = RenderMode::page;
    std::string none = html(R"({"headline": "x"})", o);
    CHECK_FALSE(has(none, "<script type=\"module\""));
    o.script = "/dist/broadsheet.js";
    std::string with = html(R"({"headline": "x"})", o);
    CHECK(has(with, "<script type=\"module\" src=\"/dist/broadsheet.js\"></script>\n"));
    CHECK(with.find("<script type=\"module\"") < with.find("</head>"));
    o.script = "javascript:alert(1)";
    auto r = render(R"({"headline": "x"})", o);
    REQUIRE(r);
    CHECK_FALSE(has(r->html, "<script type=\"module\""));
    bool warned = false;
    for (const auto& d : r.diagnostics) warned |= d.message.find("script") != std::string::npos;
    CHECK(warned);
}
