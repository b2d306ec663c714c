// The schema.org NewsArticle vocabulary (JSON, or JSON-LD as publishers
// already have it) mapped onto the Article model.
#include "broadsheet/broadsheet.hpp"
#include "input/field_reader.hpp"
#include "input/readers.hpp"

namespace broadsheet::detail {

// ---------------------------------------------------------------------------
// NewsArticle -> Article
// ---------------------------------------------------------------------------

namespace {

void read_person(FieldReader& r, const Value& v, const std::string& path, std::vector<Author>& out) {
    Author au;
    if (v.is(Value::Kind::string)) {
        au.name = v.text;
    } else if (v.is(Value::Kind::object)) {
        static const std::vector<std::string_view> known = {"@type", "@id", "name", "jobTitle", "url", "sameAs",
                                                            "image", "description", "email", "affiliation",
                                                            "givenName", "familyName"};
        r.unknown_keys(v, path, known);
        const Value* name = v.get("name");
        bool ok = true;
        if (name) ok = r.string(*name, pointer_join(path, "name"), au.name);
        if (const Value* f = v.get("jobTitle")) r.string(*f, pointer_join(path, "jobTitle"), au.role);
        if (const Value* f = v.get("url")) r.string(*f, pointer_join(path, "url"), au.url);
        if (ok && au.name.empty())
            r.error(name ? *name : v, pointer_join(path, "name"), "an author needs a \"name\"");
    } else if (!v.is(Value::Kind::invalid)) {
        r.error(v, path, std::string("expected an author (a name or an object with \"name\"), found ") + r.kind_name(v));
    }
    if (!au.name.empty()) out.push_back(std::move(au));
}

void read_image(FieldReader& r, const Value& v, const std::string& path, std::optional<Image>& out) {
    if (v.is(Value::Kind::array)) {
        // JSON-LD lists several crops; the first is the lead image. All are
        // checked, so a mistake in the second is not silently carried along.
        for (std::size_t i = 0; i < v.items.size(); ++i) {
            std::optional<Image> img;
            read_image(r, v.items[i], pointer_join(path, i), img);
            if (!out) out = std::move(img);
        }
        return;
    }
    Image img;
    if (v.is(Value::Kind::string)) {
        img.url = v.text;
    } else if (v.is(Value::Kind::object)) {
        static const std::vector<std::string_view> known = {"@type", "@id", "url", "contentUrl", "alt", "caption",
                                                            "creditText", "width", "height", "description",
                                                            "srcset", "sizes", "name", "copyrightNotice",
                                                            "creator", "license", "acquireLicensePage"};
        r.unknown_keys(v, path, known);
        std::string url, content_url;
        bool ok = true;
        if (const Value* f = v.get("url")) ok = r.string(*f, pointer_join(path, "url"), url) && ok;
        if (const Value* f = v.get("contentUrl")) ok = r.string(*f, pointer_join(path, "contentUrl"), content_url) && ok;
        img.url = url.empty() ? content_url : url;
        if (const Value* f = v.get("alt")) r.string(*f, pointer_join(path, "alt"), img.alt);
        if (const Value* f = v.get("description")) {
            std::string d;
            r.string(*f, pointer_join(path, "description"), d);
            if (img.alt.empty()) img.alt = std::move(d);
        }
        if (const Value* f = v.get("caption")) r.string(*f, pointer_join(path, "caption"), img.caption);
        if (const Value* f = v.get("creditText")) r.string(*f, pointer_join(path, "creditText"), img.credit);
        if (const Value* f = v.get("width")) r.integer(*f, pointer_join(path, "width"), img.width, 1, 100000);
        if (const Value* f = v.get("height")) r.integer(*f, pointer_join(path, "height"), img.height, 1, 100000);
        if (const Value* f = v.get("srcset")) r.srcset(*f, pointer_join(path, "srcset"), img.srcset);
        if (const Value* f = v.get("sizes")) r.string(*f, pointer_join(path, "sizes"), img.sizes);
        if (ok && img.url.empty()) r.error(v, pointer_join(path, "url"), "an image needs a \"url\"");
    } else {
        if (!v.is(Value::Kind::invalid))
            r.error(v, path, std::string("expected an image URL or an image object, found ") + r.kind_name(v));
        return;
    }
    if (!img.url.empty()) out = std::move(img);
}

void read_publisher(FieldReader& r, const Value& v, Publication& out) {
    if (v.is(Value::Kind::string)) {
        out.name = v.text;
        return;
    }
    if (!v.is(Value::Kind::object)) {
        r.error(v, "/publisher", std::string("expected the publisher's name or an object with \"name\", found ") + r.kind_name(v));
        return;
    }
    static const std::vector<std::string_view> known = {"@type", "@id", "name", "slogan", "url", "logo", "sameAs"};
    r.unknown_keys(v, "/publisher", known);
    if (const Value* f = v.get("name")) r.string(*f, "/publisher/name", out.name);
    if (const Value* f = v.get("slogan")) r.string(*f, "/publisher/slogan", out.slogan);
    if (const Value* f = v.get("url")) r.string(*f, "/publisher/url", out.url);
    if (const Value* f = v.get("logo")) {
        if (f->is(Value::Kind::object)) {
            // schema.org's ImageObject; only its URL is used.
            if (const Value* u = f->get("url")) r.string(*u, "/publisher/logo/url", out.logo);
        } else {
            r.string(*f, "/publisher/logo", out.logo);
        }
    }
}

// schema.org's mainEntityOfPage: the page's URL, or a WebPage whose @id is.
void read_main_entity(FieldReader& r, const Value& v, std::string& url) {
    if (v.is(Value::Kind::object)) {
        if (const Value* id = v.get("@id")) r.string(*id, "/mainEntityOfPage/@id", url);
    } else if (v.is(Value::Kind::string)) {
        url = v.text;
    } else if (!v.is(Value::Kind::null)) {
        r.error(v, "/mainEntityOfPage", std::string("expected a URL or an object with \"@id\", found ") + r.kind_name(v));
    }
}

void map_news_article(const Value& root, Article& a, FieldReader& r) {
    // The NewsArticle keys read; the ones not mapped onto the model are
    // common in publishers' JSON-LD and accepted silently.
    static const std::vector<std::string_view> kArticleKeys = {
        "@context", "@type", "@id", "headline", "alternativeHeadline", "description", "datePublished",
        "dateModified", "author", "publisher", "image", "inLanguage", "articleSection", "keywords", "url",
        "articleBody", "mainEntityOfPage", "timeRequired", "dir", "creativeWorkStatus",
        // accepted, not used:
        "wordCount", "isAccessibleForFree", "dateCreated", "thumbnailUrl", "name", "copyrightHolder",
        "copyrightYear", "isPartOf", "speakable", "about", "mentions", "dateline", "printSection", "printPage",
        "printEdition", "printColumn", "backstory", "sourceOrganization", "editor", "contributor"};
    r.unknown_keys(root, "", kArticleKeys);

    const Value* headline = root.get("headline");
    if (!headline) {
        r.error(root, "/headline", "the article has no headline: add \"headline\"");
    } else if (r.string(*headline, "/headline", a.headline)) {
        if (a.headline.empty()) r.error(*headline, "/headline", "the headline is empty");
        r.check_headline_length(*headline, "/headline", a.headline);
    }
    if (const Value* v = root.get("alternativeHeadline")) r.string(*v, "/alternativeHeadline", a.alternative_headline);
    if (const Value* v = root.get("description")) r.string(*v, "/description", a.description);
    const Value* published = root.get("datePublished");
    if (published) r.date(*published, "/datePublished", a.published);
    if (const Value* v = root.get("dateModified")) r.date(*v, "/dateModified", a.modified);
    if (const Value* v = root.get("articleSection")) {
        if (v->is(Value::Kind::array)) {
            // A list of sections: the first is the kicker; all must be text.
            std::vector<std::string> sections;
            r.string_list(*v, "/articleSection", sections, false);
            if (!sections.empty()) a.section = sections.front();
        } else {
            r.string(*v, "/articleSection", a.section);
        }
    }
    if (const Value* v = root.get("keywords")) r.string_list(*v, "/keywords", a.tags, true);
    if (const Value* v = root.get("mainEntityOfPage")) read_main_entity(r, *v, a.url);
    if (const Value* v = root.get("url")) {
        std::string url;
        r.string(*v, "/url", url);
        if (!url.empty()) a.url = std::move(url);
    }
    if (const Value* v = root.get("inLanguage")) r.language(*v, "/inLanguage", a.language);
    if (const Value* v = root.get("dir")) r.direction(*v, "/dir", a.direction);
    if (const Value* v = root.get("articleBody")) r.string(*v, "/articleBody", a.body);
    if (const Value* v = root.get("timeRequired")) r.duration(*v, "/timeRequired", a.reading_time_minutes);
    if (const Value* v = root.get("creativeWorkStatus")) {
        std::string status;
        if (r.string(*v, "/creativeWorkStatus", status)) a.draft = status == "Draft" || status == "draft";
    }
    const Value* image = root.get("image");
    if (image) {
        read_image(r, *image, "/image", a.image);
        r.check_image_alt(*image, "/image/alt", a.image);
    }
    if (const Value* v = root.get("author")) {
        if (v->is(Value::Kind::array)) {
            for (std::size_t i = 0; i < v->items.size(); ++i) read_person(r, v->items[i], pointer_join("/author", i), a.authors);
        } else {
            read_person(r, *v, "/author", a.authors);
        }
    }
    if (const Value* v = root.get("publisher")) read_publisher(r, *v, a.publisher);
    r.check_published(root, "/datePublished", published, a.published, "add \"datePublished\"");
}

}  // namespace

}  // namespace broadsheet::detail

namespace broadsheet {

using namespace detail;

Result<Article> parse_json(std::string_view json, const Limits& limits) {
    Result<Article> result;
    Diagnostics diags(limits.max_diagnostics);
    if (json.size() > limits.max_input_bytes) {
        diags.error("the article is " + std::to_string(json.size()) + " bytes, over the limit of " +
                    std::to_string(limits.max_input_bytes) + " (maxInputBytes)");
        result.diagnostics = diags.take();
        return result;
    }
    if (json.size() >= 3 && json.substr(0, 3) == "\xEF\xBB\xBF") json.remove_prefix(3);
    Value root;
    // A syntax error ends the parse: nothing after it can be read reliably.
    if (!read_json(json, limits, diags, root)) {
        result.diagnostics = diags.take();
        return result;
    }
    FieldReader r(diags, false);
    Article a;
    if (root.is(Value::Kind::object)) map_news_article(root, a, r);
    else r.error(root, "", std::string("expected a JSON object for the article, found ") + r.kind_name(root));

    if (!diags.has_errors()) result.value = std::move(a);
    diags.sort_by_position();
    result.diagnostics = diags.take();
    return result;
}

}  // namespace broadsheet
