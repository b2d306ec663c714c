#include <catch2/catch.hpp>

#include "html/escape.hpp"
#include "html/html_buffer.hpp"

using namespace broadsheet::detail;

// The page and the body escape into an HtmlBuffer, the sanitizer and the
// wasm ABI into a std::string: each check of those escapers runs both, and they must agree.
template <class Escape>
static std::string both_sinks(std::string_view s, Escape escape) {
    std::string page;
    escape(page, s);
    HtmlBuffer body;
    escape(body, s);
    CHECK(std::string_view(body) == page);
    return page;
}
static std::string text(std::string_view s) {
    return both_sinks(s, [](auto& out, std::string_view v) { escape_text(out, v); });
}
static std::string attr(std::string_view s) {
    return both_sinks(s, [](auto& out, std::string_view v) { escape_attr(out, v); });
}
static std::string json(std::string_view s) {
    return both_sinks(s, [](auto& out, std::string_view v) { escape_json_string(out, v); });
}
static std::string component(std::string_view s) { std::string o; percent_encode_component(o, s); return o; }
static std::string url(std::string_view s) {
    return both_sinks(s, [](auto& out, std::string_view v) { escape_url_attr(out, v); });
}

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

TEST_CASE("JSON strings: every way out of a <script> or <style> is closed") {
    // The HTML tokenizer ends script data at "</script" in any case and enters
    // its escaped states at "<!--"; neither can appear once '<' is \u003c.
    for (const char* s : {"</script>", "</SCRIPT >", "</sCrIpT\t", "<!--<script>", "</style>", "-->", "<![CDATA[", "]]>"}) {
        std::string j = json(s);
        INFO(j);
        CHECK(j.find('<') == std::string::npos);
        CHECK(j.find('>') == std::string::npos);
    }
    CHECK(json("&amp;") == "\"\\u0026amp;\"");
    CHECK(json("\xE2\x80\xA9") == "\"\\u2029\"");
    CHECK(json("\xE2\x80\xAA") == "\"\xE2\x80\xAA\"");  // U+202A is fine
    // Other characters that start with 0xE2 stay in the run around them.
    CHECK(json("a\xE2\x80\x94" "b\xE2\x80\xA8\xE2\x80") == "\"a\xE2\x80\x94" "b\\u2028\xE2\x80\"");
    CHECK(json("\xE2\x80") == "\"\xE2\x80\"");          // truncated sequence: no overread
    CHECK(json(std::string_view("\0\x1F\x7F", 3)) == "\"\\u0000\\u001F\x7F\"");
    CHECK(json("'") == "\"'\"");
}

TEST_CASE("JSON strings round-trip through a JSON reader as the same text") {
    // Every escape used is plain JSON: \" \\ \n \r \t \uXXXX.
    std::string j = json("a\"\\\n\r\t<>&\xE2\x80\xA8z");
    CHECK(j == "\"a\\\"\\\\\\n\\r\\t\\u003c\\u003e\\u0026\\u2028z\"");
}

TEST_CASE("text and attribute escaping never write a NUL") {
    CHECK(text(std::string_view("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
    CHECK(attr(std::string_view("a\0b", 3)) == "a\xEF\xBF\xBD" "b");
}

TEST_CASE("URL attributes: quotes, spaces, angle brackets and controls never survive") {
    CHECK(url("\" onmouseover=\"x") == "%22%20onmouseover=%22x");
    CHECK(url("'><script>") == "%27%3E%3Cscript%3E");
    CHECK(url("a`b{c}|d^e\\f") == "a%60b%7Bc%7D%7Cd%5Ee%5Cf");
    CHECK(url(std::string_view("\0\x1F\x7F", 3)) == "%00%1F%7F");
    CHECK(url("%41%zz") == "%41%zz");  // existing escapes are kept as written
}

TEST_CASE("percent_encode_component leaves nothing that could end a query value") {
    CHECK(component("a&b=c#d?e/f+g h") == "a%26b%3Dc%23d%3Fe%2Ff%2Bg%20h");
    CHECK(component("\"<>`") == "%22%3C%3E%60");
    CHECK(component(std::string_view("\0", 1)) == "%00");
    CHECK(component("AZaz09-_.!~*'()") == "AZaz09-_.!~*'()");  // what encodeURIComponent keeps
    CHECK(component("caf\xC3\xA9 au lait, 3\xE2\x82\xAC") == "caf%C3%A9%20au%20lait%2C%203%E2%82%AC");
    CHECK(component("abcdefgh ijklmnopq") == "abcdefgh%20ijklmnopq");  // runs longer than a step
    CHECK(component("").empty());
}

// sanitize_utf8 against the WHATWG decoder's "maximal subpart" rule: each
// maximal invalid subsequence becomes exactly one U+FFFD.
static std::string clean(std::string_view s) {
    std::string out;
    return sanitize_utf8(s, out) ? out : std::string(s);
}
#define R "\xEF\xBF\xBD"

TEST_CASE("sanitize_utf8: valid text of every length passes untouched and uncopied") {
    std::string out = "untouched";
    CHECK_FALSE(sanitize_utf8("", out));
    CHECK_FALSE(sanitize_utf8("\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF", out));
    CHECK_FALSE(sanitize_utf8("\xEE\x80\x80\xED\x9F\xBF", out));  // private use, last before surrogates
    CHECK(out == "untouched");
}

TEST_CASE("sanitize_utf8: each invalid subsequence is one replacement") {
    CHECK(clean("\x80") == R);
    CHECK(clean("\x80\x80") == R R);
    CHECK(clean("\xC0\x80") == R R);            // overlong NUL
    CHECK(clean("\xC1\xBF") == R R);            // overlong
    CHECK(clean("\xE0\x80\xBC") == R R R);      // overlong '<'
    CHECK(clean("\xF0\x80\x80\xBC") == R R R R);
    CHECK(clean("\xE2\x82") == R);              // truncated at the end
    CHECK(clean("\xE2\x82 x") == R " x");
    CHECK(clean("\xF0\x9F\x98") == R);
    CHECK(clean("\xF0\x9F\x98\x41") == R "A");
    CHECK(clean("\xED\xA0\x80") == R R R);      // surrogate U+D800
    CHECK(clean("\xED\xBF\xBF") == R R R);
    CHECK(clean("\xF4\x90\x80\x80") == R R R R);  // above U+10FFFF
    CHECK(clean("\xF5\x80") == R R);
    CHECK(clean("\xF8\x88\x80\x80\x80") == R R R R R);
    CHECK(clean("\xFE\xFF") == R R);
    CHECK(clean("\xC3(") == R "(");
    CHECK(clean("ok\xC3") == "ok" R);
}

TEST_CASE("sanitize_utf8: NUL, BOM and what surrounds them") {
    CHECK(clean(std::string_view("\0", 1)) == R);
    CHECK(clean(std::string_view("\0\0", 2)) == R R);
    CHECK(clean("\xEF\xBB\xBF") == "");
    CHECK(clean("\xEF\xBB\xBF\xEF\xBB\xBFx") == "\xEF\xBB\xBFx");  // only one leading BOM is dropped
    CHECK(clean("x\xEF\xBB\xBF") == "x\xEF\xBB\xBF");                 // a BOM inside is a character: kept
    CHECK(clean(std::string_view("\xEF\xBB\xBF\0", 4)) == R);
    CHECK(clean("\xEF\xBB") == R);                                    // half a BOM
    CHECK(clean("\t\n\r\x01\x1F") == "\t\n\r\x01\x1F");               // controls are text, kept
}

TEST_CASE("sanitize_utf8: the output is always valid, whatever the input") {
    // Every two-byte combination, and every lead byte before each edge of its range.
    for (int a = 0; a < 256; ++a)
        for (int b = 0; b < 256; ++b) {
            char in[3] = {static_cast<char>(a), static_cast<char>(b), 'z'};
            std::string out = clean(std::string_view(in, 3));
            std::string again;
            INFO(a << ' ' << b);
            REQUIRE_FALSE(sanitize_utf8(out, again));  // nothing left to fix
            REQUIRE(out.back() == 'z');                 // never eats a following ASCII byte
        }
}

TEST_CASE("sanitize_utf8: a bad byte is found wherever it falls in ASCII text") {
    // The ASCII runs are read 32 and 8 bytes at a time: a NUL, a stray
    // continuation byte, a truncated sequence or a byte that is never UTF-8
    // at any offset of any length is still replaced, and a valid character
    // there is kept.
    for (std::size_t length = 1; length <= 80; ++length)
        for (std::size_t at = 0; at < length; ++at) {
            std::string text(length, 'a');
            INFO(length << ' ' << at);
            for (char bad : {'\0', '\x80', '\xC3', '\xFF'}) {
                text[at] = bad;
                CHECK(clean(text) == std::string(at, 'a') + R + std::string(length - at - 1, 'a'));
            }
            text.replace(at, 1, "\xC3\xA9");
            std::string out;
            CHECK_FALSE(sanitize_utf8(text, out));
        }
}

TEST_CASE("utf8_prefix never cuts a character in half") {
    CHECK(utf8_prefix("short", 80) == "short");
    CHECK(utf8_prefix("abcdef", 3) == "abc");
    CHECK(utf8_prefix("ab\xC3\xA9", 3) == "ab");             // would cut é
    CHECK(utf8_prefix("ab\xC3\xA9", 4) == "ab\xC3\xA9");
    CHECK(utf8_prefix("a\xE2\x98\x83z", 2) == "a");          // would cut ☃ after one byte
    CHECK(utf8_prefix("a\xE2\x98\x83z", 3) == "a");          // ... or after two
    CHECK(utf8_prefix("a\xE2\x98\x83z", 4) == "a\xE2\x98\x83");
    CHECK(utf8_prefix("\xF0\x9F\x98\x80\xF0\x9F\x98\x80", 7) == "\xF0\x9F\x98\x80");
    CHECK(utf8_prefix("", 0) == "");
    CHECK(utf8_prefix("\xC3\xA9", 0) == "");
    std::string out;
    for (std::size_t n = 0; n < 12; ++n)  // every cut of valid text is valid text
        CHECK_FALSE(sanitize_utf8(utf8_prefix("x\xC3\xA9\xE2\x98\x83\xF0\x9F\x98\x80", n), out));
}

TEST_CASE("quote_input keeps diagnostics to one clean line") {
    CHECK(quote_input("https://x.example/") == "https://x.example/");
    CHECK(quote_input("a\x1B]0;owned\x07" "b") == "a<U+001B>]0;owned<U+0007>b");  // no terminal escapes
    CHECK(quote_input(std::string_view("a\0b\nc\td\x7F", 8)) == "a<U+0000>b<U+000A>c<U+0009>d<U+007F>");
    CHECK(quote_input("a\xC2\x9B" "b\xC2\xA0" "c") == "a<U+009B>b\xC2\xA0" "c");  // C1 CSI shown, NBSP kept
    CHECK(quote_input("caf\xC3\xA9 \xE2\x98\x83") == "caf\xC3\xA9 \xE2\x98\x83");
    CHECK(quote_input("abcdef", 3) == "abc...");
    CHECK(quote_input("ab\xC3\xA9", 3) == "ab...");
    CHECK(quote_input("", 3) == "");
}
