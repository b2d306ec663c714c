// TOML front matter -> Value through toml++ (or, in a build without it, the
// error that says so).
#include <catch2/catch.hpp>

#include "unit/input/read_front_matter.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

using test::Read;

// The front matter text as it stands between the "+++" lines (line 2 on).
Read toml(std::string_view text, Limits limits = {}) {
    return test::read_front_matter(read_toml, text, limits);
}

const Value& at(const Value& map, const char* key) {
    const Value* v = map.get(key);
    REQUIRE(v);
    return *v;
}

}  // namespace

#ifdef BS_TOML

TEST_CASE("TOML values map to the tree the YAML reader builds, in the order written") {
    auto r = toml("title = \"Hugo's post\"\n"
                  "weight = 10\n"
                  "ratio = 0.5\n"
                  "draft = false\n"
                  "tags = [\"a\", 'b']\n"
                  "date = 2024-05-21T09:50:00+06:00\n"
                  "lastmod = 2024-05-22\n"
                  "utc = 2024-05-21T09:50:00.5Z\n"
                  "local = 2024-05-21T09:50:00\n"
                  "[author]\n"
                  "name = \"Jane\"\n"
                  "[[images]]\n"
                  "src = \"/a.jpg\"\n");
    REQUIRE(r.ok);
    CHECK(r.diagnostics.empty());
    const Value& v = r.value;
    CHECK(v.keys == std::vector<std::string>{"title", "weight", "ratio", "draft", "tags", "date", "lastmod", "utc",
                                             "local", "author", "images"});
    CHECK(at(v, "title").text == "Hugo's post");
    CHECK(at(v, "title").line == 2);
    CHECK(at(v, "title").column == 9);
    CHECK(at(v, "title").key_line == 2);
    CHECK(at(v, "title").key_column == 1);
    CHECK(at(v, "weight").number == 10);
    CHECK(at(v, "weight").text == "10");
    CHECK(at(v, "ratio").number == 0.5);
    CHECK(at(v, "draft").is(Value::Kind::boolean));
    CHECK(at(v, "tags").items.size() == 2);
    CHECK(at(v, "date").text == "2024-05-21T09:50:00+06:00");
    CHECK(at(v, "lastmod").text == "2024-05-22");
    CHECK(at(v, "utc").text == "2024-05-21T09:50:00.500000000Z");
    CHECK(at(v, "local").text == "2024-05-21T09:50:00");
    CHECK(at(at(v, "author"), "name").text == "Jane");
    CHECK(at(at(v, "author"), "name").line == 12);
    CHECK(at(at(v, "images").items[0], "src").text == "/a.jpg");
}

TEST_CASE("TOML syntax errors give toml++'s description at their line and column") {
    auto r = toml("title = \"x\"\ndate = \n");
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].line == 3);
    CHECK(r.diagnostics[0].message.rfind("TOML front matter: ", 0) == 0);
    auto dup = toml("title = 'a'\ntitle = 'b'\n");
    REQUIRE_FALSE(dup.ok);
    CHECK(dup.diagnostics[0].line == 3);
}

TEST_CASE("TOML nesting deeper than maxDepth") {
    Limits l;
    l.max_depth = 3;
    auto r = toml("a = [[[[1]]]]\n", l);
    REQUIRE_FALSE(r.ok);
    CHECK(r.diagnostics[0].message == "front matter: nesting deeper than 3 levels (limit maxDepth)");
    CHECK(r.diagnostics[0].line == 2);
}

#else

TEST_CASE("a build without toml++ says TOML is not supported, at the opening +++") {
    auto r = toml("title = 'x'\n");
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message ==
          "TOML front matter (+++) is not supported by this build (the WebAssembly module); convert it to YAML or "
          "pre-render with the broadsheet CLI");
    CHECK(r.diagnostics[0].line == 1);
    CHECK(r.diagnostics[0].column == 1);
}

#endif
