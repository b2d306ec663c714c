#include <catch2/catch.hpp>

#include "escape.hpp"

using namespace broadsheet::detail;

static std::string text(std::string_view s) { std::string o; escape_text(o, s); return o; }
static std::string attr(std::string_view s) { std::string o; escape_attr(o, s); return o; }
static std::string json(std::string_view s) { std::string o; escape_json_string(o, s); return o; }
static std::string component(std::string_view s) { std::string o; percent_encode_component(o, s); return o; }
static std::string url(std::string_view s) { std::string o; escape_url_attr(o, s); return o; }

TEST_CASE("text escaping turns markup characters into references") {
    CHECK(text("a < b && c > \"d\"") == "a &lt; b &amp;&amp; c &gt; &quot;d&quot;");
    CHECK(text("plain") == "plain");
    CHECK(text("") == "");
    CHECK(text("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
}

TEST_CASE("attribute escaping also covers both quotes") {
    CHECK(attr("\" onmouseover='x'") == "&quot; onmouseover=&#39;x&#39;");
}

TEST_CASE("JSON strings cannot close a script element") {
    CHECK(json("</script><script>alert(1)</script>") ==
          "\"\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e\"");
    CHECK(json("<!--") == "\"\\u003c!--\"");
    CHECK(json("a\"b\\c\nd\x01") == "\"a\\\"b\\\\c\\nd\\u0001\"");
    CHECK(json("line\xE2\x80\xA8sep") == "\"line\\u2028sep\"");
}

TEST_CASE("share parameters are percent-encoded like encodeURIComponent") {
    CHECK(component("Rain & wind: 5 km/h?") == "Rain%20%26%20wind%3A%205%20km%2Fh%3F");
    CHECK(component("caf\xC3\xA9") == "caf%C3%A9");
    CHECK(component("a-b_c.d!e~f*g'h(i)j") == "a-b_c.d!e~f*g'h(i)j");
}

TEST_CASE("URLs in attributes are percent-encoded and & is escaped") {
    CHECK(url("https://example.org/a b?x=1&y=\"2\"") == "https://example.org/a%20b?x=1&amp;y=%222%22");
    CHECK(url("/f\xC3\xB6\xC3\xB6") == "/f%C3%B6%C3%B6");
    CHECK(url("javascript:alert('x')") == "javascript:alert(%27x%27)");  // escaping is not the policy: check_url is
}

TEST_CASE("invalid UTF-8 and NUL are replaced, a BOM is dropped, valid text is not copied") {
    std::string out;
    CHECK_FALSE(sanitize_utf8("valid \xC3\xA9 \xE2\x98\x83 \xF0\x9F\x98\x80", out));
    REQUIRE(sanitize_utf8(std::string_view("a\0b", 3), out));
    CHECK(out == "a\xEF\xBF\xBD" "b");
    REQUIRE(sanitize_utf8("\xEF\xBB\xBFhi", out));
    CHECK(out == "hi");
    REQUIRE(sanitize_utf8("bad \xC3 end", out));
    CHECK(out == "bad \xEF\xBF\xBD end");
    REQUIRE(sanitize_utf8("over \xC0\xAF long", out));  // overlong '/'
    CHECK(out == "over \xEF\xBF\xBD\xEF\xBF\xBD long");
    REQUIRE(sanitize_utf8("surrogate \xED\xA0\x80!", out));
    CHECK(out.find("\xED\xA0\x80") == std::string::npos);
}
