// Markdown input: front matter (YAML between "---" lines, read by
// yaml_reader.cpp, or a JSON object) mapped with the keys static-site
// generators use (Hugo, Jekyll, Astro), and the Markdown body that follows.
// Each field's place goes into Article::source, so check_article can report
// at the field.
#include "input/article_readers.hpp"
#include "input/field_reader.hpp"
#include "input/publisher_reader.hpp"
#include "input/readers.hpp"

namespace broadsheet::detail {

namespace {

// ---------------------------------------------------------------------------
// Static-site keys -> Article
// ---------------------------------------------------------------------------

void read_author(FieldReader& r, const Value& v, const std::string& path, Article& a) {
    if (v.is(Value::Kind::array)) {
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            const Value& item = v.items[i];
            if (item.is(Value::Kind::array)) {
                r.error(item, pointer_join(path, i), "expected an author (a name or a map {name, role, url}), found a list");
                continue;
            }
            read_author(r, item, pointer_join(path, i), a);
        }
        return;
    }
    Author au;
    std::optional<SourcePosition> url_at;
    if (v.is(Value::Kind::object)) {
        Fields f(r, v, path);
        const Value* name = f.get("name");
        bool ok = f.string("name", au.name);
        std::string_view key;
        std::vector<IgnoredField>& ignored = a.source.ignored;
        if (const Value* role = f.first_of({"role", "title", "jobTitle"}, key, ignored)) r.string(*role, f.path(key), au.role);
        if (const Value* url = f.first_of({"url", "link"}, key, ignored)) {
            bool read = r.string(*url, f.path(key), au.url);
            url_at = position_of(*url, f.path(key), !read);
        }
        f.finish();
        if (ok && au.name.empty()) r.error(name ? *name : v, f.path("name"), "an author needs a name");
    } else if (!r.string(v, path, au.name)) {
        return;
    }
    if (au.name.empty()) return;
    if (url_at) a.source.fields["authors/" + std::to_string(a.authors.size()) + "/url"] = std::move(*url_at);
    a.authors.push_back(std::move(au));
}

void read_cover(FieldReader& r, const Value& v, const std::string& path, Article& a) {
    Image img;
    if (v.is(Value::Kind::object)) {
        Fields f(r, v, path);
        // Themes name the URL differently: src (Astro), image (Hugo PaperMod's cover), path (Jekyll SEO).
        std::string_view url_key = "src";
        const Value* url = f.first_of({"src", "url", "image", "path"}, url_key, a.source.ignored);
        bool ok = !url || r.string(*url, f.path(url_key), img.url);
        read_image_details(f, "credit", img, &a.source);
        f.finish();
        if (ok && img.url.empty()) {
            r.error(v, f.path("src"), "an image needs \"src\" (its URL)");
            return;
        }
    } else if (!r.string(v, path, img.url)) {
        return;
    }
    if (img.url.empty()) return;
    a.image = std::move(img);
    a.source.fields["image"] = position_of(v, path);
}

void map_front_matter(const Value& fm, const Value& document, Article& a, FieldReader& r) {
    Fields f(r, fm, "");
    // Site-generator housekeeping: understood, not used.
    f.accept({"slug", "layout", "weight", "aliases", "type", "permalink", "published", "toc", "comments", "series"});
    auto& at = a.source.fields;
    auto& ignored = a.source.ignored;
    std::string_view key;

    if (const Value* v = f.get("title")) {
        bool ok = f.string("title", a.headline);
        if (ok && a.headline.empty()) r.error(*v, f.path("title"), "the title is empty");
        at["headline"] = f.position("title", !ok);
    } else {
        r.error(document, "/title", "the article has no headline: add \"title:\" to the front matter");
    }
    f.string("subtitle", a.alternative_headline);
    if (const Value* v = f.first_of({"description", "summary"}, key, ignored)) r.string(*v, f.path(key), a.description);
    if (const Value* v = f.first_of({"date", "pubDate", "publishDate"}, key, ignored))
        at["published"] = position_of(*v, f.path(key), !r.date(*v, f.path(key), a.published));
    if (const Value* v = f.first_of({"lastmod", "updated", "updatedDate"}, key, ignored))
        at["modified"] = position_of(*v, f.path(key), !r.date(*v, f.path(key), a.modified));
    // Both are read: Hugo writes "authors", Jekyll and Astro "author".
    for (std::string_view name : {"author", "authors"})
        if (const Value* v = f.get(name)) read_author(r, *v, f.path(name), a);
    if (const Value* v = f.first_of({"image", "cover", "heroImage"}, key, ignored)) read_cover(r, *v, f.path(key), a);
    if (const Value* v = f.first_of({"tags", "keywords"}, key, ignored)) r.string_list(*v, f.path(key), a.tags, key == "keywords");
    if (const Value* v = f.first_of({"section", "categories"}, key, ignored)) {
        if (key == "section") {
            r.string(*v, f.path(key), a.section);
        } else {
            std::vector<std::string> categories;  // the first is the kicker
            r.string_list(*v, f.path(key), categories, false);
            if (!categories.empty()) a.section = categories.front();
        }
    }
    f.language("lang", a.language);
    f.direction("dir", a.direction);
    if (const Value* v = f.first_of({"canonical", "url"}, key, ignored)) {
        bool ok = r.string(*v, f.path(key), a.url);
        at["url"] = position_of(*v, f.path(key), !ok);
    }
    f.boolean("draft", a.draft);
    f.integer("reading_time", a.reading_time_minutes, 1, 100000);
    if (const Value* v = f.get("publisher")) read_publisher(r, *v, f.path("publisher"), true, a.publisher, &a.source);
    f.finish();
}

}  // namespace

bool read_markdown_article(std::string_view text, const Limits& limits, Diagnostics& diags, Article& a) {
    auto first_line_end = text.find('\n');
    std::string_view first = text.substr(0, first_line_end);
    if (!first.empty() && first.back() == '\r') first.remove_suffix(1);
    while (!first.empty() && first.back() == ' ') first.remove_suffix(1);

    Value document;  // where problems of the whole file are reported: its first line
    document.line = 1;
    document.column = 1;
    a.source.front_matter = true;
    a.source.document = position_of(document, "");
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
            return false;
        }
        std::string_view fm_text = text.substr(fm_start, fm_end - fm_start);
        Value fm;
        // YAML recovers from its errors, so what it could read is still
        // checked; a JSON syntax error leaves nothing reliable to check.
        bool readable = first == "---" ? (read_yaml(fm_text, limits, diags, fm, 2), true)
                      : first == "+++" ? read_toml(fm_text, limits, diags, fm, 2)  // Hugo, Zola
                                       : read_json(fm_text, limits, diags, fm, 1);
        if (!readable) return false;
        if (fm.is(Value::Kind::object))
            map_front_matter(fm, document, a, r);
        else
            r.error(fm, "", std::string("front matter must be a map of keys, found ") + r.kind_name(fm));
        body = text.substr(after);
    } else {
        r.error(document, "/title",
                "the article has no headline: start the file with front matter, a \"---\" line, \"title: ...\" "
                "and another \"---\" line");
    }
    a.body = std::string(body);
    a.body_line = body_line;
    return true;
}

}  // namespace broadsheet::detail
