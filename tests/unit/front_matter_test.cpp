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

TEST_CASE("YAML outside the subset is an error with its line") {
    auto r = parse_markdown("---\ntitle: x\nauthor: &a Someone\n---\n");
    REQUIRE_FALSE(r);
    auto* d = find(r.diagnostics, "anchors");
    REQUIRE(d);
    CHECK(d->line == 3);
    CHECK(d->column == 9);
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
