// Private: md4c's events, repaired and in our own types. This layer is the
// only code that includes md4c.h; the writers (commonmark_writer,
// article_writer) consume what it reports.
//
// What it promises the writers, whatever md4c does:
//   - spans nest: every leave_span matches the innermost open enter_span, and
//     every span is left before the block around it ends or another begins
//     (md4c 0.4.8 may leave a span it never entered, leave emphasis while
//     strong emphasis inside it is open, or leave emphasis after the next
//     block began: all found by fuzzing);
//   - an image is one event, its alt text gathered as plain text (nested
//     images and emphasis inside alt text give only their text);
//   - character references are decoded: they arrive as normal text;
//   - attributes (URLs, titles, a code block's info) are decoded UTF-8.
//
//   class Counter : public MarkdownEvents { ... };
//   Counter c;
//   parse_markdown_events("# Tides\n\nText", {}, c);
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace broadsheet::detail {

enum class BlockType { doc, quote, ul, ol, li, hr, heading, code, html, paragraph, table, thead, tbody, tr, th, td };
enum class Align { none, left, center, right };
enum class SpanType { em, strong, link, code, del, u };
enum class TextType {
    normal,     // prose, and decoded character references
    null_char,  // a NUL in the source (U+FFFD is written for it)
    br,         // hard line break
    softbr,     // soft line break
    code,       // inside a code span or code block
    html,       // raw HTML, inline or a line of an HTML block
};

struct BlockInfo {
    BlockType type = BlockType::doc;
    int level = 0;               // heading: 1-6 as written
    unsigned start = 1;          // ordered list: the first number
    Align align = Align::none;   // table cell
    bool has_info = false;       // code block: an info string was given
    std::string info;            // code block: the info string's first word
};

struct LinkInfo {
    std::string href;
    std::string title;
    bool has_title = false;
    std::size_t offset = 0;      // of the URL in the source, for warnings
};

struct ImageInfo {
    std::string src;
    std::string title;
    std::string alt;             // plain text
    std::size_t offset = 0;      // of the URL in the source, for warnings
};

// The consumer. A non-zero return from a block or text event stops parsing.
class MarkdownEvents {
public:
    virtual ~MarkdownEvents() = default;
    virtual int enter_block(const BlockInfo& block) = 0;
    virtual int leave_block(const BlockInfo& block) = 0;
    virtual void enter_span(SpanType type, const LinkInfo* link) = 0;  // link: only for SpanType::link
    virtual void leave_span(SpanType type) = 0;
    virtual void image(const ImageInfo& image) = 0;
    // `offset`: where `text` starts in the source (for warnings).
    virtual int text(TextType type, std::string_view text, std::size_t offset) = 0;
};

struct MarkdownDialect {
    bool tables_and_strikethrough = false;  // GitHub tables and ~~strikethrough~~
    bool bare_links = false;                 // http://..., www... and e-mail addresses become links
};

// Parses `markdown` and reports it to `events`. Returns md4c's result: 0, or
// the non-zero value an event returned, or -1 when md4c ran out of memory.
int parse_markdown_events(std::string_view markdown, const MarkdownDialect& dialect, MarkdownEvents& events);

// Decodes a character reference as md4c reports it ("&amp;", "&#123;",
// "&#x1F;"; only well-formed ones) onto `out`. A name outside Broadsheet's
// table (src/text/entities.hpp) is appended as written, "&name;".
void decode_entity(std::string& out, std::string_view ref);

}  // namespace broadsheet::detail
