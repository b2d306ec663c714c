// The one-call API: format detection and the merged diagnostics list.
#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

TEST_CASE("detection: JSON articles, Markdown, and Markdown with JSON front matter") {
    auto json = render("{\n  \"headline\": \"A JSON article\"\n}\n");
    REQUIRE(json);
    CHECK(json->html.find(">A JSON article</h1>") != std::string::npos);

    auto md = render("---\ntitle: A Markdown article\n---\nBody.\n");
    REQUIRE(md);
    CHECK(md->html.find(">A Markdown article</h1>") != std::string::npos);

    auto fm = render("{\n  \"title\": \"JSON front matter\",\n  \"tags\": [\"a\"]\n}\nThe body follows.\n");
    INFO((fm.diagnostics.empty() ? std::string() : fm.diagnostics[0].message));
    REQUIRE(fm);
    CHECK(fm->html.find(">JSON front matter</h1>") != std::string::npos);
    CHECK(fm->html.find("<p>The body follows.</p>") != std::string::npos);

    // A one-line JSON article is still JSON.
    auto one = render("{\"headline\": \"One line\"}");
    REQUIRE(one);
    CHECK(one->html.find(">One line</h1>") != std::string::npos);
}

TEST_CASE("parser and renderer diagnostics form one list bounded by maxDiagnostics") {
    RenderOptions o;
    o.limits.max_diagnostics = 5;
    std::string src = "---\ntitle: x\nunknown1: a\nunknown2: b\nunknown3: c\n---\n";
    for (int i = 0; i < 10; ++i) src += "![](/img" + std::to_string(i) + ".png)\n\n";
    auto r = render(src, o);
    REQUIRE(r);
    REQUIRE(r.diagnostics.size() == 5);
    // The parser's come first (source order), then the body's; the last place is the summary.
    CHECK(r.diagnostics[0].message.find("no publication date") != std::string::npos);
    CHECK(r.diagnostics[1].message.find("unknown1") != std::string::npos);
    CHECK(r.diagnostics.back().message.find("too many problems") == 0);
}
