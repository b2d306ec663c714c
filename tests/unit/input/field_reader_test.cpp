// The FieldReader's messages.
#include <catch2/catch.hpp>

#include "input/field_reader.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

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

TEST_CASE("FieldReader: the model warnings") {
    Diagnostics diags;
    FieldReader r(diags, false);
    Value at;
    at.line = 2;
    at.column = 15;
    std::string headline;
    for (int i = 0; i < 110; ++i) headline += "\xD0\x96";  // 110 characters, 220 bytes: no warning
    r.check_headline_length(at, "/headline", headline);
    CHECK(diags.take().empty());
    headline += "!";
    r.check_headline_length(at, "/headline", headline);
    auto ds = diags.take();
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].severity == Severity::warning);
    CHECK(ds[0].message.find("the headline is 111 characters long") == 0);

    Image img;
    img.url = "/a.jpg";
    r.check_image_alt(at, "/image/alt", img);
    ds = diags.take();
    REQUIRE(ds.size() == 1);
    CHECK(ds[0].message == "the lead image has no alt text: describe it for readers who cannot see it");
    CHECK(ds[0].path == "/image/alt");
    img.alt = "Boats";
    r.check_image_alt(at, "/image/alt", img);
    CHECK(diags.take().empty());
}
