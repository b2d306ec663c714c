// The Markdown body: md4c's callbacks -> our HTML.
//
// The renderer is a small state object. Each md4c callback is a switch of
// one-line cases calling named helpers. md4c lends its strings only for the
// duration of a callback and does not NUL-terminate them: anything kept is
// copied.
//
// Two dialects come out of the same callbacks:
//   - article (default): headings shifted to start at h2 without skipping a
//     level, with stable ids; a paragraph holding only an image (or a linked
//     image) becomes a <figure> whose title gives the caption and credit;
//     images load lazily with their size when the URL says it; a "Table: …"
//     paragraph next to a table becomes its <caption>; tables get scope and a
//     scrolling wrapper; links to other sites get rel="noopener"; blocks
//     written against the article's direction get dir; classes prefixed bs-.
//   - commonmark: exactly the HTML md4c-html writes, so the CommonMark spec
//     suite can judge the parse.
// In both, raw HTML is text unless allowHtml lets an allowlisted tag through,
// and every URL passes the URL policy.
//
// Output is appended to one string; a few attributes only known at the end of
// a block (a heading's id, a block's dir) are inserted at a remembered offset
// inside that block, which moves only the block itself.
#include "body/markdown_body.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <md4c.h>

extern "C" {
#include <entity.h>
}

#include "html/escape.hpp"
#include "html/html_allowlist.hpp"
#include "html/html_writer.hpp"
#include "html/url_policy.hpp"
#include "text/direction.hpp"
#include "text/slug.hpp"

namespace broadsheet::detail {

namespace {

const std::vector<std::string> kDefaultSchemes = {"http", "https", "mailto"};

// ---------------------------------------------------------------------------
// Character references and attributes
// ---------------------------------------------------------------------------

// md4c reports only well-formed references ("&amp;", "&#123;", "&#x1F;").
void decode_entity(std::string& out, std::string_view ref) {
    if (ref.size() > 3 && ref[1] == '#') {
        unsigned cp = 0;
        bool hex = ref[2] == 'x' || ref[2] == 'X';
        for (std::size_t i = hex ? 3 : 2; i + 1 < ref.size(); ++i) {
            char c = ref[i];
            unsigned d = (c >= '0' && c <= '9') ? static_cast<unsigned>(c - '0')
                         : (c >= 'a' && c <= 'f') ? static_cast<unsigned>(c - 'a' + 10)
                                                  : static_cast<unsigned>(c - 'A' + 10);
            cp = cp * (hex ? 16u : 10u) + d;
            if (cp > 0x10FFFF) cp = 0x110000;  // saturate; replaced below
        }
        append_utf8(out, cp);
        return;
    }
    if (const entity* e = entity_lookup(ref.data(), ref.size())) {
        append_utf8(out, e->codepoints[0]);
        if (e->codepoints[1]) append_utf8(out, e->codepoints[1]);
        return;
    }
    out += ref;
}

// An md4c attribute (href, src, title, code info) as plain UTF-8 text.
std::string attribute_text(const MD_ATTRIBUTE& a) {
    std::string out;
    if (!a.text) return out;
    for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
        std::string_view part(a.text + a.substr_offsets[i], a.substr_offsets[i + 1] - a.substr_offsets[i]);
        switch (a.substr_types[i]) {
        case MD_TEXT_ENTITY: decode_entity(out, part); break;
        case MD_TEXT_NULLCHAR: out += "\xEF\xBF\xBD"; break;
        default: out += part; break;
        }
    }
    return out;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// ---------------------------------------------------------------------------
// Conventions for writers (README, "Writing the body")
// ---------------------------------------------------------------------------

// An image title "Caption | Credit": the credit is what follows the last '|'.
struct CaptionParts {
    std::string_view caption, credit;
};

CaptionParts split_caption(std::string_view title) {
    std::size_t bar = title.rfind('|');
    if (bar == std::string_view::npos) return {trim(title), {}};
    return {trim(title.substr(0, bar)), trim(title.substr(bar + 1))};
}

// An image URL ending in "#WIDTHxHEIGHT" (CSS pixels, 1-99999 each) states
// the image's size; the fragment is removed from the URL.
bool take_size_fragment(std::string& url, int& width, int& height) {
    std::size_t hash = url.rfind('#');
    if (hash == std::string::npos) return false;
    int size[2] = {0, 0}, part = 0, digits = 0;
    for (std::size_t i = hash + 1; i < url.size(); ++i) {
        char c = url[i];
        if (c >= '0' && c <= '9' && digits < 5) {
            size[part] = size[part] * 10 + (c - '0');
            ++digits;
        } else if (c == 'x' && part == 0 && digits > 0) {
            part = 1;
            digits = 0;
        } else {
            return false;
        }
    }
    if (part != 1 || size[0] == 0 || size[1] == 0) return false;
    width = size[0];
    height = size[1];
    url.resize(hash);
    return true;
}

// A paragraph that captions the table before or after it starts "Table:",
// "table:" or ":" and a space (as in pandoc). Returns the prefix length.
std::size_t caption_prefix(std::string_view text) {
    std::size_t n = text.compare(0, 6, "Table:") == 0 || text.compare(0, 6, "table:") == 0 ? 6
                    : text.compare(0, 1, ":") == 0                                         ? 1
                                                                                           : 0;
    if (n == 0 || n >= text.size() || (text[n] != ' ' && text[n] != '\t')) return 0;
    while (n < text.size() && (text[n] == ' ' || text[n] == '\t')) ++n;
    return n;
}

// ---------------------------------------------------------------------------
// The renderer
// ---------------------------------------------------------------------------

class BodyRenderer {
    // An open inline element: a Markdown span or an allowlisted HTML tag.
    struct OpenSpan {
        MD_SPANTYPE type;
        bool written;     // false for a link whose URL was refused: its text stays, no <a>
        std::string raw;  // an allowlisted HTML tag's name (allowHtml); empty for Markdown spans
    };

public:
    BodyRenderer(std::string_view src, const BodyOptions& opt, Body& body, Diagnostics& diags)
        : src_(src), opt_(opt), body_(body), diags_(diags), w_(body.html),
          schemes_(opt.url_schemes ? *opt.url_schemes : kDefaultSchemes),
          article_(!opt.commonmark), code_ltr_(article_ && opt.direction == TextDirection::rtl) {}

    int enter_block(MD_BLOCKTYPE type, void* detail) {
        ++events_;
        // Inline content ends where any block begins. md4c 0.4.8 may leave a
        // span only after the next block has started (emphasis in a tight
        // list item followed by a code fence: "- *[](*)\n  ```"), so
        // what is open is closed here and its late leave is ignored.
        close_all_spans();
        body_.stats.split();
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: return open_container("blockquote");
        case MD_BLOCK_UL: return open_container("ul");
        case MD_BLOCK_OL: return open_list(static_cast<MD_BLOCK_OL_DETAIL*>(detail));
        case MD_BLOCK_LI: return open_item();
        case MD_BLOCK_HR: rule(); break;
        case MD_BLOCK_H: open_heading(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level); break;
        case MD_BLOCK_CODE: open_code(static_cast<MD_BLOCK_CODE_DETAIL*>(detail)); break;
        case MD_BLOCK_HTML: open_html_block(); break;
        case MD_BLOCK_P: open_paragraph(); break;
        case MD_BLOCK_TABLE: open_table(); break;
        case MD_BLOCK_THEAD: in_thead_ = true; line("<thead>"); break;
        case MD_BLOCK_TBODY: line("<tbody>"); break;
        case MD_BLOCK_TR: line("<tr>"); break;
        case MD_BLOCK_TH: open_cell("th", static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align); break;
        case MD_BLOCK_TD: open_cell("td", static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align); break;
        }
        return 0;
    }

    int leave_block(MD_BLOCKTYPE type, void*) {
        ++events_;
        close_all_spans();
        body_.stats.split();
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: close_container("blockquote", BlockKind::quote); break;
        case MD_BLOCK_UL: close_container("ul", BlockKind::list); break;
        case MD_BLOCK_OL: close_container("ol", BlockKind::list); break;
        case MD_BLOCK_LI: close_item(); break;
        case MD_BLOCK_HR: break;
        case MD_BLOCK_H: close_heading(); break;
        case MD_BLOCK_CODE: close_code(); break;
        case MD_BLOCK_HTML: close_html_block(); break;
        case MD_BLOCK_P: close_paragraph(); break;
        case MD_BLOCK_TABLE: close_table(); break;
        case MD_BLOCK_THEAD: in_thead_ = false; line("</thead>"); break;
        case MD_BLOCK_TBODY: line("</tbody>"); break;
        case MD_BLOCK_TR: line("</tr>"); break;
        case MD_BLOCK_TH: close_cell("</th>"); break;
        case MD_BLOCK_TD: close_cell("</td>"); break;
        }
        return 0;
    }

    int enter_span(MD_SPANTYPE type, void* detail) {
        if (image_depth_ > 0) {  // inside alt text only text is kept
            if (type == MD_SPAN_IMG) ++image_depth_;
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM: open_span(type, "<em>"); break;
        case MD_SPAN_STRONG: open_span(type, "<strong>"); break;
        case MD_SPAN_A: open_link(static_cast<MD_SPAN_A_DETAIL*>(detail)); break;
        case MD_SPAN_IMG: open_image(static_cast<MD_SPAN_IMG_DETAIL*>(detail)); break;
        case MD_SPAN_CODE: open_span(type, code_ltr_ ? "<code dir=\"ltr\">" : "<code>"); break;
        case MD_SPAN_DEL: open_span(type, "<del>"); break;
        case MD_SPAN_U: open_span(type, "<u>"); break;
        default: break;  // LaTeX and wiki links are not enabled
        }
        return 0;
    }

    int leave_span(MD_SPANTYPE type, void*) {
        if (image_depth_ > 0) {
            if (type == MD_SPAN_IMG && --image_depth_ == 0) close_image();
            return 0;
        }
        if (type != MD_SPAN_IMG) close_span(type);  // an image never entered has nothing to close
        return 0;
    }

    int text(MD_TEXTTYPE type, std::string_view t) {
        note_position(t.data());
        if (body_.html.size() > kMaxBodyBytes) return too_big();
        if (image_depth_ > 0) return alt_text(type, t);
        if (in_heading_) heading_text(type, t);
        if (in_paragraph_ && type != MD_TEXT_SOFTBR && type != MD_TEXT_BR &&
            t.find_first_not_of(" \t") != std::string_view::npos)
            paragraph_text(type, t);
        switch (type) {
        case MD_TEXT_NORMAL: prose(t); break;
        case MD_TEXT_NULLCHAR: w_.raw("\xEF\xBF\xBD"); break;
        case MD_TEXT_BR: body_.stats.split(); w_.raw(article_ ? "<br>\n" : "<br />\n"); break;
        case MD_TEXT_SOFTBR: body_.stats.split(); w_.raw("\n"); break;
        case MD_TEXT_ENTITY: entity(t); break;
        case MD_TEXT_CODE: code_text(t); break;
        case MD_TEXT_HTML: raw_html(t); break;
        default: w_.text(t); break;
        }
        return 0;
    }

    bool failed() const { return failed_; }

private:
    static constexpr std::size_t kMaxBodyBytes = 256u << 20;

    // --- helpers: output and positions -----------------------------------

    void line(std::string_view markup) {
        w_.raw(markup);
        w_.newline();
    }

    void note_position(const char* p) {
        if (p >= src_.data() && p < src_.data() + src_.size()) last_pos_ = static_cast<std::size_t>(p - src_.data());
    }

    LineIndex::Position position() {
        if (!lines_) lines_ = std::make_unique<LineIndex>(src_, opt_.first_line);
        return lines_->at(last_pos_);
    }

    // Once the list is full a warning is only counted, so its position (a
    // scan of its line) is not worth computing: 100000 refused links on one
    // line stay linear.
    void warn(std::string message) {
        if (diags_.full()) return diags_.warning(std::move(message));
        auto p = position();
        diags_.warning(std::move(message), p.line, p.column);
    }

    int fail(std::string message) {
        auto p = position();
        diags_.error(std::move(message), p.line, p.column);
        failed_ = true;
        return 1;  // non-zero aborts md_parse
    }

    int too_big() { return fail("the body renders to more than 256 MiB of HTML"); }

    int too_deep() {
        return fail("lists and quotes nested deeper than " + std::to_string(opt_.max_depth) + " levels (limit maxDepth)");
    }

    // A top-level block ends: remember where, for placing ads.
    void block_done(BlockKind kind) {
        if (depth_ == 0) body_.blocks.push_back({kind, body_.html.size()});
    }

    // Inserts attributes into an element already written: `pos` is just
    // after its tag name. Only the current block lies behind `pos`.
    void insert_attributes(std::size_t pos, std::string_view attrs) {
        if (!attrs.empty()) body_.html.insert(pos, attrs);
    }

    // --- direction of leaf blocks (see "Direction of text") ---------------

    // Opens a block that may need its own dir; its attributes go at the
    // current end of the output (call between "<tag" and ">").
    void open_dir_scope() {
        if (article_) dir_scopes_.push_back({body_.html.size(), {}});
    }

    // Closes the innermost scope: the dir its text calls for, or "".
    std::string_view close_dir_scope(std::size_t& attr_pos) {
        if (!article_) return {};
        DirectionCount c = dir_scopes_.back().count;
        attr_pos = dir_scopes_.back().attr_pos;
        dir_scopes_.pop_back();
        return dir_for(c);
    }

    std::string_view dir_for(const DirectionCount& c) const { return dir_against(c, opt_.direction); }

    static std::string dir_attribute(std::string_view dir) {
        std::string a;
        if (!dir.empty()) HtmlWriter(a).attr("dir", dir);
        return a;
    }

    void count_text(std::string_view t) {
        if (!dir_scopes_.empty()) dir_scopes_.back().count.add(t);
    }

    // --- containers ----------------------------------------------------------

    int open_container(const char* tag) {
        if (++depth_ > opt_.max_depth) return too_deep();
        w_.raw("<").raw(tag).raw(">\n");
        return 0;
    }

    void close_container(const char* tag, BlockKind kind) {
        --depth_;
        w_.raw("</").raw(tag).raw(">\n");
        block_done(kind);
    }

    int open_list(const MD_BLOCK_OL_DETAIL* d) {
        if (++depth_ > opt_.max_depth) return too_deep();
        if (d->start == 1) {
            w_.raw("<ol>\n");
        } else {
            w_.start("ol").attr("start", static_cast<long long>(d->start)).end_start().newline();
        }
        return 0;
    }

    int open_item() {
        ++depth_;
        w_.raw("<li");
        open_dir_scope();
        w_.raw(">");
        return 0;
    }

    void close_item() {
        --depth_;
        w_.raw("</li>\n");
        std::size_t pos = 0;
        std::string_view dir = close_dir_scope(pos);
        if (!dir.empty()) insert_attributes(pos, dir_attribute(dir));
    }

    void rule() {
        w_.raw(article_ ? "<hr>\n" : "<hr />\n");
        block_done(BlockKind::rule);
    }

    // --- headings ----------------------------------------------------------

    // Article headings start at h2 and never skip a level: each heading is one
    // deeper than the nearest preceding heading of a smaller source level.
    int shifted_level(int source_level) {
        while (!heading_levels_.empty() && heading_levels_.back().first >= source_level) heading_levels_.pop_back();
        int level = heading_levels_.empty() ? 2 : heading_levels_.back().second + 1;
        if (level > 6) level = 6;
        heading_levels_.emplace_back(source_level, level);
        return level;
    }

    void open_heading(unsigned source_level) {
        in_heading_ = true;
        heading_plain_.clear();
        heading_level_ = article_ ? shifted_level(static_cast<int>(source_level)) : static_cast<int>(source_level);
        const char tag[] = {'<', 'h', static_cast<char>('0' + heading_level_)};
        w_.raw(std::string_view(tag, 3));
        open_dir_scope();  // the id goes here too, once the text is known
        w_.raw(">");
    }

    void close_heading() {
        in_heading_ = false;
        close_leaf_tags();
        const char tag[] = {'<', '/', 'h', static_cast<char>('0' + heading_level_), '>', '\n'};
        w_.raw(std::string_view(tag, 6));
        if (article_) {
            std::size_t pos = 0;
            std::string_view dir = close_dir_scope(pos);
            std::string id = unique_id(heading_slug(heading_plain_));
            std::string attrs;
            HtmlWriter(attrs).attr("id", id);
            attrs += dir_attribute(dir);
            insert_attributes(pos, attrs);
            body_.headings.push_back({heading_level_, std::move(id), heading_plain_, dir});
        }
        block_done(BlockKind::heading);
    }

    // The heading as plain text (for its id and the table of contents); raw
    // HTML counts only where it shows as text (raw_html).
    void heading_text(MD_TEXTTYPE type, std::string_view t) {
        switch (type) {
        case MD_TEXT_ENTITY: decode_entity(heading_plain_, t); break;
        case MD_TEXT_SOFTBR:
        case MD_TEXT_BR: heading_plain_ += ' '; break;
        case MD_TEXT_HTML:
        case MD_TEXT_NULLCHAR: break;
        default: heading_plain_ += t; break;
        }
    }

    // "id", then "id-2", "id-3", ... Linear in the number of ids.
    std::string unique_id(std::string id) {
        if (ids_.insert(id).second) return id;
        int& n = next_suffix_[id];
        if (n < 2) n = 2;
        std::string candidate;
        do candidate = id + "-" + std::to_string(n++);
        while (!ids_.insert(candidate).second);
        return candidate;
    }

    // --- paragraphs, figures and table captions ------------------------------

    void open_paragraph() {
        in_paragraph_ = true;
        paragraph_has_text_ = false;
        paragraph_images_ = 0;
        paragraph_links_ = 0;
        paragraph_start_ = body_.html.size();
        paragraph_follows_table_ = article_ && events_ == table_.event + 1 && !table_.has_caption;
        caption_prefix_ = 0;
        figure_.ok = figure_.link_ok = false;  // its strings keep their buffers
        w_.raw("<p");
        open_dir_scope();
        w_.raw(">");
        paragraph_inner_ = body_.html.size();
    }

    void paragraph_text(MD_TEXTTYPE type, std::string_view t) {
        if (!paragraph_has_text_ && type == MD_TEXT_NORMAL && article_ && body_.html.size() == paragraph_inner_)
            caption_prefix_ = caption_prefix(t);  // written as is; dropped if the paragraph becomes a caption
        paragraph_has_text_ = true;
    }

    void close_paragraph() {
        in_paragraph_ = false;
        close_leaf_tags();
        std::size_t attr_pos = 0;
        std::string_view dir = close_dir_scope(attr_pos);
        if (article_ && paragraph_images_ == 1 && !paragraph_has_text_ && figure_.ok &&
            (paragraph_links_ == 0 || (paragraph_links_ == 1 && figure_.link_ok))) {
            body_.html.resize(paragraph_start_);
            write_figure();
            block_done(BlockKind::figure);
            return;
        }
        std::size_t inner_end = body_.html.size();
        w_.raw("</p>\n");
        std::string dir_attr = dir_attribute(dir);
        insert_attributes(attr_pos, dir_attr);
        if (caption_prefix_ > 0 && inner_end > paragraph_inner_ + caption_prefix_) {
            Caption c{paragraph_start_, paragraph_inner_ + dir_attr.size() + caption_prefix_,
                      inner_end + dir_attr.size(), dir, events_, depth_ == 0};
            if (paragraph_follows_table_) {
                caption_after_table(c);
                return;
            }
            pending_caption_ = c;
        }
        block_done(BlockKind::paragraph);
    }

    void write_figure() {
        w_.open("figure", "bs-figure");
        if (figure_.link_ok) {
            w_.start("a").url("href", figure_.link.url);
            if (!figure_.link_title.empty()) w_.attr("title", figure_.link_title);
            if (figure_.link.kind == UrlKind::other_site) w_.attr("rel", "noopener");
            w_.end_start();
        }
        write_img(figure_.src, figure_.alt, {}, figure_.width, figure_.height);
        if (figure_.link_ok) w_.close("a");
        CaptionParts parts = split_caption(figure_.title);
        if (!parts.caption.empty() || !parts.credit.empty()) {
            DirectionCount count;
            count.add(parts.caption);
            count.add(parts.credit);
            w_.start("figcaption");
            std::string_view dir = dir_for(count);
            if (!dir.empty()) w_.attr("dir", dir);
            w_.end_start();
            if (!parts.caption.empty()) w_.open("span", "bs-caption").text(parts.caption).close("span");
            if (!parts.caption.empty() && !parts.credit.empty()) w_.text(" ");
            if (!parts.credit.empty()) w_.open("span", "bs-credit").text(parts.credit).close("span");
            w_.close("figcaption");
        }
        w_.close("figure").newline();
    }

    // A caption paragraph, written and closed: where its pieces are.
    struct Caption {
        std::size_t start = 0;        // "<p"
        std::size_t inner = 0;        // the caption text, after "Table: "
        std::size_t inner_end = 0;    // "</p>"
        std::string_view dir;
        unsigned long event = 0;      // events_ when it closed
        bool top_level = false;       // it was recorded in body_.blocks
    };

    // "<caption id=… dir=…>inner</caption>\n" for a table, from a paragraph.
    std::string caption_markup(const Caption& c, const std::string& id) {
        std::string out;
        HtmlWriter w(out);
        w.start("caption").attr("id", id);
        if (!c.dir.empty()) w.attr("dir", c.dir);
        w.end_start().raw(std::string_view(body_.html).substr(c.inner, c.inner_end - c.inner)).close("caption").newline();
        return out;
    }

    static std::string labelled_by(const std::string& id) {
        std::string out;
        HtmlWriter(out).attr("aria-labelledby", id);
        return out;
    }

    void caption_after_table(const Caption& c) {
        std::string id = unique_id("table-" + std::to_string(++tables_captioned_));
        std::string caption = caption_markup(c, id);
        std::string label = labelled_by(id);
        body_.html.resize(c.start);
        body_.html.insert(table_.caption_pos, caption);
        body_.html.insert(table_.label_pos, label);
        table_.has_caption = true;
        if (table_.top_level && !body_.blocks.empty()) body_.blocks.back().end = body_.html.size();
    }

    // --- links and images ----------------------------------------------------

    void open_link(const MD_SPAN_A_DETAIL* d) {
        std::string href = attribute_text(d->href);
        auto checked = check_url(href, schemes_);
        if (!checked) {
            note_position(d->href.text);  // the warning points at the URL
            warn("link to \"" + quote_input(href) + "\" removed: a link must be relative or use " + scheme_list());
            spans_.push_back({MD_SPAN_A, false, {}});
            return;
        }
        std::string title = d->title.text ? attribute_text(d->title) : std::string();
        if (in_paragraph_ && ++paragraph_links_ == 1 && article_ && !paragraph_has_text_ && paragraph_images_ == 0) {
            figure_.link = *checked;  // kept in case the link holds just an image: a linked figure
            figure_.link_title = title;
        }
        w_.start("a").url("href", checked->url);
        if (d->title.text) w_.attr("title", title);
        if (article_ && checked->kind == UrlKind::other_site) w_.attr("rel", "noopener");
        w_.end_start();
        spans_.push_back({MD_SPAN_A, true, {}});
    }

    // md4c 0.4.8 sometimes reports spans out of order on odd input (found by
    // fuzzing: it may leave a link it never entered, or leave emphasis while
    // strong emphasis inside it is open, or leave emphasis after the next
    // block began). The stack keeps the output well formed whatever the
    // events: a leave closes its span and anything opened inside it; a leave
    // for a span that is not open is ignored; whatever is still open when a
    // block begins or ends is closed there.
    void open_span(MD_SPANTYPE type, const char* tag) {
        w_.raw(tag);
        spans_.push_back({type, true, {}});
    }

    void write_end_tag(const OpenSpan& span) {
        if (!span.raw.empty()) w_.raw("</").raw(span.raw).raw(">");
        else if (span.written) w_.raw(end_tag(span.type));
    }

    // Closes the allowlisted tag `name` when it is the innermost open element;
    // false otherwise (the caller shows the tag as text: "<mark>a <sub>b</mark>"
    // keeps "</mark>" visible rather than guessing what the writer meant).
    bool close_raw_tag(const std::string& name) {
        if (spans_.empty() || spans_.back().raw != name) return false;
        write_end_tag(spans_.back());
        spans_.pop_back();
        return true;
    }

    static const char* end_tag(MD_SPANTYPE type) {
        switch (type) {
        case MD_SPAN_EM: return "</em>";
        case MD_SPAN_STRONG: return "</strong>";
        case MD_SPAN_A: return "</a>";
        case MD_SPAN_CODE: return "</code>";
        case MD_SPAN_DEL: return "</del>";
        case MD_SPAN_U: return "</u>";
        default: return "";
        }
    }

    void close_span(MD_SPANTYPE type) {
        std::size_t k = spans_.size();
        while (k > 0 && !(spans_[k - 1].raw.empty() && spans_[k - 1].type == type)) --k;
        if (k == 0) return;  // never entered
        while (spans_.size() >= k) {
            write_end_tag(spans_.back());
            spans_.pop_back();
        }
    }

    void close_all_spans() {
        if (image_depth_ > 0) {
            image_depth_ = 0;
            close_image();
        }
        while (!spans_.empty()) {
            write_end_tag(spans_.back());
            spans_.pop_back();
        }
    }

    // Whether the innermost open link was written (its URL was allowed).
    bool in_written_link() const {
        for (std::size_t k = spans_.size(); k-- > 0;)
            if (spans_[k].raw.empty() && spans_[k].type == MD_SPAN_A) return spans_[k].written;
        return false;
    }

    void open_image(const MD_SPAN_IMG_DETAIL* d) {
        image_depth_ = 1;
        img_alt_.clear();
        img_src_ = attribute_text(d->src);
        img_title_ = d->title.text ? attribute_text(d->title) : std::string();
        note_position(d->src.text);  // warnings point at the URL
        img_pos_ = last_pos_;
        if (in_paragraph_) ++paragraph_images_;
    }

    int alt_text(MD_TEXTTYPE type, std::string_view t) {
        switch (type) {
        case MD_TEXT_ENTITY: decode_entity(img_alt_, t); break;
        case MD_TEXT_NULLCHAR: img_alt_ += "\xEF\xBF\xBD"; break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: img_alt_ += ' '; break;
        default: img_alt_ += t; break;
        }
        return 0;
    }

    void close_image() {
        const std::string& title = img_title_;
        auto checked = check_url(img_src_, schemes_);
        last_pos_ = img_pos_;  // warnings point at the URL
        if (!checked) {
            warn("image \"" + quote_input(img_src_) + "\" removed: an image URL must be relative or use " + scheme_list());
            body_.stats.add_text(img_alt_);  // the alt text stands in for the image
            w_.text(img_alt_);
            if (in_paragraph_) paragraph_has_text_ = true;
            return;
        }
        body_.stats.add_image();
        int width = 0, height = 0;
        if (article_) {
            take_size_fragment(checked->url, width, height);
            if (img_alt_.empty())
                warn("image \"" + quote_input(img_src_) + "\" has no alt text: describe it for readers who cannot see it");
            if (in_paragraph_ && paragraph_images_ == 1) {
                figure_.ok = true;
                figure_.src = checked->url;
                figure_.alt = img_alt_;
                figure_.title = title;
                figure_.width = width;
                figure_.height = height;
                figure_.link_ok = paragraph_links_ == 1 && in_written_link();
            }
        }
        write_img(checked->url, img_alt_, title, width, height);
    }

    void write_img(const std::string& src, const std::string& alt, const std::string& title, int width, int height) {
        w_.start("img").url("src", src).attr("alt", alt);
        if (!title.empty()) w_.attr("title", title);
        if (!article_) {
            w_.raw(" />");
            return;
        }
        if (width > 0) w_.attr("width", width).attr("height", height);
        w_.attr("loading", "lazy").attr("decoding", "async").end_start();
    }

    std::string scheme_list() const {
        std::string s;
        for (std::size_t i = 0; i < schemes_.size(); ++i) {
            if (i) s += i + 1 == schemes_.size() ? " or " : ", ";
            s += schemes_[i];
        }
        return s;
    }

    // --- text ------------------------------------------------------------------

    void prose(std::string_view t) {
        body_.stats.add_text(t);
        count_text(t);
        w_.text(t);
    }

    void entity(std::string_view ref) {
        scratch_.clear();
        decode_entity(scratch_, ref);
        body_.stats.add_text(scratch_);
        count_text(scratch_);
        w_.text(scratch_);
    }

    // --- code ----------------------------------------------------------------

    // In the article, a code block is a keyboard-scrollable region (wide code
    // scrolls inside it rather than widening the page) and, in a
    // right-to-left article, left to right as code is.
    void open_code(const MD_BLOCK_CODE_DETAIL* d) {
        in_code_block_ = true;
        if (!article_) w_.raw("<pre><code");
        else w_.raw(code_ltr_ ? "<pre dir=\"ltr\" tabindex=\"0\"><code" : "<pre tabindex=\"0\"><code");
        if (d->lang.text) {
            std::string cls = "language-";
            cls += attribute_text(d->lang);
            w_.attr("class", cls);
        }
        w_.raw(">");
    }

    void close_code() {
        in_code_block_ = false;
        w_.raw("</code></pre>\n");
        block_done(BlockKind::code);
    }

    void code_text(std::string_view t) {
        if (in_code_block_) body_.stats.add_code(t);
        else body_.stats.add_text(t);
        w_.text(t);
    }

    // --- raw HTML: text unless allowlisted -----------------------------------

    void open_html_block() {
        if (article_) w_.raw("<p class=\"bs-raw-html\">");
        html_block_start_ = body_.html.size();
    }

    void close_html_block() {
        if (article_) {
            while (body_.html.size() > html_block_start_ && body_.html.back() == '\n') body_.html.pop_back();
            w_.raw("</p>\n");
        }
        block_done(BlockKind::html);
    }

    void raw_html(std::string_view t) {
        body_.stats.add_text(t);
        AllowedTag tag;
        if (opt_.allow_html && in_leaf_inline() && allowed_inline_tag(t, tag)) {
            if (tag.is_void) {
                w_.raw(tag.markup);
            } else if (!tag.closing) {
                w_.raw(tag.markup);
                spans_.push_back({MD_SPAN_EM, true, tag.name});
            } else if (!close_raw_tag(tag.name)) {
                shown_as_text(t);  // a closing tag with no opener stays visible
            }
            return;
        }
        shown_as_text(t);
    }

    void shown_as_text(std::string_view t) {
        if (in_heading_) heading_plain_ += t;
        w_.text(t);
    }

    bool in_leaf_inline() const { return in_paragraph_ || in_heading_ || in_cell_; }

    // Allowlisted tags share the span stack with Markdown's own spans, so
    // "**bold <i>italic** rest</i>" still nests: closing the strong closes
    // the <i> opened inside it (the later </i> then shows as text), and tags
    // left open at the end of a block are closed there, never leaking into
    // the rest of the page.
    void close_leaf_tags() { close_all_spans(); }

    // --- tables ---------------------------------------------------------------

    // The table scrolls inside a focusable region, named by its caption when
    // it has one. A caption paragraph just before the table is taken here;
    // one just after is inserted when it closes (caption_after_table).
    void open_table() {
        if (!article_) {
            line("<table>");
            return;
        }
        table_ = Table{};
        table_.top_level = depth_ == 0;
        bool caption_before = events_ == pending_caption_.event + 1;
        std::string caption, id;
        if (caption_before) {
            id = unique_id("table-" + std::to_string(++tables_captioned_));
            caption = caption_markup(pending_caption_, id);
            body_.html.resize(pending_caption_.start);
            if (pending_caption_.top_level && !body_.blocks.empty()) body_.blocks.pop_back();
        }
        w_.raw("<div class=\"bs-table\" role=\"region\"");
        table_.label_pos = body_.html.size();
        if (caption_before) w_.attr("aria-labelledby", id);
        w_.raw(" tabindex=\"0\"><table>\n");
        table_.caption_pos = body_.html.size();
        w_.raw(caption);
        table_.has_caption = caption_before;
    }

    void close_table() {
        line("</table>");
        if (article_) line("</div>");
        table_.event = events_;
        block_done(BlockKind::table);
    }

    void open_cell(const char* tag, MD_ALIGN align) {
        in_cell_ = true;
        w_.start(tag);
        if (!article_) {
            switch (align) {
            case MD_ALIGN_LEFT: w_.attr("align", "left"); break;
            case MD_ALIGN_CENTER: w_.attr("align", "center"); break;
            case MD_ALIGN_RIGHT: w_.attr("align", "right"); break;
            default: break;
            }
        } else {
            if (in_thead_) w_.attr("scope", "col");
            switch (align) {
            case MD_ALIGN_LEFT: w_.attr("class", "bs-left"); break;
            case MD_ALIGN_CENTER: w_.attr("class", "bs-center"); break;
            case MD_ALIGN_RIGHT: w_.attr("class", "bs-right"); break;
            default: break;
            }
        }
        open_dir_scope();
        w_.end_start();
    }

    void close_cell(std::string_view end_tag) {
        close_leaf_tags();
        in_cell_ = false;
        line(end_tag);
        std::size_t pos = 0;
        std::string_view dir = close_dir_scope(pos);
        if (!dir.empty()) insert_attributes(pos, dir_attribute(dir));
    }

    // --- state -----------------------------------------------------------------

    struct Figure {
        bool ok = false;
        std::string src, alt, title;
        int width = 0, height = 0;
        bool link_ok = false;  // the image is the whole content of the paragraph's one link
        CheckedUrl link;
        std::string link_title;
    };

    struct Table {
        std::size_t label_pos = 0;    // where aria-labelledby goes in the wrapper
        std::size_t caption_pos = 0;  // just after "<table>\n"
        bool has_caption = false;
        bool top_level = false;
        unsigned long event = 0;      // events_ when it closed (0: none yet)
    };

    struct DirScope {
        std::size_t attr_pos;
        DirectionCount count;
    };

    std::string_view src_;
    const BodyOptions& opt_;
    Body& body_;
    Diagnostics& diags_;
    HtmlWriter w_;
    const std::vector<std::string>& schemes_;
    const bool article_;   // the article dialect (not commonmark)
    const bool code_ltr_;  // code is marked dir="ltr" (right-to-left article)
    std::unique_ptr<LineIndex> lines_;
    std::size_t last_pos_ = 0;
    bool failed_ = false;

    // Every block enter and leave counts one event, so "the block right
    // before this one" is a comparison (table captions).
    unsigned long events_ = 1;

    int depth_ = 0;  // open containers (quote, list, item): 0 = top level
    std::vector<DirScope> dir_scopes_;
    std::vector<std::pair<int, int>> heading_levels_;  // (source level, output level)
    bool in_heading_ = false;
    int heading_level_ = 2;
    std::string heading_plain_;
    std::unordered_set<std::string> ids_;
    std::unordered_map<std::string, int> next_suffix_;

    bool in_paragraph_ = false;
    bool paragraph_has_text_ = false;
    int paragraph_images_ = 0;
    int paragraph_links_ = 0;
    std::size_t paragraph_start_ = 0;
    std::size_t paragraph_inner_ = 0;
    bool paragraph_follows_table_ = false;
    std::size_t caption_prefix_ = 0;
    Figure figure_;
    Caption pending_caption_;
    Table table_;
    int tables_captioned_ = 0;

    std::vector<OpenSpan> spans_;
    std::string img_title_;
    std::size_t img_pos_ = 0;
    int image_depth_ = 0;
    std::string img_src_, img_alt_;
    std::string scratch_;

    bool in_code_block_ = false;
    std::size_t html_block_start_ = 0;
    bool in_thead_ = false;
    bool in_cell_ = false;
};

int cb_enter_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<BodyRenderer*>(u)->enter_block(t, d); }
int cb_leave_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<BodyRenderer*>(u)->leave_block(t, d); }
int cb_enter_span(MD_SPANTYPE t, void* d, void* u) { return static_cast<BodyRenderer*>(u)->enter_span(t, d); }
int cb_leave_span(MD_SPANTYPE t, void* d, void* u) { return static_cast<BodyRenderer*>(u)->leave_span(t, d); }
int cb_text(MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
    return static_cast<BodyRenderer*>(u)->text(t, std::string_view(s, n));
}

}  // namespace

namespace {

// md4c 0.4.8 (the version Debian ships) finds bare "http://" and "www." links
// in time proportional to (candidates x paragraph length): each candidate
// scans forward to the next resolved mark (fixed upstream in md4c 0.5). A
// body built to exploit that (48,000 "www.a.b" in one paragraph) took 2 s
// natively. Real articles have a few dozen bare links, so the extension is
// switched off only when candidates x body size exceeds a budget that keeps
// the worst case near 0.1 s; such bodies still render, with a warning.
constexpr double kBareLinkBudget = 2e8;

double bare_link_work(std::string_view md) {
    std::size_t candidates = 0;
    for (std::size_t p = md.find("://"); p != std::string_view::npos; p = md.find("://", p + 3)) ++candidates;
    for (std::size_t p = md.find("www."); p != std::string_view::npos; p = md.find("www.", p + 4)) ++candidates;
    return static_cast<double>(candidates) * static_cast<double>(md.size());
}

}  // namespace

bool render_body(std::string_view markdown, const BodyOptions& options, Body& out, Diagnostics& diags) {
    if (markdown.size() > 0xFFFFFFF0u) {
        diags.error("the body is too large");
        return false;
    }
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = options.commonmark ? 0u : unsigned(MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH);
    if (!options.commonmark) {
        if (bare_link_work(markdown) <= kBareLinkBudget) {
            parser.flags |= MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS;
        } else {
            diags.warning("so many bare web addresses that they are left as text, not links (write <https://...> "
                          "to link one)",
                          options.first_line, 1);
        }
    }
    parser.enter_block = cb_enter_block;
    parser.leave_block = cb_leave_block;
    parser.enter_span = cb_enter_span;
    parser.leave_span = cb_leave_span;
    parser.text = cb_text;
    out.html.reserve(out.html.size() + markdown.size() + markdown.size() / 4);
    BodyRenderer renderer(markdown, options, out, diags);
    int rc = md_parse(markdown.data(), static_cast<MD_SIZE>(markdown.size()), &parser, &renderer);
    if (renderer.failed()) return false;
    if (rc != 0) {
        diags.error("the Markdown parser ran out of memory");
        return false;
    }
    return true;
}

}  // namespace broadsheet::detail
