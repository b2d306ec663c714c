// YAML front matter -> Value through libyaml: every construct front matter
// uses, scalar types, positions, recovery, and the limits (depth, aliases).
#include <catch2/catch.hpp>

#include "unit/input/read_front_matter.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

using test::Read;

// The front matter text as it stands between the "---" lines (line 2 on).
Read yaml(std::string_view text, Limits limits = {}) {
    return test::read_front_matter(read_yaml, text, limits);
}

std::vector<std::string> where(const std::vector<Diagnostic>& list) {
    std::vector<std::string> out;
    for (const auto& d : list) out.push_back(std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.message);
    return out;
}

const Value& at(const Value& map, const char* key) {
    const Value* v = map.get(key);
    REQUIRE(v);
    return *v;
}

}  // namespace

TEST_CASE("plain and quoted scalars wrapped over several lines, as Prettier writes them") {
    auto r = yaml("title: Tide tables rewritten for the\n"
                  "  new harbour wall\n"
                  "description: \"The port authority publishes new tables,\n"
                  "  and fishermen are not pleased\"\n"
                  "quote: 'It''s wrapped\n"
                  "\n"
                  "  and has a paragraph'\n");
    REQUIRE(r.ok);
    CHECK(at(r.value, "title").text == "Tide tables rewritten for the new harbour wall");
    CHECK(at(r.value, "description").text == "The port authority publishes new tables, and fishermen are not pleased");
    CHECK(at(r.value, "quote").text == "It's wrapped\nand has a paragraph");
    CHECK(at(r.value, "description").line == 4);
    CHECK(at(r.value, "description").column == 14);
    CHECK(at(r.value, "description").key_line == 4);
    CHECK(at(r.value, "description").key_column == 1);
}

TEST_CASE("block scalars: literal, folded, chomping and indentation indicators") {
    auto r = yaml("a: |\n  one\n  two\n\n"
                  "b: >\n  one\n  two\n\n  three\n"
                  "c: >-\n  trimmed\n"
                  "d: |+\n  kept\n\n"
                  "e: |2\n    indented\n");
    REQUIRE(r.ok);
    CHECK(at(r.value, "a").text == "one\ntwo\n");
    CHECK(at(r.value, "b").text == "one two\nthree\n");
    CHECK(at(r.value, "c").text == "trimmed");
    CHECK(at(r.value, "d").text == "kept\n\n");
    CHECK(at(r.value, "e").text == "  indented\n");
    CHECK(at(r.value, "a").is(Value::Kind::string));
}

TEST_CASE("flow collections may span lines; comments anywhere") {
    auto r = yaml("# a comment line\n"
                  "tags: [one, \"two\",   # a comment\n"
                  "       three]\n"
                  "image: {src: /a.jpg,\n"
                  "        alt: Boats}  # after the map\n");
    REQUIRE(r.ok);
    const Value& tags = at(r.value, "tags");
    REQUIRE(tags.items.size() == 3);
    CHECK(tags.items[2].text == "three");
    CHECK(tags.items[2].line == 4);
    CHECK(tags.items[2].column == 8);
    CHECK(at(at(r.value, "image"), "alt").text == "Boats");
    CHECK(at(at(r.value, "image"), "alt").key_line == 6);
}

TEST_CASE("scalar types: the five-letter spellings are the longest, and longer values are still typed") {
    // Values over five characters skip the yes/no/null comparisons: the
    // boundary must still hold in both directions.
    auto r = yaml("a: FALSE\nb: False\nc: falsey\nd: 1234567\ne: Nulls\nf: TRUE \n");
    REQUIRE(r.ok);
    CHECK(at(r.value, "a").is(Value::Kind::boolean));
    CHECK_FALSE(at(r.value, "a").boolean);
    CHECK(at(r.value, "b").is(Value::Kind::boolean));
    CHECK(at(r.value, "c").is(Value::Kind::string));
    CHECK(at(r.value, "d").is(Value::Kind::number));
    CHECK(at(r.value, "d").number == 1234567);
    CHECK(at(r.value, "e").is(Value::Kind::string));
    CHECK(at(r.value, "f").is(Value::Kind::boolean));  // the trailing space is not part of the plain scalar
}

TEST_CASE("scalar types: yes/no values keep their spelling, dates stay text") {
    auto r = yaml("a: true\nb: no\nc: On\nd: ~\ne:\nf: 12\ng: -3.5\nh: 2024-05-21\ni: 2024-05-21 10:00:00 +01:00\n"
                  "j: \"true\"\nk: !!str 12\nl: 1234567890123456\nm: y\nn: 'null'\no: !!int \"7\"\np: !x yes\n");
    REQUIRE(r.ok);
    CHECK(at(r.value, "a").is(Value::Kind::boolean));
    CHECK(at(r.value, "a").boolean);
    CHECK(at(r.value, "b").is(Value::Kind::boolean));
    CHECK_FALSE(at(r.value, "b").boolean);
    CHECK(at(r.value, "b").text == "no");  // "title: no" is read as the text "no"
    CHECK(at(r.value, "c").boolean);
    CHECK(at(r.value, "d").is(Value::Kind::null));
    CHECK(at(r.value, "e").is(Value::Kind::null));
    CHECK(at(r.value, "f").number == 12);
    CHECK(at(r.value, "f").text == "12");
    CHECK(at(r.value, "g").number == -3.5);
    CHECK(at(r.value, "h").is(Value::Kind::string));
    CHECK(at(r.value, "i").text == "2024-05-21 10:00:00 +01:00");
    CHECK(at(r.value, "j").is(Value::Kind::string));
    CHECK(at(r.value, "k").is(Value::Kind::string));
    CHECK(at(r.value, "l").is(Value::Kind::string));  // too many digits for a double to keep
    CHECK(at(r.value, "m").is(Value::Kind::string));  // y/n are not yes/no values (as in Psych)
    CHECK(at(r.value, "n").text == "null");
    CHECK(at(r.value, "o").number == 7);
    CHECK(at(r.value, "p").is(Value::Kind::string));  // an unknown tag: text, as written
}

TEST_CASE("anchors, aliases and merge keys") {
    auto r = yaml("person: &ines\n  name: Ines\n  role: Reporter\n"
                  "author: *ines\n"
                  "editor:\n  <<: *ines\n  role: Editor\n"
                  "both:\n  <<: [{a: 1}, {a: 2, b: 2}]\n");
    REQUIRE(r.ok);
    CHECK(at(at(r.value, "author"), "name").text == "Ines");
    CHECK(at(at(r.value, "author"), "name").line == 3);  // where it was written
    CHECK(at(r.value, "author").key_line == 5);
    const Value& editor = at(r.value, "editor");
    CHECK(editor.keys == std::vector<std::string>{"role", "name"});
    CHECK(at(editor, "role").text == "Editor");
    CHECK(at(at(r.value, "both"), "a").text == "1");  // the first map in the list wins
    CHECK(at(at(r.value, "both"), "b").text == "2");
}

TEST_CASE("a billion laughs: aliases of aliases stop at the expansion limit") {
    std::string text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
    for (char c = 'b'; c <= 'j'; ++c) {
        text += std::string(1, c) + ": &" + c + " [";
        for (int i = 0; i < 10; ++i) text += std::string(i ? ", *" : "*") + static_cast<char>(c - 1);
        text += "]\n";
    }
    text += "title: after\n";
    auto r = yaml(text);
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.diagnostics.size() == 1);
    CHECK(r.diagnostics[0].message ==
          "front matter: aliases expand to more than 100000 values; write the repeated values out instead");
    CHECK(r.diagnostics[0].line == 6);  // "e": 10^4 values, copied for its anchor too
    CHECK(at(r.value, "e").is(Value::Kind::invalid));
}

TEST_CASE("an alias inside the value it names is refused") {
    auto r = yaml("a: &loop [1, *loop]\n");
    REQUIRE_FALSE(r.ok);
    CHECK(where(r.diagnostics) ==
          std::vector<std::string>{"2:14 front matter: the alias *loop stands inside the value &loop names (a loop)"});
}

TEST_CASE("nesting deeper than maxDepth: block, flow and through aliases") {
    Limits l;
    l.max_depth = 3;
    auto block = yaml("a:\n  b:\n    c:\n      d: deep\nafter: read\n", l);
    REQUIRE_FALSE(block.ok);
    CHECK(where(block.diagnostics) ==
          std::vector<std::string>{"5:7 front matter: nesting deeper than 3 levels (limit maxDepth)"});
    CHECK(at(block.value, "a").is(Value::Kind::invalid));
    CHECK(at(block.value, "after").text == "read");  // recovery: the next entry is read
    l.max_depth = 1;
    auto top = yaml("a: [x]\nb: read\n", l);
    REQUIRE_FALSE(top.ok);
    CHECK(at(top.value, "a").is(Value::Kind::invalid));  // not read as null
    CHECK(at(top.value, "b").text == "read");
    auto flow = yaml("a: " + std::string(100000, '[') + "\n");
    REQUIRE_FALSE(flow.ok);
    CHECK(where(flow.diagnostics) ==
          std::vector<std::string>{"2:67 front matter: nesting deeper than 64 levels (limit maxDepth)"});
}

TEST_CASE("syntax errors in libyaml's terms are worded for the writer, with line and column") {
    auto e = [](std::string_view text) { return where(yaml(text).diagnostics); };
    CHECK(e("a: \"unclosed\nb: c\n") ==
          std::vector<std::string>{"2:4 front matter: missing closing \": the quoted text that starts here never ends"});
    CHECK(e("a: [1, \"2\" 3]\n") == std::vector<std::string>{"2:12 front matter: expected ',' or ']' here, in the [list] that starts at column 4"});
    CHECK(e("a: {b: 1\nc: 2\n") ==
          std::vector<std::string>{"2:4 front matter: missing '}': the {map} that starts here is not closed before line 3, column 2"});
    CHECK(e("a: b: c\n") == std::vector<std::string>{"2:5 front matter: a value containing \": \" must be quoted"});
    CHECK(e("a: \"x\" y\n") == std::vector<std::string>{"2:8 front matter: unexpected text after the value"});
    CHECK(e("a: @x\n") == std::vector<std::string>{"2:4 front matter: \"@\" cannot start a value; put the text in quotes"});
    CHECK(e("a: \"\\q\"\n") == std::vector<std::string>{"2:5 front matter: unknown escape \\q in double-quoted text"});
    CHECK(e("a: \"\\x4\"\n") == std::vector<std::string>{"2:7 front matter: \\x needs 2 hex digits in double-quoted text"});
    CHECK(e("a: |x\n  t\n") ==
          std::vector<std::string>{"2:5 front matter: after '|' or '>' only '-', '+' or an indentation digit may follow"});
    CHECK(e("  a: x\n b: y\n") == std::vector<std::string>{
        "3:2 front matter: this line is indented less than the first key; keys of the front matter must line up"});
    CHECK(e("a: x\n\tb: y\n") == std::vector<std::string>{"3:1 front matter: tabs are not allowed for indentation; use spaces"});
    CHECK(e("a:\n  - b\n  c: d\n") == std::vector<std::string>{
        "4:3 front matter: expected a list item \"- ...\" here, lined up with the items above"});
    CHECK(e("a: x\na: y\n") == std::vector<std::string>{"3:1 front matter: the key \"a\" appears twice"});
    CHECK(e("[a]: x\n") == std::vector<std::string>{"2:1 front matter: a key must be text"});
    CHECK(e("a: x\n--- b: y\n") ==
          std::vector<std::string>{"3:1 front matter: a second YAML document starts here; front matter is one document"});
    CHECK(e("a: \"\xff\"\nb: \"\x01\"\n") == std::vector<std::string>{
        "2:5 front matter: the text is not valid UTF-8 here",
        "3:5 front matter: the control character <U+0001> is not allowed in YAML; remove it"});
}

TEST_CASE("a character YAML refuses is found at its place, on any line, at any offset") {
    // The check passes printable ASCII, tabs and line feeds eight bytes at
    // a time: a control character, DEL or a byte that is not UTF-8 anywhere
    // in a line, after lines of any length (with a tab or not), is still
    // reported at its own line and column.
    for (std::size_t first = 0; first < 12; ++first)
        for (std::size_t col = 0; col < 20; ++col)
            for (const char* bad : {"\x01", "\x7F", "\xC3"})
                for (const char* tab : {"", "\tw"}) {
                    std::string text = "a: v" + std::string(first, 'x') + tab + "\nb: " + std::string(col, 'y') + bad + "z\n";
                    INFO(first << ' ' << col << ' ' << static_cast<int>(static_cast<unsigned char>(bad[0])) << ' ' << tab);
                    auto r = yaml(text);
                    REQUIRE(r.diagnostics.size() == 1);
                    CHECK(r.diagnostics[0].line == 3);
                    CHECK(r.diagnostics[0].column == static_cast<int>(col) + 4);
                    CHECK(at(r.value, "b").text == std::string(col, 'y') + "\xEF\xBF\xBDz");
                }
}

TEST_CASE("errors inside an entry carry its JSON Pointer") {
    auto r = yaml("author:\n  - name: A\n  - name: \"B\n    url: x\ntags: [a, b\nimage: {src: x, src: y}\n");
    REQUIRE_FALSE(r.ok);
    REQUIRE(r.diagnostics.size() == 3);
    CHECK(r.diagnostics[0].path == "/author/1/name");
    CHECK(r.diagnostics[1].path == "/tags");
    CHECK(r.diagnostics[2].path == "/image/src");
    CHECK(r.diagnostics[2].message == "front matter: the key \"src\" appears twice");
}

TEST_CASE("after a syntax error the next top-level key is read") {
    auto r = yaml("a: [unclosed\nb: fine\nc: \"unclosed\nd: fine too\n");
    REQUIRE_FALSE(r.ok);
    CHECK(r.diagnostics.size() == 2);
    CHECK(at(r.value, "a").is(Value::Kind::invalid));
    CHECK(at(r.value, "b").text == "fine");
    CHECK(at(r.value, "c").is(Value::Kind::invalid));
    CHECK(at(r.value, "d").text == "fine too");
}

TEST_CASE("NUL from an escape never gets through; a byte-order mark does not switch to UTF-16") {
    auto r = yaml("a: \"x\\0y\"\n");
    REQUIRE(r.ok);
    CHECK(at(r.value, "a").text == "x\xEF\xBF\xBDy");
    auto bom = yaml("\xFF\xFE" "a: b\n");
    REQUIRE_FALSE(bom.ok);
    CHECK(bom.diagnostics[0].message == "front matter: the text is not valid UTF-8 here");
}

TEST_CASE("empty front matter and other roots") {
    auto empty = yaml("# only a comment\n");
    REQUIRE(empty.ok);
    CHECK(empty.value.is(Value::Kind::object));
    CHECK(empty.value.keys.empty());
    auto list = yaml("- a\n- b\n");
    REQUIRE(list.ok);
    CHECK(list.value.is(Value::Kind::array));
}

TEST_CASE("many keys and long lists cost linear time") {
    std::string keys;
    for (int i = 0; i < 100000; ++i) keys += "k" + std::to_string(i) + ": v\n";
    auto r = yaml(keys);
    REQUIRE(r.ok);
    CHECK(r.value.keys.size() == 100000);
    auto dup = yaml(keys + "k5: again\n");
    REQUIRE(dup.diagnostics.size() == 1);
    CHECK(dup.diagnostics[0].line == 100002);
}
