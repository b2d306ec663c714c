// MarkdownEvents -> article HTML (see article_writer.hpp).
#include "body/article_writer.hpp"

#include <cstring>

#include "body/prose.hpp"
#include "text/ascii.hpp"
#include "text/slug.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

namespace {

// ---------------------------------------------------------------------------
// Conventions for writers (README, "Writing the body")
// ---------------------------------------------------------------------------

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

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

// A heading may end in an attribute block, "{#id .class}" (kramdown, Hugo,
// Pandoc): returns where it starts in `t`, the spaces before it included, or
// npos. Each word inside starts '#' or '.'; only the id is used.
std::size_t attribute_block(std::string_view t) {
    if (t.empty() || t.back() != '}') return std::string_view::npos;
    std::size_t open = t.rfind('{');
    if (open == std::string_view::npos) return open;
    std::string_view inner = t.substr(open + 1, t.size() - open - 2);
    bool any = false;
    for (std::size_t i = 0; i < inner.size();) {
        if (inner[i] == ' ' || inner[i] == '\t') {
            ++i;
            continue;
        }
        if (inner[i] != '#' && inner[i] != '.') return std::string_view::npos;
        while (i < inner.size() && inner[i] != ' ' && inner[i] != '\t') {
            if (inner[i] == '}') return std::string_view::npos;
            ++i;
        }
        any = true;
    }
    if (!any) return std::string_view::npos;
    while (open > 0 && (t[open - 1] == ' ' || t[open - 1] == '\t')) --open;
    return open;
}

// The first "#id" of an attribute block, without the '#'; "" when none.
std::string_view attribute_id(std::string_view block) {
    for (std::size_t i = block.find('#'); i != std::string_view::npos; i = block.find('#', i + 1)) {
        if (block[i - 1] != '{' && block[i - 1] != ' ' && block[i - 1] != '\t') continue;  // "#" inside ".a#b"
        std::size_t end = block.find_first_of(" \t}", i);
        return block.substr(i + 1, end - i - 1);
    }
    return {};
}

// An id a writer may choose: ASCII letters, digits, '-', '_', '.', ':' (safe
// in a URL fragment and a CSS selector without escaping).
bool is_safe_id(std::string_view id) {
    if (id.empty()) return false;
    for (char c : id)
        if (!ascii::is_alnum(c) && c != '-' && c != '_' && c != '.' && c != ':') return false;
    return true;
}

}  // namespace

ArticleWriter::ArticleWriter(std::string_view src, const BodyOptions& options, Body& body, Diagnostics& diags)
    : BodyWriter(src, options, body, diags),
      code_ltr_(options.direction == TextDirection::rtl),
      typography_(options.typography),
      typo_(options.quotes),
      heading_typo_(options.quotes) {
    drop_comments_ = true;
    open_.reserve(8);  // nesting rarely goes deeper: no reallocation (which would move the blocks' buffers)
    heading_levels_.reserve(6);
}

// ---------------------------------------------------------------------------
// The events
// ---------------------------------------------------------------------------

int ArticleWriter::enter_block(const BlockInfo& b) {
    held_stale_ = true;
    if (caption_.held || table_.held) write_held(b.type == BlockType::table, b.type == BlockType::paragraph);
    close_open_tags();
    body_.stats.split();
    typo_.reset();
    switch (b.type) {
    case BlockType::doc: break;
    case BlockType::quote: return open_container("<blockquote>");
    case BlockType::ul: return open_container("<ul>");
    case BlockType::ol: return open_container(ol_tag(b.start));
    case BlockType::li: open_item(); break;
    case BlockType::hr: rule(); break;
    case BlockType::heading: open_heading(b.level); break;
    case BlockType::code: open_code(b); break;
    case BlockType::html: begin_html_block(); break;
    case BlockType::paragraph: open_paragraph(); break;
    case BlockType::table: open_table(); break;
    case BlockType::thead: in_thead_ = true; line("<thead>"); break;
    case BlockType::tbody: line("<tbody>"); break;
    case BlockType::tr: line("<tr>"); break;
    case BlockType::th:
    case BlockType::td: open_cell(b.align); break;
    }
    return 0;
}

int ArticleWriter::leave_block(const BlockInfo& b) {
    held_stale_ = true;
    if ((caption_.held || table_.held) && b.type != BlockType::paragraph) write_held(false, false);
    close_open_tags();
    body_.stats.split();
    typo_.reset();
    switch (b.type) {
    case BlockType::doc: break;
    case BlockType::quote: close_container("</blockquote>", BlockKind::quote); break;
    case BlockType::ul: close_container("</ul>", BlockKind::list); break;
    case BlockType::ol: close_container("</ol>", BlockKind::list); break;
    case BlockType::li: close_item(); break;
    case BlockType::hr: break;
    case BlockType::heading: close_heading(); break;
    case BlockType::code: close_code(); break;
    case BlockType::html: close_html_block(); break;
    case BlockType::paragraph: close_paragraph(); break;
    case BlockType::table: close_table(); break;
    case BlockType::thead: in_thead_ = false; line("</thead>"); break;
    case BlockType::tbody: line("</tbody>"); break;
    case BlockType::tr: line("</tr>"); break;
    case BlockType::th: close_cell(true); break;
    case BlockType::td: close_cell(false); break;
    }
    return 0;
}

void ArticleWriter::enter_span(SpanType type, const LinkInfo* link) {
    heading_attribute_is_text();
    switch (type) {
    case SpanType::em: open_span(type, "<em>"); break;
    case SpanType::strong: open_span(type, "<strong>"); break;
    case SpanType::code: open_span(type, code_ltr_ ? "<code dir=\"ltr\">" : "<code>"); break;
    case SpanType::del: open_span(type, "<del>"); break;
    case SpanType::u: open_span(type, "<u>"); break;
    case SpanType::link: {
        const CheckedUrl* url = open_link(*link, true);
        // Kept in case the link holds just an image: a linked figure.
        if (url && in_paragraph_ && ++paragraph_links_ == 1 && !paragraph_has_text_ && paragraph_images_ == 0) {
            figure_.link = *url;
            figure_.link_title = link->title;
        }
        break;
    }
    }
}

void ArticleWriter::image(const ImageInfo& img) {
    heading_attribute_is_text();
    typo_.word();
    if (in_paragraph_) ++paragraph_images_;
    CheckedUrl* checked = check_image(img);
    if (!checked) {
        if (in_paragraph_) paragraph_has_text_ = true;  // its alt text was written instead
        return;
    }
    int width = 0, height = 0;
    take_size_fragment(checked->url, width, height);
    if (img.alt.empty())
        warn("image \"" + quote_input(img.src) + "\" has no alt text: describe it for readers who cannot see it");
    if (in_paragraph_ && paragraph_images_ == 1) {
        figure_.ok = true;
        figure_.src = checked->url;
        figure_.alt = img.alt;
        figure_.title = img.title;
        figure_.width = width;
        figure_.height = height;
        figure_.link_ok = paragraph_links_ == 1 && in_written_link();
    }
    write_img(checked->url, img.alt, img.title, width, height, true);
}

// Most text events are prose in the middle of a block (md4c cuts a
// paragraph's text at every span and line): those take the short way, the
// size check and the fused pass, without the rest of text_event()'s work.
int ArticleWriter::text(TextType type, std::string_view t, std::size_t offset) {
    at(offset);
    if (type == TextType::normal && !held_stale_ && !in_heading_ && (paragraph_has_text_ || !in_paragraph_)) {
        if (check_size(held_outside_ + (open_count_ ? out_->size() : 0))) return 1;
        write_text(t);
        return 0;
    }
    return text_event(type, t, offset);
}

int ArticleWriter::text_event(TextType type, std::string_view t, std::size_t offset) {
    // Between block events only the innermost block grows (every write
    // goes to out_), so the rest of what is held is summed once per block.
    std::size_t inner = open_count_ ? out_->size() : 0;
    if (held_stale_) {
        held_outside_ = held_bytes() - inner;
        held_stale_ = false;
    }
    if (check_size(held_outside_ + inner)) return 1;
    if (in_heading_) {
        heading_attribute_is_text();  // it was not at the end
        if (type == TextType::normal) t = take_heading_attribute(t, offset);
        heading_text(type, t);
    }
    if (in_paragraph_ && !paragraph_has_text_ && type != TextType::softbr && type != TextType::br &&
        t.find_first_not_of(" \t") != std::string_view::npos)
        paragraph_text(type, t);
    switch (type) {
    case TextType::normal: write_text(t); break;
    case TextType::null_char: null_char(); break;
    case TextType::br: typo_.space(); line_break("<br>\n"); break;
    case TextType::softbr: typo_.space(); line_break("\n"); break;
    case TextType::code: typo_.word(); code_text(t); break;
    case TextType::html:
        typo_.word();
        if (raw_html(t) && in_heading_) {  // shown as text: part of the heading's text
            heading_plain_ += t;
            heading_shown_ += t;
        }
        break;
    }
    return 0;
}

// Prose: escaped, counted, and typeset when BodyOptions::typography is on.
void ArticleWriter::write_text(std::string_view t) {
    write_prose(*out_, t, body_.stats, dir_, typography_ ? &typo_ : nullptr);
}

// Text outside the event stream (a figure's caption and credit), typeset
// as a block of its own. Valid until the next call.
std::string_view ArticleWriter::typeset(std::string_view t) {
    if (!typography_) return t;
    typeset_.clear();
    Typographer typo(opt_.quotes);
    typo.apply(t, typeset_);
    return typeset_;
}

// ---------------------------------------------------------------------------
// Open blocks
// ---------------------------------------------------------------------------

// A new innermost block: markup and words go to it until pop_block().
void ArticleWriter::push_block() {
    if (open_count_ == open_.size()) {
        // Room for an ordinary paragraph at once: the buffer is kept for the
        // blocks that follow at this depth, so it grows only past that.
        open_.emplace_back().html.reserve(1024);
    }
    Open& o = open_[open_count_++];
    o.html.clear();
    o.dir = {};
    out_ = &o.html;
    dir_ = &o.dir;
}

// The innermost block, closed: valid until the next push_block().
ArticleWriter::Open& ArticleWriter::pop_block() {
    Open& o = open_[--open_count_];
    out_ = open_count_ ? &open_[open_count_ - 1].html : &html_;
    dir_ = open_count_ ? &open_[open_count_ - 1].dir : nullptr;
    return o;
}

std::size_t ArticleWriter::held_bytes() const {
    std::size_t n = (table_.held ? table_.html.size() : 0) + (caption_.held ? caption_.html.size() : 0);
    for (std::size_t i = 0; i < open_count_; ++i) n += open_[i].html.size();
    return n;
}

// A block begins or ends: a caption paragraph goes to a table that begins
// right after it, a table waits for a paragraph that begins right after it;
// anything else means they are written as they are.
void ArticleWriter::write_held(bool next_is_table, bool next_is_paragraph) {
    if (caption_.held && !next_is_table) flush_caption_paragraph();
    if (table_.held && !next_is_paragraph) flush_table();
}

void ArticleWriter::flush_caption_paragraph() {
    caption_.held = false;
    write_paragraph(caption_.html, caption_.dir);
    block_done(BlockKind::paragraph);
}

// The table scrolls inside a focusable box (the keyboard scrolls it). With a
// caption the box is a region named by it; without one it has no role: a
// region without a name is no landmark to assistive technology anyway, and
// several such boxes on a page would read as one repeated landmark.
void ArticleWriter::flush_table() {
    table_.held = false;
    HtmlWriter out = w();
    out.raw("<div class=\"bs-table\"");
    if (table_.has_caption) out.raw(" role=\"region\"").attr("aria-labelledby", table_.id);
    out.raw(" tabindex=\"0\"><table>\n").raw(table_.caption).raw(table_.html).raw("</table>\n</div>\n");
    block_done(BlockKind::table);
}

// ---------------------------------------------------------------------------
// Lists and rules
// ---------------------------------------------------------------------------

void ArticleWriter::open_item() {
    ++depth_;
    push_block();
}

void ArticleWriter::close_item() {
    --depth_;
    Open& item = pop_block();
    HtmlWriter out = w();
    out.start("li");
    std::string_view dir = dir_against(item.dir, opt_.direction);
    if (!dir.empty()) out.attr("dir", dir);
    out.end_start().raw(item.html).raw("</li>\n");
}

void ArticleWriter::rule() {
    line("<hr>");
    block_done(BlockKind::rule);
}

// ---------------------------------------------------------------------------
// Headings
// ---------------------------------------------------------------------------

// Article headings start at h2 and never skip a level: each heading is one
// deeper than the nearest preceding heading of a smaller source level.
int ArticleWriter::shifted_level(int source_level) {
    while (!heading_levels_.empty() && heading_levels_.back().first >= source_level) heading_levels_.pop_back();
    int level = heading_levels_.empty() ? 2 : heading_levels_.back().second + 1;
    if (level > 6) level = 6;
    heading_levels_.emplace_back(source_level, level);
    return level;
}

void ArticleWriter::open_heading(int source_level) {
    in_heading_ = in_leaf_ = true;
    heading_plain_.clear();
    heading_shown_.clear();
    heading_attribute_.clear();
    heading_typo_.reset();
    heading_level_ = shifted_level(source_level);
    push_block();
}

void ArticleWriter::close_heading() {
    in_heading_ = in_leaf_ = false;
    Open& h = pop_block();
    std::string_view dir = dir_against(h.dir, opt_.direction);
    std::string id = heading_id();
    const char tag[] = {'h', static_cast<char>('0' + heading_level_)};
    HtmlWriter out = w();
    out.start(std::string_view(tag, 2)).attr("id", id);
    if (!dir.empty()) out.attr("dir", dir);
    const char end_tag[] = {'<', '/', 'h', tag[1], '>', '\n'};
    out.end_start().raw(h.html).raw(std::string_view(end_tag, sizeof end_tag));
    body_.headings.push_back({heading_level_, std::move(id), std::move(heading_shown_), dir});  // cleared at the next heading
    block_done(BlockKind::heading);
}

// The heading's id: the one its attribute block gives when that is a safe
// id, else its slug; unique either way.
std::string ArticleWriter::heading_id() {
    std::string_view chosen = attribute_id(heading_attribute_);
    std::string slug = heading_slug(heading_plain_);
    if (!chosen.empty() || heading_attribute_.find('#') != std::string::npos) {
        at(heading_attribute_at_);
        if (!is_safe_id(chosen)) {
            warn("heading id \"" + quote_input(chosen) +
                 "\" is not a safe id: use ASCII letters, digits, \"-\", \"_\", \".\" and \":\"; the heading's id is \"" +
                 slug + "\" instead");
        } else if (chosen.compare(0, 3, "bs-") == 0) {
            warn("heading id \"" + std::string(chosen) + "\" starts with \"bs-\", which the page's own ids use; the heading's id is \"" +
                 slug + "\" instead");
        } else {
            std::string id = unique_id(std::string(chosen));
            if (id != chosen)
                warn("heading id \"" + std::string(chosen) + "\" is used twice; this heading's id is \"" + id + "\"");
            return id;
        }
    }
    return unique_id(std::move(slug));
}

// A heading's text may end in "{#id .class}": held back (not written, not
// in the heading's text) until the heading ends, or written as text if more
// of the heading follows. Returns the text before it.
std::string_view ArticleWriter::take_heading_attribute(std::string_view t, std::size_t offset) {
    std::size_t start = attribute_block(t);
    if (start == std::string_view::npos) return t;
    heading_attribute_.assign(t.substr(start));
    heading_attribute_at_ = offset + t.find('{', start);
    return t.substr(0, start);
}

void ArticleWriter::heading_attribute_is_text() {
    if (heading_attribute_.empty()) return;
    std::string held;
    std::swap(held, heading_attribute_);
    heading_text(TextType::normal, held);
    write_text(held);
}

// The heading as plain text: as typed for its id, typeset for the table of
// contents; raw HTML counts only where it shows as text (see text()).
void ArticleWriter::heading_text(TextType type, std::string_view t) {
    switch (type) {
    case TextType::softbr:
    case TextType::br:
        heading_plain_ += ' ';
        heading_shown_ += ' ';
        heading_typo_.space();
        break;
    case TextType::html:
    case TextType::null_char: break;
    case TextType::normal:
        heading_plain_ += t;
        if (typography_) heading_typo_.apply(t, heading_shown_);
        else heading_shown_ += t;
        break;
    case TextType::code:
        heading_plain_ += t;
        heading_shown_ += t;
        heading_typo_.word();
        break;
    }
}

// "id", then "id-2", "id-3", ... Linear in the number of ids.
std::string ArticleWriter::unique_id(std::string id) {
    if (ids_.insert(id).second) return id;
    int& n = next_suffix_[id];
    if (n < 2) n = 2;
    std::string candidate;
    do candidate = id + "-" + std::to_string(n++);
    while (!ids_.insert(candidate).second);
    return candidate;
}

// ---------------------------------------------------------------------------
// Paragraphs, figures and table captions
// ---------------------------------------------------------------------------

void ArticleWriter::open_paragraph() {
    in_paragraph_ = in_leaf_ = true;
    paragraph_has_text_ = false;
    paragraph_images_ = 0;
    paragraph_links_ = 0;
    caption_prefix_ = 0;
    figure_.ok = figure_.link_ok = false;  // its strings keep their buffers
    push_block();
}

// The first text of a paragraph (text() calls it only until then).
void ArticleWriter::paragraph_text(TextType type, std::string_view t) {
    if (type == TextType::normal && out_->empty()) caption_prefix_ = caption_prefix(t);
    paragraph_has_text_ = true;
}

void ArticleWriter::close_paragraph() {
    in_paragraph_ = in_leaf_ = false;
    Open& p = pop_block();
    std::string_view dir = dir_against(p.dir, opt_.direction);
    bool caption = caption_prefix_ > 0 && p.html.size() > caption_prefix_;
    if (table_.held) {
        if (caption) {  // the caption of the table just before
            table_.id = unique_id("table-" + std::to_string(++tables_captioned_));
            write_caption(std::string_view(p.html).substr(caption_prefix_), dir, table_.id);
            table_.has_caption = true;
            flush_table();
            return;
        }
        flush_table();
    }
    if (is_figure()) {
        write_figure();
        block_done(BlockKind::figure);
        return;
    }
    if (caption) {  // maybe the caption of a table just after
        std::swap(caption_.html, p.html);
        caption_.prefix = caption_prefix_;
        caption_.dir = dir;
        caption_.held = true;
        return;
    }
    write_paragraph(p.html, dir);
    block_done(BlockKind::paragraph);
}

void ArticleWriter::write_paragraph(std::string_view inner, std::string_view dir) {
    HtmlWriter out = w();
    if (dir.empty()) out.raw("<p>");
    else out.start("p").attr("dir", dir).end_start();
    out.raw(inner).raw("</p>\n");
}

bool ArticleWriter::is_figure() const {
    return paragraph_images_ == 1 && !paragraph_has_text_ && figure_.ok &&
           (paragraph_links_ == 0 || (paragraph_links_ == 1 && figure_.link_ok));
}

void ArticleWriter::write_figure() {
    HtmlWriter out = w();
    out.open("figure", "bs-figure");
    if (figure_.link_ok) {
        out.start("a").url("href", figure_.link.url);
        if (!figure_.link_title.empty()) out.attr("title", figure_.link_title);
        if (figure_.link.kind == UrlKind::other_site) out.attr("rel", "noopener");
        out.end_start();
    }
    write_img(figure_.src, figure_.alt, {}, figure_.width, figure_.height, true);
    if (figure_.link_ok) out.close("a");
    CaptionParts parts = split_caption(figure_.title);
    if (!parts.caption.empty() || !parts.credit.empty()) {
        DirectionCount count;
        count.add(parts.caption);
        count.add(parts.credit);
        out.start("figcaption");
        std::string_view dir = dir_against(count, opt_.direction);
        if (!dir.empty()) out.attr("dir", dir);
        out.end_start();
        if (!parts.caption.empty()) out.open("span", "bs-caption").text(typeset(parts.caption)).close("span");
        if (!parts.caption.empty() && !parts.credit.empty()) out.text(" ");
        if (!parts.credit.empty()) out.open("span", "bs-credit").text(typeset(parts.credit)).close("span");
        out.close("figcaption");
    }
    out.close("figure").newline();
}

// table_.caption, "<caption id=… dir=…>inner</caption>\n", from a paragraph.
void ArticleWriter::write_caption(std::string_view inner, std::string_view dir, const std::string& id) {
    table_.caption.clear();
    HtmlWriter out(table_.caption);
    out.start("caption").attr("id", id);
    if (!dir.empty()) out.attr("dir", dir);
    out.end_start().raw(inner).close("caption").newline();
}

// ---------------------------------------------------------------------------
// Code and raw HTML blocks
// ---------------------------------------------------------------------------

// In the article, a code block is a keyboard-scrollable region (wide code
// scrolls inside it rather than widening the page) and, in a right-to-left
// article, left to right as code is.
void ArticleWriter::open_code(const BlockInfo& b) {
    in_code_block_ = true;
    HtmlWriter out = w();
    out.raw(code_ltr_ ? "<pre dir=\"ltr\" tabindex=\"0\"><code" : "<pre tabindex=\"0\"><code");
    if (b.has_info) out.attr("class", "language-" + b.info);
    out.raw(">");
}

// An HTML block, sanitized whole (html_sanitizer.hpp). What is only text
// (the default, or nothing allowlisted) is shown in a paragraph of its own,
// without the newlines that end its lines; a block of comments only vanishes.
void ArticleWriter::close_html_block() {
    SanitizedBlock block = end_html_block();
    std::string_view html = block.html;
    while (!html.empty() && (html.back() == '\n' || html.back() == ' ' || html.back() == '\t')) html.remove_suffix(1);
    while (!html.empty() && html.front() == '\n') html.remove_prefix(1);  // where a comment was
    if (html.empty()) return;
    if (block.kept_markup) w().raw(html).raw("\n");
    else w().raw("<p class=\"bs-raw-html\">").raw(html).raw("</p>\n");
    block_done(BlockKind::html);
}

// ---------------------------------------------------------------------------
// Tables
// ---------------------------------------------------------------------------

// A caption paragraph just before the table is taken here; one just after
// is taken when that paragraph closes (close_paragraph).
void ArticleWriter::open_table() {
    table_.has_caption = caption_.held;
    table_.caption.clear();
    if (caption_.held) {
        caption_.held = false;
        table_.id = unique_id("table-" + std::to_string(++tables_captioned_));
        write_caption(std::string_view(caption_.html).substr(caption_.prefix), caption_.dir, table_.id);
    }
    push_block();
}

void ArticleWriter::close_table() {
    Open& t = pop_block();
    std::swap(table_.html, t.html);
    if (table_.has_caption) flush_table();
    else table_.held = true;
}

void ArticleWriter::open_cell(Align align) {
    in_leaf_ = true;
    cell_align_ = align;
    cell_scope_ = in_thead_;
    push_block();
}

// The start tag `<th scope="col" class="bs-left" dir="rtl">` from literal
// pieces into one buffer, written when the cell closes (its dir is known
// then), and the whole cell in three appends (a table has many cells).
void ArticleWriter::close_cell(bool header) {
    in_leaf_ = false;
    Open& cell = pop_block();
    static constexpr std::string_view kAlign[] = {"", " class=\"bs-left\"", " class=\"bs-center\"",
                                                  " class=\"bs-right\""};  // Align's order
    char tag[64];  // at most 3 + 12 + 19 + 10 + 1 bytes
    std::size_t n = 0;
    auto put = [&](std::string_view piece) {
        std::memcpy(tag + n, piece.data(), piece.size());
        n += piece.size();
    };
    put(header ? "<th" : "<td");
    if (cell_scope_) put(" scope=\"col\"");
    put(kAlign[static_cast<int>(cell_align_)]);
    std::string_view dir = dir_against(cell.dir, opt_.direction);  // "", "ltr" or "rtl": nothing to escape
    if (!dir.empty()) {
        put(" dir=\"");
        put(dir);
        put("\"");
    }
    tag[n++] = '>';
    out_->append(tag, n).append(cell.html).append(header ? "</th>\n" : "</td>\n");
}

}  // namespace broadsheet::detail
