// HtmlBuffer, the body's output buffer: every byte appended comes out, in
// order, however the buffer grew; and the body's writer on it writes what
// the page's writer writes on a std::string.
#include <catch2/catch.hpp>

#include <random>

#include "html/html_buffer.hpp"
#include "html/html_writer.hpp"

using namespace broadsheet::detail;

TEST_CASE("appends of every size keep every byte, in order, as the buffer grows") {
    std::mt19937 rng(11);
    HtmlBuffer buffer;
    std::string expected;
    for (int i = 0; i < 3000; ++i) {
        std::size_t n = rng() % 7 == 0 ? rng() % 3000 : rng() % 24;  // mostly small, some past any capacity
        std::string piece(n, static_cast<char>('a' + i % 26));
        if (n == 1 && i % 2) buffer.push_back(piece[0]);
        else buffer.append(piece);
        expected += piece;
        REQUIRE(buffer.size() == expected.size());
    }
    CHECK(std::string_view(buffer) == expected);
    CHECK(take(buffer) == expected);
}

TEST_CASE("take hands the bytes on and leaves the buffer empty, ready for more") {
    HtmlBuffer buffer;
    CHECK(take(buffer).empty());  // nothing written yet
    buffer += "<p>";
    buffer += 'x';
    buffer.append("</p>\n", 5);
    CHECK(take(buffer) == "<p>x</p>\n");
    CHECK(buffer.empty());
    buffer += "again";
    CHECK(take(buffer) == "again");
}

TEST_CASE("clear and reserve keep what a held block needs") {
    HtmlBuffer buffer;
    buffer.reserve(1024);
    buffer += "first block";
    buffer.clear();
    CHECK(buffer.empty());
    buffer += "second";
    CHECK(std::string_view(buffer) == "second");
    buffer.reserve(4);  // smaller than what it holds: nothing lost
    CHECK(std::string_view(buffer) == "second");
}

TEST_CASE("a buffer moved or swapped takes its bytes along") {
    HtmlBuffer a, b;
    a += "<td>a</td>";
    b += "<th>b</th>";
    std::swap(a, b);
    CHECK(std::string_view(a) == "<th>b</th>");
    CHECK(std::string_view(b) == "<td>a</td>");
    HtmlBuffer c(std::move(a));
    CHECK(std::string_view(c) == "<th>b</th>");
    CHECK(a.empty());  // NOLINT(bugprone-use-after-move): moved-from is empty by contract
    a += "reused";
    CHECK(std::string_view(a) == "reused");
}

TEST_CASE("the writer escapes input in text and attributes") {
    static const char kHostile[] = "\"><script>alert('x')</script>&amp;\0 \xEF\xBF\xBD";
    const std::string_view hostile(kHostile, sizeof kHostile - 1);
    HtmlBuffer out;
    HtmlWriter w(out);
    w.start("a").url("href", "/p?q=<\"'>&r= s").attr("title", hostile).attr("width", 640LL).flag("hidden");
    w.end_start().text(hostile).close("a").newline();
    w.open("span", "bs-credit").text(std::string_view("nul\0byte", 8)).close("span").raw("<hr>");
    const std::string_view page(out);
    CHECK(w.size() == page.size());
    CHECK(page.substr(0, 56) == "<a href=\"/p?q=%3C%22%27%3E&amp;r=%20s\" title=\"&quot;&gt;");
    CHECK(page.find("<script") == std::string::npos);
    CHECK(page.find("&lt;script&gt;alert(&#39;x&#39;)") != std::string::npos);
    CHECK(page.find("nul\xEF\xBF\xBD"
                    "byte") != std::string::npos);
    CHECK(page.substr(page.size() - 4) == "<hr>");
}
