#include <catch2/catch.hpp>

#include "html/html_allowlist.hpp"

using namespace broadsheet::detail;

// The markup written for `raw`, or "(text)" when the tag is refused.
static std::string tag(std::string_view raw) {
    AllowedTag t;
    return allowed_inline_tag(raw, t) ? t.markup : "(text)";
}

TEST_CASE("every allowlisted tag passes, with no attributes unless allowed") {
    for (const char* name : {"abbr", "b", "cite", "del", "dfn", "em", "i", "ins", "kbd", "mark", "q", "s", "samp",
                             "small", "strong", "sub", "sup", "time", "u", "var"}) {
        std::string open = std::string("<") + name + ">", close = std::string("</") + name + ">";
        CHECK(tag(open) == open);
        CHECK(tag(close) == close);
    }
    CHECK(tag("<br>") == "<br>");
    CHECK(tag("<br/>") == "<br>");
    CHECK(tag("<wbr />") == "<wbr>");
}

TEST_CASE("anything not on the list is refused") {
    for (const char* raw : {"<script>", "</script>", "<img src=x>", "<a href=\"/\">", "<svg>", "<math>", "<iframe>",
                            "<style>", "<div>", "<span>", "<p>", "<form>", "<input>", "<details>", "<b2>", "<sup2>",
                            "<!-- x -->", "<?php ?>", "<![CDATA[x]]>", "<!DOCTYPE html>", "< b>", "<>", "</>"})
        CHECK(tag(raw) == "(text)");
}

TEST_CASE("event handlers and other attributes are dropped, the allowed one kept") {
    CHECK(tag("<sup onclick=\"alert(1)\">") == "<sup>");
    CHECK(tag("<abbr title=\"World Health Organization\" onmouseover=alert(1)>") ==
          "<abbr title=\"World Health Organization\">");
    CHECK(tag("<abbr onmouseover=alert(1) title='WHO'>") == "<abbr title=\"WHO\">");
    CHECK(tag("<time datetime=\"2026-03-02\" onfocus=\"alert(1)\" tabindex=0>") == "<time datetime=\"2026-03-02\">");
    CHECK(tag("<b title=\"x\">") == "<b>");  // title is kept only on abbr
    CHECK(tag("<abbr datetime=\"x\">") == "<abbr>");
    CHECK(tag("<br onload=alert(1)>") == "<br>");
    CHECK(tag("<abbr title=\"first\" title=\"second\">") == "<abbr title=\"first\">");  // as browsers do
}

TEST_CASE("names and attributes in any case") {
    CHECK(tag("<SUP>") == "<sup>");
    CHECK(tag("</KbD>") == "</kbd>");
    CHECK(tag("<ABBR TITLE=\"x\">") == "<abbr title=\"x\">");
    CHECK(tag("<TIME DateTime=2026>") == "<time datetime=\"2026\">");
}

TEST_CASE("kept values are re-quoted and escaped, so they cannot break out") {
    CHECK(tag("<abbr title='a\"b'>") == "<abbr title=\"a&quot;b\">");
    CHECK(tag("<abbr title=\"'><script>alert(1)</script>\">") ==
          "<abbr title=\"&#39;&gt;&lt;script&gt;alert(1)&lt;/script&gt;\">");
    CHECK(tag("<abbr title=a\"onmouseover=\"alert(1)>") == "<abbr title=\"a&quot;onmouseover=&quot;alert(1)\">");
    CHECK(tag("<abbr title=>") == "<abbr title=\"\">");
    CHECK(tag("<abbr title>") == "<abbr title=\"\">");
    CHECK(tag("<abbr title = \"spaced\" >") == "<abbr title=\"spaced\">");
}

TEST_CASE("character references in the kept value stay references, others are escaped") {
    CHECK(tag("<abbr title=\"Fish &amp; chips\">") == "<abbr title=\"Fish &amp; chips\">");
    CHECK(tag("<abbr title=\"&quot;&#34;&#x22;&#X22;\">") == "<abbr title=\"&quot;&#34;&#x22;&#X22;\">");
    CHECK(tag("<abbr title=\"AT&T\">") == "<abbr title=\"AT&amp;T\">");           // not a reference
    CHECK(tag("<abbr title=\"&amp\">") == "<abbr title=\"&amp;amp\">");           // no ';'
    CHECK(tag("<abbr title=\"&#;&#x;&;\">") == "<abbr title=\"&amp;#;&amp;#x;&amp;;\">");
    CHECK(tag("<abbr title=\"&#12345678;\">") == "<abbr title=\"&amp;#12345678;\">");  // too long to be one
    CHECK(tag("<abbr title=\"&quot; onmouseover=&quot;alert(1)\">") ==
          "<abbr title=\"&quot; onmouseover=&quot;alert(1)\">");  // decoded by the browser into text only
}

TEST_CASE("malformed tags are refused as a whole") {
    CHECK(tag("<b/onclick=alert(1)>") == "(text)");        // browsers would read an onclick here
    CHECK(tag("<abbr/title=x>") == "(text)");
    CHECK(tag("<em\"onclick=alert(1)>") == "(text)");
    CHECK(tag("<abbr title=\"unterminated>") == "(text)");
    CHECK(tag("<abbr title='x'onclick=y>") == "(text)");   // attributes must be separated
    CHECK(tag("</sup onclick=x>") == "(text)");             // end tags take no attributes
    CHECK(tag("</br>") == "(text)");                        // void elements have no end tag
    CHECK(tag("<sup") == "(text)");
    CHECK(tag("sup>") == "(text)");
    CHECK(tag("<i onclick=alert(1)/>") == "<i>");          // the '/' belongs to the unquoted value, dropped
}

TEST_CASE("the parsed tag says what it is") {
    AllowedTag t;
    REQUIRE(allowed_inline_tag("</Mark>", t));
    CHECK(t.name == "mark");
    CHECK(t.closing);
    CHECK_FALSE(t.is_void);
    REQUIRE(allowed_inline_tag("<wbr>", t));
    CHECK(t.is_void);
    CHECK_FALSE(t.closing);
}
