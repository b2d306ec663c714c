#include <catch2/catch.hpp>

#include "page/jsonld.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

bool has(const std::string& h, std::string_view needle) { return h.find(needle) != std::string::npos; }

Article sample() {
    Article a;
    a.headline = "Port authority rewrites the tide tables";
    a.alternative_headline = "Silt raised the floor";
    a.description = "Skippers were right.";
    DateTime p;
    p.year = 2026, p.month = 3, p.day = 2, p.has_time = true, p.hour = 7, p.minute = 15, p.has_offset = true;
    a.published = p;
    a.authors = {{"Ines Ferreira", "Harbour Correspondent", "https://gazette.example/staff/ines", ""}, {"Joe Okafor", "", "", ""}};
    a.publisher = {"The Harbour Gazette", "Since 1911", "https://gazette.example/", "https://gazette.example/logo.png"};
    Image img;
    img.url = "https://gazette.example/m/tide.jpg";
    img.caption = "Low tide";
    img.credit = "Photo: Gazette";
    img.width = 1200;
    img.height = 675;
    a.image = img;
    a.language = "en-GB";
    a.section = "Waterfront";
    a.tags = {"tides", "harbour, inner"};
    a.url = "https://gazette.example/2026/03/tides";
    return a;
}

// The JSON-LD of `a` as a page writes it: from the resolved article.
std::string jsonld(const Article& a, int minutes = 3, int words = 612) {
    RenderOptions o;
    o.mode = RenderMode::page;
    Diagnostics diags;
    ResolvedArticle r = resolve_article(a, check_article(a, o.url_schemes, diags), o, diags);
    HtmlBuffer out;
    ReadingTime rt;
    rt.minutes = minutes;
    rt.words = words;
    write_jsonld(out, r, rt);
    return take(out);
}

}  // namespace

TEST_CASE("a NewsArticle as Google's Article guidance describes it") {
    std::string j = jsonld(sample());
    CHECK(j.rfind("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
                  "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://gazette.example/2026/03/tides\"},", 0) == 0);
    CHECK(has(j, "\"headline\":\"Port authority rewrites the tide tables\",\"alternativeHeadline\":\"Silt raised the floor\","
                 "\"description\":\"Skippers were right.\",\"datePublished\":\"2026-03-02T07:15:00Z\""));
    CHECK(has(j, "\"author\":[{\"@type\":\"Person\",\"name\":\"Ines Ferreira\",\"jobTitle\":\"Harbour Correspondent\","
                 "\"url\":\"https://gazette.example/staff/ines\"},{\"@type\":\"Person\",\"name\":\"Joe Okafor\"}]"));
    CHECK(has(j, "\"publisher\":{\"@type\":\"Organization\",\"name\":\"The Harbour Gazette\",\"slogan\":\"Since 1911\","
                 "\"url\":\"https://gazette.example/\",\"logo\":{\"@type\":\"ImageObject\",\"url\":\"https://gazette.example/logo.png\"}}"));
    CHECK(has(j, "\"image\":{\"@type\":\"ImageObject\",\"url\":\"https://gazette.example/m/tide.jpg\",\"caption\":\"Low tide\","
                 "\"creditText\":\"Photo: Gazette\",\"width\":1200,\"height\":675}"));
    CHECK(has(j, "\"inLanguage\":\"en-GB\",\"articleSection\":\"Waterfront\",\"keywords\":[\"tides\",\"harbour, inner\"]"));
    CHECK(has(j, "\"wordCount\":612,\"timeRequired\":\"PT3M\"}</script>\n"));
    CHECK_FALSE(has(j, "dateModified"));  // not given, not invented
}

TEST_CASE("no value can close the script element or open a comment") {
    Article a = sample();
    a.headline = "</script><script>alert(1)</script>";
    a.description = "<!-- x --> & \xE2\x80\xA8";
    a.authors[0].name = "</SCRIPT >";
    a.tags = {"<b>"};
    std::string j = jsonld(a);
    std::string inner = j.substr(std::string("<script type=\"application/ld+json\">").size());
    inner = inner.substr(0, inner.size() - std::string("</script>\n").size());
    CHECK(inner.find('<') == std::string::npos);
    CHECK(inner.find('>') == std::string::npos);
    CHECK(inner.find('&') == std::string::npos);
    CHECK(has(inner, "\"headline\":\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\""));
    CHECK(has(inner, "\\u2028"));
}

TEST_CASE("empty fields are left out") {
    Article a;
    a.headline = "Only a headline";
    std::string j = jsonld(a, 1, 0);
    CHECK(j == "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
               "\"headline\":\"Only a headline\",\"wordCount\":0,\"timeRequired\":\"PT1M\"}</script>\n");
    a.image = Image{};  // an image whose URL was refused
    CHECK_FALSE(has(jsonld(a), "\"image\""));
}

TEST_CASE("the article's own Article subtype and every image") {
    Article a = sample();
    a.type = "BlogPosting";
    Image second;
    second.url = "https://gazette.example/m/b.jpg";
    a.more_images = {second};
    a.authors[0].affiliation = "Harbour FM";
    std::string j = jsonld(a);
    CHECK(has(j, "\"@type\":\"BlogPosting\""));
    CHECK_FALSE(has(j, "NewsArticle"));
    CHECK(has(j, "\"image\":[{\"@type\":\"ImageObject\",\"url\":\"https://gazette.example/m/tide.jpg\""));
    CHECK(has(j, "},{\"@type\":\"ImageObject\",\"url\":\"https://gazette.example/m/b.jpg\"}]"));
    CHECK(has(j, "\"affiliation\":{\"@type\":\"Organization\",\"name\":\"Harbour FM\"}"));
}
