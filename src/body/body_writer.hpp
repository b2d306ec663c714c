// Private: what the two body writers share. CommonMarkWriter
// (commonmark_writer.hpp) and ArticleWriter (article_writer.hpp) each turn
// MarkdownEvents into HTML with a switch per event; the helpers they call for
// text, links, images, raw HTML, limits and diagnostics live here, so the
// policies (URL policy, allowlist, limits, warnings) are the same in both.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "body/markdown_body.hpp"
#include "body/md_events.hpp"
#include "html/html_sanitizer.hpp"
#include "html/html_writer.hpp"
#include "html/url_policy.hpp"
#include "text/direction.hpp"

namespace broadsheet::detail {

class BodyWriter : public MarkdownEvents {
public:
    bool failed() const { return failed_; }
    // What was written, Body::html's content before it included: render_body
    // moves it into Body::html when the parse ends (no copy).
    HtmlBuffer take_html() { return std::move(html_); }

protected:
    BodyWriter(std::string_view src, const BodyOptions& options, Body& body, Diagnostics& diags);

    // --- output -------------------------------------------------------------

    // Markup goes to *out_: html_ (Body::html once done), or a block the
    // article writer holds.
    HtmlWriter w() { return HtmlWriter(*out_); }
    void line(std::string_view markup) { out_->append(markup).push_back('\n'); }

    // A top-level block ends in Body::html: remember where, for placing ads.
    void block_done(BlockKind kind) {
        if (depth_ == 0) body_.blocks.push_back({kind, html_.size()});
    }

    // --- limits and diagnostics ----------------------------------------------

    void at(std::size_t offset) { pos_ = offset; }
    void warn(std::string message);
    int fail(std::string message);
    // Non-zero (and an error) when the HTML would pass 256 MiB; `held` is
    // what the writer holds outside html_.
    int check_size(std::size_t held);
    // Quotes and lists nest at most BodyOptions::max_depth deep.
    int open_container(std::string_view markup);
    // "<ol>", or "<ol start=\"3\">" (md4c-html writes start only when it is not 1).
    static std::string ol_tag(unsigned start) {
        return start == 1 ? "<ol>" : "<ol start=\"" + std::to_string(start) + "\">";
    }
    void close_container(std::string_view markup, BlockKind kind);
    void close_code() {
        in_code_block_ = false;
        line("</code></pre>");
        block_done(BlockKind::code);
    }

    // --- text ---------------------------------------------------------------

    // Prose: escaped, its words counted, and its direction into `dir` if set.
    void prose(std::string_view t, DirectionCount* dir);
    void null_char() { w().raw("\xEF\xBF\xBD"); }
    void line_break(std::string_view markup) {
        body_.stats.split();
        w().raw(markup);
    }
    void code_text(std::string_view t);
    // Raw HTML (html_sanitizer.hpp), at the offset given to at(). Inside an
    // HTML block the article writer gathers, appended to it. A comment is
    // dropped when `drop_comments_` (article mode). An allowlisted inline tag
    // (allowHtml, inside a paragraph, heading or cell) is written; anything
    // else is shown as text. Returns true when it was shown as text.
    bool raw_html(std::string_view t);
    // md4c reports an HTML block line by line; the article writer gathers it
    // from begin_html_block() and sanitizes it whole at end_html_block(),
    // which also reports its warnings and counts its visible words.
    void begin_html_block() {
        html_block_.clear();
        html_block_lines_.clear();
        gathering_html_ = true;
    }
    SanitizedBlock end_html_block();

    // --- spans: Markdown's and allowlisted tags' -------------------------------

    void open_span(SpanType type, std::string_view markup);
    // Writes <a> when the URL passes the policy (rel="noopener" for another
    // site when `article`), else warns and keeps only the link's text.
    // Returns the checked URL, or nullptr when refused.
    const CheckedUrl* open_link(const LinkInfo& link, bool article);
    // Closes the innermost span of `type` (MarkdownEvents promise it is the
    // innermost Markdown span) and any allowlisted tag opened inside it.
    void close_span(SpanType type);
    // Allowlisted tags left open when a block begins or ends are closed
    // there, never leaking into the rest of the page.
    void close_open_tags() {  // inline: called at every block boundary, mostly with nothing open
        if (!spans_.empty()) close_all_spans();
    }
    bool in_written_link() const;

    // --- images -------------------------------------------------------------

    // The image's URL after the policy (valid until the next call); when
    // refused, nullptr, a warning and its alt text written as text instead.
    CheckedUrl* check_image(const ImageInfo& image);
    void write_img(std::string_view src, std::string_view alt, std::string_view title, int width, int height,
                   bool article);

    // --- state the writers share --------------------------------------------

    std::string_view src_;
    const BodyOptions& opt_;
    Body& body_;
    Diagnostics& diags_;
    HtmlBuffer html_;  // Body::html as it is written (HtmlBuffer's appends are inline)
    HtmlBuffer* out_;
    int depth_ = 0;            // open containers (quote, list, item): 0 = top level
    bool in_leaf_ = false;     // in a paragraph, heading or table cell: allowlisted tags may open
    bool in_code_block_ = false;
    bool drop_comments_ = false;  // article mode: HTML comments vanish, with or without allowHtml

private:
    // An open inline element: a Markdown span or an allowlisted HTML tag.
    struct OpenSpan {
        SpanType type;
        bool written;     // false for a link whose URL was refused: its text stays, no <a>
        std::string raw;  // an allowlisted tag's name (allowHtml); empty for Markdown spans
    };

    void write_end_tag(const OpenSpan& span);
    void close_all_spans();
    bool close_raw_tag(const std::string& name);
    std::string scheme_list() const;

    void html_warnings(std::vector<HtmlNote>& notes, std::size_t base, bool in_block);

    const std::vector<std::string>& schemes_;
    HtmlPolicy html_policy_;
    bool gathering_html_ = false;
    std::string html_block_;
    std::vector<std::pair<std::size_t, std::size_t>> html_block_lines_;  // (offset in html_block_, in the source)
    std::unique_ptr<LineIndex> lines_;
    std::size_t pos_ = 0;
    bool failed_ = false;
    std::vector<OpenSpan> spans_;
    CheckedUrl link_;
    CheckedUrl image_;
};

}  // namespace broadsheet::detail
