// The Markdown body: md4c's callbacks -> our HTML.
//
// The renderer is a small state object. Each md4c callback is a switch of
// one-line cases calling named helpers. md4c lends its strings only for the
// duration of a callback and does not NUL-terminate them: anything kept is
// copied.
//
// Two dialects come out of the same callbacks:
//   - article (default): headings shifted to start at h2 without skipping a
//     level, with stable ids; a paragraph holding only an image becomes a
//     <figure>; tables get scope and a scrolling wrapper; links to other sites
//     get rel="noopener"; classes prefixed bs-.
//   - commonmark: exactly the HTML md4c-html writes, so the CommonMark spec
//     suite can judge the parse.
// In both, raw HTML is text unless allowHtml lets an allowlisted tag through,
// and every URL passes the URL policy.
#include "markdown_body.hpp"

#include <algorithm>
#include <memory>
#include <unordered_map>
#include <unordered_set>

#include <md4c.h>

extern "C" {
#include <entity.h>
}

#include "html_allowlist.hpp"
#include "html_writer.hpp"
#include "url_policy.hpp"

namespace broadsheet::detail {

namespace {

const std::vector<std::string> kDefaultSchemes = {"http", "https", "mailto"};

// ---------------------------------------------------------------------------
// Character references and attributes
// ---------------------------------------------------------------------------

void append_utf8(std::string& out, unsigned cp) {
    if (cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) cp = 0xFFFD;
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

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

// A heading's id: lower-case letters and digits of any script, '-' between
// words; "section" when nothing is left.
std::string slugify(std::string_view text) {
    std::string out;
    bool dash = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        unsigned char c = static_cast<unsigned char>(text[i]);
        if (c >= 0x80) {
            // Keep non-ASCII letters as they are, but not general punctuation
            // (U+2000-U+206F, 3 bytes E2 80..81 xx) or U+00A0-U+00BF.
            std::size_t n = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
            bool punct = (c == 0xE2 && i + 1 < text.size() &&
                          (static_cast<unsigned char>(text[i + 1]) == 0x80 || static_cast<unsigned char>(text[i + 1]) == 0x81)) ||
                         (c == 0xC2) || (c == 0xE3 && i + 1 < text.size() && static_cast<unsigned char>(text[i + 1]) == 0x80);
            if (punct) {
                dash = !out.empty();
            } else {
                if (dash) out += '-';
                dash = false;
                out.append(text.data() + i, std::min(n, text.size() - i));
            }
            i += n - 1;
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            if (dash) out += '-';
            dash = false;
            out += static_cast<char>(c);
        } else if (c >= 'A' && c <= 'Z') {
            if (dash) out += '-';
            dash = false;
            out += static_cast<char>(c - 'A' + 'a');
        } else if (c != '\'') {
            dash = !out.empty();
        }
        if (out.size() > 80) break;
    }
    if (out.empty()) out = "section";
    return out;
}

// ---------------------------------------------------------------------------
// The renderer
// ---------------------------------------------------------------------------

class BodyRenderer {
public:
    BodyRenderer(std::string_view src, const BodyOptions& opt, Body& body, Diagnostics& diags)
        : src_(src), opt_(opt), body_(body), diags_(diags), w_(body.html),
          schemes_(opt.url_schemes ? *opt.url_schemes : kDefaultSchemes) {}

    int enter_block(MD_BLOCKTYPE type, void* detail) {
        body_.stats.split();
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: return open_container("blockquote", BlockKind::quote);
        case MD_BLOCK_UL: return open_list(static_cast<MD_BLOCK_UL_DETAIL*>(detail));
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

    int leave_block(MD_BLOCKTYPE type, void* detail) {
        body_.stats.split();
        switch (type) {
        case MD_BLOCK_DOC: break;
        case MD_BLOCK_QUOTE: close_container("blockquote", BlockKind::quote); break;
        case MD_BLOCK_UL: close_container("ul", BlockKind::list); break;
        case MD_BLOCK_OL: close_container("ol", BlockKind::list); break;
        case MD_BLOCK_LI: --depth_; w_.raw("</li>\n"); break;
        case MD_BLOCK_HR: break;
        case MD_BLOCK_H: close_heading(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level); break;
        case MD_BLOCK_CODE: close_code(); break;
        case MD_BLOCK_HTML: close_html_block(); break;
        case MD_BLOCK_P: close_paragraph(); break;
        case MD_BLOCK_TABLE: close_table(); break;
        case MD_BLOCK_THEAD: in_thead_ = false; line("</thead>"); break;
        case MD_BLOCK_TBODY: line("</tbody>"); break;
        case MD_BLOCK_TR: line("</tr>"); break;
        case MD_BLOCK_TH: close_leaf_tags(); line("</th>"); break;
        case MD_BLOCK_TD: close_leaf_tags(); line("</td>"); break;
        }
        return 0;
    }

    int enter_span(MD_SPANTYPE type, void* detail) {
        if (image_depth_ > 0) {  // inside alt text only text is kept
            if (type == MD_SPAN_IMG) ++image_depth_;
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM: w_.raw("<em>"); break;
        case MD_SPAN_STRONG: w_.raw("<strong>"); break;
        case MD_SPAN_A: open_link(static_cast<MD_SPAN_A_DETAIL*>(detail)); break;
        case MD_SPAN_IMG: open_image(static_cast<MD_SPAN_IMG_DETAIL*>(detail)); break;
        case MD_SPAN_CODE: w_.raw("<code>"); break;
        case MD_SPAN_DEL: w_.raw("<del>"); break;
        case MD_SPAN_U: w_.raw("<u>"); break;
        default: break;  // LaTeX and wiki links are not enabled
        }
        return 0;
    }

    int leave_span(MD_SPANTYPE type, void* detail) {
        if (image_depth_ > 0) {
            if (type == MD_SPAN_IMG && --image_depth_ == 0) close_image(static_cast<MD_SPAN_IMG_DETAIL*>(detail));
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM: w_.raw("</em>"); break;
        case MD_SPAN_STRONG: w_.raw("</strong>"); break;
        case MD_SPAN_A: close_link(); break;
        case MD_SPAN_CODE: w_.raw("</code>"); break;
        case MD_SPAN_DEL: w_.raw("</del>"); break;
        case MD_SPAN_U: w_.raw("</u>"); break;
        default: break;
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, std::string_view t) {
        note_position(t.data());
        if (body_.html.size() > kMaxBodyBytes) return too_big();
        if (image_depth_ > 0) return alt_text(type, t);
        if (in_heading_) heading_text(type, t);
        if (in_paragraph_ && !(type == MD_TEXT_SOFTBR || type == MD_TEXT_BR) &&
            t.find_first_not_of(" \t") != std::string_view::npos)
            paragraph_has_text_ = true;
        switch (type) {
        case MD_TEXT_NORMAL: body_.stats.add_text(t); w_.text(t); break;
        case MD_TEXT_NULLCHAR: w_.raw("\xEF\xBF\xBD"); break;
        case MD_TEXT_BR: body_.stats.split(); w_.raw(opt_.commonmark ? "<br />\n" : "<br>\n"); break;
        case MD_TEXT_SOFTBR: body_.stats.split(); w_.raw("\n"); break;
        case MD_TEXT_ENTITY: entity(t); break;
        case MD_TEXT_CODE: code_text(t); break;
        case MD_TEXT_HTML: raw_html(t); break;
        default: w_.text(t); break;
        }
        return 0;
    }

    void finish() {}

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

    void warn(std::string message) {
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

    // A top-level block ends: remember where, for placing ads.
    void block_done(BlockKind kind) {
        if (depth_ == 0) body_.blocks.push_back({kind, body_.html.size()});
    }

    // --- containers --------------------------------------------------------

    int open_container(const char* tag, BlockKind) {
        if (++depth_ > opt_.max_depth)
            return fail("lists and quotes nested deeper than " + std::to_string(opt_.max_depth) + " levels (limit maxDepth)");
        w_.raw("<").raw(tag).raw(">\n");
        return 0;
    }

    void close_container(const char* tag, BlockKind kind) {
        --depth_;
        w_.raw("</").raw(tag).raw(">\n");
        block_done(kind);
    }

    int open_list(const MD_BLOCK_UL_DETAIL*) { return open_container("ul", BlockKind::list); }

    int open_list(const MD_BLOCK_OL_DETAIL* d) {
        if (++depth_ > opt_.max_depth)
            return fail("lists and quotes nested deeper than " + std::to_string(opt_.max_depth) + " levels (limit maxDepth)");
        if (d->start == 1) {
            w_.raw("<ol>\n");
        } else {
            w_.start("ol").attr("start", static_cast<long long>(d->start)).end_start().newline();
        }
        return 0;
    }

    int open_item() {
        ++depth_;
        w_.raw("<li>");
        return 0;
    }

    void rule() {
        w_.raw(opt_.commonmark ? "<hr />\n" : "<hr>\n");
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
        heading_level_ = opt_.commonmark ? static_cast<int>(source_level) : shifted_level(static_cast<int>(source_level));
        w_.raw("<h").raw(std::string(1, static_cast<char>('0' + heading_level_)));
        heading_attr_pos_ = body_.html.size();  // the id goes here once the text is known
        w_.raw(">");
    }

    void close_heading(unsigned) {
        in_heading_ = false;
        close_leaf_tags();
        std::string tag = std::string("h") + static_cast<char>('0' + heading_level_);
        w_.raw("</").raw(tag).raw(">\n");
        if (!opt_.commonmark) {
            std::string id = unique_id(slugify(heading_plain_));
            std::string attr;
            HtmlWriter(attr).attr("id", id);
            body_.html.insert(heading_attr_pos_, attr);
            body_.headings.push_back({heading_level_, std::move(id), heading_plain_});
        }
        block_done(BlockKind::heading);
    }

    void heading_text(MD_TEXTTYPE type, std::string_view t) {
        switch (type) {
        case MD_TEXT_ENTITY: decode_entity(heading_plain_, t); break;
        case MD_TEXT_SOFTBR:
        case MD_TEXT_BR: heading_plain_ += ' '; break;
        case MD_TEXT_HTML: break;
        default: heading_plain_ += t; break;
        }
    }

    // "id", then "id-2", "id-3", ... Linear in the number of headings.
    std::string unique_id(std::string id) {
        if (ids_.insert(id).second) return id;
        int& n = next_suffix_[id];
        if (n < 2) n = 2;
        std::string candidate;
        do candidate = id + "-" + std::to_string(n++);
        while (!ids_.insert(candidate).second);
        return candidate;
    }

    // --- paragraphs and figures --------------------------------------------

    void open_paragraph() {
        in_paragraph_ = true;
        paragraph_has_text_ = false;
        paragraph_images_ = 0;
        paragraph_start_ = body_.html.size();
        figure_ = Figure{};
        w_.raw("<p>");
    }

    void close_paragraph() {
        in_paragraph_ = false;
        close_leaf_tags();
        if (!opt_.commonmark && paragraph_images_ == 1 && !paragraph_has_text_ && figure_.ok) {
            // A paragraph that is only an image is a figure; its title is the caption.
            body_.html.resize(paragraph_start_);
            write_figure();
            block_done(BlockKind::figure);
            return;
        }
        w_.raw("</p>\n");
        block_done(BlockKind::paragraph);
    }

    void write_figure() {
        w_.open("figure", "bs-figure");
        write_img(figure_.src, figure_.alt, {});
        if (!figure_.title.empty()) w_.open("figcaption").text(figure_.title).close("figcaption");
        w_.close("figure").newline();
    }

    // --- links and images ----------------------------------------------------

    void open_link(const MD_SPAN_A_DETAIL* d) {
        std::string href = attribute_text(d->href);
        auto checked = check_url(href, schemes_);
        if (!checked) {
            warn("link to \"" + href.substr(0, 80) + "\" removed: only " + scheme_list() + " and relative links are allowed");
            links_.push_back(false);
            return;
        }
        if (in_paragraph_) paragraph_has_text_ = true;  // a link is not an image-only paragraph
        w_.start("a").url("href", checked->url);
        if (d->title.text) w_.attr("title", attribute_text(d->title));
        if (!opt_.commonmark && checked->kind == UrlKind::other_site) w_.attr("rel", "noopener");
        w_.end_start();
        links_.push_back(true);
    }

    void close_link() {
        bool opened = links_.back();
        links_.pop_back();
        if (opened) w_.raw("</a>");
    }

    void open_image(const MD_SPAN_IMG_DETAIL* d) {
        image_depth_ = 1;
        img_alt_.clear();
        img_src_ = attribute_text(d->src);
        if (in_paragraph_) ++paragraph_images_;
        body_.stats.add_image();
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

    void close_image(const MD_SPAN_IMG_DETAIL* d) {
        std::string title = d->title.text ? attribute_text(d->title) : std::string();
        auto checked = check_url(img_src_, schemes_);
        if (!checked) {
            warn("image \"" + img_src_.substr(0, 80) + "\" removed: only " + scheme_list() + " and relative URLs are allowed");
            w_.text(img_alt_);  // the alt text stands in for the image
            if (in_paragraph_) paragraph_has_text_ = true;
            return;
        }
        if (img_alt_.empty() && !opt_.commonmark) warn("image \"" + img_src_.substr(0, 80) + "\" has no alt text");
        if (in_paragraph_ && paragraph_images_ == 1 && !opt_.commonmark) {
            figure_ = Figure{true, checked->url, img_alt_, title};
        }
        write_img(checked->url, img_alt_, title);
    }

    void write_img(const std::string& src, const std::string& alt, const std::string& title) {
        w_.start("img").url("src", src).attr("alt", alt);
        if (!title.empty()) w_.attr("title", title);
        if (opt_.commonmark) {
            w_.raw(" />");
            return;
        }
        w_.attr("loading", "lazy").attr("decoding", "async").end_start();
    }

    std::string scheme_list() const {
        std::string s;
        for (std::size_t i = 0; i < schemes_.size(); ++i) {
            if (i) s += i + 1 == schemes_.size() ? " and " : ", ";
            s += schemes_[i];
        }
        return s;
    }

    // --- code ----------------------------------------------------------------

    void open_code(const MD_BLOCK_CODE_DETAIL* d) {
        in_code_block_ = true;
        w_.raw("<pre><code");
        if (d->lang.text) {
            std::string lang = attribute_text(d->lang);
            std::string cls = "language-" + lang;
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

    void open_html_block() { w_.raw(opt_.commonmark ? "" : "<p class=\"bs-raw-html\">"); html_block_start_ = body_.html.size(); }

    void close_html_block() {
        if (opt_.commonmark) {
            block_done(BlockKind::html);
            return;
        }
        while (body_.html.size() > html_block_start_ && body_.html.back() == '\n') body_.html.pop_back();
        w_.raw("</p>\n");
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
                open_tags_.push_back(tag.name);
            } else if (!open_tags_.empty() && open_tags_.back() == tag.name) {
                w_.raw(tag.markup);
                open_tags_.pop_back();
            } else {
                w_.text(t);  // a closing tag with no opener stays visible
            }
            return;
        }
        w_.text(t);
    }

    bool in_leaf_inline() const { return in_paragraph_ || in_heading_ || in_cell_; }

    // Allowlisted tags left open at the end of a block are closed there, so
    // they never leak into the rest of the page.
    void close_leaf_tags() {
        while (!open_tags_.empty()) {
            w_.raw("</").raw(open_tags_.back()).raw(">");
            open_tags_.pop_back();
        }
        in_cell_ = false;
    }

    // --- tables ---------------------------------------------------------------

    void open_table() {
        if (opt_.commonmark) {
            line("<table>");
            return;
        }
        w_.raw("<div class=\"bs-table\" role=\"region\" tabindex=\"0\">").raw("<table>\n");
    }

    void close_table() {
        line("</table>");
        if (!opt_.commonmark) line("</div>");
        block_done(BlockKind::table);
    }

    void open_cell(const char* tag, MD_ALIGN align) {
        in_cell_ = true;
        w_.start(tag);
        if (opt_.commonmark) {
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
        w_.end_start();
    }

    // --- entities --------------------------------------------------------------

    void entity(std::string_view ref) {
        std::string decoded;
        decode_entity(decoded, ref);
        body_.stats.add_text(decoded);
        w_.text(decoded);
    }

    struct Figure {
        bool ok = false;
        std::string src, alt, title;
    };

    std::string_view src_;
    const BodyOptions& opt_;
    Body& body_;
    Diagnostics& diags_;
    HtmlWriter w_;
    const std::vector<std::string>& schemes_;
    std::unique_ptr<LineIndex> lines_;
    std::size_t last_pos_ = 0;
    bool failed_ = false;

    int depth_ = 0;  // open containers (quote, list, item): 0 = top level
    std::vector<std::pair<int, int>> heading_levels_;  // (source level, output level)
    bool in_heading_ = false;
    int heading_level_ = 2;
    std::size_t heading_attr_pos_ = 0;
    std::string heading_plain_;
    std::unordered_set<std::string> ids_;
    std::unordered_map<std::string, int> next_suffix_;

    bool in_paragraph_ = false;
    bool paragraph_has_text_ = false;
    int paragraph_images_ = 0;
    std::size_t paragraph_start_ = 0;
    Figure figure_;

    std::vector<bool> links_;  // whether each open link was written
    int image_depth_ = 0;
    std::string img_src_, img_alt_;

    bool in_code_block_ = false;
    std::size_t html_block_start_ = 0;
    bool in_thead_ = false;
    bool in_cell_ = false;
    std::vector<std::string> open_tags_;
};

int cb_enter_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<BodyRenderer*>(u)->enter_block(t, d); }
int cb_leave_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<BodyRenderer*>(u)->leave_block(t, d); }
int cb_enter_span(MD_SPANTYPE t, void* d, void* u) { return static_cast<BodyRenderer*>(u)->enter_span(t, d); }
int cb_leave_span(MD_SPANTYPE t, void* d, void* u) { return static_cast<BodyRenderer*>(u)->leave_span(t, d); }
int cb_text(MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
    return static_cast<BodyRenderer*>(u)->text(t, std::string_view(s, n));
}

}  // namespace

bool render_body(std::string_view markdown, const BodyOptions& options, Body& out, Diagnostics& diags) {
    if (markdown.size() > 0xFFFFFFF0u) {
        diags.error("the body is too large");
        return false;
    }
    MD_PARSER parser{};
    parser.abi_version = 0;
    parser.flags = options.commonmark ? 0u
                                      : unsigned(MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS |
                                                 MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS);
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
