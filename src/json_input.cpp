// JSON input: nlohmann's SAX parser builds our Value tree (with positions),
// then the schema.org NewsArticle vocabulary maps it onto the Article model.
// This is the only file that includes nlohmann.
#include <iterator>
#include <nlohmann/json.hpp>

#include "broadsheet/broadsheet.hpp"
#include "readers.hpp"

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
        key_ = std::move(k);
        prev_end_ = static_cast<std::size_t>(cursor - text_.data());
        have_key_ = true;
        return true;
    }
    bool end_object() { return close(); }
    bool start_array(std::size_t) { return open(Value::Kind::array); }
    bool end_array() { return close(); }

    bool parse_error(std::size_t position, const std::string& last_token, const nlohmann::detail::exception& ex) {
        std::size_t offset = position > 0 ? position - 1 : 0;
        auto pos = lines_.at(offset);
        diags_.error(describe_syntax_error(ex.what(), last_token), pos.line, pos.column);
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

    static std::string describe_syntax_error(std::string_view what, const std::string& last_token) {
        // nlohmann: "[json.exception.parse_error.101] parse error at line 1, column 9: syntax error while
        // parsing object - unexpected '}'; expected string literal". Keep what the writer can act on.
        std::string_view msg = what;
        std::size_t p = msg.find("syntax error while parsing ");
        if (p != std::string_view::npos) msg.remove_prefix(p + 27);
        std::size_t dash = msg.find(" - ");
        std::string_view context = dash == std::string_view::npos ? std::string_view{} : msg.substr(0, dash);
        if (dash != std::string_view::npos) msg.remove_prefix(dash + 3);
        std::string out = "invalid JSON";
        if (!context.empty()) out += " in " + std::string(context);
        out += ": ";
        std::size_t lr = msg.find("; last read: ");
        std::string_view problem = msg.substr(0, lr);
        std::string_view expected;
        std::size_t ex = msg.find("; expected ");
        if (ex != std::string_view::npos) expected = msg.substr(ex + 2);
        out += problem;
        if (problem == "invalid literal" && !last_token.empty() && last_token.size() < 40)
            out += " '" + last_token + "' (text must be in double quotes)";
        if (!expected.empty()) out += "; " + std::string(expected);
        return out;
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

void read_person(FieldReader& r, const Value& v, const std::string& path, Author& out) {
    if (v.is(Value::Kind::string)) {
        out.name = v.text;
        return;
    }
    if (!v.is(Value::Kind::object)) {
        r.error(v, path, std::string("expected an author (text or an object with \"name\"), found ") + r.kind_name(v));
        return;
    }
    static const std::vector<std::string_view> known = {"@type", "@id", "name", "jobTitle", "url", "sameAs",
                                                        "image", "description", "email", "affiliation"};
    r.unknown_keys(v, path, known);
    if (const Value* f = v.get("name")) r.string(*f, pointer_join(path, "name"), out.name);
    if (const Value* f = v.get("jobTitle")) r.string(*f, pointer_join(path, "jobTitle"), out.role);
    if (const Value* f = v.get("url")) r.string(*f, pointer_join(path, "url"), out.url);
    if (!v.get("name")) r.error(v, pointer_join(path, "name"), "an author needs a \"name\"");
}

void read_image(FieldReader& r, const Value& v, const std::string& path, std::optional<Image>& out) {
    if (v.is(Value::Kind::array)) {
        // JSON-LD lists several crops; the first is the lead image.
        if (!v.items.empty()) read_image(r, v.items[0], pointer_join(path, std::size_t{0}), out);
        return;
    }
    Image img;
    if (v.is(Value::Kind::string)) {
        img.url = v.text;
    } else if (v.is(Value::Kind::object)) {
        static const std::vector<std::string_view> known = {"@type", "@id", "url", "contentUrl", "alt", "caption",
                                                            "creditText", "width", "height", "description",
                                                            "srcset", "sizes", "name", "copyrightNotice"};
        r.unknown_keys(v, path, known);
        if (const Value* f = v.get("url")) r.string(*f, pointer_join(path, "url"), img.url);
        else if (const Value* f2 = v.get("contentUrl")) r.string(*f2, pointer_join(path, "contentUrl"), img.url);
        if (const Value* f = v.get("alt")) r.string(*f, pointer_join(path, "alt"), img.alt);
        else if (const Value* f2 = v.get("description")) r.string(*f2, pointer_join(path, "description"), img.alt);
        if (const Value* f = v.get("caption")) r.string(*f, pointer_join(path, "caption"), img.caption);
        if (const Value* f = v.get("creditText")) r.string(*f, pointer_join(path, "creditText"), img.credit);
        if (const Value* f = v.get("width")) r.integer(*f, pointer_join(path, "width"), img.width, 1, 100000);
        if (const Value* f = v.get("height")) r.integer(*f, pointer_join(path, "height"), img.height, 1, 100000);
        if (const Value* f = v.get("sizes")) r.string(*f, pointer_join(path, "sizes"), img.sizes);
        if (img.url.empty()) r.error(v, pointer_join(path, "url"), "an image needs a \"url\"");
    } else {
        r.error(v, path, std::string("expected an image URL or an image object, found ") + r.kind_name(v));
        return;
    }
    if (!img.url.empty()) out = std::move(img);
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
    Value root;
    if (!read_json(json, limits, diags, root)) {
        result.diagnostics = diags.take();
        return result;
    }
    FieldReader r(diags, false);
    if (!root.is(Value::Kind::object)) {
        r.error(root, "", std::string("expected a JSON object for the article, found ") + r.kind_name(root));
        result.diagnostics = diags.take();
        return result;
    }

    static const std::vector<std::string_view> known = {
        "@context", "@type", "@id", "headline", "alternativeHeadline", "description", "datePublished",
        "dateModified", "author", "publisher", "image", "inLanguage", "articleSection", "keywords", "url",
        "articleBody", "mainEntityOfPage", "wordCount", "timeRequired", "isAccessibleForFree", "dateCreated",
        "thumbnailUrl", "name", "dir", "creativeWorkStatus"};
    r.unknown_keys(root, "", known);

    Article a;
    if (const Value* v = root.get("headline")) r.string(*v, "/headline", a.headline);
    if (const Value* v = root.get("alternativeHeadline")) r.string(*v, "/alternativeHeadline", a.alternative_headline);
    if (const Value* v = root.get("description")) r.string(*v, "/description", a.description);
    if (const Value* v = root.get("datePublished")) r.date(*v, "/datePublished", a.published);
    if (const Value* v = root.get("dateModified")) r.date(*v, "/dateModified", a.modified);
    if (const Value* v = root.get("articleSection")) {
        if (v->is(Value::Kind::array) && !v->items.empty()) r.string(v->items[0], "/articleSection/0", a.section);
        else r.string(*v, "/articleSection", a.section);
    }
    if (const Value* v = root.get("keywords")) r.string_list(*v, "/keywords", a.tags, true);
    if (const Value* v = root.get("url")) r.string(*v, "/url", a.url);
    if (const Value* v = root.get("inLanguage")) r.string(*v, "/inLanguage", a.language);
    if (const Value* v = root.get("articleBody")) r.string(*v, "/articleBody", a.body);
    if (const Value* v = root.get("image")) read_image(r, *v, "/image", a.image);
    if (const Value* v = root.get("author")) {
        if (v->is(Value::Kind::array)) {
            for (std::size_t i = 0; i < v->items.size(); ++i) {
                Author au;
                read_person(r, v->items[i], pointer_join("/author", i), au);
                if (!au.name.empty()) a.authors.push_back(std::move(au));
            }
        } else {
            Author au;
            read_person(r, *v, "/author", au);
            if (!au.name.empty()) a.authors.push_back(std::move(au));
        }
    }
    if (const Value* v = root.get("publisher")) {
        if (v->is(Value::Kind::object)) {
            static const std::vector<std::string_view> pk = {"@type", "@id", "name", "slogan", "url", "logo", "sameAs"};
            r.unknown_keys(*v, "/publisher", pk);
            if (const Value* f = v->get("name")) r.string(*f, "/publisher/name", a.publisher.name);
            if (const Value* f = v->get("slogan")) r.string(*f, "/publisher/slogan", a.publisher.slogan);
            if (const Value* f = v->get("url")) r.string(*f, "/publisher/url", a.publisher.url);
            if (const Value* f = v->get("logo")) {
                if (f->is(Value::Kind::object)) {
                    if (const Value* u = f->get("url")) r.string(*u, "/publisher/logo/url", a.publisher.logo);
                } else {
                    r.string(*f, "/publisher/logo", a.publisher.logo);
                }
            }
        } else if (v->is(Value::Kind::string)) {
            a.publisher.name = v->text;
        } else {
            r.error(*v, "/publisher", std::string("expected an object with \"name\", found ") + r.kind_name(*v));
        }
    }

    const Value* headline = root.get("headline");
    if (!headline || (headline->is(Value::Kind::string) && headline->text.empty()) || headline->is(Value::Kind::null))
        r.error(headline ? *headline : root, "/headline", "the article has no headline: add \"headline\"");

    if (!diags.has_errors()) result.value = std::move(a);
    result.diagnostics = diags.take();
    return result;
}

}  // namespace broadsheet
