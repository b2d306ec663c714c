// The same article as JSON and as Markdown is the same page: every example
// article has a twin in the other form, and every field of the model
// round-trips from both forms into the rendered page.
#include <catch2/catch.hpp>

#include <algorithm>
#include <dirent.h>
#include <fstream>
#include <sstream>

#include "broadsheet/broadsheet.hpp"

using namespace broadsheet;

namespace {

const std::string kRoot = std::string(BS_SOURCE_DIR) + "/";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> stems(const std::string& dir, const std::string& ext) {
    std::vector<std::string> out;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > ext.size() && n.compare(n.size() - ext.size(), ext.size(), ext) == 0)
                out.push_back(n.substr(0, n.size() - ext.size()));
        }
        closedir(d);
    }
    std::sort(out.begin(), out.end());
    return out;
}

std::string list(const std::vector<Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds) out += "  " + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message + "\n";
    return out;
}

std::string render_as(const std::string& source, InputFormat format, RenderMode mode) {
    RenderOptions o;
    o.format = format;
    o.mode = mode;
    auto out = render(source, o);
    INFO(list(out.diagnostics));
    REQUIRE(out);
    CHECK(out.diagnostics.empty());  // the examples are what we tell publishers to copy: no warnings
    return out->html;
}

bool same(const std::optional<DateTime>& a, const std::optional<DateTime>& b) {
    if (!a || !b) return !a && !b;
    return a->year == b->year && a->month == b->month && a->day == b->day && a->has_time == b->has_time &&
           a->hour == b->hour && a->minute == b->minute && a->second == b->second && a->has_offset == b->has_offset &&
           a->offset_minutes == b->offset_minutes;
}

// Field by field, so a failure names the field.
void check_same_model(const Article& j, const Article& m) {
    CHECK(j.publisher.name == m.publisher.name);
    CHECK(j.publisher.slogan == m.publisher.slogan);
    CHECK(j.publisher.url == m.publisher.url);
    CHECK(j.publisher.logo == m.publisher.logo);
    CHECK(j.section == m.section);
    CHECK(j.headline == m.headline);
    CHECK(j.alternative_headline == m.alternative_headline);
    CHECK(j.description == m.description);
    REQUIRE(j.authors.size() == m.authors.size());
    for (std::size_t i = 0; i < j.authors.size(); ++i) {
        CHECK(j.authors[i].name == m.authors[i].name);
        CHECK(j.authors[i].role == m.authors[i].role);
        CHECK(j.authors[i].url == m.authors[i].url);
    }
    CHECK(same(j.published, m.published));
    CHECK(same(j.modified, m.modified));
    REQUIRE(j.image.has_value() == m.image.has_value());
    if (j.image) {
        CHECK(j.image->url == m.image->url);
        CHECK(j.image->alt == m.image->alt);
        CHECK(j.image->caption == m.image->caption);
        CHECK(j.image->credit == m.image->credit);
        CHECK(j.image->width == m.image->width);
        CHECK(j.image->height == m.image->height);
        REQUIRE(j.image->srcset.size() == m.image->srcset.size());
        for (std::size_t i = 0; i < j.image->srcset.size(); ++i) {
            CHECK(j.image->srcset[i].url == m.image->srcset[i].url);
            CHECK(j.image->srcset[i].width == m.image->srcset[i].width);
        }
        CHECK(j.image->sizes == m.image->sizes);
    }
    CHECK(j.tags == m.tags);
    CHECK(j.language == m.language);
    CHECK(j.direction == m.direction);
    CHECK(j.url == m.url);
    CHECK(j.reading_time_minutes == m.reading_time_minutes);
    CHECK(j.draft == m.draft);
    // The bodies differ only in the final newline a file ends with.
    auto trimmed = [](std::string s) {
        while (!s.empty() && s.back() == '\n') s.pop_back();
        return s;
    };
    CHECK(trimmed(j.body) == trimmed(m.body));
}

}  // namespace

TEST_CASE("every example article has a twin in the other form that renders the same bytes") {
    const std::string dir = kRoot + "examples/articles/";
    auto json = stems(dir, ".json"), md = stems(dir, ".md");
    CHECK(json == md);  // no example without its twin
    REQUIRE(json.size() >= 3);
    for (const auto& name : json) {
        INFO(name);
        std::string j = slurp(dir + name + ".json"), m = slurp(dir + name + ".md");
        auto pj = parse_json(j), pm = parse_markdown(m);
        REQUIRE(pj);
        REQUIRE(pm);
        check_same_model(*pj, *pm);
        for (RenderMode mode : {RenderMode::fragment, RenderMode::page})
            CHECK(render_as(j, InputFormat::json, mode) == render_as(m, InputFormat::markdown, mode));
    }
}

TEST_CASE("every field of the model round-trips from both forms into the page") {
    const std::string j = slurp(kRoot + "tests/golden/everything.json"), m = slurp(kRoot + "tests/golden/everything.md");
    auto pj = parse_json(j), pm = parse_markdown(m);
    INFO(list(pj.diagnostics) << list(pm.diagnostics));
    REQUIRE(pj);
    REQUIRE(pm);
    CHECK(pj.diagnostics.empty());
    CHECK(pm.diagnostics.empty());
    check_same_model(*pj, *pm);

    // Every field is set (a field left empty would round-trip trivially).
    const Article& a = *pm;
    CHECK_FALSE(a.publisher.logo.empty());
    CHECK(a.authors.size() == 2);
    CHECK(a.published->offset_minutes == 5 * 60);
    CHECK(a.modified->offset_minutes == -(3 * 60 + 30));
    CHECK(a.image->srcset.size() == 2);
    CHECK(a.direction == TextDirection::rtl);
    CHECK(a.reading_time_minutes == 7);

    const std::string html = render_as(m, InputFormat::markdown, RenderMode::page);
    CHECK(html == render_as(j, InputFormat::json, RenderMode::page));
    // Values, not markup (the theme's markup is not this test's business), and
    // in the visible document unless they only exist as metadata.
    const std::string visible = html.substr(html.find("<body"));
    auto shows = [&](const std::string& needle) {
        INFO("not shown on the page: " << needle);
        CHECK(visible.find(needle) != std::string::npos);
    };
    shows("The Harbour Gazette");  // as text, or as the alt text of the logo
    shows(">Read the World Today<");
    shows("href=\"https://gazette.example/\"");
    CHECK(html.find("https://gazette.example/logo.svg") != std::string::npos);  // JSON-LD at least
    shows(">Transport<");
    shows(">Harbour ferry returns after a winter in dry dock<");
    shows(">New engines, the same timetable<");
    shows(">The island crossing resumes on Monday with quieter engines and a ramp for wheelchairs.<");
    shows(">Aigerim Seitkali<");
    shows("href=\"https://gazette.example/staff/aigerim\"");
    shows(">Transport Correspondent<");
    shows(">Tom Achterberg<");
    shows(">Photographer<");
    // Dates keep the zone they were written in.
    shows("datetime=\"2026-05-21T09:50:00+05:00\"");
    shows("datetime=\"2026-05-21T14:05:00-03:30\"");
    shows("src=\"/media/ferry-800.jpg\"");
    shows("alt=\"The white ferry back in the water beside the dry dock\"");
    shows("srcset=\"/media/ferry-800.jpg 800w, /media/ferry-1600.jpg 1600w\"");
    shows("sizes=\"(min-width: 60rem) 60rem, 100vw\"");
    shows("width=\"800\" height=\"450\"");
    shows(">The ferry leaves the yard on Thursday.<");
    shows("Photo: Gazette");
    shows("What changed</h2>");
    shows("a new ramp lets wheelchair users board without help.</p>");
    shows(">ferry<");
    shows(">accessibility<");
    CHECK(html.find("<html lang=\"az-Arab\" dir=\"rtl\"") != std::string::npos);
    CHECK(html.find("<link rel=\"canonical\" href=\"https://gazette.example/2026/05/ferry-returns\">") != std::string::npos);
    shows("datetime=\"PT7M\"");
}

TEST_CASE("a draft is a draft in both forms") {
    auto j = parse_json(R"({"headline": "x", "datePublished": "2026-01-01", "creativeWorkStatus": "Draft"})");
    auto m = parse_markdown("---\ntitle: x\ndate: 2026-01-01\ndraft: true\n---\n");
    REQUIRE(j);
    REQUIRE(m);
    CHECK(j->draft);
    CHECK(m->draft);
    auto published = parse_json(R"({"headline": "x", "creativeWorkStatus": "Published"})");
    REQUIRE(published);
    CHECK_FALSE(published->draft);
}
