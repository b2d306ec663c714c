#include <catch2/catch.hpp>

#include "input/template_code.hpp"

using namespace broadsheet::detail;

namespace {

// "line:column message" of each warning.
std::vector<std::string> scan(std::string_view body, int first_line = 1) {
    Diagnostics d(100);
    warn_template_code(body, first_line, d);
    std::vector<std::string> out;
    for (const auto& x : d.take()) out.push_back(std::to_string(x.line) + ":" + std::to_string(x.column) + " " + x.message);
    return out;
}

}  // namespace

TEST_CASE("template code on a line of its own is reported at its line") {
    auto w = scan("Text.\n\n{% include youtube.html id=\"a1\" %}\n\nMore.\n", 6);
    REQUIRE(w.size() == 1);
    CHECK(w[0] == "8:1 this line looks like template code (a Liquid or Nunjucks tag); expand it with your site generator "
                  "first: Broadsheet shows it as text");
    CHECK(scan("{{< figure src=\"/a.jpg\" >}}")[0].find("1:1 this line looks like template code (a Hugo shortcode)") == 0);
    CHECK(scan("  {{% notice %}}\r\nBack up.\n{{% /notice %}}\n").size() == 2);
    CHECK(scan("  {{% notice %}}\n")[0].substr(0, 4) == "1:3 ");
    CHECK(scan("{{ newsletterForm | safe }}")[0].find("(a Liquid, Nunjucks or Hugo output tag)") != std::string::npos);
}

TEST_CASE("template code inside a sentence or a code fence is left alone") {
    CHECK(scan("Write {{ title }} in the layout.\n").empty());
    CHECK(scan("```liquid\n{% include a.html %}\n```\n").empty());
    CHECK(scan("~~~~\n{{< x >}}\n~~~\n{{ y }}\n~~~~\n").empty());  // a shorter fence does not close
    CHECK(scan("````\n```\n{{ y }}\n````\n{{ z }}\n") == std::vector<std::string>{
              "5:1 this line looks like template code (a Liquid, Nunjucks or Hugo output tag); expand it with your site "
              "generator first: Broadsheet shows it as text"});
    CHECK(scan("{}\n{{}}\n{%%}\n").empty());  // nothing inside: not a tag
}

TEST_CASE("lines are counted past inline code, braces in prose and fences") {
    // The scan looks at the first bytes of each line: a line number after
    // inline code, braces in prose and fences must still be the line's own.
    std::string tag = " this line looks like template code (a Liquid, Nunjucks or Hugo output tag); expand it with "
                      "your site generator first: Broadsheet shows it as text";
    CHECK(scan("Use `x` and {y}.\n\t{{ a }}\nText ~ here\n  ```\n{{ b }}\n```\n{{ c }}\n", 3) ==
          std::vector<std::string>{"4:2" + tag, "9:1" + tag});
    CHECK(scan("a `b` `c` `d`\n\n   {{ e }}  \r\n", 1) == std::vector<std::string>{"3:4" + tag});
    CHECK(scan(std::string_view()).empty());  // no body at all
}

TEST_CASE("lines before the first brace, backtick or tilde are counted when a warning needs them") {
    // The scan starts at the line of the first { ` or ~ in the body; the
    // lines above it are counted only for a warning's line number.
    std::string tag = " this line looks like template code (a Liquid, Nunjucks or Hugo output tag); expand it with "
                      "your site generator first: Broadsheet shows it as text";
    CHECK(scan("Prose.\r\n\r\nMore prose.\n{{ a }}\nText.\n\n{{ b }}\n", 7) ==
          std::vector<std::string>{"10:1" + tag, "13:1" + tag});
    CHECK(scan("One.\nTwo {braces} here.\n```\n{{ c }}\n```\n  {{ d }}\n", 1) == std::vector<std::string>{"6:3" + tag});
    CHECK(scan("No template code at all,\nonly prose and | tables |\n- and lists\n").empty());
}
