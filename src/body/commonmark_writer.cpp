// MarkdownEvents -> CommonMark HTML, as md4c-html writes it.
#include "body/commonmark_writer.hpp"

namespace broadsheet::detail {

int CommonMarkWriter::enter_block(const BlockInfo& b) {
    close_open_tags();
    body_.stats.split();
    switch (b.type) {
    case BlockType::doc: break;
    case BlockType::quote: return open_container("<blockquote>");
    case BlockType::ul: return open_container("<ul>");
    case BlockType::ol: return open_container(ol_tag(b.start));
    case BlockType::li: ++depth_; w().raw("<li>"); break;
    case BlockType::hr: line("<hr />"); block_done(BlockKind::rule); break;
    case BlockType::heading: open_heading(b.level); break;
    case BlockType::code: open_code(b); break;
    case BlockType::html: break;
    case BlockType::paragraph: leaf(true); w().raw("<p>"); break;
    case BlockType::table: line("<table>"); break;
    case BlockType::thead: line("<thead>"); break;
    case BlockType::tbody: line("<tbody>"); break;
    case BlockType::tr: line("<tr>"); break;
    case BlockType::th: open_cell("th", b.align); break;
    case BlockType::td: open_cell("td", b.align); break;
    }
    return 0;
}

int CommonMarkWriter::leave_block(const BlockInfo& b) {
    close_open_tags();
    body_.stats.split();
    switch (b.type) {
    case BlockType::doc: break;
    case BlockType::quote: close_container("</blockquote>", BlockKind::quote); break;
    case BlockType::ul: close_container("</ul>", BlockKind::list); break;
    case BlockType::ol: close_container("</ol>", BlockKind::list); break;
    case BlockType::li: --depth_; line("</li>"); break;
    case BlockType::hr: break;
    case BlockType::heading: close_heading(b.level); break;
    case BlockType::code: close_code(); break;
    case BlockType::html: block_done(BlockKind::html); break;
    case BlockType::paragraph: leaf(false); line("</p>"); block_done(BlockKind::paragraph); break;
    case BlockType::table: line("</table>"); block_done(BlockKind::table); break;
    case BlockType::thead: line("</thead>"); break;
    case BlockType::tbody: line("</tbody>"); break;
    case BlockType::tr: line("</tr>"); break;
    case BlockType::th: leaf(false); line("</th>"); break;
    case BlockType::td: leaf(false); line("</td>"); break;
    }
    return 0;
}

void CommonMarkWriter::enter_span(SpanType type, const LinkInfo* link) {
    switch (type) {
    case SpanType::em: open_span(type, "<em>"); break;
    case SpanType::strong: open_span(type, "<strong>"); break;
    case SpanType::link: open_link(*link, false); break;
    case SpanType::code: open_span(type, "<code>"); break;
    case SpanType::del: open_span(type, "<del>"); break;
    case SpanType::u: open_span(type, "<u>"); break;
    }
}

void CommonMarkWriter::image(const ImageInfo& image) {
    if (auto checked = check_image(image)) write_img(checked->url, image.alt, image.title, 0, 0, false);
}

int CommonMarkWriter::text(TextType type, std::string_view t, std::size_t offset) {
    at(offset);
    if (check_size(0)) return 1;
    switch (type) {
    case TextType::normal: prose(t, nullptr); break;
    case TextType::null_char: null_char(); break;
    case TextType::br: line_break("<br />\n"); break;
    case TextType::softbr: line_break("\n"); break;
    case TextType::code: code_text(t); break;
    case TextType::html: raw_html(t); break;
    }
    return 0;
}

void CommonMarkWriter::open_heading(int level) {
    leaf(true);
    const char tag[] = {'<', 'h', static_cast<char>('0' + level), '>'};
    w().raw(std::string_view(tag, 4));
}

void CommonMarkWriter::close_heading(int level) {
    leaf(false);
    const char tag[] = {'<', '/', 'h', static_cast<char>('0' + level), '>'};
    line(std::string_view(tag, 5));
    block_done(BlockKind::heading);
}

void CommonMarkWriter::open_code(const BlockInfo& b) {
    in_code_block_ = true;
    HtmlWriter out = w();
    out.raw("<pre><code");
    if (b.has_info) out.attr("class", "language-" + b.info);
    out.raw(">");
}

void CommonMarkWriter::open_cell(const char* tag, Align align) {
    leaf(true);
    HtmlWriter out = w();
    out.start(tag);
    switch (align) {
    case Align::left: out.attr("align", "left"); break;
    case Align::center: out.attr("align", "center"); break;
    case Align::right: out.attr("align", "right"); break;
    case Align::none: break;
    }
    out.end_start();
}

}  // namespace broadsheet::detail
