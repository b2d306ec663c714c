// NewsArticle JSON-LD.
#include "page/jsonld.hpp"

#include "html/escape.hpp"
#include "page/page_parts.hpp"

namespace broadsheet::detail {

namespace {

// One member with a string value, left out when the value is empty. `key`
// is the renderer's literal with its quotes, colon and the comma before it
// (`,"headline":`): every object here opens with "@context" or "@type",
// written in the literal that opens it, so every other member follows one,
// and the markup goes out in one append.
void member(HtmlBuffer& out, std::string_view key, std::string_view value) {
    if (value.empty()) return;
    out += key;
    escape_json_string(out, value);
}

}  // namespace

void write_jsonld(HtmlBuffer& out, const ResolvedArticle& r, const ReadingTime& rt) {
    const Article& a = r.metadata;
    // The article's own type when it named an Article subtype (the input
    // stage keeps only those), so a BlogPosting stays a BlogPosting.
    out += "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":";
    escape_json_string(out, a.type.empty() ? std::string_view("NewsArticle") : std::string_view(a.type));
    if (!a.url.empty()) {
        out += ",\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":";
        escape_json_string(out, a.url);
        out += '}';
    }
    member(out, ",\"headline\":", a.headline);
    member(out, ",\"alternativeHeadline\":", a.alternative_headline);
    member(out, ",\"description\":", a.description);
    member(out, ",\"datePublished\":", r.published_iso);
    member(out, ",\"dateModified\":", r.modified_iso);
    if (!a.authors.empty()) {
        out += ",\"author\":[";
        for (std::size_t i = 0; i < a.authors.size(); ++i) {
            const Author& au = a.authors[i];
            out += i ? std::string_view(",{\"@type\":\"Person\"") : std::string_view("{\"@type\":\"Person\"");
            member(out, ",\"name\":", au.name);
            member(out, ",\"jobTitle\":", au.role);
            member(out, ",\"url\":", au.url);
            if (!au.affiliation.empty()) {
                out += ",\"affiliation\":{\"@type\":\"Organization\"";
                member(out, ",\"name\":", au.affiliation);
                out += '}';
            }
            out += '}';
        }
        out += ']';
    }
    if (!a.publisher.name.empty()) {
        out += ",\"publisher\":{\"@type\":\"Organization\"";
        member(out, ",\"name\":", a.publisher.name);
        member(out, ",\"slogan\":", a.publisher.slogan);
        member(out, ",\"url\":", a.publisher.url);
        if (!a.publisher.logo.empty()) {
            out += ",\"logo\":{\"@type\":\"ImageObject\"";
            member(out, ",\"url\":", a.publisher.logo);
            out += '}';
        }
        out += '}';
    }
    if (a.image && !a.image->url.empty()) {
        // One image is an object; several (the lead first) are a list.
        out += a.more_images.empty() ? std::string_view(",\"image\":{\"@type\":\"ImageObject\"")
                                     : std::string_view(",\"image\":[{\"@type\":\"ImageObject\"");
        member(out, ",\"url\":", a.image->url);
        member(out, ",\"caption\":", a.image->caption);
        member(out, ",\"creditText\":", a.image->credit);
        if (a.image->width) {
            out += ",\"width\":";
            out += Digits(a.image->width).view();
        }
        if (a.image->height) {
            out += ",\"height\":";
            out += Digits(a.image->height).view();
        }
        out += '}';
        for (const Image& more : a.more_images) {
            out += ",{\"@type\":\"ImageObject\"";
            member(out, ",\"url\":", more.url);
            out += '}';
        }
        if (!a.more_images.empty()) out += ']';
    }
    member(out, ",\"inLanguage\":", a.language);
    member(out, ",\"articleSection\":", a.section);
    if (!a.tags.empty()) {
        out += ",\"keywords\":[";
        for (std::size_t i = 0; i < a.tags.size(); ++i) {
            if (i) out += ',';
            escape_json_string(out, a.tags[i]);
        }
        out += ']';
    }
    member(out, ",\"url\":", a.url);
    out += ",\"wordCount\":";
    out += Digits(rt.words).view();
    out += ",\"timeRequired\":\"PT";  // "PT6M": digits, nothing to escape
    out += Digits(rt.minutes).view();
    out += "M\"}</script>\n";
}

}  // namespace broadsheet::detail
