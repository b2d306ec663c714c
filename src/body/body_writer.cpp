// The helpers both body writers call (see body_writer.hpp).
#include "body/body_writer.hpp"

#include <algorithm>

#include "body/prose.hpp"

namespace broadsheet::detail {

namespace {

const std::vector<std::string> kDefaultSchemes = {"http", "https", "mailto"};
constexpr std::size_t kMaxBodyBytes = 256u << 20;

}  // namespace

BodyWriter::BodyWriter(std::string_view src, const BodyOptions& options, Body& body, Diagnostics& diags)
    : src_(src), opt_(options), body_(body), diags_(diags), out_(&html_),
      schemes_(options.url_schemes ? *options.url_schemes : kDefaultSchemes) {
    html_policy_.allow = options.allow_html;
    html_policy_.url_schemes = &schemes_;
    html_policy_.embed_origins = options.embed_origins;
    html_policy_.decode_reference = decode_entity;
    spans_.reserve(8);
    // About what an article's Markdown becomes, so the body rarely grows.
    html_.reserve(body.html.size() + src.size() + src.size() / 4);
    html_.append(body.html);
}

// ---------------------------------------------------------------------------
// Limits and diagnostics
// ---------------------------------------------------------------------------

// Once the list is full a warning is only counted, so its position (a scan
// of its line) is not worth computing: 100000 refused links on one line stay
// linear.
void BodyWriter::warn(std::string message) {
    if (diags_.full()) return diags_.warning(std::move(message));
    if (!lines_) lines_ = std::make_unique<LineIndex>(src_, opt_.first_line);
    auto p = lines_->at(pos_);
    diags_.warning(std::move(message), p.line, p.column);
}

int BodyWriter::fail(std::string message) {
    if (!lines_) lines_ = std::make_unique<LineIndex>(src_, opt_.first_line);
    auto p = lines_->at(pos_);
    diags_.error(std::move(message), p.line, p.column);
    failed_ = true;
    return 1;  // non-zero stops the parse
}

int BodyWriter::check_size(std::size_t held) {
    if (html_.size() + held <= kMaxBodyBytes) return 0;
    return fail("the body renders to more than 256 MiB of HTML");
}

int BodyWriter::open_container(std::string_view markup) {
    if (++depth_ > opt_.max_depth)
        return fail("lists and quotes nested deeper than " + std::to_string(opt_.max_depth) + " levels (limit maxDepth)");
    line(markup);
    return 0;
}

void BodyWriter::close_container(std::string_view markup, BlockKind kind) {
    --depth_;
    line(markup);
    block_done(kind);
}

// ---------------------------------------------------------------------------
// Text
// ---------------------------------------------------------------------------

void BodyWriter::prose(std::string_view t, DirectionCount* dir) { write_prose(*out_, t, body_.stats, dir); }

void BodyWriter::code_text(std::string_view t) {
    if (in_code_block_) body_.stats.add_code(t);
    else body_.stats.add_text(t);
    w().text(t);
}

bool BodyWriter::raw_html(std::string_view t) {
    if (gathering_html_) {
        html_block_lines_.emplace_back(html_block_.size(), pos_);
        html_block_ += t;
        return false;
    }
    HtmlPolicy policy = html_policy_;
    policy.allow = policy.allow && in_leaf_;
    std::vector<HtmlNote> notes;
    InlineHtml tag = sanitize_inline_html(t, policy, notes);
    html_warnings(notes, pos_, false);
    switch (tag.kind) {
    case InlineHtml::comment:
        if (drop_comments_) return false;
        break;
    case InlineHtml::empty: w().raw(tag.markup); return false;
    case InlineHtml::open:
        w().raw(tag.markup);
        spans_.push_back({SpanType::em, tag.written, tag.name});
        return false;
    case InlineHtml::close:
        if (close_raw_tag(tag.name)) return false;
        // A closing tag that is not the innermost open one stays visible
        // ("<mark>a <sub>b</mark>" keeps "</mark>") rather than guessing
        // what the writer meant.
        break;
    case InlineHtml::text: break;
    }
    body_.stats.add_text(t);
    w().text(t);
    return true;
}

SanitizedBlock BodyWriter::end_html_block() {
    gathering_html_ = false;
    std::vector<HtmlNote> notes;
    std::string visible;
    SanitizedBlock block = sanitize_html_block(html_block_, html_policy_, notes, &visible);
    html_warnings(notes, 0, true);
    body_.stats.add_text(visible);
    return block;
}

// Sanitizer warnings at their place in the source: a block's offsets are
// mapped back through the lines md4c gave.
void BodyWriter::html_warnings(std::vector<HtmlNote>& notes, std::size_t base, bool in_block) {
    std::size_t saved = pos_;
    for (auto& note : notes) {
        std::size_t at_source = base + note.offset;
        if (in_block) {  // the last line starting at or before the note (lines are in order)
            auto line = std::upper_bound(html_block_lines_.begin(), html_block_lines_.end(),
                                         std::make_pair(note.offset, std::size_t(-1)));
            if (line != html_block_lines_.begin()) {
                --line;
                at_source = line->second + (note.offset - line->first);
            }
        }
        at(at_source);
        warn(std::move(note.message));
    }
    at(saved);
}

// ---------------------------------------------------------------------------
// Spans
//
// Allowlisted tags share the stack with Markdown's own spans, so
// "**bold <i>italic** rest</i>" still nests: closing the strong closes the
// <i> opened inside it (the later </i> then shows as text).
// ---------------------------------------------------------------------------

void BodyWriter::open_span(SpanType type, std::string_view markup) {
    w().raw(markup);
    spans_.push_back({type, true, {}});
}

std::string BodyWriter::scheme_list() const {
    std::string s;
    for (std::size_t i = 0; i < schemes_.size(); ++i) {
        if (i) s += i + 1 == schemes_.size() ? " or " : ", ";
        s += schemes_[i];
    }
    return s;
}

const CheckedUrl* BodyWriter::open_link(const LinkInfo& link, bool article) {
    if (!check_url(link.href, schemes_, link_)) {  // link_ keeps its buffer from link to link
        at(link.offset);  // the warning points at the URL
        warn("link to \"" + quote_input(link.href) + "\" removed: a link must be relative or use " + scheme_list());
        spans_.push_back({SpanType::link, false, {}});
        return nullptr;
    }
    // Fixed markup in one append each: a link is written for every one in
    // the body.
    HtmlWriter out = w();
    out.raw("<a href=\"");
    escape_url_attr(out.buffer(), link_.url);
    if (link.has_title) {
        out.raw("\" title=\"");
        escape_attr(out.buffer(), link.title);
    }
    out.raw(article && link_.kind == UrlKind::other_site ? std::string_view("\" rel=\"noopener\">")
                                                         : std::string_view("\">"));
    spans_.push_back({SpanType::link, true, {}});
    return &link_;
}

void BodyWriter::write_end_tag(const OpenSpan& span) {
    if (!span.raw.empty()) {
        if (span.written) w().close(span.raw);  // else only a fallback was written (a refused iframe's link)
        return;
    }
    if (!span.written) return;
    switch (span.type) {
    case SpanType::em: w().raw("</em>"); break;
    case SpanType::strong: w().raw("</strong>"); break;
    case SpanType::link: w().raw("</a>"); break;
    case SpanType::code: w().raw("</code>"); break;
    case SpanType::del: w().raw("</del>"); break;
    case SpanType::u: w().raw("</u>"); break;
    }
}

bool BodyWriter::close_raw_tag(const std::string& name) {
    if (spans_.empty() || spans_.back().raw != name) return false;
    write_end_tag(spans_.back());
    spans_.pop_back();
    return true;
}

void BodyWriter::close_span(SpanType type) {
    std::size_t k = spans_.size();
    while (k > 0 && !(spans_[k - 1].raw.empty() && spans_[k - 1].type == type)) --k;
    if (k == 0) return;
    while (spans_.size() >= k) {
        write_end_tag(spans_.back());
        spans_.pop_back();
    }
}

void BodyWriter::close_all_spans() {
    while (!spans_.empty()) {
        write_end_tag(spans_.back());
        spans_.pop_back();
    }
}

bool BodyWriter::in_written_link() const {
    for (std::size_t k = spans_.size(); k-- > 0;)
        if (spans_[k].raw.empty() && spans_[k].type == SpanType::link) return spans_[k].written;
    return false;
}

// ---------------------------------------------------------------------------
// Images
// ---------------------------------------------------------------------------

CheckedUrl* BodyWriter::check_image(const ImageInfo& image) {
    bool ok = check_url(image.src, schemes_, image_);  // image_ keeps its buffer from image to image
    at(image.offset);  // warnings point at the URL
    if (!ok) {
        warn("image \"" + quote_input(image.src) + "\" removed: an image URL must be relative or use " + scheme_list());
        body_.stats.add_text(image.alt);  // the alt text stands in for the image
        w().text(image.alt);
        return nullptr;
    }
    body_.stats.add_image();
    return &image_;
}

void BodyWriter::write_img(std::string_view src, std::string_view alt, std::string_view title, int width, int height,
                           bool article) {
    HtmlWriter out = w();
    out.start("img").url("src", src).attr("alt", alt);
    if (!title.empty()) out.attr("title", title);
    if (!article) {
        out.raw(" />");
        return;
    }
    if (width > 0) out.attr("width", width).attr("height", height);
    out.attr("loading", "lazy").attr("decoding", "async").end_start();
}

}  // namespace broadsheet::detail
