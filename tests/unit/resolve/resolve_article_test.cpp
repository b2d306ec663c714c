// The resolved article: what every page part reads, settled once.
#include <catch2/catch.hpp>

#include "resolve/resolve_article.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

// The pipeline's order: the check's URLs handed to resolve. The check's
// warnings are its own tests' (check_article_test.cpp).
ResolvedArticle resolve(const Article& a, const RenderOptions& o, Diagnostics& diags) {
    Diagnostics check_warnings;
    return resolve_article(a, check_article(a, o.url_schemes, check_warnings), o, diags);
}

}  // namespace

TEST_CASE("the publisher's empty fields come from the site-wide defaults; URLs checked, metadata absolute") {
    Article a;
    a.headline = "x";
    a.publisher.name = "Gazette";
    a.url = "/2026/tides";
    Author au;
    au.name = "Ines";
    au.url = "/people/ines";
    a.authors.push_back(au);
    Image img;
    img.url = "/media/tide.jpg";
    img.srcset = {{"/media/tide-800.jpg", 800}, {"javascript:x", 1600}};
    a.image = img;
    RenderOptions o;
    o.mode = RenderMode::page;
    o.publisher.name = "Ignored: the article names itself";
    o.publisher.slogan = "Since 1911";
    o.publisher.url = "https://gazette.example/";
    o.publisher.logo = "/logo.svg";
    Diagnostics diags;
    ResolvedArticle r = resolve(a, o, diags);
    CHECK(r.publisher.name == "Gazette");
    CHECK(r.publisher.slogan == "Since 1911");
    CHECK(r.publisher.url == "https://gazette.example/");
    CHECK(r.publisher.logo == "/logo.svg");  // as links are written
    CHECK(r.canonical == "https://gazette.example/2026/tides");
    CHECK(r.author_urls == std::vector<std::string>{"/people/ines"});
    REQUIRE(r.image);
    REQUIRE(r.image->srcset.size() == 1);  // the refused candidate is left out
    // Other sites read absolute URLs.
    CHECK(r.metadata.url == "https://gazette.example/2026/tides");
    CHECK(r.metadata.publisher.logo == "https://gazette.example/logo.svg");
    CHECK(r.metadata.authors[0].url == "https://gazette.example/people/ines");
    REQUIRE(r.metadata.image);
    CHECK(r.metadata.image->url == "https://gazette.example/media/tide.jpg");
    CHECK(r.metadata.body.empty());
    CHECK(diags.take().empty());  // the article's own URLs are check_article's to report
}

TEST_CASE("language and direction are settled once") {
    Article a;
    RenderOptions o;
    Diagnostics diags;
    a.language = "ar-EG";
    CHECK(std::string(resolve(a, o, diags).dir) == "rtl");
    a.language = "en";
    CHECK(resolve(a, o, diags).direction == TextDirection::ltr);
    a.language = "";
    CHECK(std::string(resolve(a, o, diags).dir) == "auto");
    a.language = "en";
    a.direction = TextDirection::rtl;  // declared wins
    CHECK(resolve(a, o, diags).direction == TextDirection::rtl);
}

TEST_CASE("a refused URL of the options is reported in page mode, where it is used") {
    Article a;
    a.headline = "x";
    RenderOptions o;
    o.publisher.name = "Gazette";
    o.publisher.url = "javascript:home";
    o.script = "javascript:x";
    Diagnostics diags;
    ResolvedArticle fragment = resolve(a, o, diags);
    CHECK(fragment.publisher.url.empty());
    CHECK(diags.take().empty());
    o.mode = RenderMode::page;
    ResolvedArticle page = resolve(a, o, diags);
    CHECK(page.publisher.url.empty());
    CHECK(page.script.empty());
    auto list = diags.take();
    REQUIRE(list.size() == 2);
    CHECK(list[0].message == "publisher url: the URL \"javascript:home\" is not allowed and was left out");
    CHECK(list[1].message == "script: the URL \"javascript:x\" is not allowed and was left out");
}
