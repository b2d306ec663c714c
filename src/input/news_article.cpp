// JSON input: nlohmann's SAX parser builds our Value tree (with positions),
// then the schema.org NewsArticle vocabulary maps it onto the Article model.
// This is the only file that includes nlohmann.
#include <iterator>
#include <nlohmann/json.hpp>

#include "broadsheet/broadsheet.hpp"
#include "html/escape.hpp"
#include "input/readers.hpp"

namespace broadsheet::detail {

namespace {

// ---------------------------------------------------------------------------
// JSON text -> Value
// ---------------------------------------------------------------------------

// A char iterator that publishes how far the parser has read, so each SAX
// event can be given the line and column where its value starts.
struct TrackingIterator {
    using iterator_category = std::forward_iterator_tag;
    using value_type = char;
    using difference_type = std::ptrdiff_t;
    using pointer = const char*;
    using reference = const char&;

    const char* p = nullptr;
    const char** cursor = nullptr;

    reference operator*() const { return *p; }
    TrackingIterator& operator++() {
        *cursor = ++p;
        return *this;
    }
    TrackingIterator operator++(int) {
        TrackingIterator t = *this;
        ++*this;
        return t;
    }
    bool operator==(const TrackingIterator& o) const { return p == o.p; }
    bool operator!=(const TrackingIterator& o) const { return p != o.p; }
};

class TreeBuilder {
public:
    using json = nlohmann::json;
    using number_integer_t = json::number_integer_t;
    using number_unsigned_t = json::number_unsigned_t;
    using number_float_t = json::number_float_t;
    using string_t = json::string_t;
    using binary_t = json::binary_t;

    TreeBuilder(std::string_view text, const Limits& limits, Diagnostics& diags, Value& root, int first_line)
        : text_(text), limits_(limits), diags_(diags), root_(root), lines_(text, first_line) {}

    const char* cursor = nullptr;  // written by TrackingIterator

    bool null() { return scalar(Value{}); }
    bool boolean(bool b) {
        Value v;
        v.kind = Value::Kind::boolean;
        v.boolean = b;
        v.text = b ? "true" : "false";
        return scalar(std::move(v));
    }
    bool number_integer(number_integer_t n) { return number(static_cast<double>(n)); }
    bool number_unsigned(number_unsigned_t n) { return number(static_cast<double>(n)); }
    bool number_float(number_float_t n, const string_t&) { return number(n); }
    bool string(string_t& s) {
        Value v;
        v.kind = Value::Kind::string;
        v.text = std::move(s);
        return scalar(std::move(v));
    }
    bool binary(binary_t&) { return false; }  // not produced by the JSON reader
    bool start_object(std::size_t) { return open(Value::Kind::object); }
    bool key(string_t& k) {
        key_pos_ = lines_.at(token_start());  // before the value's: positions are asked for in order
        key_ = std::move(k);
        prev_end_ = static_cast<std::size_t>(cursor - text_.data());
        have_key_ = true;
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(Value::Kind::array); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        std::size_t offset = position > 0 ? position - 1 : 0;
        // A bare word ("tru", "yes") is reported where it starts, not after it.
        auto letter = [&](std::size_t i) {
            char c = text_[i];
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
        };
        while (offset > 0 && offset <= text_.size() && letter(offset - 1)) --offset;
        auto pos = lines_.at(offset);
        char at = offset < text_.size() ? text_[offset] : '\0';
        std::string shown = first_character(text_.substr(std::min(offset, text_.size())));
        diags_.error(describe_syntax_error(ex.what(), at, shown), pos.line, pos.column);
        return false;
    }

    bool failed_on_depth() const { return depth_error_; }

private:
    // Where the value about to be reported starts: the first byte after the
    // previous token that is not whitespace, ':' or ','.
    std::size_t token_start() const {
        std::size_t i = prev_end_;
        while (i < text_.size() && (text_[i] == ' ' || text_[i] == '\t' || text_[i] == '\n' || text_[i] == '\r' ||
                                    text_[i] == ':' || text_[i] == ','))
            ++i;
        return i;
    }

    Value* place(Value&& v) {
        auto pos = lines_.at(token_start());
        v.line = pos.line;
        v.column = pos.column;
        prev_end_ = static_cast<std::size_t>(cursor - text_.data());
        if (stack_.empty()) {
            root_ = std::move(v);
            return &root_;
        }
        Value& parent = *stack_.back();
        if (parent.kind == Value::Kind::object) {
            v.key_line = key_pos_.line;
            v.key_column = key_pos_.column;
            parent.keys.push_back(std::move(key_));
            key_.clear();
            have_key_ = false;
        }
        parent.items.push_back(std::move(v));
        return &parent.items.back();
    }

    bool scalar(Value&& v) {
        place(std::move(v));
        return true;
    }
    bool number(double n) {
        Value v;
        v.kind = Value::Kind::number;
        v.number = n;
        return scalar(std::move(v));
    }
    bool open(Value::Kind kind) {
        if (static_cast<int>(stack_.size()) >= limits_.max_depth) {
            auto pos = lines_.at(cursor - text_.data() - 1);
            diags_.error("nesting deeper than " + std::to_string(limits_.max_depth) +
                             " levels (limit maxDepth)",
                         pos.line, pos.column);
            depth_error_ = true;
            return false;
        }
        // The container's own start is the '{' or '[' just read.
        std::size_t here = static_cast<std::size_t>(cursor - text_.data()) - 1;
        Value v;
        v.kind = kind;
        prev_end_ = here;
        Value* p = place(std::move(v));
        prev_end_ = here + 1;
        stack_.push_back(p);
        return true;
    }
    bool close() {
        stack_.pop_back();
        prev_end_ = static_cast<std::size_t>(cursor - text_.data());
        return true;
    }

    // nlohmann says, e.g., "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error
    // while parsing object key - unexpected '}'; expected string literal". Writers of articles are not
    // JSON experts: name the usual mistakes (a trailing comma, single quotes, a missing comma, a comment)
    // in their terms. `at` is the character where the parser stopped.
    // What nlohmann::json writes after "; expected " (its token_type_name and
    // the one list it forms from them).
    static bool is_parser_token_name(std::string_view s) {
        static const char* const kNames[] = {"true literal", "false literal", "null literal", "string literal",
                                             "number literal", "'['", "'{'", "']'", "'}'", "':'", "','",
                                             "end of input", "'[', '{', or a literal", "<parse error>",
                                             "<uninitialized>", "unknown token"};
        for (const char* n : kNames)
            if (s == n) return true;
        return false;
    }

    static std::string describe_syntax_error(std::string_view what, char at, const std::string& shown) {
        std::string_view msg = what;
        std::size_t p = msg.find("syntax error while parsing ");
        if (p != std::string_view::npos) msg.remove_prefix(p + 27);
        std::size_t dash = msg.find(" - ");
        std::string_view context = dash == std::string_view::npos ? std::string_view{} : msg.substr(0, dash);
        if (dash != std::string_view::npos) msg.remove_prefix(dash + 3);
        // "PROBLEM; last read: 'RAW'; expected WHAT": RAW is input bytes, which
        // may themselves hold "; expected " (found by fuzz_json), so PROBLEM
        // ends where RAW starts and WHAT is taken from the end, and only when
        // it is one of the parser's own token names.
        std::size_t ex = msg.rfind("; expected ");
        std::size_t last_read = msg.find("; last read: ");
        std::string_view expected = ex == std::string_view::npos ? std::string_view{} : msg.substr(ex + 11);
        if (!is_parser_token_name(expected)) expected = {};
        std::string_view problem = msg.substr(0, std::min(ex, last_read));
        auto starts = [](std::string_view s, std::string_view with) { return s.substr(0, with.size()) == with; };
        bool letter = (at >= 'a' && at <= 'z') || (at >= 'A' && at <= 'Z');

        std::string why;
        if (starts(problem, "invalid literal")) {
            if (at == '\'') why = "text and keys must be in double quotes (\"...\"), not single quotes";
            else if (at == '/' || at == '#') why = "JSON has no comments";
            else if (expected == "end of input") why = "there is more text after the end of the article's {...}";
            else if (letter && context == "object key") why = "a key must be in double quotes, like \"headline\"";
            else if (letter) why = "text must be in double quotes; the only words without quotes are true, false and null";
            else why = "unexpected '" + shown + "'";
        } else if (problem == "unexpected '}'" && context == "object key") {
            why = "a comma before '}' with nothing after it (JSON allows no trailing comma)";
        } else if (problem == "unexpected ']'" && context == "value") {
            why = "a comma before ']' with nothing after it (JSON allows no trailing comma)";
        } else if (problem == "unexpected end of input") {
            why = expected == "'[', '{', or a literal" ? "the text ends where a value should be"
                                                       : "the text ends before the closing '}' or ']'";
        } else if (starts(problem, "unexpected ") && expected == "'}'") {
            why = "a comma is missing between two members of an object";
        } else if (starts(problem, "unexpected ") && expected == "']'") {
            why = "a comma is missing between two items of an array";
        } else if (starts(problem, "invalid string: control character U+000A")) {
            why = "a line break inside quoted text must be written \\n";
        } else if (starts(problem, "invalid string: forbidden character after backslash")) {
            why = "a backslash in quoted text must start an escape such as \\n, \\\" or \\\\";
        } else if (starts(problem, "invalid string: control character")) {
            why = "a control character inside quoted text must be escaped, like \\t";
        } else {
            why = std::string(problem);
            if (!expected.empty()) why += "; expected " + std::string(expected);
        }
        return "invalid JSON: " + quote_input(why, 200);  // one clean line whatever the input held
    }

    std::string_view text_;
    const Limits& limits_;
    Diagnostics& diags_;
    Value& root_;
    LineIndex lines_;
    std::vector<Value*> stack_;
    std::string key_;
    bool have_key_ = false;
    std::size_t prev_end_ = 0;
    LineIndex::Position key_pos_;  // where the pending key starts
    bool depth_error_ = false;
};

}  // namespace

bool read_json(std::string_view text, const Limits& limits, Diagnostics& diags, Value& out, int first_line) {
    TreeBuilder builder(text, limits, diags, out, first_line);
    builder.cursor = text.data();
    TrackingIterator first{text.data(), &builder.cursor}, last{text.data() + text.size(), &builder.cursor};
    return nlohmann::json::sax_parse(first, last, &builder, nlohmann::json::input_format_t::json, true, false);
}

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
