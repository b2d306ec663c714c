// The publisher, for the article forms and the options alike.
#include "input/publisher_reader.hpp"

namespace broadsheet::detail {

void read_publisher(FieldReader& r, const Value& v, const std::string& path, bool name_alone, Publication& out,
                    ArticleSource* source) {
    if (v.is(Value::Kind::invalid) || v.is(Value::Kind::null)) return;
    if (!v.is(Value::Kind::object)) {
        bool text = v.is(Value::Kind::string) || (r.yaml() && (v.is(Value::Kind::number) || v.is(Value::Kind::boolean)));
        if (name_alone && text) out.name = v.text;
        else if (name_alone)
            r.error(v, path, std::string("expected the publisher's name or ") +
                                 (r.yaml() ? "a map with \"name\"" : "an object with \"name\"") + ", found " + r.kind_name(v));
        else r.error(v, path, std::string("expected an object, found ") + r.kind_name(v));
        return;
    }
    Fields f(r, v, path);
    f.accept({"@type", "@id", "sameAs"});
    f.string("name", out.name);
    f.string("slogan", out.slogan);
    if (const Value* u = f.get("url")) {
        bool ok = r.string(*u, f.member("url"), out.url);
        if (source) source->fields["publisher/url"] = position_of(*u, f.path("url"), !ok);
    }
    if (const Value* logo = f.get("logo")) {
        const Value* at = logo;
        std::string at_path = f.path("logo");
        if (logo->is(Value::Kind::object)) {  // schema.org's ImageObject: only its URL is used
            Fields lf(r, *logo, at_path);
            lf.accept({"@type", "@id", "width", "height", "caption", "contentUrl", "name"});
            at = lf.get("url");
            at_path = lf.path("url");
            lf.finish();
        }
        if (at) {
            bool ok = r.string(*at, at_path, out.logo);
            if (source) source->fields["publisher/logo"] = position_of(*at, at_path, !ok);
        }
    }
    f.finish();
}

}  // namespace broadsheet::detail
