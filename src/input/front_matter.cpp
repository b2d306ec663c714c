// Markdown input: front matter (YAML between "---" lines, read by
// yaml_reader.cpp, or a JSON object) mapped with the keys static-site
// generators use (Jekyll, Hugo, Eleventy, Astro, Zola, Next.js starters,
// Go's blog; the README's table), and the Markdown body that follows.
// Each field's place goes into Article::source, so check_article can report
// at the field.
#include <cstdint>
#include <cstring>

#include "input/article_readers.hpp"
#include "input/author_text.hpp"
#include "input/field_reader.hpp"
#include "input/publisher_reader.hpp"
#include "input/readers.hpp"
#include "input/template_code.hpp"

namespace broadsheet::detail {

namespace {

// ---------------------------------------------------------------------------
// Static-site keys -> Article
// ---------------------------------------------------------------------------

// Whether `s` has what one_line changes: a line break or a tab, two spaces
// in a row, or a space at either end. Eight bytes at a time: a title or a
// summary has a space every few letters, so a byte-by-byte test branches on
// nearly every word.
bool needs_one_line(std::string_view s) {
    if (s.empty()) return false;
    if (s.front() == ' ' || s.back() == ' ') return true;
    std::size_t i = 0;
#if !defined(__OPTIMIZE_SIZE__)  // the WebAssembly build (-Oz): the byte loop below alone, smaller
    constexpr std::uint64_t kOnes = 0x0101010101010101ull, kLow7 = 0x7F * kOnes, kHigh = 0x80 * kOnes;
    bool space_before = false;  // the byte before i is a space
    for (; i + 8 <= s.size(); i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s.data() + i, 8);  // byte k of the eight in bits 8k..8k+7 (little-endian)
        // Bit 7 of each byte: set where that byte is below ' ' (a control
        // character), and where it is ' '. Exact per byte: the low seven
        // bits plus at most 0x7F never carry into the next byte.
        std::uint64_t control = ~(((w & kLow7) + (0x80 - 0x20) * kOnes) | w) & kHigh;
        std::uint64_t x = w ^ (0x20 * kOnes);
        std::uint64_t space = ~(((x & kLow7) + kLow7) | x) & kHigh;
        if (control) break;  // a tab or a line break, maybe: looked at byte by byte below
        if ((space & space >> 8) || (space_before && (space & 0x80))) return true;
        space_before = space >> 63;
    }
#endif
    // The rest (and a word with a control character), from the byte before
    // it, whose pair with the next byte the words above did not see.
    for (i = i > 0 ? i - 1 : 0; i < s.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(s[i]);
        if (c > ' ') continue;
        if (c == ' ' ? i + 1 < s.size() && s[i + 1] == ' ' : c == '\n' || c == '\r' || c == '\t') return true;
    }
    return false;
}

// A field that is one line on the page (a title, a name, a standfirst)
// written as a YAML block scalar (">", "|") or over several TOML lines: its
// line breaks become spaces and the final newline goes, so none reaches
// <title>, the social tags, the JSON-LD or a share link ("%0A").
void one_line(std::string& s) {
    // Nearly always it is one line already: then nothing is copied.
    if (!needs_one_line(s)) return;
    std::string out;
    out.reserve(s.size());
    for (char c : s) {
        if (c == '\n' || c == '\r' || c == '\t') c = ' ';
        if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    s = std::move(out);
}

bool read_line(FieldReader& r, const Value& v, const FieldPath& path, std::string& out) {
    bool ok = r.string(v, path, out);
    one_line(out);
    return ok;
}

void add_author(Article& a, Author&& au, const Value& at, const FieldPath& path, bool url_reported) {
    one_line(au.name);
    if (au.name.empty()) return;
    if (!au.url.empty() || url_reported)
        a.source.fields["authors/" + std::to_string(a.authors.size()) + "/url"] = position_of(at, path.str(), url_reported);
    a.authors.push_back(std::move(au));
}

// An author: a string (which may name several people, see author_text.hpp),
// a map {name, role, url, affiliation}, or a list of either.
void read_author(FieldReader& r, const Value& v, const FieldPath& path, Article& a) {
    if (v.is(Value::Kind::array)) {
        std::string list = path.str();
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            const Value& item = v.items[i];
            if (item.is(Value::Kind::array)) {
                r.error(item, pointer_join(list, i), "expected an author (a name or a map {name, role, url}), found a list");
                continue;
            }
            read_author(r, item, pointer_join(list, i), a);
        }
        return;
    }
    if (v.is(Value::Kind::object)) {
        Author au;
        Fields f(r, v, path.str());
        // Themes' extras about the person: understood, not shown.
        f.accept({"picture", "avatar", "image", "twitter", "email", "bio", "github", "mastodon"});
        const Value* name = f.get("name");
        bool ok = f.string("name", au.name);
        std::string_view key;
        std::vector<IgnoredField>& ignored = a.source.ignored;
        if (const Value* role = f.first_of({"role", "title", "jobTitle"}, key, ignored)) read_line(r, *role, f.member(key), au.role);
        f.string("affiliation", au.affiliation);
        const Value* url_value = nullptr;
        std::string url_path;
        bool url_read = true;
        if (const Value* url = f.first_of({"url", "link"}, key, ignored)) {
            url_value = url;
            url_path = f.path(key);
            url_read = r.string(*url, url_path, au.url);
        }
        f.finish();
        if (ok && au.name.empty()) r.error(name ? *name : v, f.path("name"), "an author needs a name");
        if (url_value) add_author(a, std::move(au), *url_value, url_path, !url_read);
        else add_author(a, std::move(au), v, path, false);
        return;
    }
    std::string text;
    if (!r.string(v, path, text)) return;
    for (Author& au : split_author_text(text)) add_author(a, std::move(au), v, path, false);
}

// One image: a URL, or a map whose URL key themes name differently: src
// (Astro), url (Astro's tutorial, Next.js' ogImage), image (PaperMod's
// cover), path (jekyll-seo-tag). A map without any of them but with
// `content` is Starlight's banner notice, not an image: ignored quietly.
void read_cover(FieldReader& r, const Value& v, const std::string& path, Article& a) {
    Image img;
    if (v.is(Value::Kind::object)) {
        Fields f(r, v, path);
        std::string_view url_key = "src";
        const Value* url = f.first_of({"src", "url", "image", "path"}, url_key, a.source.ignored);
        bool ok = !url || r.string(*url, f.member(url_key), img.url);
        read_image_details(f, "credit", img, a.image ? nullptr : &a.source);
        if (!url && f.get("content")) return;  // a notice (Starlight's banner)
        f.finish();
        if (ok && img.url.empty()) {
            r.error(v, f.path("src"), "an image needs \"src\" (its URL)");
            return;
        }
    } else if (!r.string(v, path, img.url)) {
        return;
    }
    if (img.url.empty()) return;
    one_line(img.alt);
    if (a.image) {
        a.more_images.push_back(std::move(img));
        return;
    }
    a.image = std::move(img);
    a.source.fields["image"] = position_of(v, path);
}

void read_images(FieldReader& r, const Value& v, const std::string& path, Article& a) {
    if (!v.is(Value::Kind::array)) {
        read_cover(r, v, path, a);
        return;
    }
    for (std::size_t i = 0; i < v.items.size(); ++i) read_cover(r, v.items[i], pointer_join(path, i), a);
}

// Tags: a list, or one string. A string is split on commas when it has any
// ("a, b"), else on spaces as Jekyll reads it ("tidewater release").
bool read_tags(FieldReader& r, const Value& v, const FieldPath& path, std::vector<std::string>& out) {
    bool has_comma = v.is(Value::Kind::string) && v.text.find(',') != std::string::npos;
    if (!r.string_list(v, path, out, has_comma)) return false;
    if (v.is(Value::Kind::string) && !has_comma) {
        std::vector<std::string> words;
        std::string word;
        for (char c : v.text + " ") {
            if (c == ' ' || c == '\t' || c == '\n') {
                if (!word.empty()) words.push_back(std::move(word));
                word.clear();
            } else {
                word += c;
            }
        }
        out = std::move(words);
    }
    return true;
}

// The section: `section` or Jekyll's `category` as written; the first of
// `categories` (a list, or Jekyll's space-separated string).
void read_section(FieldReader& r, const Value& v, const FieldPath& path, bool list, Article& a) {
    if (!list || !(v.is(Value::Kind::array) || v.is(Value::Kind::string))) {
        read_line(r, v, path, a.section);
        return;
    }
    std::vector<std::string> categories;
    if (read_tags(r, v, path, categories) && !categories.empty()) {
        a.section = categories.front();
        one_line(a.section);
    }
}

void map_front_matter(const Value& fm, const Value& document, Article& a, FieldReader& r) {
    r.quiet_unknown_keys();
    Fields f(r, fm, "");
    auto& at = a.source.fields;
    auto& ignored = a.source.ignored;
    std::string_view key;

    // The headline: `title`, else schema.org's `name`.
    if (const Value* v = f.first_of({"title", "name"}, key, ignored)) {
        bool ok = read_line(r, *v, f.member(key), a.headline);
        if (ok && a.headline.empty()) r.error(*v, f.path(key), "the " + std::string(key) + " is empty");
        at["headline"] = position_of(*v, f.path(key), !ok);
    } else {
        r.error(document, "/title", "the article has no headline: add \"title:\" to the front matter");
    }
    if (const Value* v = f.get("subtitle")) read_line(r, *v, f.member("subtitle"), a.alternative_headline);
    if (const Value* v = f.first_of({"description", "summary", "excerpt"}, key, ignored))
        read_line(r, *v, f.member(key), a.description);

    // Dates. Jekyll's `published: false` is a switch (not published: a draft);
    // elsewhere `published` is the date.
    const Value* published = f.get("published");
    bool published_switch = published && published->is(Value::Kind::boolean);
    if (published_switch && !published->boolean) a.draft = true;
    const Value* date = f.first_of({"date", "pubDate", "publishDate"}, key, ignored);
    if (!date && published && !published_switch) {
        date = published;
        key = "published";
    }
    if (date) at["published"] = position_of(*date, f.path(key), !r.date(*date, f.member(key), a.published));
    if (const Value* v = f.first_of({"lastmod", "updated", "updatedDate", "last_modified_at"}, key, ignored))
        at["modified"] = position_of(*v, f.path(key), !r.date(*v, f.member(key), a.modified));

    // All are read: Hugo writes "authors", Jekyll and Astro "author", Go's blog "by".
    for (std::string_view name : {"author", "authors", "by"})
        if (const Value* v = f.get(name)) read_author(r, *v, f.member(name), a);

    // Images: the first given is the lead, the rest go to the JSON-LD. Jekyll
    // themes' `header`, Zola's `extra` and Next.js' `ogImage` (a social card,
    // not the lead) are read by the generator, not here.
    for (std::string_view name : {"image", "images", "featured_image", "cover", "heroImage", "coverImage", "banner"})
        if (const Value* v = f.get(name)) read_images(r, *v, f.path(name), a);

    const Value* taxonomies = f.get("taxonomies");  // Zola: {categories: [...], tags: [...]}
    const Value* tax_tags = nullptr;
    const Value* tax_categories = nullptr;
    if (taxonomies && taxonomies->is(Value::Kind::object)) {
        Fields t(r, *taxonomies, f.path("taxonomies"));
        tax_tags = t.get("tags");
        tax_categories = t.get("categories");
        t.finish();
    } else if (taxonomies && !taxonomies->is(Value::Kind::null) && !taxonomies->is(Value::Kind::invalid)) {
        r.error(*taxonomies, f.path("taxonomies"),
                std::string("expected a table of lists such as {categories = [...], tags = [...]}, found ") +
                    r.kind_name(*taxonomies));
    }
    if (const Value* v = f.first_of({"tags", "keywords"}, key, ignored)) read_tags(r, *v, f.member(key), a.tags);
    else if (tax_tags) read_tags(r, *tax_tags, f.path("taxonomies") + "/tags", a.tags);
    if (const Value* v = f.first_of({"section", "category", "categories"}, key, ignored))
        read_section(r, *v, f.member(key), key == "categories", a);
    else if (tax_categories) read_section(r, *tax_categories, f.path("taxonomies") + "/categories", true, a);

    f.language("lang", a.language);
    f.direction("dir", a.direction);
    if (const Value* v = f.first_of({"canonical", "canonicalUrl", "url"}, key, ignored)) {
        bool ok = r.string(*v, f.member(key), a.url);
        at["url"] = position_of(*v, f.path(key), !ok);
    }
    f.boolean("draft", a.draft);
    f.integer("reading_time", a.reading_time_minutes, 1, 100000);
    if (const Value* v = f.get("publisher")) read_publisher(r, *v, f.path("publisher"), true, a.publisher, &a.source);
    // Keys of the generators that read like ours but are theirs: named here
    // so a typo of one gets a "did you mean" (other unknown keys stay quiet).
    f.accept({"slug", "layout", "weight", "aliases", "type", "permalink", "toc", "comments", "series", "ogImage",
              "header", "extra", "params", "expiryDate", "template", "path", "math", "eleventyNavigation",
              "eleventyComputed", "eleventyExcludeFromCollections", "linkTitle", "resources", "outputs", "markup",
              "sitemap"});
    f.finish();
}

}  // namespace

bool read_markdown_article(std::string_view text, const Limits& limits, Diagnostics& diags, Article& a,
                           std::string_view* body_view) {
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
    // Eleventy's "---json" opens JSON front matter closed by "---".
    bool json_fence = first == "---json";
    if (json_fence) first = "---";
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
        bool readable = json_fence ? read_json(fm_text, limits, diags, fm, 2)
                      : first == "---" ? (read_yaml(fm_text, limits, diags, fm, 2), true)
                      : first == "+++" ? read_toml(fm_text, limits, diags, fm, 2)  // Hugo, Zola
                                       : read_json(fm_text, limits, diags, fm, 1);
        if (!readable) return false;
        if (fm.is(Value::Kind::object))
            map_front_matter(fm, document, a, r);
        else
            r.error(fm, "", std::string("front matter must be a map of keys, found ") + r.kind_name(fm));
        body = text.substr(after);
        warn_template_code(body, body_line, diags);
    } else {
        r.error(document, "/title",
                "the article has no headline: start the file with front matter, a \"---\" line, \"title: ...\" "
                "and another \"---\" line");
    }
    if (body_view) *body_view = body;
    else a.body = std::string(body);
    a.body_line = body_line;
    return true;
}

}  // namespace broadsheet::detail
