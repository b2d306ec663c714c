// The article check: URL policy, alt text, headline length, dates, fields
// given twice. See check_article.hpp.
#include "check/check_article.hpp"

#include "html/url_policy.hpp"
#include "text/dates.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

class Checker {
public:
    Checker(const Article& a, Diagnostics& diags) : a_(a), diags_(diags) {}

    // Where the model field `key` was written; `fallback` is its pointer
    // when the source does not say (an Article built in code).
    SourcePosition where(const std::string& key, std::string_view fallback) const {
        auto it = a_.source.fields.find(key);
        if (it != a_.source.fields.end()) return it->second;
        SourcePosition p;
        p.pointer = std::string(fallback);
        return p;
    }
    // A missing field is reported at the start of the source.
    SourcePosition missing(std::string_view json_key, std::string_view front_matter_key) const {
        SourcePosition p = a_.source.document;
        p.pointer = std::string(a_.source.front_matter ? front_matter_key : json_key);
        return p;
    }
    bool front_matter() const { return a_.source.front_matter; }

    void warn(const SourcePosition& at, std::string message, std::string pointer) {
        diags_.warning(std::move(message), at.line, at.column, std::move(pointer));
    }
    void warn(const SourcePosition& at, std::string message) { warn(at, std::move(message), at.pointer); }

    // The URL as links write it. One the policy refuses is left out of the
    // page (""); say so at the field, whose position `at()` looks up only then.
    template <class At>
    std::string url(const std::string& url, const std::vector<std::string>& schemes, const char* what, At&& at) {
        if (url.empty()) return {};
        if (auto checked = check_url(url, schemes)) return std::move(checked->url);
        warn(at(), std::string(what) + ": the URL \"" + quote_input(url) + "\" is not allowed and was left out");
        return {};
    }

private:
    const Article& a_;
    Diagnostics& diags_;
};

std::size_t count_characters(std::string_view utf8) {
    std::size_t n = 0;
    for (char c : utf8)
        if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) ++n;
    return n;
}

}  // namespace

CheckedUrls check_article(const Article& a, const std::vector<std::string>& url_schemes, Diagnostics& diags) {
    Checker c(a, diags);
    bool fm = c.front_matter();

    // Fields given under two names: the first name wins.
    for (const auto& ig : a.source.ignored)
        c.warn(ig.at, "\"" + ig.name + "\" is ignored because \"" + ig.used + "\" is given");

    std::size_t n = count_characters(a.headline);
    if (n > kMaxHeadlineCharacters)
        c.warn(c.where("headline", fm ? "/title" : "/headline"),
               "the headline is " + std::to_string(n) + " characters long; search results and share cards cut it after " +
                   std::to_string(kMaxHeadlineCharacters) + ": move the detail to the standfirst");

    if (a.image && a.image->alt.empty()) {
        SourcePosition at = c.where("image", "/image");
        c.warn(at, "the lead image has no alt text: describe it for readers who cannot see it", at.pointer + "/alt");
    }

    if (!a.published) {
        auto it = a.source.fields.find("published");
        // A date that was given but could not be read is already an error.
        if (it == a.source.fields.end() || !it->second.reported)
            c.warn(it != a.source.fields.end() ? it->second : c.missing("/datePublished", "/date"),
                   std::string("the article has no publication date: readers cannot tell how current it is; ") +
                       (fm ? "add \"date:\" to the front matter" : "add \"datePublished\""));
    } else if (a.modified && is_earlier(*a.modified, *a.published).value_or(false)) {
        c.warn(c.where("modified", fm ? "/lastmod" : "/dateModified"),
               "the update is dated before the publication: check both dates");
    }

    // The URL policy. The renderers leave refused URLs out.
    CheckedUrls urls;
    for (std::size_t i = 0; i < a.authors.size(); ++i)
        urls.authors.push_back(c.url(a.authors[i].url, url_schemes, "author url", [&] {
            return c.where("authors/" + std::to_string(i) + "/url", "/author/" + std::to_string(i) + "/url");
        }));
    if (a.image) {
        urls.image = c.url(a.image->url, url_schemes, "image", [&] { return c.where("image", "/image"); });
        for (std::size_t i = 0; i < a.image->srcset.size(); ++i)
            urls.srcset.push_back(c.url(a.image->srcset[i].url, url_schemes, "image srcset", [&] {
                return c.where("image/srcset/" + std::to_string(i), "/image/srcset/" + std::to_string(i));
            }));
    }
    urls.url = c.url(a.url, url_schemes, "url", [&] { return c.where("url", "/url"); });
    urls.publisher_url = c.url(a.publisher.url, url_schemes, "publisher url",
                               [&] { return c.where("publisher/url", "/publisher/url"); });
    urls.publisher_logo = c.url(a.publisher.logo, url_schemes, "publisher logo",
                                [&] { return c.where("publisher/logo", "/publisher/logo"); });
    return urls;
}

}  // namespace broadsheet::detail
