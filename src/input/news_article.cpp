// The schema.org NewsArticle vocabulary (JSON, or JSON-LD as publishers
// already have it) mapped onto the Article model. Each field's place goes
// into Article::source, so check_article can report at the field.
#include "input/article_readers.hpp"
#include "input/field_reader.hpp"
#include "input/publisher_reader.hpp"
#include "input/readers.hpp"

namespace broadsheet::detail {

namespace {

// schema.org's Article and the subtypes publishers use.
bool is_article_type(const std::string& type) {
    static const char* const types[] = {
        "Article", "NewsArticle", "BlogPosting", "LiveBlogPosting", "ReportageNewsArticle", "AnalysisNewsArticle",
        "OpinionNewsArticle", "ReviewNewsArticle", "BackgroundNewsArticle", "AskPublicNewsArticle", "Report",
        "ScholarlyArticle", "MedicalScholarlyArticle", "TechArticle", "APIReference", "SocialMediaPosting",
        "DiscussionForumPosting", "SatiricalArticle", "AdvertiserContentArticle"};
    for (const char* t : types)
        if (type == t) return true;
    return false;
}

void read_person(FieldReader& r, const Value& v, const FieldPath& path, Article& a) {
    Author au;
    std::optional<SourcePosition> url_at;
    if (v.is(Value::Kind::string)) {
        au.name = v.text;
    } else if (v.is(Value::Kind::object)) {
        Fields f(r, v, path.str());
        f.accept({"@type", "@id", "sameAs", "image", "description", "email", "givenName", "familyName"});
        const Value* name = f.get("name");
        bool ok = f.string("name", au.name);
        f.string("jobTitle", au.role);
        if (const Value* org = f.get("affiliation")) {
            // An Organization (its name), or the name as text.
            if (org->is(Value::Kind::object)) {
                Fields of(r, *org, f.path("affiliation"));
                of.accept({"@type", "@id", "url", "sameAs"});
                of.string("name", au.affiliation);
                of.finish();
            } else {
                r.string(*org, f.member("affiliation"), au.affiliation);
            }
        }
        if (const Value* u = f.get("url")) {
            bool read = r.string(*u, f.member("url"), au.url);
            url_at = position_of(*u, f.path("url"), !read);
        }
        f.finish();
        if (ok && au.name.empty()) r.error(name ? *name : v, f.path("name"), "an author needs a \"name\"");
    } else if (!v.is(Value::Kind::invalid)) {
        r.error(v, path, std::string("expected an author (a name or an object with \"name\"), found ") + r.kind_name(v));
    }
    if (au.name.empty()) return;
    if (url_at) a.source.fields["authors/" + std::to_string(a.authors.size()) + "/url"] = std::move(*url_at);
    a.authors.push_back(std::move(au));
}

// One image: a URL or an ImageObject. `lead` says whether it becomes the
// lead image (the first of a list does; the rest go to the JSON-LD).
void read_image(FieldReader& r, const Value& v, const std::string& path, Article& a, bool lead) {
    Image img;
    if (v.is(Value::Kind::string)) {
        img.url = v.text;
    } else if (v.is(Value::Kind::object)) {
        Fields f(r, v, path);
        f.accept({"@type", "@id", "name", "copyrightNotice", "creator", "license", "acquireLicensePage"});
        std::string url, content_url, description;
        bool ok = f.string("url", url);
        ok = f.string("contentUrl", content_url) && ok;
        img.url = url.empty() ? content_url : url;
        f.string("description", description);
        read_image_details(f, "creditText", img, lead ? &a.source : nullptr);
        if (img.alt.empty()) img.alt = std::move(description);  // schema.org's description stands in for alt
        f.finish();
        if (ok && img.url.empty()) r.error(v, f.path("url"), "an image needs a \"url\"");
    } else {
        if (!v.is(Value::Kind::invalid))
            r.error(v, path, std::string("expected an image URL or an image object, found ") + r.kind_name(v));
        return;
    }
    if (img.url.empty()) return;
    if (!lead) {
        a.more_images.push_back(std::move(img));
        return;
    }
    a.image = std::move(img);
    a.source.fields["image"] = position_of(v, path);
}

// schema.org's mainEntityOfPage: the page's URL, or a WebPage whose @id is.
const Value* read_main_entity(FieldReader& r, const Value& v, std::string& url, std::string& path) {
    if (v.is(Value::Kind::object)) {
        Fields f(r, v, "/mainEntityOfPage");
        f.accept({"@type", "url", "name"});
        const Value* id = f.get("@id");
        if (id) r.string(*id, f.member("@id"), url);
        f.finish();
        path = f.path("@id");
        return id;
    }
    path = "/mainEntityOfPage";
    if (v.is(Value::Kind::string)) url = v.text;
    else if (!v.is(Value::Kind::null) && !v.is(Value::Kind::invalid))
        r.error(v, path, std::string("expected a URL or an object with \"@id\", found ") + r.kind_name(v));
    return &v;
}

void map_news_article(const Value& root, Article& a, FieldReader& r) {
    Fields f(r, root, "");
    // Common in publishers' JSON-LD, and not part of the model.
    f.accept({"@context", "@id", "wordCount", "isAccessibleForFree", "dateCreated", "thumbnailUrl",
              "copyrightHolder", "copyrightYear", "isPartOf", "speakable", "about", "mentions", "dateline",
              "printSection", "printPage", "printEdition", "printColumn", "backstory", "sourceOrganization", "editor",
              "contributor"});
    auto& at = a.source.fields;

    // The type, kept when it is an Article subtype (a BlogPosting stays a
    // BlogPosting in the page's JSON-LD); anything else renders as NewsArticle.
    std::string type;
    if (f.string("@type", type) && is_article_type(type)) a.type = type;
    // The headline; schema.org's `name` when there is none (many Article
    // examples give their title only as `name`).
    // (JSON-LD often gives both, alike: not a field given twice.)
    const Value* headline = f.get("headline");
    const Value* name = f.get("name");
    std::string_view key = headline ? "headline" : "name";
    if (const Value* v = headline ? headline : name) {
        bool ok = r.string(*v, f.member(key), a.headline);
        if (ok && a.headline.empty()) r.error(*v, f.path(key), "the " + std::string(key) + " is empty");
        at["headline"] = position_of(*v, f.path(key), !ok);
    } else {
        r.error(root, "/headline", "the article has no headline: add \"headline\" (or \"name\")");
    }
    f.string("alternativeHeadline", a.alternative_headline);
    f.string("description", a.description);
    if (bool ok = f.date("datePublished", a.published); f.get("datePublished")) at["published"] = f.position("datePublished", !ok);
    if (bool ok = f.date("dateModified", a.modified); f.get("dateModified")) at["modified"] = f.position("dateModified", !ok);
    if (const Value* v = f.get("articleSection"); v && v->is(Value::Kind::array)) {
        // A list of sections: the first is the kicker; all must be text.
        std::vector<std::string> sections;
        f.string_list("articleSection", sections, false);
        if (!sections.empty()) a.section = sections.front();
    } else {
        f.string("articleSection", a.section);
    }
    f.string_list("keywords", a.tags, true);
    // "url" wins over mainEntityOfPage when both give one.
    std::string main_path;
    std::string main_url;
    const Value* main = f.get("mainEntityOfPage");
    const Value* main_at = main ? read_main_entity(r, *main, main_url, main_path) : nullptr;
    std::string url;
    bool url_ok = f.string("url", url);
    if (!url.empty()) {
        a.url = std::move(url);
        at["url"] = f.position("url");
        if (main_at && !main_url.empty())
            a.source.ignored.push_back({position_of(*main_at, main_path), "mainEntityOfPage", "url"});
    } else if (!main_url.empty()) {
        a.url = std::move(main_url);
        at["url"] = position_of(*main_at, main_path);
    } else if (!url_ok) {
        at["url"] = f.position("url", true);
    }
    f.language("inLanguage", a.language);
    f.direction("dir", a.direction);
    f.string("articleBody", a.body);
    f.duration("timeRequired", a.reading_time_minutes);
    std::string status;
    if (f.string("creativeWorkStatus", status)) a.draft = status == "Draft" || status == "draft";
    if (const Value* v = f.get("image")) {
        if (v->is(Value::Kind::array)) {
            // JSON-LD lists several crops; the first is the lead image. All are
            // checked, so a mistake in the second is not silently carried along.
            for (std::size_t i = 0; i < v->items.size(); ++i)
                read_image(r, v->items[i], pointer_join(f.path("image"), i), a, !a.image);
        } else {
            read_image(r, *v, f.path("image"), a, true);
        }
    }
    if (const Value* v = f.get("author")) {
        if (v->is(Value::Kind::array)) {
            for (std::size_t i = 0; i < v->items.size(); ++i) read_person(r, v->items[i], pointer_join(f.path("author"), i), a);
        } else {
            read_person(r, *v, f.member("author"), a);
        }
    }
    if (const Value* v = f.get("publisher")) read_publisher(r, *v, f.path("publisher"), true, a.publisher, &a.source);
    f.finish();
}

}  // namespace

bool read_json_article(std::string_view text, const Limits& limits, Diagnostics& diags, Article& out) {
    Value root;
    // A syntax error ends the parse: nothing after it can be read reliably.
    if (!read_json(text, limits, diags, root)) return false;
    FieldReader r(diags, false);
    out.source.front_matter = false;
    out.source.document = position_of(root, "");
    if (root.is(Value::Kind::object)) map_news_article(root, out, r);
    else r.error(root, "", std::string("expected a JSON object for the article, found ") + r.kind_name(root));
    return true;
}

}  // namespace broadsheet::detail
