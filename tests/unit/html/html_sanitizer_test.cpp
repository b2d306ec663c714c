#include <catch2/catch.hpp>

#include "body/md_events.hpp"  // decode_entity, as the body writer passes it
#include "html/html_sanitizer.hpp"

using namespace broadsheet::detail;

namespace {

const std::vector<std::string> kSchemes = {"http", "https", "mailto"};
const std::vector<std::string> kOrigins = {"https://www.youtube-nocookie.com", "https://player.vimeo.com"};

HtmlPolicy policy(bool allow = true) {
    HtmlPolicy p;
    p.allow = allow;
    p.url_schemes = &kSchemes;
    p.embed_origins = &kOrigins;
    p.decode_reference = decode_entity;
    return p;
}

std::vector<HtmlNote> notes;

std::string block(std::string_view html, bool allow = true) {
    notes.clear();
    return sanitize_html_block(html, policy(allow), notes, nullptr).html;
}

// The markup for one inline piece, "(text)" when it stays text, "(comment)".
std::string inline_tag(std::string_view raw) {
    notes.clear();
    InlineHtml t = sanitize_inline_html(raw, policy(), notes);
    if (t.kind == InlineHtml::text) return "(text)";
    if (t.kind == InlineHtml::comment) return "(comment)";
    return t.markup;
}

bool warned(std::string_view part) {
    for (const auto& n : notes)
        if (n.message.find(part) != std::string::npos) return true;
    return false;
}

}  // namespace

TEST_CASE("comments vanish, with or without allowHtml") {
    CHECK(block("<!-- prettier-ignore-start -->\n", false) == "\n");
    CHECK(block("<!-- prettier-ignore-start -->\n") == "\n");
    CHECK(block("a<!-- x -->b", false) == "ab");
    CHECK(block("<!-->x") == "x");   // closed at once, as browsers do
    CHECK(block("<!--->x") == "x");
    CHECK(block("<!-- a --!>b") == "b");
    CHECK(block("<!-- never closed <script>alert(1)</script>") == "");
    CHECK(inline_tag("<!-- note -->") == "(comment)");
    CHECK(inline_tag("<!--><script>") == "(text)");  // a comment and then more: the piece is not one comment
}

TEST_CASE("without allowHtml every tag is text") {
    CHECK(block("<figure><img src=\"a.jpg\" alt=\"A\"></figure>", false) ==
          "&lt;figure&gt;&lt;img src=&quot;a.jpg&quot; alt=&quot;A&quot;&gt;&lt;/figure&gt;");
    CHECK(block("Fish &amp; chips", false) == "Fish &amp;amp; chips");  // shown as written
}

TEST_CASE("a figure written over several lines is kept whole") {
    CHECK(block("<figure>\n  <img src=\"/a.jpg\" alt=\"A cat\" width=\"800\" height=\"600\">\n"
                "  <figcaption>A <em>cat</em></figcaption>\n</figure>\n") ==
          "<figure>\n  <img src=\"/a.jpg\" alt=\"A cat\" width=\"800\" height=\"600\" loading=\"lazy\" "
          "decoding=\"async\">\n  <figcaption>A <em>cat</em></figcaption>\n</figure>\n");
}

TEST_CASE("every allowed element passes with its allowed attributes") {
    CHECK(block("<picture><source srcset=\"a.avif 1x, b.avif 2x\" type=\"image/avif\" media=\"(min-width: 600px)\">"
                "<img src=a.jpg alt=A loading=eager decoding=sync sizes=\"50vw\" srcset=\"a.jpg 800w,b.jpg 1600w\">"
                "</picture>") ==
          "<picture><source srcset=\"a.avif 1x, b.avif 2x\" type=\"image/avif\" media=\"(min-width: 600px)\">"
          "<img src=\"a.jpg\" alt=\"A\" loading=\"eager\" decoding=\"sync\" sizes=\"50vw\" "
          "srcset=\"a.jpg 800w, b.jpg 1600w\"></picture>");
    CHECK(block("<details open><summary>More</summary><p>Text<br>line</p><hr></details>") ==
          "<details open=\"\"><summary>More</summary><p>Text<br>line</p><hr></details>");
    CHECK(block("<div><span lang=fr dir=ltr title=t>oui</span></div>") ==
          "<div><span lang=\"fr\" dir=\"ltr\" title=\"t\">oui</span></div>");
    CHECK(block("<table><caption>C</caption><thead><tr><th scope=col colspan=2>H</th></tr></thead>"
                "<tbody><tr><td rowspan=2>1</td></tr></tbody><tfoot><tr><td>F</td></tr></tfoot></table>") ==
          "<table><caption>C</caption><thead><tr><th scope=\"col\" colspan=\"2\">H</th></tr></thead>"
          "<tbody><tr><td rowspan=\"2\">1</td></tr></tbody><tfoot><tr><td>F</td></tr></tfoot></table>");
    CHECK(block("<video src=v.mp4 poster=p.jpg width=640 height=360 preload=metadata loop muted playsinline>"
                "</video>") ==
          "<video src=\"v.mp4\" poster=\"p.jpg\" width=\"640\" height=\"360\" preload=\"metadata\" loop=\"\" "
          "muted=\"\" playsinline=\"\" controls=\"\"></video>");
    CHECK(block("<audio controls><source src=a.ogg type=audio/ogg></audio>") ==
          "<audio controls=\"\"><source src=\"a.ogg\" type=\"audio/ogg\"></audio>");
    CHECK(block("<p><abbr title=WHO>WHO</abbr> <time datetime=2026-03-02>2 March</time> <sub>1</sub></p>") ==
          "<p><abbr title=\"WHO\">WHO</abbr> <time datetime=\"2026-03-02\">2 March</time> <sub>1</sub></p>");
}

TEST_CASE("attributes off the list are dropped with a warning, values checked") {
    CHECK(block("<img src=x alt=y onerror=alert(1) style=\"x\" class=c>") ==
          "<img src=\"x\" alt=\"y\" loading=\"lazy\" decoding=\"async\">");
    CHECK(warned("attributes onerror, style, class dropped from <img>"));
    CHECK(block("<td colspan=2x rowspan=\"3\">") == "<td rowspan=\"3\"></td>");
    CHECK(block("<img src=a.jpg alt=\"\" loading=soon>") ==
          "<img src=\"a.jpg\" alt=\"\" loading=\"lazy\" decoding=\"async\">");
    CHECK(block("<span dir=sideways>x</span>") == "<span>x</span>");
    CHECK(block("<abbr title='a\"b' title=second>") == "<abbr title=\"a&quot;b\"></abbr>");  // the first wins
    CHECK(block("<abbr title=\"&quot; onmouseover=&quot;alert(1)\">") ==
          "<abbr title=\"&quot; onmouseover=&quot;alert(1)\"></abbr>");  // references decode into text only
    CHECK(block("<img src=x alt=y>z>") == "<img src=\"x\" alt=\"y\" loading=\"lazy\" decoding=\"async\">z&gt;");
    CHECK(block("<b/onclick=alert(1)>x</b>") == "<b>x</b>");
}

TEST_CASE("URLs go through the URL policy, decoded first") {
    CHECK(block("<img src=\"javascript:alert(1)\" alt=\"A\">") == "A");  // the alt text stands in
    CHECK(warned("removed from <img>"));
    CHECK(block("<img src=\"&#106;avascript:alert(1)\" alt=\"\">") == "");
    CHECK(block("<img src=\"java&Tab;script:alert(1)\" alt=\"\">") == "");
    CHECK(block("<img src=\"data:image/svg+xml,<svg onload=alert(1)>\" alt=\"\">") == "");
    CHECK(block("<img src=ok.jpg srcset=\"a.jpg 1x, javascript:alert(1) 2x\" alt=\"\">") ==
          "<img src=\"ok.jpg\" alt=\"\" loading=\"lazy\" decoding=\"async\">");
    CHECK(block("<video poster=\"javascript:alert(1)\" src=v.mp4></video>") ==
          "<video src=\"v.mp4\" controls=\"\"></video>");
    CHECK(block("<source src=\"vbscript:x\">") == "<source>");
}

TEST_CASE("iframes only from the embed origins, sandboxed, lazy, with a title") {
    CHECK(block("<iframe src=\"https://www.youtube-nocookie.com/embed/xyz\" title=\"Interview\" width=560 "
                "height=315 allowfullscreen allow=\"autoplay\" srcdoc=\"<script>alert(1)</script>\"></iframe>") ==
          "<iframe src=\"https://www.youtube-nocookie.com/embed/xyz\" title=\"Interview\" width=\"560\" "
          "height=\"315\" allowfullscreen=\"\" sandbox=\"allow-scripts allow-popups allow-presentation\" "
          "loading=\"lazy\"></iframe>");
    CHECK(block("<iframe src=\"https://PLAYER.vimeo.com:443/video/1\" title=\"V\">fallback <b>x</b></iframe>after") ==
          "<iframe src=\"https://PLAYER.vimeo.com:443/video/1\" title=\"V\" sandbox=\"allow-scripts allow-popups "
          "allow-presentation\" loading=\"lazy\"></iframe>after");
    // Not an embed origin: a link to it, with a warning.
    CHECK(block("<iframe src=\"httpS://player.vimeo.com/video/1\" title=\"V\"></iframe>") ==
          "<iframe src=\"https://player.vimeo.com/video/1\" title=\"V\" sandbox=\"allow-scripts allow-popups "
          "allow-presentation\" loading=\"lazy\"></iframe>");  // found by fuzz_body
    CHECK(block("<iframe src=//evil.example/x title=\"Evil\"></iframe>") ==
          "<p><a href=\"//evil.example/x\" rel=\"noopener\">Evil</a></p>");
    CHECK(warned("its origin is not one of the embedOrigins option"));
    CHECK(block("<iframe src=\"https://www.youtube-nocookie.com.evil.example/\" title=t></iframe>") ==
          "<p><a href=\"https://www.youtube-nocookie.com.evil.example/\" rel=\"noopener\">t</a></p>");
    CHECK(block("<iframe src=\"https://www.youtube-nocookie.com@evil.example/\" title=t></iframe>") ==
          "<p><a href=\"https://www.youtube-nocookie.com@evil.example/\" rel=\"noopener\">t</a></p>");
    CHECK(block("<iframe src=\"http://player.vimeo.com/video/1\" title=t></iframe>").find("<iframe") ==
          std::string::npos);
    // No title: a link, named by its URL.
    CHECK(block("<iframe src=\"https://player.vimeo.com/video/1\"></iframe>") ==
          "<p><a href=\"https://player.vimeo.com/video/1\" rel=\"noopener\">https://player.vimeo.com/video/1</a></p>");
    CHECK(warned("needs a title"));
    CHECK(block("<iframe src=\"javascript:alert(1)\" title=t></iframe>") == "");
    CHECK(block("<iframe srcdoc=\"<script>alert(1)</script>\" title=t></iframe>") == "");
}

TEST_CASE("no embed origins: no iframes") {
    HtmlPolicy p = policy();
    p.embed_origins = nullptr;
    notes.clear();
    CHECK(sanitize_html_block("<iframe src=\"https://player.vimeo.com/v\" title=t></iframe>", p, notes, nullptr)
              .html.find("<iframe") == std::string::npos);
}

TEST_CASE("tags are balanced within the block") {
    CHECK(block("<div><figure><figcaption>x") == "<div><figure><figcaption>x</figcaption></figure></div>");
    CHECK(block("<div><span>a</div>b") == "<div><span>a</span></div>b");  // closes what was opened inside
    CHECK(block("</div>text</p>") == "text");                              // not open: dropped
    CHECK(block("<details><summary>s</details></summary>") == "<details><summary>s</summary></details>");
}

TEST_CASE("everything else is escaped") {
    CHECK(block("<script>alert(1)</script>") == "&lt;script&gt;alert(1)&lt;/script&gt;");
    CHECK(block("<svg onload=alert(1)>") == "&lt;svg onload=alert(1)&gt;");
    CHECK(block("<math><mi>x</mi></math>") == "&lt;math&gt;&lt;mi&gt;x&lt;/mi&gt;&lt;/math&gt;");
    CHECK(block("<style>*{}</style>") == "&lt;style&gt;*{}&lt;/style&gt;");
    CHECK(block("<form action=x><input></form>") == "&lt;form action=x&gt;&lt;input&gt;&lt;/form&gt;");
    CHECK(block("<object data=x></object><base href=//evil/><meta http-equiv=refresh content=0>") ==
          "&lt;object data=x&gt;&lt;/object&gt;&lt;base href=//evil/&gt;&lt;meta http-equiv=refresh content=0&gt;");
    CHECK(block("<![CDATA[<script>alert(1)</script>]]>") ==
          "&lt;![CDATA[&lt;script&gt;alert(1)&lt;/script&gt;]]&gt;");
    CHECK(block("<img src=x onerror=alert(1)") == "&lt;img src=x onerror=alert(1)");  // unterminated
    CHECK(block("<img src=\"x>") == "&lt;img src=&quot;x&gt;");
    CHECK(block("a < b && c") == "a &lt; b &amp;&amp; c");
    CHECK(block("Fish &amp; chips &copy; AT&T") == "Fish &amp; chips &copy; AT&amp;T");
}

TEST_CASE("inline pieces: phrasing elements only") {
    CHECK(inline_tag("<sup>") == "<sup>");
    CHECK(inline_tag("</SUP>") == "</sup>");
    CHECK(inline_tag("<img src=a.jpg alt=A>") == "<img src=\"a.jpg\" alt=\"A\" loading=\"lazy\" decoding=\"async\">");
    CHECK(inline_tag("<span>") == "<span>");
    CHECK(inline_tag("<div>") == "(text)");     // no block inside a paragraph
    CHECK(inline_tag("<figure>") == "(text)");
    CHECK(inline_tag("<script>") == "(text)");
    CHECK(inline_tag("</br>") == "(text)");
    CHECK(inline_tag("<a href=\"/\">") == "(text)");
    CHECK(inline_tag("<sup") == "(text)");
    notes.clear();
    InlineHtml frame = sanitize_inline_html("<iframe src=\"https://evil.example/\" title=E>", policy(), notes);
    CHECK(frame.kind == InlineHtml::open);
    CHECK_FALSE(frame.written);
    CHECK(frame.markup == "<a href=\"https://evil.example/\" rel=\"noopener\">E</a>");
}

TEST_CASE("https_origin") {
    CHECK(https_origin("https://WWW.Example.com/embed/x?y#z") == "https://www.example.com");
    CHECK(https_origin("https://example.com:443") == "https://example.com");
    CHECK(https_origin("https://example.com:8443/") == "https://example.com:8443");
    CHECK(https_origin("http://example.com/").empty());
    CHECK(https_origin("//example.com/").empty());
    CHECK(https_origin("https://a@example.com/").empty());
    CHECK(https_origin("https://example.com%2F.evil/").empty());
    CHECK(https_origin("https:///x").empty());
}

TEST_CASE("hostile sizes stay linear") {
    // Each of these would rescan the rest of the input from every '<'.
    std::string unterminated, quoted = "<x a=\"", deep;
    for (int i = 0; i < 200000; ++i) unterminated += "<a ";
    for (int i = 0; i < 200000; ++i) quoted += "<y ";
    quoted += "\">";
    for (int i = 0; i < 200000; ++i) deep += "<div>";
    for (int i = 0; i < 200000; ++i) deep += "</span>";
    CHECK(block(unterminated).size() == unterminated.size() + 3 * 200000);  // every '<' as "&lt;"
    CHECK(block(quoted).find("<y") == std::string::npos);
    std::string out = block(deep);
    CHECK(out.size() == 100 * (5 + 6));  // 100 open <div>s kept and closed, the rest dropped
}
