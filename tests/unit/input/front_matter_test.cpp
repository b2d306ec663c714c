#include <catch2/catch.hpp>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

static const Diagnostic* find(const std::vector<Diagnostic>& list, std::string_view needle) {
    for (const auto& d : list)
        if (d.message.find(needle) != std::string::npos) return &d;
    return nullptr;
}

TEST_CASE("YAML front matter with static-site keys fills the model") {
    auto r = parse_markdown(R"(---
title: "Tide tables rewritten: what changes"   # quoted because of the colon
subtitle: A harbour story
description: >-
  The port authority publishes
  new tables.
date: 2026-03-02T07:15:00+01:00
lastmod: 2026-03-02 09:00
author:
  - name: Ines Ferreira
    role: Harbour Correspondent
    url: https://example.org/ines
  - Tom Baker
image: {src: /tide.jpg, alt: 'Boats at low tide', credit: "Photo: A. N. Other"}
tags: [tides, harbour]
section: Local
lang: en-GB
draft: false
reading_time: 4
---
First paragraph.
)");
    REQUIRE(r);
    CHECK(r->headline == "Tide tables rewritten: what changes");
    CHECK(r->alternative_headline == "A harbour story");
    CHECK(r->description == "The port authority publishes new tables.");
    CHECK(r->published->offset_minutes == 60);
    CHECK(r->modified->hour == 9);
    REQUIRE(r->authors.size() == 2);
    CHECK(r->authors[0].role == "Harbour Correspondent");
    CHECK(r->authors[1].name == "Tom Baker");
    CHECK(r->image->alt == "Boats at low tide");
    CHECK(r->image->credit == "Photo: A. N. Other");
    CHECK(r->tags == std::vector<std::string>{"tides", "harbour"});
    CHECK(r->reading_time_minutes == 4);
    CHECK(r->body == "First paragraph.\n");
    CHECK(r->body_line == 21);
    CHECK(r.diagnostics.empty());
}

TEST_CASE("JSON front matter is accepted") {
    auto r = parse_markdown("{\n  \"title\": \"Hello\",\n  \"tags\": [\"a\"]\n}\nBody\n");
    REQUIRE(r);
    CHECK(r->headline == "Hello");
    CHECK(r->body == "Body\n");
}

TEST_CASE("YAML as Prettier and Jekyll write it: wrapped values, anchors and aliases") {
    auto r = parse_markdown(R"(---
title: A long title that a YAML writer wrapped
  onto a second line
description: "Quoted text can wrap
  too"
date: 2026-01-01
author: &ines Ines Ferreira
authors: [*ines]
---
)");
    REQUIRE(r);
    CHECK(r->headline == "A long title that a YAML writer wrapped onto a second line");
    CHECK(r->description == "Quoted text can wrap too");
    REQUIRE(r->authors.size() == 2);
    CHECK(r->authors[1].name == "Ines Ferreira");
    auto bad = parse_markdown("---\ntitle: x\nauthor: *nobody\n---\n");
    REQUIRE_FALSE(bad);
    auto* d = find(bad.diagnostics, "the alias *nobody has no anchor &nobody before it");
    REQUIRE(d);
    CHECK(d->line == 3);
    CHECK(d->column == 9);
}

TEST_CASE("TOML front matter between +++ lines") {
    auto r = parse_markdown("+++\ntitle = 'Hugo'\ndate = 2026-01-02T10:00:00Z\n+++\nBody\n");
#ifdef BS_TOML
    REQUIRE(r);
    CHECK(r->headline == "Hugo");
    CHECK(r->body_line == 5);
#else
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message.find("TOML front matter (+++) is not supported by this build") == 0);
#endif
    auto open = parse_markdown("+++\ntitle = 'Hugo'\n");
    REQUIRE_FALSE(open);
    REQUIRE(open.diagnostics.size() == 1);  // never "the article has no headline"
    CHECK(open.diagnostics[0].message == "front matter: the closing \"+++\" line is missing");
}

TEST_CASE("an unterminated front matter is an error") {
    auto r = parse_markdown("---\ntitle: x\n");
    REQUIRE_FALSE(r);
    CHECK(find(r.diagnostics, "closing \"---\""));
}

TEST_CASE("wrong types in front matter name the line and the key") {
    auto r = parse_markdown("---\ntitle: x\ndate: tomorrow\ndraft: maybe\n---\n");
    REQUIRE_FALSE(r);
    auto* d = find(r.diagnostics, "expected a date");
    REQUIRE(d);
    CHECK(d->line == 3);
    CHECK(d->path == "/date");
    auto* b = find(r.diagnostics, "expected true or false");
    REQUIRE(b);
    CHECK(b->line == 4);
}

static std::vector<std::string> where(const std::vector<Diagnostic>& list) {
    std::vector<std::string> out;
    for (const auto& d : list) out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message);
    return out;
}

TEST_CASE("the reader recovers after each syntax error and reports the independent ones") {
    auto r = parse_markdown(R"(---
title: Broken front matter
date: 2026-13-01
tags: [one, two
description: "Quoted text that never ends
author:
  name: Ines Ferreira
    role: Harbour Correspondent
	lang: en
section: News
lang: en_GB
---
Body.
)");
    REQUIRE_FALSE(r);
    CHECK(where(r.diagnostics) == std::vector<std::string>{
        "3:7 expected a date like 2024-05-21 or 2024-05-21T09:50:00+06:00: there is no month 13",
        "4:7 front matter: missing ']': the [list] that starts here is not closed before line 5, column 12",
        "5:14 front matter: missing closing \": the quoted text that starts here never ends",
        "8:5 front matter: this line is indented more than the key above, so it continues that key's value, where "
        "\": \" is not allowed: line it up with the keys above, or put the value in quotes",
        "9:1 front matter: tabs are not allowed for indentation; use spaces",
        "11:7 expected a BCP 47 language tag such as \"en\", \"en-GB\" or \"sr-Latn\": subtags are separated by '-', not '_' "
        "(write \"en-GB\")"});
}

TEST_CASE("a broken entry is not also a missing one") {
    auto r = parse_markdown("---\ntitle: \"unterminated\ndate: 2026-01-01\n---\n");
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics.size() == 1);  // no "the article has no headline" on top
    CHECK(r.diagnostics[0].message == "front matter: missing closing \": the quoted text that starts here never ends");
    CHECK(r.diagnostics[0].line == 2);
}

// "   - b" below is valid YAML: it continues the plain text "a" of the item
// above (libyaml, and so Jekyll, read the item as "a - b").
TEST_CASE("structure errors: indentation, duplicates, stray items, stray text") {
    auto r = parse_markdown(R"(---
title: x
date: 2026-01-01
  section: News
title: again
- loose item
just some words
tags:
  - a
   - b
---
)");
    REQUIRE_FALSE(r);
    CHECK(where(r.diagnostics) == std::vector<std::string>{
        "4:3 front matter: this line is indented more than the key above, so it continues that key's value, where "
        "\": \" is not allowed: line it up with the keys above, or put the value in quotes",
        "5:1 front matter: the key \"title\" appears twice",
        "6:1 front matter: a list item here needs a key above it, ending with ':'",
        "7:1 front matter: expected \"key: value\""});
}

TEST_CASE("front matter that is a list, or no front matter at all") {
    auto list = parse_markdown("---\n- a\n- b\n---\n");
    REQUIRE_FALSE(list);
    REQUIRE(list.diagnostics.size() == 1);
    CHECK(list.diagnostics[0].message == "front matter must be a map of keys, found a list");
    auto none = parse_markdown("# Just Markdown\n");
    REQUIRE_FALSE(none);
    REQUIRE(none.diagnostics.size() == 1);
    CHECK(none.diagnostics[0].message.find("the article has no headline: start the file with front matter") == 0);
    CHECK(none.diagnostics[0].line == 1);
}

TEST_CASE("model warnings point at the field, or at the top when it is missing") {
    auto r = render("---\ntitle: x\ncover: {src: /a.jpg, caption: Boats}\ntitel: y\n---\n");
    REQUIRE(r);
    CHECK(where(r.diagnostics) == std::vector<std::string>{
        "1:1 the article has no publication date: readers cannot tell how current it is; add \"date:\" to the front matter",
        "3:8 the lead image has no alt text: describe it for readers who cannot see it",
        "4:1 unknown field \"titel\" (did you mean \"title\"?), ignored"});
    CHECK(r.diagnostics[1].path == "/cover/alt");
}

TEST_CASE("names from Hugo, Jekyll and Astro; the first of two names wins, with a warning") {
    const char* src = R"(---
title: x
pubDate: 2026-01-02
updatedDate: 2026-01-03
heroImage: /hero.jpg
summary: The summary
description: The description
canonical: /canonical
url: /url
categories: [Science, Local]
---
)";
    auto r = parse_markdown(src);
    REQUIRE(r);
    CHECK(r->published->day == 2);
    CHECK(r->modified->day == 3);
    CHECK(r->image->url == "/hero.jpg");
    CHECK(r->description == "The description");
    CHECK(r->url == "/canonical");
    CHECK(r->section == "Science");
    // The check after mapping reports the names that were ignored, at the ignored one.
    auto page = render(src);
    auto* s = find(page.diagnostics, "\"summary\" is ignored because \"description\" is given");
    REQUIRE(s);
    CHECK(s->line == 6);
    CHECK(s->column == 10);
    CHECK(s->path == "/summary");
    CHECK(find(page.diagnostics, "\"url\" is ignored because \"canonical\" is given"));
}

TEST_CASE("image maps: srcset as text or a list, sizes, and the themes' names for the URL") {
    auto r = parse_markdown(R"(---
title: x
date: 2026-01-01
image:
  path: /a-800.jpg
  alt: A
  srcset:
    - {src: /a-800.jpg, width: 800}
    - url: /a-1600.jpg
      width: 1600
  sizes: "(min-width: 60rem) 60rem, 100vw"
---
)");
    REQUIRE(r);
    CHECK(r.diagnostics.empty());
    CHECK(r->image->url == "/a-800.jpg");
    REQUIRE(r->image->srcset.size() == 2);
    CHECK(r->image->srcset[0].url == "/a-800.jpg");
    CHECK(r->image->srcset[1].width == 1600);
    CHECK(r->image->sizes == "(min-width: 60rem) 60rem, 100vw");

    auto bad = parse_markdown("---\ntitle: x\nimage: {src: /a.jpg, alt: A, srcset: /a.jpg 2x}\n---\n");
    REQUIRE_FALSE(bad);
    auto* d = find(bad.diagnostics, "\"2x\" is not a width");
    REQUIRE(d);
    CHECK(d->path == "/image/srcset");
    CHECK(d->line == 3);
}

TEST_CASE("language, direction and reading time are checked") {
    auto r = render("---\ntitle: x\nlang: english\ndir: sideways\nreading_time: 0\n---\n");
    REQUIRE_FALSE(r);
    CHECK(where(r.diagnostics) == std::vector<std::string>{
        "1:1 the article has no publication date: readers cannot tell how current it is; add \"date:\" to the front matter",
        "3:7 expected a BCP 47 language tag such as \"en\", \"en-GB\" or \"sr-Latn\": \"english\" is not a language "
        "code: expected 2 or 3 letters, such as \"en\", \"kk\" or \"ar\"",
        "4:6 expected \"ltr\", \"rtl\" or \"auto\", found \"sideways\"",
        "5:15 expected a number from 1 to 100000"});
    auto ok = parse_markdown("---\ntitle: x\ndate: 2026-01-01\nlang: az-Arab\ndir: rtl\nreading_time: 12\n---\n");
    REQUIRE(ok);
    CHECK(ok->direction == TextDirection::rtl);
    CHECK(ok->reading_time_minutes == 12);
}

TEST_CASE("the depth limit holds for block and flow nesting") {
    Limits l;
    l.max_depth = 3;
    auto block = parse_markdown("---\ntitle: x\na:\n  b:\n    c:\n      d: deep\n---\n", l);
    REQUIRE_FALSE(block);
    auto* d = find(block.diagnostics, "nesting deeper than 3 levels (limit maxDepth)");
    REQUIRE(d);
    CHECK(d->line == 6);
    auto flow = parse_markdown("---\ntitle: x\ntags: [[[[[a]]]]]\n---\n", l);
    REQUIRE_FALSE(flow);
    CHECK(find(flow.diagnostics, "nesting deeper than 3 levels (limit maxDepth)"));
}

TEST_CASE("the size limit is checked before reading") {
    Limits l;
    l.max_input_bytes = 8;
    auto r = parse_markdown("---\ntitle: x\n---\n", l);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "the article is 17 bytes, over the limit of 8 (maxInputBytes)");
}

TEST_CASE("many keys cost linear time (duplicates are found with a set, unknown keys are quiet)") {
    std::string fm = "---\ntitle: x\ndate: 2026-01-01\n";
    for (int i = 0; i < 100000; ++i) fm += "k" + std::to_string(i) + ": v\n";
    fm += "---\n";
    Limits l;
    l.max_diagnostics = 5;
    auto r = parse_markdown(fm, l);  // a quadratic check would take minutes here
    REQUIRE(r);
    CHECK(r.diagnostics.empty());  // keys of some generator: quiet
}

TEST_CASE("an unknown escape is quoted whole and safely") {
    auto r = parse_markdown("---\ntitle: \"caf\\\xC3\xA9\"\ndate: 2026-01-01\n---\n");
    REQUIRE_FALSE(r);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message == "front matter: unknown escape \\\xC3\xA9 in double-quoted text");
    auto ctl = parse_markdown("---\ntitle: \"a\\\x1b\"\ndate: 2026-01-01\n---\n");
    REQUIRE(ctl.diagnostics.size() == 1);
    // a raw control character is not allowed anywhere in YAML (libyaml refuses it)
    CHECK(ctl.diagnostics[0].message == "front matter: the control character <U+001B> is not allowed in YAML; remove it");
    CHECK(ctl.diagnostics[0].column == 11);
}

TEST_CASE("the generators' keys: Jekyll") {
    auto r = render(R"(---
layout: post
title: Tidewater 4.3 released
date: 2018-01-02 11:21:40 +0100
last_modified_at: 2018-01-03 08:00:00 +0100
categories: jekyll update
tags: tidewater release
excerpt: "Faster builds."
author: '[Ines Carvalho](https://ines.example/about) (Lisbon Makers)'
published: true
permalink: /:year/:title/
---
Body.
)");
    REQUIRE(r);
    auto a = parse_markdown(R"(---
title: Tidewater 4.3 released
date: 2018-01-02 11:21:40 +0100
last_modified_at: 2018-01-03 08:00:00 +0100
categories: jekyll update
tags: tidewater release
excerpt: "Faster builds."
author: '[Ines Carvalho](https://ines.example/about) (Lisbon Makers)'
---
)");
    REQUIRE(a);
    CHECK(a->section == "jekyll");
    CHECK(a->tags == std::vector<std::string>{"tidewater", "release"});
    CHECK(a->description == "Faster builds.");
    CHECK(a->modified->day == 3);
    REQUIRE(a->authors.size() == 1);
    CHECK(a->authors[0].name == "Ines Carvalho");
    CHECK(a->authors[0].url == "https://ines.example/about");
    CHECK(a->authors[0].affiliation == "Lisbon Makers");
    // layout, permalink and published are Jekyll's: no warning about them.
    CHECK(r.diagnostics.empty());
    CHECK(r->html.find("<span class=\"bs-author-affiliation\" dir=\"auto\">Lisbon Makers</span>)") != std::string::npos);
    // published: false is Jekyll's switch: a draft.
    auto d = parse_markdown("---\ntitle: x\npublished: false\n---\n");
    REQUIRE(d);
    CHECK(d->draft);
    CHECK_FALSE(d->published);
}

TEST_CASE("the generators' keys: Hugo, Astro, Next.js, Go's blog, Zola") {
    auto hugo = parse_markdown(R"(---
title: x
images: [/a.jpg, /b.jpg]
featured_image: /c.jpg
categories: [Community news]
---
)");
    REQUIRE(hugo);
    CHECK(hugo->image->url == "/a.jpg");
    REQUIRE(hugo->more_images.size() == 2);
    CHECK(hugo->more_images[1].url == "/c.jpg");
    CHECK(hugo->section == "Community news");  // a list item is never split

    auto astro = parse_markdown(R"(---
title: x
pubDate: 'Jul 08 2022'
updatedDate: 'July 22, 2022'
banner:
  content: Version 2 is out now.
---
)");
    REQUIRE(astro);
    CHECK(astro.diagnostics.empty());
    CHECK(astro->published->month == 7);
    CHECK(astro->modified->day == 22);
    CHECK_FALSE(astro->image);  // Starlight's banner is a notice

    auto next = parse_markdown(R"(---
title: x
excerpt: The excerpt
coverImage: /cover.jpg
ogImage:
  url: /og.jpg
author:
  name: JJ Kasper
  picture: /jj.jpeg
---
)");
    REQUIRE(next);
    CHECK(next.diagnostics.empty());
    CHECK(next->image->url == "/cover.jpg");
    CHECK(next->more_images.empty());  // ogImage is for social cards only
    CHECK(next->authors[0].name == "JJ Kasper");

    auto go = parse_markdown("---\ntitle: x\nby:\n- Ruth Adebayo, Steering Group Chair\n- Mikael Holm\nsummary: S\n---\n");
    REQUIRE(go);
    REQUIRE(go->authors.size() == 2);
    CHECK(go->authors[0].role == "Steering Group Chair");
    CHECK(go->description == "S");

#ifdef BS_TOML
    auto zola = parse_markdown("+++\ntitle = \"x\"\n[taxonomies]\ncategories = [\"Culture\"]\ntags = [\"a\", \"b\"]\n+++\n");
    REQUIRE(zola);
    CHECK(zola->section == "Culture");
    CHECK(zola->tags == std::vector<std::string>{"a", "b"});
    auto bad = parse_markdown("+++\ntitle = \"x\"\ntaxonomies = \"Culture\"\n+++\n");
    CHECK_FALSE(bad);
    CHECK(where(bad.diagnostics) == std::vector<std::string>{
        "3:14 expected a table of lists such as {categories = [...], tags = [...]}, found text"});
#endif
}

TEST_CASE("a single-line field written as a block scalar is trimmed to one line") {
    const std::string fields = R"(---
title: >
  What the night shift
  taught me
subtitle: |
  A second line
description: |-
  One
  two
)";
    auto r = render(fields + "section: >-\n  Local\n---\n");
    REQUIRE(r);
    auto a = parse_markdown(fields + "---\n");
    REQUIRE(a);
    CHECK(a->headline == "What the night shift taught me");
    CHECK(a->alternative_headline == "A second line");
    CHECK(a->description == "One two");
    RenderOptions page;
    page.mode = RenderMode::page;
    auto p = render("---\ntitle: >\n  Night shift\ndate: 2024-01-01\n---\n", page);
    REQUIRE(p);
    CHECK(p->html.find("<title>Night shift</title>") != std::string::npos);
    CHECK(p->html.find("%0A") == std::string::npos);
}

TEST_CASE("unknown keys are quiet unless they look like a typo of a known one") {
    auto r = render(R"(---
title: x
date: 2024-01-01
math: true
eleventyNavigation: {key: x}
ShowToc: true
categroy: Local
sumary: S
---
)");
    REQUIRE(r);
    CHECK(where(r.diagnostics) == std::vector<std::string>{
        "7:1 unknown field \"categroy\" (did you mean \"category\"?), ignored",
        "8:1 unknown field \"sumary\" (did you mean \"summary\"?), ignored"});
}

TEST_CASE("template code left in the body is reported at its line in the file") {
    auto r = render("---\ntitle: x\ndate: 2024-01-01\n---\nText.\n\n{% include youtube.html %}\n");
    REQUIRE(r);
    CHECK(where(r.diagnostics) == std::vector<std::string>{
        "7:1 this line looks like template code (a Liquid or Nunjucks tag); expand it with your site generator first: "
        "Broadsheet shows it as text"});
}

TEST_CASE("Eleventy's ---json front matter") {
    auto r = parse_markdown("---json\n{\n  \"title\": \"Tea\",\n  \"tags\": [\"a\"]\n}\n---\nBody\n");
    REQUIRE(r);
    CHECK(r->headline == "Tea");
    CHECK(r->body == "Body\n");
    CHECK(r->body_line == 7);
    auto bad = parse_markdown("---json\n{\n  \"title\": []\n}\n---\n");
    CHECK_FALSE(bad);
    CHECK(where(bad.diagnostics) == std::vector<std::string>{"3:12 expected text, found a list"});
}

TEST_CASE("a link in an author string goes through the URL policy like any author URL") {
    auto r = render("---\ntitle: x\ndate: 2024-01-01\nauthor: '[Eve](javascript:alert(1))'\n---\n");
    REQUIRE(r);
    CHECK(r->html.find("javascript") == std::string::npos);
    CHECK(r->html.find("<span class=\"bs-author-name\" dir=\"auto\">Eve</span>") != std::string::npos);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 4);
    CHECK(r.diagnostics[0].path == "/author");
    CHECK(r.diagnostics[0].message.find("not allowed") != std::string::npos);
}

TEST_CASE("two spaces or a line break anywhere in a one-line field are folded, at every place in a long title") {
    // The check looks at eight bytes at a time: two spaces inside one group,
    // across two groups, a line break late in a long title, and a title
    // with none (kept as written) must all be read right.
    auto headline = [](const std::string& title) {
        auto a = parse_markdown("---\ntitle: \"" + title + "\"\n---\n");
        REQUIRE(a);
        return a->headline;
    };
    CHECK(headline("Port  authority") == "Port authority");       // two spaces inside bytes 0-7
    CHECK(headline("Port au  thority") == "Port au thority");     // bytes 7 and 8: across two groups
    CHECK(headline("Harbour authority rewrites the tide\\ttables") == "Harbour authority rewrites the tide tables");
    CHECK(headline("Harbour authority rewrites the\\ntide tables after a century") ==
          "Harbour authority rewrites the tide tables after a century");
    CHECK(headline("Port authority rewrites the tide tables after a century of silt") ==
          "Port authority rewrites the tide tables after a century of silt");
    CHECK(headline("Caf\u00e9 owners sue \u2014 a control \\x01 stays") == "Caf\u00e9 owners sue \u2014 a control \u0001 stays");
    CHECK(headline("Sixteen bytes ok  ") == "Sixteen bytes ok");   // trailing spaces
    CHECK(headline("Seven b  x") == "Seven b x");                  // bytes 7 and 8 again, short tail
}
