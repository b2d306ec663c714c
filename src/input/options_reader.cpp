// Options JSON (the JS API's and the CLI's) -> RenderOptions.
#include <algorithm>

#include "broadsheet/broadsheet.hpp"
#include "html/escape.hpp"
#include "input/field_reader.hpp"
#include "input/readers.hpp"
#include "text/ui_strings.hpp"

namespace broadsheet {

using namespace detail;

namespace {

struct NetworkName {
    const char* name;
    ShareNetwork id;
};
const NetworkName kNetworkNames[] = {
    {"x", ShareNetwork::x},           {"facebook", ShareNetwork::facebook}, {"linkedin", ShareNetwork::linkedin},
    {"whatsapp", ShareNetwork::whatsapp}, {"telegram", ShareNetwork::telegram}, {"reddit", ShareNetwork::reddit},
    {"email", ShareNetwork::email},   {"mastodon", ShareNetwork::mastodon}, {"native", ShareNetwork::native},
    {"copy", ShareNetwork::copy},
};

// Schemes a publisher may allow. Others (javascript, vbscript, data, file, ...)
// can run script or read local files and are refused even when asked for.
const char* const kSafeSchemes[] = {"http", "https", "mailto", "tel", "sms", "ftp", "ftps", "geo", "xmpp"};

// The slot sizes the theme reserves space for (broadsheet.css).
const char* const kAdSizes[] = {"300x250", "336x280", "300x600", "320x50", "320x100", "728x90", "970x90", "970x250", "fluid"};

void read_publisher(FieldReader& r, const Value& v, Publication& p) {
    if (!v.is(Value::Kind::object)) {
        r.error(v, "/publisher", std::string("expected an object, found ") + r.kind_name(v));
        return;
    }
    r.unknown_keys(v, "/publisher", {"name", "slogan", "url", "logo"});
    if (const Value* f = v.get("name")) r.string(*f, "/publisher/name", p.name);
    if (const Value* f = v.get("slogan")) r.string(*f, "/publisher/slogan", p.slogan);
    if (const Value* f = v.get("url")) r.string(*f, "/publisher/url", p.url);
    if (const Value* f = v.get("logo")) r.string(*f, "/publisher/logo", p.logo);
}

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
    r.unknown_keys(v, "/ads", {"after", "every", "max", "label", "size"});
    if (const Value* f = v.get("after")) r.integer(*f, "/ads/after", ads.after, 1, 1000);
    if (const Value* f = v.get("every")) r.integer(*f, "/ads/every", ads.every, 1, 1000);
    if (const Value* f = v.get("max")) r.integer(*f, "/ads/max", ads.max, 0, 100);
    if (const Value* f = v.get("label")) r.string(*f, "/ads/label", ads.label);
    if (const Value* f = v.get("size")) {
        std::string size;
        if (r.string(*f, "/ads/size", size)) {
            bool known = std::any_of(std::begin(kAdSizes), std::end(kAdSizes), [&](const char* s) { return size == s; });
            if (known) ads.size = size;
            else r.error(*f, "/ads/size", "unknown slot size \"" + quote_input(size, 40) + "\"; expected one of 300x250, 336x280, 300x600, "
                                           "320x50, 320x100, 728x90, 970x90, 970x250, fluid");
        }
    }
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
    r.unknown_keys(v, "/share", {"networks"});
    const Value* n = v.get("networks");
    if (!n) return;
    std::vector<ShareNetwork> networks;
    bool ok = for_each_text(r, *n, "/share/networks", [&](const Value& item, const std::string& path, const std::string& name) {
        auto it = std::find_if(std::begin(kNetworkNames), std::end(kNetworkNames),
                               [&](const NetworkName& nn) { return name == nn.name; });
        if (it == std::end(kNetworkNames)) {
            r.error(item, path,
                    "unknown network \"" + quote_input(name, 40) + "\"; expected x, facebook, linkedin, whatsapp, "
                    "telegram, reddit, email, mastodon, native or copy");
        } else if (std::find(networks.begin(), networks.end(), it->id) == networks.end()) {
            networks.push_back(it->id);
        }
    });
    if (ok) share.networks = std::move(networks);
}

bool read_size(FieldReader& r, const Value& v, const std::string& path, std::size_t& out) {
    if (!v.is(Value::Kind::number) || v.number < 1 || v.number > 2147483647.0 || v.number != static_cast<double>(static_cast<long long>(v.number))) {
        r.error(v, path, "expected a whole number of bytes from 1 to 2147483647");
        return false;
    }
    out = static_cast<std::size_t>(v.number);
    return true;
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
        diags.error("options: over 1 MiB of JSON");
    } else if (read_json(json, limits, diags, root)) {
        FieldReader r(diags, false);
        if (!root.is(Value::Kind::object)) {
            r.error(root, "", std::string("options must be a JSON object, found ") + r.kind_name(root));
        } else {
            r.unknown_keys(root, "", {"format", "mode", "publisher", "ads", "share", "readingTime", "toc", "allowHtml",
                                      "urlSchemes", "strings", "maxInputBytes", "maxDepth", "maxDiagnostics",
                                      "maxOutputBytes", "stylesheet", "script"});
            if (const Value* v = root.get("format")) {
                std::string f;
                if (r.string(*v, "/format", f)) {
                    if (f == "json") o.format = InputFormat::json;
                    else if (f == "markdown" || f == "md") o.format = InputFormat::markdown;
                    else if (f == "detect" || f.empty()) o.format = InputFormat::detect;
                    else r.error(*v, "/format", "expected \"json\" or \"markdown\"");
                }
            }
            if (const Value* v = root.get("mode")) {
                std::string m;
                if (r.string(*v, "/mode", m)) {
                    if (m == "fragment") o.mode = RenderMode::fragment;
                    else if (m == "page") o.mode = RenderMode::page;
                    else if (m == "commonmark") o.mode = RenderMode::commonmark;
                    else r.error(*v, "/mode", "expected \"fragment\", \"page\" or \"commonmark\"");
                }
            }
            if (const Value* v = root.get("publisher")) read_publisher(r, *v, o.publisher);
            if (const Value* v = root.get("ads")) read_ads(r, *v, o.ads);
            if (const Value* v = root.get("share")) read_share(r, *v, o.share);
            if (const Value* v = root.get("readingTime")) {
                if (v->is(Value::Kind::object)) {
                    r.unknown_keys(*v, "/readingTime", {"wordsPerMinute", "charactersPerMinute"});
                    if (const Value* f = v->get("wordsPerMinute"))
                        r.integer(*f, "/readingTime/wordsPerMinute", o.reading_time.words_per_minute, 1, 10000);
                    if (const Value* f = v->get("charactersPerMinute"))
                        r.integer(*f, "/readingTime/charactersPerMinute", o.reading_time.characters_per_minute, 1, 10000);
                } else {
                    r.error(*v, "/readingTime", std::string("expected an object, found ") + r.kind_name(*v));
                }
            }
            if (const Value* v = root.get("toc")) {
                if (v->is(Value::Kind::boolean)) o.toc = v->boolean ? TocMode::on : TocMode::off;
                else if (v->is(Value::Kind::string) && v->text == "auto") o.toc = TocMode::auto_;
                else r.error(*v, "/toc", "expected \"auto\", true or false");
            }
            if (const Value* v = root.get("allowHtml")) r.boolean(*v, "/allowHtml", o.allow_html);
            if (const Value* v = root.get("urlSchemes")) {
                std::vector<std::string> schemes;
                bool ok = for_each_text(r, *v, "/urlSchemes", [&](const Value& item, const std::string& path, std::string s) {
                    std::transform(s.begin(), s.end(), s.begin(),
                                   [](char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; });
                    if (!s.empty() && s.back() == ':') s.pop_back();
                    bool safe = std::any_of(std::begin(kSafeSchemes), std::end(kSafeSchemes),
                                            [&](const char* k) { return s == k; });
                    if (safe) schemes.push_back(s);
                    else r.error(item, path, "the scheme \"" + quote_input(s, 40) +
                                                 "\" is not allowed: it could run script or reach local files");
                });
                if (ok) o.url_schemes = std::move(schemes);
            }
            if (const Value* v = root.get("strings")) {
                if (v->is(Value::Kind::object)) {
                    std::vector<std::string_view> known(kStringNames, kStringNames + kTextCount);
                    r.unknown_keys(*v, "/strings", known);
                    for (std::size_t i = 0; i < v->keys.size(); ++i) {
                        std::string s, path = pointer_join("/strings", v->keys[i]);
                        if (!r.string(v->items[i], path, s)) continue;
                        for (int k = 0; k < kTextCount; ++k) {
                            const char* ph = required_placeholder(static_cast<Text>(k));
                            if (v->keys[i] != kStringNames[k] || !ph) continue;
                            std::string braced = std::string("{") + ph + "}";
                            if (s.find(braced) == std::string::npos)
                                r.warning(v->items[i], path, "\"" + v->keys[i] + "\" has no " + braced +
                                                                 "; the value is added at the end");
                        }
                        o.strings[v->keys[i]] = s;
                    }
                } else {
                    r.error(*v, "/strings", std::string("expected an object, found ") + r.kind_name(*v));
                }
            }
            if (const Value* v = root.get("maxInputBytes")) read_size(r, *v, "/maxInputBytes", o.limits.max_input_bytes);
            if (const Value* v = root.get("maxOutputBytes")) read_size(r, *v, "/maxOutputBytes", o.limits.max_output_bytes);
            if (const Value* v = root.get("maxDepth")) r.integer(*v, "/maxDepth", o.limits.max_depth, 1, 1000);
            if (const Value* v = root.get("maxDiagnostics")) r.integer(*v, "/maxDiagnostics", o.limits.max_diagnostics, 1, 10000);
            if (const Value* v = root.get("stylesheet")) r.string(*v, "/stylesheet", o.stylesheet);
            if (const Value* v = root.get("script")) r.string(*v, "/script", o.script);
        }
    }
    if (!diags.has_errors()) result.value = std::move(o);
    result.diagnostics = diags.take();
    for (auto& d : result.diagnostics) d.message = "options: " + d.message;
    return result;
}

}  // namespace broadsheet
