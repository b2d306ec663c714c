// Private: the article body writer. Headings shifted to start at h2 without
// skipping a level, with stable ids; a paragraph holding only an image (or a
// linked image) becomes a <figure> whose title gives the caption and credit;
// images load lazily with their size when the URL says it; a "Table: ..."
// paragraph next to a table becomes its <caption>; tables get scope and a
// scrolling wrapper; links to other sites get rel="noopener"; blocks written
// against the article's direction get dir; a heading ending "{#id}" takes
// that id; prose gets typographic quotes, dashes and ellipses in the
// article's language (BodyOptions::typography); classes are prefixed bs-. The
// conventions are documented for writers in README.md, "Writing the body".
//
// Each of those decisions needs the end of a block (a heading's id needs its
// text, dir needs all its words, a figure needs to know nothing but the image
// came), so the writer holds every open leaf block (paragraph, heading, list
// item, cell, HTML block, table) in a buffer of its own and writes it, start
// tag and all, once md4c leaves it. A caption paragraph and a table without
// a caption are held one event longer, until the next block shows whether
// they belong together. Nothing written is ever edited.
#pragma once

#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "body/body_writer.hpp"
#include "text/typography.hpp"

namespace broadsheet::detail {

class ArticleWriter final : public BodyWriter {
public:
    ArticleWriter(std::string_view src, const BodyOptions& options, Body& body, Diagnostics& diags);

    int enter_block(const BlockInfo& block) override;
    int leave_block(const BlockInfo& block) override;
    void enter_span(SpanType type, const LinkInfo* link) override;
    void leave_span(SpanType type) override {
        if (!heading_attribute_.empty()) heading_attribute_is_text();
        close_span(type);
    }
    void image(const ImageInfo& image) override;
    int text(TextType type, std::string_view t, std::size_t offset) override;

private:
    // An open block, written when it closes.
    struct Open {
        HtmlBuffer html;      // its content so far
        DirectionCount dir;   // its words of each direction
    };
    // A table waiting for the paragraph after it (a caption, maybe).
    struct Table {
        HtmlBuffer html;      // "<thead>…</tbody>\n"
        bool held = false;
        bool has_caption = false;
        HtmlBuffer caption;   // "<caption id=… dir=…>…</caption>\n"
        std::string id;
    };
    // A "Table: …" paragraph waiting for the block after it (a table, maybe).
    struct CaptionParagraph {
        HtmlBuffer html;      // the paragraph's content, "Table: " included
        std::size_t prefix = 0;
        std::string_view dir;
        bool held = false;
    };
    struct Figure {
        bool ok = false;
        std::string src, alt, title;
        int width = 0, height = 0;
        bool link_ok = false;  // the image is the whole content of the paragraph's one link
        CheckedUrl link;
        std::string link_title;
    };

    // --- open blocks ----------------------------------------------------------
    void push_block();
    Open& pop_block();
    std::size_t held_bytes() const;
    void write_held(bool next_is_table, bool next_is_paragraph);
    void flush_caption_paragraph();
    void flush_table();

    // --- blocks ---------------------------------------------------------------
    void open_item();
    void close_item();
    void rule();
    void open_heading(int source_level);
    void close_heading();
    int shifted_level(int source_level);
    std::string unique_id(std::string id);
    std::string heading_id();
    std::string_view take_heading_attribute(std::string_view t, std::size_t offset);
    void heading_attribute_is_text();
    void heading_text(TextType type, std::string_view t);
    int text_event(TextType type, std::string_view t, std::size_t offset);
    void write_text(std::string_view t);
    std::string_view typeset(std::string_view t);
    void open_paragraph();
    void paragraph_text(TextType type, std::string_view t);
    void close_paragraph();
    void write_paragraph(std::string_view inner, std::string_view dir);
    bool is_figure() const;
    void write_figure();
    void open_code(const BlockInfo& block);
    void close_html_block();
    void open_table();
    void close_table();
    void write_caption(std::string_view inner, std::string_view dir, const std::string& id);
    void open_cell(Align align);
    void close_cell(bool header);  // th, else td

    const bool code_ltr_;  // code is marked dir="ltr" (right-to-left article)
    const bool typography_;
    Typographer typo_;     // the open block's quotes (reset at every block boundary)
    std::vector<Open> open_;
    std::size_t held_outside_ = 0;  // held_bytes() but the innermost block, when not held_stale_
    bool held_stale_ = true;
    std::size_t open_count_ = 0;
    DirectionCount* dir_ = nullptr;  // the innermost open block's count

    std::vector<std::pair<int, int>> heading_levels_;  // (source level, output level)
    bool in_heading_ = false;
    int heading_level_ = 2;
    std::string heading_plain_;  // as typed: the slug
    std::string heading_shown_;  // typeset: the table of contents
    std::string typeset_;        // typeset()'s buffer
    Typographer heading_typo_;   // typo_'s twin for heading_shown_
    std::string heading_attribute_;  // a trailing "{#id .class}" seen so far, with the spaces before it
    std::size_t heading_attribute_at_ = 0;
    std::unordered_set<std::string> ids_;
    std::unordered_map<std::string, int> next_suffix_;

    bool in_paragraph_ = false;
    bool paragraph_has_text_ = false;
    int paragraph_images_ = 0;
    int paragraph_links_ = 0;
    std::size_t caption_prefix_ = 0;
    Figure figure_;
    CaptionParagraph caption_;
    Table table_;
    int tables_captioned_ = 0;

    bool in_thead_ = false;
    Align cell_align_ = Align::none;  // the open cell's, written when it closes
    bool cell_scope_ = false;         // the open cell is in the head: scope="col"
};

}  // namespace broadsheet::detail
