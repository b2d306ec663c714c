#include <catch2/catch.hpp>

#include <cstdint>
#include <iterator>
#include <string>
#include <string_view>

#include "html/url_policy.hpp"

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

TEST_CASE("the scheme is written in lower case, as the browser reads it") {
    CHECK(check_url("HTTP://EXAMPLE.ORG/A", kDefault)->url == "http://EXAMPLE.ORG/A");
    CHECK(check_url("httpS://x.example/", kDefault)->url == "https://x.example/");
    CHECK(check_url(" MailTo:desk@example.org", kDefault)->url == "mailto:desk@example.org");
    CHECK(check_url("a/B:c", kDefault)->url == "a/B:c");  // no scheme: left alone
}

TEST_CASE("script and data schemes are refused however they are written") {
    for (const char* u : {"javascript:alert(1)", "JavaScript:alert(1)", "JAVASCRIPT:alert(1)", " javascript:alert(1)",
                          "\tjavascript:alert(1)", "java\tscript:alert(1)", "java\nscript:alert(1)",
                          "java\rscript:alert(1)", "\x01javascript:alert(1)", "vbscript:msgbox(1)",
                          "data:text/html,<script>alert(1)</script>", "DATA:image/png;base64,AAAA",
                          "file:///etc/passwd"})
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
    CHECK(b->url == "/%5Cevil.example/x");  // written so no browser reads a slash
    CHECK(check_url("\\\\evil.example", kDefault)->kind == UrlKind::other_site);
}

TEST_CASE("tel: only when the option lists it") {
    CHECK_FALSE(allowed("tel:+441234567890"));
    CHECK(allowed("tel:+441234567890", {"http", "https", "mailto", "tel"}));
}

TEST_CASE("an empty or whitespace-only URL is this document, as in CommonMark's [link]()") {
    CHECK(check_url("", kDefault)->kind == UrlKind::same_document);
    CHECK(check_url("", kDefault)->url.empty());
    CHECK(check_url(" \t ", kDefault)->url.empty());
}

// What the WHATWG URL parser (every browser) does with these, and what we do.
TEST_CASE("audit against the URL parser: things that are not schemes") {
    // A scheme is a letter, then letters, digits, '+', '-', '.', then ':'.
    // Anything else before the ':' makes the parser read a relative path,
    // harmless whatever it spells, so it is kept as one (CommonMark's
    // [link](foo\)\:) is href="foo):").
    for (const char* u : {"%6Aavascript:alert(1)", ":", ":alert(1)", "1http://x", "a b:c", "foo):",
                          "javascript :alert(1)", "java\xEF\xBF\xBDscript:alert(1)"})
        CHECK(check_url(u, kDefault)->kind == UrlKind::relative);
    CHECK(check_url("./a:b", kDefault)->kind == UrlKind::relative);
    CHECK(check_url("a\\b:c", kDefault)->url == "a%5Cb:c");  // '\' ends the scheme too
    CHECK(check_url("a/b:c", kDefault)->kind == UrlKind::relative);
}

TEST_CASE("audit against the URL parser: http without slashes") {
    // "http:evil" is relative on an http page and http://evil/ on an https one:
    // either way it is treated as another site (rel=noopener), never refused.
    CHECK(check_url("http:evil", kDefault)->kind == UrlKind::other_site);
    CHECK(check_url("https:/evil.example", kDefault)->kind == UrlKind::other_site);
    auto b = check_url("https:\\\\evil.example\\a?q=\\x#\\y", kDefault);
    REQUIRE(b);
    CHECK(b->kind == UrlKind::other_site);
    CHECK(b->url == "https:%5C%5Cevil.example%5Ca?q=%5Cx#%5Cy");  // never a slash to the browser
}

TEST_CASE("audit against the URL parser: tabs and newlines vanish anywhere, leading junk is stripped") {
    CHECK_FALSE(allowed("j\ta\nv\ra\tscript:alert(1)"));
    CHECK_FALSE(allowed("javascript\t:alert(1)"));
    CHECK_FALSE(allowed("\x20\x01\x1F javascript:alert(1)"));
    CHECK_FALSE(allowed(std::string_view("\0javascript:alert(1)", 20)));
    CHECK_FALSE(allowed("javascript:alert(1)\x01"));  // internal or trailing controls other than space
    auto t = check_url("  https://exa\tmple.org/a\nb  \x01", kDefault);
    REQUIRE(t);  // trailing C0 controls are stripped like spaces
    CHECK(t->url == "https://example.org/ab");
    CHECK(check_url("/\t/evil.example", kDefault)->kind == UrlKind::other_site);
    CHECK(check_url(" \\/evil.example", kDefault)->kind == UrlKind::other_site);
    CHECK(check_url("/\\/\\evil.example", kDefault)->kind == UrlKind::other_site);
}

TEST_CASE("script-capable schemes are never honoured, even when listed") {
    const std::vector<std::string> reckless = {"javascript", "vbscript", "data", "file", "blob", "filesystem",
                                               "JavaScript", "http"};
    for (const char* u : {"javascript:alert(1)", "vbscript:x", "data:text/html,x", "file:///etc/passwd",
                          "blob:https://x/y", "filesystem:https://x/t/y"})
        CHECK_FALSE(allowed(u, reckless));
    CHECK(allowed("http://x.example", reckless));
    CHECK(scheme_can_be_allowed("tel"));
    CHECK(scheme_can_be_allowed("mailto"));
    CHECK_FALSE(scheme_can_be_allowed("javascript"));
    CHECK_FALSE(scheme_can_be_allowed("data"));
    CHECK_FALSE(scheme_can_be_allowed("HTTP"));  // callers pass lower case
}

TEST_CASE("listed schemes match in any case; an empty list allows only relative URLs") {
    CHECK(allowed("HTTPS://x.example", {"https"}));
    CHECK(allowed("https://x.example", {"HTTPS"}));
    CHECK_FALSE(allowed("https://x.example", {}));
    CHECK(allowed("/a", {}));
    CHECK(allowed("#a", {}));
}

TEST_CASE("backslashes are percent-encoded in every kind of URL") {
    CHECK(check_url("mailto:a\\b@x.example", kDefault)->url == "mailto:a%5Cb@x.example");
    CHECK(check_url("tel:1\\2", {"tel"})->kind == UrlKind::other);
    CHECK(check_url("tel:1\\2", {"tel"})->url == "tel:1%5C2");
    CHECK(check_url("/url\\bar*baz", kDefault)->url == "/url%5Cbar*baz");
}

TEST_CASE("what is kept is the cleaned URL, not yet escaped") {
    auto u = check_url("https://x.example/a b?c=\"d\"&e", kDefault);
    REQUIRE(u);
    CHECK(u->url == "https://x.example/a b?c=\"d\"&e");  // HtmlWriter::url() escapes it
}

TEST_CASE("one CheckedUrl reused from URL to URL holds each one's own result") {
    // The body checks every link into the same buffer: nothing of a longer
    // or refused URL before may show in the next one, and bytes needing care
    // are found past the first eight (read eight at a time) and in the tail.
    CheckedUrl u;
    REQUIRE(check_url("https://gazette.example/survey/a-long-path?x=1", kDefault, u));
    CHECK(u.url == "https://gazette.example/survey/a-long-path?x=1");
    CHECK(u.kind == UrlKind::other_site);
    CHECK_FALSE(check_url("JavaScript:alert(1)//padding", kDefault, u));
    REQUIRE(check_url("/a", kDefault, u));
    CHECK(u.url == "/a");
    CHECK(u.kind == UrlKind::relative);
    REQUIRE(check_url("/abcdefgh/ijk\\lm", kDefault, u));  // backslash in the second eight
    CHECK(u.url == "/abcdefgh/ijk%5Clm");
    REQUIRE(check_url("/abcdefghijklmnop\tq", kDefault, u));  // tab in the tail
    CHECK(u.url == "/abcdefghijklmnopq");
    CHECK_FALSE(check_url("/abcdefghij\x7F", kDefault, u));
    CHECK_FALSE(check_url("/abcdefghijklmnop\x01q", kDefault, u));
    REQUIRE(check_url("/caf\xC3\xA9/na\xC3\xAFve-long", kDefault, u));  // UTF-8 needs no care
    CHECK(u.url == "/caf\xC3\xA9/na\xC3\xAFve-long");
    REQUIRE(check_url("MAILTO:desk@example.org", kDefault, u));
    CHECK(u.url == "mailto:desk@example.org");
    CHECK(u.kind == UrlKind::mail);
    REQUIRE(check_url("", kDefault, u));
    CHECK(u.url.empty());
    CHECK(u.kind == UrlKind::same_document);
}

// check_url takes a shortcut for the URLs articles are made of ("https://…",
// "/path", "#part" with nothing to clean); check_url_general reads every URL
// the long way. They must agree on every URL, hostile ones above all: the
// same verdict, and for an accepted URL the same bytes and kind.
TEST_CASE("the shortcut agrees with the general reading on hostile URLs") {
    using namespace std::literals;  // "..."sv keeps the NULs
    const std::string_view heads[] = {
        ""sv, " "sv, "\t"sv, "\n"sv, "\x01"sv, "\x1F"sv, "\x7F"sv, "\0"sv, "https:"sv, "http:"sv, "HTTPS:"sv,
        "Http:"sv, "httpS:"sv, "https"sv, "http"sv, "https;"sv, "https:/"sv, "https://"sv, "http://"sv, "//"sv,
        "/\\"sv, "\\\\"sv, "\\"sv, "/"sv, "#"sv, "?"sv, "./"sv, "../"sv, "javascript:"sv, "JaVaScRiPt:"sv,
        "java\tscript:"sv, "java\nscript:"sv, "java\rscript:"sv, " javascript:"sv, "\0javascript:"sv,
        "javascript :"sv, "vbscript:"sv, "data:"sv, "file:"sv, "blob:"sv, "mailto:"sv, "MAILTO:"sv, "tel:"sv,
        "ftp:"sv, "xmpp:"sv, "%6Aavascript:"sv, "&#106;avascript:"sv, "javascript&colon;"sv, "&#x3A;"sv,
        "&amp;"sv, ":"sv, "1http:"sv, "a b:"sv, "h\ttps:"sv, "ht\ntp://"sv, "https\t:"sv,
        "\xEF\xBB\xBFhttps:"sv, "\xC3\xA9:"sv};
    const std::string_view bodies[] = {
        ""sv, "x.example/a"sv, "//x.example/a"sv, "/a b?c=\"d\"&e"sv, "\\evil"sv, "\x7F"sv, "\t"sv, "\n"sv,
        "\r"sv, "\x1F"sv, "&amp;"sv, "&#x3A;"sv, "caf\xC3\xA9"sv, "\xFF"sv, "'<>"sv, " "sv, "/"sv, "#top"sv,
        "alert(1)"sv, "%0a"sv, ":"sv, "a\\b/c"sv, "\0x"sv};
    const std::string_view tails[] = {""sv, " "sv, "\x01"sv, "\t"sv, "\n "sv, "/"sv, "\\"sv, "#"sv, "\x7F"sv, "\0"sv};
    const std::vector<std::vector<std::string>> lists = {
        {"http", "https", "mailto"}, {}, {"HTTPS"}, {"http"}, {"https"}, {"tel", "javascript", "data"}, {"MailTo", "ftp"}};

    CheckedUrl reused;  // as the body reuses its buffer from link to link
    auto agree = [&](const std::string& url) {
        for (const auto& schemes : lists) {
            CheckedUrl general;
            bool slow = check_url_general(url, schemes, general);
            bool fast = check_url(url, schemes, reused);
            INFO("url (" << url.size() << " bytes): \"" << url << "\", " << schemes.size() << " schemes listed");
            REQUIRE(fast == slow);
            if (!fast) continue;
            CHECK(reused.url == general.url);
            CHECK(reused.kind == general.kind);
        }
    };
    std::size_t n = 0;
    for (auto h : heads)
        for (auto b : bodies)
            for (auto t : tails) {
                agree(std::string(h) + std::string(b) + std::string(t));
                ++n;
            }
    // And longer ones, so the eight-byte steps and the tail both meet each byte.
    std::uint32_t state = 2026;
    auto next = [&](std::size_t k) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % k;
    };
    for (int i = 0; i < 4000; ++i) {
        std::string url(heads[next(std::size(heads))]);
        for (std::size_t k = next(6); k > 0; --k) url += bodies[next(std::size(bodies))];
        url += tails[next(std::size(tails))];
        agree(url);
        ++n;
    }
    CHECK(n > 15000);
}

TEST_CASE("the shortcut's URLs, checked one by one") {
    CheckedUrl u;
    REQUIRE(check_url("https://gazette.example/survey/75", kDefault, u));
    CHECK(u.url == "https://gazette.example/survey/75");
    CHECK(u.kind == UrlKind::other_site);
    CHECK_FALSE(check_url("https://gazette.example/", {"http"}, u));  // https not listed
    CHECK_FALSE(check_url("http://gazette.example/", {"https"}, u));
    REQUIRE(check_url("http://gazette.example/", {"HTTP"}, u));
    REQUIRE(check_url("/media/low-tide.jpg#1200x675", kDefault, u));
    CHECK(u.url == "/media/low-tide.jpg#1200x675");
    CHECK(u.kind == UrlKind::relative);
    REQUIRE(check_url("/", {}, u));
    CHECK(u.kind == UrlKind::relative);
    REQUIRE(check_url("#notes", {}, u));
    CHECK(u.kind == UrlKind::same_document);
    CHECK(u.url == "#notes");
    REQUIRE(check_url("//evil.example", kDefault, u));  // two slashes: not the shortcut's
    CHECK(u.kind == UrlKind::other_site);
    REQUIRE(check_url(" https://x.example/\\a ", kDefault, u));  // stripped; the backslash takes the long way
    CHECK(u.url == "https://x.example/%5Ca");
    CHECK_FALSE(check_url("https://x.example/\x01" "a", kDefault, u));  // a control inside: refused
}
