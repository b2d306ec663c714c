#include <catch2/catch.hpp>

#include "url_policy.hpp"

using namespace broadsheet::detail;

static const std::vector<std::string> kDefault = {"http", "https", "mailto"};

static bool allowed(std::string_view url, const std::vector<std::string>& schemes = kDefault) {
    return check_url(url, schemes).has_value();
}

TEST_CASE("ordinary links pass and are classified") {
    CHECK(check_url("https://example.org/a", kDefault)->kind == UrlKind::other_site);
    CHECK(check_url("HTTP://EXAMPLE.ORG", kDefault)->kind == UrlKind::other_site);
    CHECK(check_url("mailto:desk@example.org", kDefault)->kind == UrlKind::mail);
    CHECK(check_url("/news/2026/budget", kDefault)->kind == UrlKind::relative);
    CHECK(check_url("budget.html", kDefault)->kind == UrlKind::relative);
    CHECK(check_url("#section-2", kDefault)->kind == UrlKind::same_document);
    CHECK(check_url("?page=2", kDefault)->kind == UrlKind::relative);
    CHECK(check_url("a/b:c", kDefault)->kind == UrlKind::relative);  // ':' after '/' is not a scheme
}

TEST_CASE("script and data schemes are refused however they are written") {
    for (const char* u : {"javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
                          "\tjavascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
                          "java\rscript:alert(1)", "\x01javascript:alert(1)", "vbscript:msgbox(1)",
                          "data:text/html,<script>alert(1)</script>", "DATA:image/png;base64,AAAA",
                          "file:///etc/passwd", "java\xEF\xBF\xBDscript:alert(1)"})
        CHECK_FALSE(allowed(u));
}

TEST_CASE("control characters inside a URL are refused") {
    CHECK_FALSE(allowed(std::string_view("https://a\x00.org", 15)));
    CHECK_FALSE(allowed("https://a\x7F.org"));
}

TEST_CASE("protocol-relative and backslash URLs lead to another site") {
    CHECK(check_url("//evil.example/x", kDefault)->kind == UrlKind::other_site);
    auto b = check_url("/\\evil.example/x", kDefault);
    REQUIRE(b);
    CHECK(b->kind == UrlKind::other_site);
    CHECK(b->url == "//evil.example/x");
    CHECK(check_url("\\\\evil.example", kDefault)->kind == UrlKind::other_site);
}

TEST_CASE("tel: only when the option lists it") {
    CHECK_FALSE(allowed("tel:+441234567890"));
    CHECK(allowed("tel:+441234567890", {"http", "https", "mailto", "tel"}));
}

TEST_CASE("empty and whitespace-only URLs are refused") {
    CHECK_FALSE(allowed(""));
    CHECK_FALSE(allowed("   "));
}
