// Markdown input: front matter (YAML between "---" lines, read by
// yaml_reader.cpp, or a JSON object) mapped with the keys static-site
// generators use (Hugo, Jekyll, Astro), and the Markdown body that follows.
#include <algorithm>
#include <cstring>

#include "broadsheet/broadsheet.hpp"
#include "html/escape.hpp"
#include "input/readers.hpp"

namespace broadsheet::detail {

namespace {

// ---------------------------------------------------------------------------
// Static-site keys -> Article
// ---------------------------------------------------------------------------

void read_author(FieldReader& r, const Value& v, const std::string& path, std::vector<Author>& out) {
    if (v.is(Value::Kind::array)) {
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            const Value& item = v.items[i];
            if (item.is(Value::Kind::array)) {
                r.error(item, pointer_join(path, i), "expected an author (a name or a map {name, role, url}), found a list");
                continue;
            }
            read_author(r, item, pointer_join(path, i), out);
        }
        return;
    }
    Author a;
    if (v.is(Value::Kind::object)) {
        static const std::vector<std::string_view> known = {"name", "role", "title", "jobTitle", "url", "link"};
        r.unknown_keys(v, path, known);
        const Value* name = v.get("name");
        bool ok = true;
        if (name) ok = r.string(*name, pointer_join(path, "name"), a.name);
        if (const Value* f = v.get("role")) r.string(*f, pointer_join(path, "role"), a.role);
        else if (const Value* f2 = v.get("title")) r.string(*f2, pointer_join(path, "title"), a.role);
        else if (const Value* f3 = v.get("jobTitle")) r.string(*f3, pointer_join(path, "jobTitle"), a.role);
        if (const Value* f = v.get("url")) r.string(*f, pointer_join(path, "url"), a.url);
        else if (const Value* f2 = v.get("link")) r.string(*f2, pointer_join(path, "link"), a.url);
        if (ok && a.name.empty()) r.error(name ? *name : v, pointer_join(path, "name"), "an author needs a name");
    } else if (!r.string(v, path, a.name)) {
        return;
    }
    if (!a.name.empty()) out.push_back(std::move(a));
}

void read_cover(FieldReader& r, const Value& v, const std::string& path, std::optional<Image>& out) {
    Image img;
    if (v.is(Value::Kind::object)) {
        static const std::vector<std::string_view> known = {"src", "url", "image", "path", "alt", "caption", "credit",
                                                            "width", "height", "srcset", "sizes"};
        r.unknown_keys(v, path, known);
        // Themes name the URL differently: src (Astro), image (Hugo PaperMod's cover), path (Jekyll SEO).
        const char* url_key = "src";
        for (const char* k : {"src", "url", "image", "path"})
            if (v.get(k)) {
                url_key = k;
                break;
            }
        bool ok = true;
        if (const Value* f = v.get(url_key)) ok = r.string(*f, pointer_join(path, url_key), img.url);
        if (const Value* f = v.get("alt")) r.string(*f, pointer_join(path, "alt"), img.alt);
        if (const Value* f = v.get("caption")) r.string(*f, pointer_join(path, "caption"), img.caption);
        if (const Value* f = v.get("credit")) r.string(*f, pointer_join(path, "credit"), img.credit);
        if (const Value* f = v.get("width")) r.integer(*f, pointer_join(path, "width"), img.width, 1, 100000);
        if (const Value* f = v.get("height")) r.integer(*f, pointer_join(path, "height"), img.height, 1, 100000);
        if (const Value* f = v.get("srcset")) r.srcset(*f, pointer_join(path, "srcset"), img.srcset);
        if (const Value* f = v.get("sizes")) r.string(*f, pointer_join(path, "sizes"), img.sizes);
        if (ok && img.url.empty()) {
            r.error(v, pointer_join(path, "src"), "an image needs \"src\" (its URL)");
            return;
        }
    } else if (!r.string(v, path, img.url)) {
        return;
    }
    if (!img.url.empty()) out = std::move(img);
}

void read_publisher(FieldReader& r, const Value& v, Publication& out) {
    if (!v.is(Value::Kind::object)) {
        r.string(v, "/publisher", out.name);
        return;
    }
    static const std::vector<std::string_view> known = {"name", "slogan", "url", "logo"};
    r.unknown_keys(v, "/publisher", known);
    if (const Value* f = v.get("name")) r.string(*f, "/publisher/name", out.name);
    if (const Value* f = v.get("slogan")) r.string(*f, "/publisher/slogan", out.slogan);
    if (const Value* f = v.get("url")) r.string(*f, "/publisher/url", out.url);
    if (const Value* f = v.get("logo")) r.string(*f, "/publisher/logo", out.logo);
}

// The first of several names for one field that is present (with its name),
// warning about the others, which are ignored.
const Value* pick(FieldReader& r, const Value& fm, std::initializer_list<const char*> names, std::string& path) {
    const Value* found = nullptr;
    const char* found_name = nullptr;
    for (const char* n : names) {
        const Value* v = fm.get(n);
        if (!v) continue;
        if (!found) {
            found = v;
            found_name = n;
        } else {
            r.warning(*v, pointer_join("", n),
                      std::string("\"") + n + "\" is ignored because \"" + found_name + "\" is given");
        }
    }
    if (found) path = pointer_join("", found_name);
    return found;
}

void map_front_matter(const Value& fm, Article& a, FieldReader& r, const Value& document) {
    // Every name static-site generators use for a field Broadsheet reads.
    static const std::vector<std::string_view> kFrontMatterKeys = {
        "title", "subtitle", "description", "summary", "date", "pubDate", "publishDate", "lastmod", "updated",
        "updatedDate", "author", "authors", "image", "cover", "heroImage", "tags", "keywords", "categories",
        "section", "lang", "dir", "url", "canonical", "draft", "reading_time", "publisher",
        // accepted, not used (site-generator housekeeping):
        "slug", "layout", "weight", "aliases", "type", "permalink", "published", "toc", "comments", "series"};
    r.unknown_keys(fm, "", kFrontMatterKeys);
    std::string path;
    if (const Value* v = fm.get("title")) {
        if (r.string(*v, "/title", a.headline)) {
            if (a.headline.empty()) r.error(*v, "/title", "the title is empty");
            r.check_headline_length(*v, "/title", a.headline);
        }
    } else {
        r.error(document, "/title", "the article has no headline: add \"title:\" to the front matter");
    }
    if (const Value* v = fm.get("subtitle")) r.string(*v, "/subtitle", a.alternative_headline);
    if (const Value* v = pick(r, fm, {"description", "summary"}, path)) r.string(*v, path, a.description);
    const Value* date = pick(r, fm, {"date", "pubDate", "publishDate"}, path);
    std::string date_path = path;
    if (date) r.date(*date, path, a.published);
    if (const Value* v = pick(r, fm, {"lastmod", "updated", "updatedDate"}, path)) r.date(*v, path, a.modified);
    if (const Value* v = fm.get("author")) read_author(r, *v, "/author", a.authors);
    if (const Value* v = fm.get("authors")) read_author(r, *v, "/authors", a.authors);
    if (const Value* v = pick(r, fm, {"image", "cover", "heroImage"}, path)) {
        read_cover(r, *v, path, a.image);
        r.check_image_alt(*v, pointer_join(path, "alt"), a.image);
    }
    if (const Value* v = fm.get("tags")) r.string_list(*v, "/tags", a.tags, false);
    else if (const Value* v2 = fm.get("keywords")) r.string_list(*v2, "/keywords", a.tags, true);
    if (const Value* v = fm.get("section")) {
        r.string(*v, "/section", a.section);
    } else if (const Value* v2 = fm.get("categories")) {
        std::vector<std::string> cats;
        r.string_list(*v2, "/categories", cats, false);
        if (!cats.empty()) a.section = cats.front();
    }
    if (const Value* v = fm.get("lang")) r.language(*v, "/lang", a.language);
    if (const Value* v = fm.get("dir")) r.direction(*v, "/dir", a.direction);
    if (const Value* v = pick(r, fm, {"canonical", "url"}, path)) r.string(*v, path, a.url);
    if (const Value* v = fm.get("draft")) r.boolean(*v, "/draft", a.draft);
    if (const Value* v = fm.get("reading_time"))
        r.integer(*v, "/reading_time", a.reading_time_minutes, 1, 100000);
    if (const Value* v = fm.get("publisher")) read_publisher(r, *v, a.publisher);
    r.check_published(date ? *date : document, date ? date_path : "/date", date, a.published,
                      "add \"date:\" to the front matter");
}

}  // namespace

}  // namespace broadsheet::detail

namespace broadsheet {

using namespace detail;

Result<Article> parse_markdown(std::string_view text, const Limits& limits) {
    Result<Article> result;
    Diagnostics diags(limits.max_diagnostics);
    if (text.size() > limits.max_input_bytes) {
        diags.error("the article is " + std::to_string(text.size()) + " bytes, over the limit of " +
                    std::to_string(limits.max_input_bytes) + " (maxInputBytes)");
        result.diagnostics = diags.take();
        return result;
    }
    if (text.size() >= 3 && text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);

    Article a;
    auto first_line_end = text.find('\n');
    std::string_view first = text.substr(0, first_line_end);
    if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
    while (!first.empty() && first.back() == ' ') first.remove_suffix(1);

    Value document;  // where problems of the whole file are reported: its first line
    document.line = 1;
    document.column = 1;
    std::string_view body = text;
    int body_line = 1;
    FieldReader r(diags, true);
    if (first == "---" || first == "+++" || first == "{") {
        // Find the end of the front matter.
        std::size_t pos = first_line_end == std::string_view::npos ? text.size() : first_line_end + 1;
        int line = 2;
        std::size_t fm_start = first == "{" ? 0 : pos;
        std::size_t fm_end = std::string_view::npos, after = text.size();
        while (pos < text.size()) {
            std::size_t nl = text.find('\n', pos);
            std::string_view l = text.substr(pos, nl == std::string_view::npos ? std::string_view::npos : nl - pos);
            if (!l.empty() && l.back() == '\r') l.remove_suffix(1);
            while (!l.empty() && l.back() == ' ') l.remove_suffix(1);
            bool end = first == "---" ? (l == "---" || l == "...") : first == "+++" ? l == "+++" : l == "}";
            if (end) {
                fm_end = first == "{" ? pos + 1 : pos;
                after = nl == std::string_view::npos ? text.size() : nl + 1;
                body_line = line + 1;
                break;
            }
            ++line;
            if (nl == std::string_view::npos) break;
            pos = nl + 1;
        }
        if (fm_end == std::string_view::npos) {
            diags.error("front matter: the closing \"" + std::string(first == "{" ? "}" : first) + "\" line is missing",
                        1, 1);
            result.diagnostics = diags.take();
            return result;
        }
        std::string_view fm_text = text.substr(fm_start, fm_end - fm_start);
        Value fm;
        // YAML recovers from its errors, so what it could read is still
        // checked; a JSON syntax error leaves nothing reliable to check.
        bool readable = first == "---" ? (read_yaml(fm_text, limits, diags, fm, 2), true)
                      : first == "+++" ? read_toml(fm_text, limits, diags, fm, 2)  // Hugo, Zola
                                       : read_json(fm_text, limits, diags, fm, 1);
        if (readable) {
            if (fm.is(Value::Kind::object))
                map_front_matter(fm, a, r, document);
            else
                r.error(fm, "", std::string("front matter must be a map of keys, found ") + r.kind_name(fm));
        }
        body = text.substr(after);
    } else {
        r.error(document, "/title",
                "the article has no headline: start the file with front matter, a \"---\" line, \"title: ...\" "
                "and another \"---\" line");
    }
    a.body = std::string(body);
    a.body_line = body_line;

    if (!diags.has_errors()) result.value = std::move(a);
    diags.sort_by_position();
    result.diagnostics = diags.take();
    return result;
}

}  // namespace broadsheet
