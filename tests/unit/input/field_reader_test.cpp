// The FieldReader's messages.
#include <catch2/catch.hpp>

#include "input/field_reader.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

// Adds the member KEY: "TEXT" to `object`, its key at LINE:3 and its value at LINE:12.
void add_member(Value& object, const char* key, const char* text, int line) {
    object.kind = Value::Kind::object;
    Value v;
    v.kind = Value::Kind::string;
    v.text = text;
    v.line = v.key_line = line;
    v.column = 12;
    v.key_column = 3;
    object.keys.push_back(key);
    object.items.push_back(v);
}

}  // namespace

TEST_CASE("FieldReader: messages name the expected type, in the form's own words") {
    Diagnostics diags;
    FieldReader json(diags, false), yaml(diags, true);
    Value list;
    list.kind = Value::Kind::array;
    list.line = 3;
    list.column = 9;
    std::string s;
    CHECK_FALSE(json.string(list, "/headline", s));
    CHECK_FALSE(yaml.string(list, "/title", s));
    Value invalid;
    invalid.kind = Value::Kind::invalid;
    CHECK_FALSE(yaml.string(invalid, "/title", s));  // already reported by the reader: silent
    auto ds = diags.take();
    REQUIRE(ds.size() == 2);
    CHECK(ds[0].message == "expected text, found an array");
    CHECK(ds[0].line == 3);
    CHECK(ds[0].column == 9);
    CHECK(ds[0].path == "/headline");
    CHECK(ds[1].message == "expected text, found a list");
}

TEST_CASE("Fields: the keys read are the keys known, so unknown ones get a hint from them") {
    Diagnostics diags;
    FieldReader r(diags, false);
    Value obj;
    add_member(obj, "name", "Ines", 2);
    add_member(obj, "jobTittle", "Editor", 3);  // a typo of a key that is read below
    add_member(obj, "@type", "Person", 4);      // accepted, not used

    Fields f(r, obj, "/author");
    std::string name, role, url;
    CHECK(f.string("name", name));
    CHECK(f.string("jobTitle", role));  // absent: true, nothing read
    CHECK(f.string("url", url));
    f.accept({"@type"});
    f.finish();
    CHECK(name == "Ines");
    CHECK(role.empty());
    auto ds = diags.take();
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].severity == Severity::warning);
    CHECK(ds[0].message == "unknown field \"jobTittle\" (did you mean \"jobTitle\"?), ignored");
    CHECK(ds[0].line == 3);
    CHECK(ds[0].column == 3);
    CHECK(ds[0].path == "/author/jobTittle");
}

TEST_CASE("Fields: a field under two names — the first is used, the other noted for the check") {
    Diagnostics diags;
    FieldReader r(diags, true);
    Value obj;
    add_member(obj, "summary", "summary", 2);
    add_member(obj, "description", "description", 3);
    Fields f(r, obj, "");
    std::vector<IgnoredField> ignored;
    std::string_view used;
    const Value* v = f.first_of({"description", "summary"}, used, ignored);
    f.finish();
    REQUIRE(v);
    CHECK(v->text == "description");
    CHECK(used == "description");
    REQUIRE(ignored.size() == 1);
    CHECK(ignored[0].name == "summary");
    CHECK(ignored[0].used == "description");
    CHECK(ignored[0].at.line == 2);
    CHECK(ignored[0].at.column == 12);
    CHECK(ignored[0].at.pointer == "/summary");
    CHECK(diags.take().empty());  // both names are known keys
}
