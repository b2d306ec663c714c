// The article check: the same warnings for both input forms, each at the
// field's line:column with its JSON Pointer in the source's own keys.
#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"
#include "check/check_article.hpp"

using namespace broadsheet;

namespace {

// "LINE:COLUMN POINTER MESSAGE" for each warning, in order.
std::vector<std::string> warnings(const Result<Rendered>& r) {
    std::vector<std::string> out;
    for (const auto& d : r.diagnostics)
        if (d.severity == Severity::warning)
            out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.path + " " + d.message);
    return out;
}

RenderOptions page() {
    RenderOptions o;
    o.mode = RenderMode::page;
    return o;
}

}  // namespace

TEST_CASE("refused URLs are reported at the field, in JSON") {
    auto r = render(R"J({
  "headline": "Harbour",
  "datePublished": "2026-03-02",
  "url": "javascript:alert(1)",
  "author": [{"name": "Ines", "url": "javascript:alert(2)"}, {"name": "Tom", "url": "vbscript:x"}],
  "image": {"url": "/a.jpg", "alt": "Boats", "srcset": [{"url": "data:x", "width": 800}]},
  "publisher": {"name": "Gazette", "url": "javascript:home", "logo": {"url": "file:///etc/passwd"}}
})J", page());
    REQUIRE(r);
    CHECK(warnings(r) == std::vector<std::string>{
        "4:10 /url url: the URL \"javascript:alert(1)\" is not allowed and was left out",
        "5:38 /author/0/url author url: the URL \"javascript:alert(2)\" is not allowed and was left out",
        "5:85 /author/1/url author url: the URL \"vbscript:x\" is not allowed and was left out",
        "6:57 /image/srcset/0 image srcset: the URL \"data:x\" is not allowed and was left out",
        "7:43 /publisher/url publisher url: the URL \"javascript:home\" is not allowed and was left out",
        "7:78 /publisher/logo/url publisher logo: the URL \"file:///etc/passwd\" is not allowed and was left out"});
    CHECK(r->html.find("javascript") == std::string::npos);
    CHECK(r->html.find("vbscript") == std::string::npos);
}

TEST_CASE("refused URLs are reported at the field, in front matter") {
    auto r = render(R"J(---
title: Harbour
date: 2026-03-02
canonical: javascript:alert(1)
authors:
  - name: Ines
    link: javascript:alert(2)
cover:
  src: javascript:alert(3)
  alt: Boats
publisher:
  name: Gazette
  logo: "vbscript:x"
---
Body.
)J");
    REQUIRE(r);
    CHECK(warnings(r) == std::vector<std::string>{
        "4:12 /canonical url: the URL \"javascript:alert(1)\" is not allowed and was left out",
        "7:11 /authors/0/link author url: the URL \"javascript:alert(2)\" is not allowed and was left out",
        "9:3 /cover image: the URL \"javascript:alert(3)\" is not allowed and was left out",
        "13:9 /publisher/logo publisher logo: the URL \"vbscript:x\" is not allowed and was left out"});
}

TEST_CASE("the article warnings: date, headline, alt text, a field given twice") {
    std::string long_title(111, 'x');
    auto md = render("---\ntitle: " + long_title + "\nsummary: S\ndescription: D\nimage: /a.jpg\n---\n");
    REQUIRE(md);
    CHECK(warnings(md) == std::vector<std::string>{
        "1:1 /date the article has no publication date: readers cannot tell how current it is; add \"date:\" to the front matter",
        "2:8 /title the headline is 111 characters long; search results and share cards cut it after 110: move the detail to the standfirst",
        "3:10 /summary \"summary\" is ignored because \"description\" is given",
        "5:8 /image/alt the lead image has no alt text: describe it for readers who cannot see it"});

    auto json = render("{\"headline\": \"" + long_title + "\",\n \"image\": [{\"url\": \"/a.jpg\"}],\n"
                       " \"url\": \"/a\", \"mainEntityOfPage\": \"/b\"}");
    REQUIRE(json);
    CHECK(warnings(json) == std::vector<std::string>{
        "1:1 /datePublished the article has no publication date: readers cannot tell how current it is; add \"datePublished\"",
        "1:14 /headline the headline is 111 characters long; search results and share cards cut it after 110: move the detail to the standfirst",
        "2:12 /image/0/alt the lead image has no alt text: describe it for readers who cannot see it",
        "3:35 /mainEntityOfPage \"mainEntityOfPage\" is ignored because \"url\" is given"});
}

TEST_CASE("an update dated before the publication is reported at the update") {
    auto r = render("---\ntitle: x\ndate: 2026-03-02T10:00:00+01:00\nlastmod: 2026-03-02T09:30:00Z\n---\n");
    REQUIRE(r);
    CHECK(warnings(r).empty());  // 10:00 at +01:00 is 09:00 UTC: the update came after
    auto before = render("---\ntitle: x\ndate: 2026-03-02\nupdated: 2026-03-01\n---\n");
    REQUIRE(before);
    CHECK(warnings(before) == std::vector<std::string>{
        "4:10 /updated the update is dated before the publication: check both dates"});
}

TEST_CASE("a date given but unreadable is one error, not also a missing date") {
    auto r = render("{\"headline\": \"x\", \"datePublished\": \"yesterday\"}");
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].path == "/datePublished");
}

TEST_CASE("no warning of a parsed article is at 0:0 or without a pointer") {
    auto r = render(R"J({"headline": "x", "url": "javascript:1", "author": {"name": "A", "url": "javascript:2"},
      "image": "javascript:3", "publisher": {"name": "P", "url": "javascript:4", "logo": "javascript:5"}})J", page());
    REQUIRE(r);
    REQUIRE(r.diagnostics.size() >= 6);
    for (const auto& d : r.diagnostics) {
        INFO(d.message);
        CHECK(d.line > 0);
        CHECK(d.column > 0);
        CHECK_FALSE(d.path.empty());
    }
}

TEST_CASE("an Article built in code: the warning names the field by its NewsArticle pointer") {
    Article a;
    a.headline = "x";
    a.published = DateTime{2026, 1, 2};
    Author au;
    au.name = "A";
    au.url = "javascript:alert(1)";
    a.authors.push_back(au);
    detail::Diagnostics diags;
    detail::check_article(a, RenderOptions{}.url_schemes, diags);
    auto list = diags.take();
    REQUIRE(list.size() == 1);
    CHECK(list[0].path == "/author/0/url");
    CHECK(list[0].line == 0);

    // The options decide the policy: tel: allowed, and the same URL passes.
    a.authors[0].url = "tel:+441234";
    detail::check_article(a, {"http", "https"}, diags);
    CHECK(diags.take().size() == 1);
    detail::check_article(a, {"http", "https", "tel"}, diags);
    CHECK(diags.take().empty());
}

TEST_CASE("the check hands on each URL as links write it, and \"\" for a refused one") {
    // resolve_article reads these instead of running the policy again, so
    // what the check refused is exactly what the page leaves out.
    Article a;
    a.headline = "x";
    a.published = DateTime{2026, 1, 2};
    a.url = " HTTPS://gazette.example/a\\b ";
    a.publisher.url = "JavaScript:home";
    a.publisher.logo = "/logo.svg";
    Author ines, tom;
    ines.url = "/people/ines";
    tom.name = "Tom";  // no URL
    a.authors = {ines, tom};
    Image img;
    img.url = "/a.jpg";
    img.alt = "Boats";
    img.srcset = {{"data:x", 800}, {"/a-1600.jpg", 1600}};
    a.image = img;
    detail::Diagnostics diags;
    detail::CheckedUrls urls = detail::check_article(a, RenderOptions{}.url_schemes, diags);
    CHECK(urls.url == "https://gazette.example/a%5Cb");
    CHECK(urls.publisher_url.empty());
    CHECK(urls.publisher_logo == "/logo.svg");
    CHECK(urls.authors == std::vector<std::string>{"/people/ines", ""});
    CHECK(urls.image == "/a.jpg");
    CHECK(urls.srcset == std::vector<std::string>{"", "/a-1600.jpg"});
    CHECK(diags.take().size() == 2);  // the publisher's URL and the data: candidate
}
