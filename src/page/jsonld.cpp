// NewsArticle JSON-LD.
#include "page/jsonld.hpp"

#include "text/dates.hpp"
#include "html/escape.hpp"

namespace broadsheet::detail {

namespace {

// A tiny writer for one JSON object, keys in the order written.
class JsonObject {
public:
    explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
    JsonObject& string(const char* key, const std::string& value) {
        if (value.empty()) return *this;
        this->key(key);
        escape_json_string(out_, value);
        return *this;
    }
    JsonObject& number(const char* key, long long value) {
        this->key(key);
        out_ += std::to_string(value);
        return *this;
    }
    // Starts a nested value: the caller writes it, then continues.
    std::string& raw(const char* key) {
        this->key(key);
        return out_;
    }
    void close() { out_ += '}'; }

private:
    void key(const char* k) {
        if (!first_) out_ += ',';
        first_ = false;
        escape_json_string(out_, k);
        out_ += ':';
    }
    std::string& out_;
    bool first_ = true;
};

}  // namespace

void write_jsonld(std::string& out, const Article& a, const ReadingTime& rt) {
    out += "<script type=\"application/ld+json\">";
    JsonObject o(out);
    // The article's own type when it named an Article subtype (the input
    // stage keeps only those), so a BlogPosting stays a BlogPosting.
    o.string("@context", "https://schema.org").string("@type", a.type.empty() ? "NewsArticle" : a.type);
    if (!a.url.empty()) {
        std::string& s = o.raw("mainEntityOfPage");
        JsonObject page(s);
        page.string("@type", "WebPage").string("@id", a.url);
        page.close();
    }
    o.string("headline", a.headline);
    o.string("alternativeHeadline", a.alternative_headline);
    o.string("description", a.description);
    if (a.published) o.string("datePublished", iso_datetime(*a.published));
    if (a.modified) o.string("dateModified", iso_datetime(*a.modified));
    if (!a.authors.empty()) {
        std::string& s = o.raw("author");
        s += '[';
        for (std::size_t i = 0; i < a.authors.size(); ++i) {
            if (i) s += ',';
            JsonObject p(s);
            p.string("@type", "Person").string("name", a.authors[i].name).string("jobTitle", a.authors[i].role)
                .string("url", a.authors[i].url);
            if (!a.authors[i].affiliation.empty()) {
                JsonObject org(p.raw("affiliation"));
                org.string("@type", "Organization").string("name", a.authors[i].affiliation);
                org.close();
            }
            p.close();
        }
        s += ']';
    }
    if (!a.publisher.name.empty()) {
        std::string& s = o.raw("publisher");
        JsonObject p(s);
        p.string("@type", "Organization").string("name", a.publisher.name).string("slogan", a.publisher.slogan)
            .string("url", a.publisher.url);
        if (!a.publisher.logo.empty()) {
            std::string& l = p.raw("logo");
            JsonObject logo(l);
            logo.string("@type", "ImageObject").string("url", a.publisher.logo);
            logo.close();
        }
        p.close();
    }
    if (a.image && !a.image->url.empty()) {
        // One image is an object; several (the lead first) are a list.
        std::string& s = o.raw("image");
        if (!a.more_images.empty()) s += '[';
        JsonObject img(s);
        img.string("@type", "ImageObject").string("url", a.image->url).string("caption", a.image->caption)
            .string("creditText", a.image->credit);
        if (a.image->width) img.number("width", a.image->width);
        if (a.image->height) img.number("height", a.image->height);
        img.close();
        for (const Image& more : a.more_images) {
            s += ',';
            JsonObject m(s);
            m.string("@type", "ImageObject").string("url", more.url);
            m.close();
        }
        if (!a.more_images.empty()) s += ']';
    }
    o.string("inLanguage", a.language);
    o.string("articleSection", a.section);
    if (!a.tags.empty()) {
        std::string& s = o.raw("keywords");
        s += '[';
        for (std::size_t i = 0; i < a.tags.size(); ++i) {
            if (i) s += ',';
            escape_json_string(s, a.tags[i]);
        }
        s += ']';
    }
    o.string("url", a.url);
    o.number("wordCount", rt.words);
    o.string("timeRequired", "PT" + std::to_string(rt.minutes) + "M");
    o.close();
    out += "</script>\n";
}

}  // namespace broadsheet::detail
