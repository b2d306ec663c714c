// NewsArticle JSON-LD.
#include "page/jsonld.hpp"

#include "html/escape.hpp"

namespace broadsheet::detail {

namespace {

// A tiny writer for one JSON object, keys in the order written.
class JsonObject {
public:
    explicit JsonObject(std::string& out) : out_(out) { out_ += '{'; }
    JsonObject& string(const char* key, std::string_view value) {
        if (value.empty()) return *this;
        this->key(key);
        escape_json_string(out_, value);
        return *this;
    }
    // A value the renderer wrote itself ("Person"): nothing to escape.
    JsonObject& fixed(const char* key, const char* value) {
        this->key(key);
        out_ += '"';
        out_ += value;
        out_ += '"';
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
    // Keys are the renderer's literals ("@type", "headline"): nothing to escape.
    void key(const char* k) {
        out_ += first_ ? "\"" : ",\"";
        first_ = false;
        out_ += k;
        out_ += "\":";
    }
    std::string& out_;
    bool first_ = true;
};

}  // namespace

void write_jsonld(std::string& out, const ResolvedArticle& r, const ReadingTime& rt) {
    const Article& a = r.metadata;
    out += "<script type=\"application/ld+json\">";
    JsonObject o(out);
    // The article's own type when it named an Article subtype (the input
    // stage keeps only those), so a BlogPosting stays a BlogPosting.
    o.fixed("@context", "https://schema.org").string("@type", a.type.empty() ? std::string_view("NewsArticle") : a.type);
    if (!a.url.empty()) {
        std::string& s = o.raw("mainEntityOfPage");
        JsonObject page(s);
        page.fixed("@type", "WebPage").string("@id", a.url);
        page.close();
    }
    o.string("headline", a.headline);
    o.string("alternativeHeadline", a.alternative_headline);
    o.string("description", a.description);
    o.string("datePublished", r.published_iso);
    o.string("dateModified", r.modified_iso);
    if (!a.authors.empty()) {
        std::string& s = o.raw("author");
        s += '[';
        for (std::size_t i = 0; i < a.authors.size(); ++i) {
            if (i) s += ',';
            JsonObject p(s);
            p.fixed("@type", "Person").string("name", a.authors[i].name).string("jobTitle", a.authors[i].role)
                .string("url", a.authors[i].url);
            if (!a.authors[i].affiliation.empty()) {
                JsonObject org(p.raw("affiliation"));
                org.fixed("@type", "Organization").string("name", a.authors[i].affiliation);
                org.close();
            }
            p.close();
        }
        s += ']';
    }
    if (!a.publisher.name.empty()) {
        std::string& s = o.raw("publisher");
        JsonObject p(s);
        p.fixed("@type", "Organization").string("name", a.publisher.name).string("slogan", a.publisher.slogan)
            .string("url", a.publisher.url);
        if (!a.publisher.logo.empty()) {
            std::string& l = p.raw("logo");
            JsonObject logo(l);
            logo.fixed("@type", "ImageObject").string("url", a.publisher.logo);
            logo.close();
        }
        p.close();
    }
    if (a.image && !a.image->url.empty()) {
        // One image is an object; several (the lead first) are a list.
        std::string& s = o.raw("image");
        if (!a.more_images.empty()) s += '[';
        JsonObject img(s);
        img.fixed("@type", "ImageObject").string("url", a.image->url).string("caption", a.image->caption)
            .string("creditText", a.image->credit);
        if (a.image->width) img.number("width", a.image->width);
        if (a.image->height) img.number("height", a.image->height);
        img.close();
        for (const Image& more : a.more_images) {
            s += ',';
            JsonObject m(s);
            m.fixed("@type", "ImageObject").string("url", more.url);
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
    std::string& t = o.raw("timeRequired");  // "PT6M": digits, nothing to escape
    t += "\"PT";
    t += std::to_string(rt.minutes);
    t += "M\"";
    o.close();
    out += "</script>\n";
}

}  // namespace broadsheet::detail
