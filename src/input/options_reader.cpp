// Options JSON (the JS API's and the CLI's) -> RenderOptions.
#include <algorithm>
#include <iterator>

#include "broadsheet/broadsheet.hpp"
#include "html/html_sanitizer.hpp"
#include "html/url_policy.hpp"
#include "input/field_reader.hpp"
#include "input/publisher_reader.hpp"
#include "input/readers.hpp"
#include "page/share_networks.hpp"
#include "text/ascii.hpp"
#include "text/ui_strings.hpp"
#include "text/utf8.hpp"

namespace broadsheet {

using namespace detail;

namespace {

// The slot sizes the theme reserves space for (broadsheet.css).
const char* const kAdSizes[] = {"300x250", "336x280", "300x600", "320x50", "320x100", "728x90", "970x90", "970x250", "fluid"};

void read_ads(FieldReader& r, const Value& v, AdOptions& ads) {
    if (v.is(Value::Kind::boolean)) {
        ads.enabled = v.boolean;
        return;
    }
    if (!v.is(Value::Kind::object)) {
        r.error(v, "/ads", std::string("expected false or an object, found ") + r.kind_name(v));
        return;
    }
    ads.enabled = true;
    Fields f(r, v, "/ads");
    f.integer("after", ads.after, 1, 1000);
    f.integer("every", ads.every, 1, 1000);
    f.integer("max", ads.max, 0, 100);
    f.string("label", ads.label);
    std::string size;
    if (const Value* s = f.get("size"); s && r.string(*s, "/ads/size", size)) {
        bool known = std::any_of(std::begin(kAdSizes), std::end(kAdSizes), [&](const char* k) { return size == k; });
        if (known) ads.size = size;
        else r.error(*s, "/ads/size", "unknown slot size \"" + quote_input(size, 40) + "\"; expected one of 300x250, 336x280, 300x600, "
                                      "320x50, 320x100, 728x90, 970x90, 970x250, fluid");
    }
    f.finish();
}

// Calls fn(value, path, text) for each item of a list of text, or once for a
// single string (a one-item list), so every error points at its own item.
template <class Fn>
bool for_each_text(FieldReader& r, const Value& v, const std::string& path, Fn fn) {
    if (v.is(Value::Kind::string)) {
        fn(v, path, v.text);
        return true;
    }
    if (!v.is(Value::Kind::array)) {
        r.error(v, path, std::string("expected a list of text, found ") + r.kind_name(v));
        return false;
    }
    for (std::size_t i = 0; i < v.items.size(); ++i) {
        std::string text, item = pointer_join(path, i);
        if (r.string(v.items[i], item, text)) fn(v.items[i], item, text);
    }
    return true;
}

void read_share(FieldReader& r, const Value& v, ShareOptions& share) {
    if (v.is(Value::Kind::boolean)) {
        share.enabled = v.boolean;
        return;
    }
    if (!v.is(Value::Kind::object)) {
        r.error(v, "/share", std::string("expected false or an object, found ") + r.kind_name(v));
        return;
    }
    share.enabled = true;
    Fields f(r, v, "/share");
    const Value* n = f.get("networks");
    f.finish();
    if (!n) return;
    std::vector<ShareNetwork> networks;
    bool ok = for_each_text(r, *n, "/share/networks", [&](const Value& item, const std::string& path, const std::string& name) {
        auto id = share_network_for_key(name);
        if (!id) r.error(item, path, "unknown network \"" + quote_input(name, 40) + "\"; expected " + share_network_keys());
        else if (std::find(networks.begin(), networks.end(), *id) == networks.end()) networks.push_back(*id);
    });
    if (ok) share.networks = std::move(networks);
}

void read_url_schemes(FieldReader& r, const Value& v, std::vector<std::string>& out) {
    std::vector<std::string> schemes;
    bool ok = for_each_text(r, v, "/urlSchemes", [&](const Value& item, const std::string& path, std::string s) {
        for (char& c : s) c = ascii::lower(c);
        if (!s.empty() && s.back() == ':') s.pop_back();
        if (scheme_can_be_allowed(s)) schemes.push_back(s);
        else r.error(item, path, "the scheme \"" + quote_input(s, 40) + "\" is not allowed: it could run script or reach local files");
    });
    if (ok) out = std::move(schemes);
}

// "https://host[:port]", the origin only (what html_sanitizer compares).
void read_embed_origins(FieldReader& r, const Value& v, std::vector<std::string>& out) {
    std::vector<std::string> origins;
    bool ok = for_each_text(r, v, "/embedOrigins", [&](const Value& item, const std::string& path, std::string s) {
        std::string origin = https_origin(s);
        for (char& c : s) c = ascii::lower(c);
        if (!origin.empty() && (origin == s || origin + "/" == s)) origins.push_back(origin);
        else r.error(item, path, "\"" + quote_input(s, 40) + "\" is not an https origin such as \"https://player.vimeo.com\"");
    });
    if (ok) out = std::move(origins);
}

void read_strings(FieldReader& r, const Value& v, std::map<std::string, std::string>& out) {
    if (!v.is(Value::Kind::object)) {
        r.error(v, "/strings", std::string("expected an object, found ") + r.kind_name(v));
        return;
    }
    std::vector<std::string_view> known(kStringNames, kStringNames + kTextCount);
    r.unknown_keys(v, "/strings", known);
    for (std::size_t i = 0; i < v.keys.size(); ++i) {
        std::string s, path = pointer_join("/strings", v.keys[i]);
        if (!r.string(v.items[i], path, s)) continue;
        for (int k = 0; k < kTextCount; ++k) {
            const char* ph = required_placeholder(static_cast<Text>(k));
            if (v.keys[i] != kStringNames[k] || !ph) continue;
            std::string braced = std::string("{") + ph + "}";
            if (s.find(braced) == std::string::npos)
                r.warning(v.items[i], path, "\"" + v.keys[i] + "\" has no " + braced + "; the value is added at the end");
        }
        out[v.keys[i]] = s;
    }
}

bool read_size(FieldReader& r, const Value& v, const std::string& path, std::size_t& out) {
    if (!v.is(Value::Kind::number) || v.number < 1 || v.number > 2147483647.0 || v.number != static_cast<double>(static_cast<long long>(v.number))) {
        r.error(v, path, "expected a whole number of bytes from 1 to 2147483647");
        return false;
    }
    out = static_cast<std::size_t>(v.number);
    return true;
}

void map_options(FieldReader& r, const Value& root, RenderOptions& o) {
    Fields f(r, root, "");
    if (const Value* v = f.get("format")) {
        std::string s;
        if (r.string(*v, "/format", s)) {
            if (s == "json") o.format = InputFormat::json;
            else if (s == "markdown" || s == "md") o.format = InputFormat::markdown;
            else if (s == "detect" || s.empty()) o.format = InputFormat::detect;
            else r.error(*v, "/format", "expected \"json\" or \"markdown\"");
        }
    }
    if (const Value* v = f.get("mode")) {
        std::string m;
        if (r.string(*v, "/mode", m)) {
            if (m == "fragment") o.mode = RenderMode::fragment;
            else if (m == "page") o.mode = RenderMode::page;
            else if (m == "commonmark") o.mode = RenderMode::commonmark;
            else r.error(*v, "/mode", "expected \"fragment\", \"page\" or \"commonmark\"");
        }
    }
    if (const Value* v = f.get("publisher")) read_publisher(r, *v, "/publisher", false, o.publisher);
    if (const Value* v = f.get("ads")) read_ads(r, *v, o.ads);
    if (const Value* v = f.get("share")) read_share(r, *v, o.share);
    if (const Value* v = f.get("readingTime")) {
        if (v->is(Value::Kind::object)) {
            Fields rt(r, *v, "/readingTime");
            rt.integer("wordsPerMinute", o.reading_time.words_per_minute, 1, 10000);
            rt.integer("charactersPerMinute", o.reading_time.characters_per_minute, 1, 10000);
            rt.finish();
        } else {
            r.error(*v, "/readingTime", std::string("expected an object, found ") + r.kind_name(*v));
        }
    }
    if (const Value* v = f.get("toc")) {
        if (v->is(Value::Kind::boolean)) o.toc = v->boolean ? TocMode::on : TocMode::off;
        else if (v->is(Value::Kind::string) && v->text == "auto") o.toc = TocMode::auto_;
        else r.error(*v, "/toc", "expected \"auto\", true or false");
    }
    if (const Value* v = f.get("layout")) {
        if (v->is(Value::Kind::string) && (v->text == "standard" || v->text == "wide-lead"))
            o.layout = v->text == "standard" ? Layout::standard : Layout::wide_lead;
        else r.error(*v, "/layout", "expected \"standard\" or \"wide-lead\"");
    }
    if (const Value* v = f.get("theme")) {
        static const char* const names[] = {"auto", "host", "light", "dark"};
        int k = 0;
        while (k < 4 && !(v->is(Value::Kind::string) && v->text == names[k])) ++k;
        if (k < 4) o.theme = static_cast<PageTheme>(k);
        else r.error(*v, "/theme", "expected \"auto\", \"host\", \"light\" or \"dark\"");
    }
    f.string("tagUrl", o.tag_url);
    f.boolean("allowHtml", o.allow_html);
    f.boolean("typography", o.typography);
    if (const Value* v = f.get("urlSchemes")) read_url_schemes(r, *v, o.url_schemes);
    if (const Value* v = f.get("embedOrigins")) read_embed_origins(r, *v, o.embed_origins);
    if (const Value* v = f.get("strings")) read_strings(r, *v, o.strings);
    if (const Value* v = f.get("maxInputBytes")) read_size(r, *v, "/maxInputBytes", o.limits.max_input_bytes);
    if (const Value* v = f.get("maxOutputBytes")) read_size(r, *v, "/maxOutputBytes", o.limits.max_output_bytes);
    f.integer("maxDepth", o.limits.max_depth, 1, 1000);
    f.integer("maxDiagnostics", o.limits.max_diagnostics, 1, 10000);
    f.string("stylesheet", o.stylesheet);
    f.string("script", o.script);
    f.language("lang", o.lang);
    f.direction("dir", o.dir);
    f.finish();
}

}  // namespace

Result<RenderOptions> parse_options_json(std::string_view json) {
    Result<RenderOptions> result;
    Diagnostics diags(100);
    Limits limits;
    limits.max_input_bytes = 1u << 20;
    limits.max_depth = 8;
    Value root;
    RenderOptions o;
    bool blank = json.find_first_not_of(" \t\r\n") == std::string_view::npos;
    if (blank) {
        result.value = o;
        return result;
    }
    if (json.size() > limits.max_input_bytes) {
        diags.error("over 1 MiB of JSON");  // every message gets "options: " below
    } else if (read_json(json, limits, diags, root)) {
        FieldReader r(diags, false);
        if (!root.is(Value::Kind::object)) r.error(root, "", std::string("options must be a JSON object, found ") + r.kind_name(root));
        else map_options(r, root, o);
    }
    if (!diags.has_errors()) result.value = std::move(o);
    diags.sort_by_position();
    result.diagnostics = diags.take();
    for (auto& d : result.diagnostics) d.message = "options: " + d.message;
    return result;
}

}  // namespace broadsheet
