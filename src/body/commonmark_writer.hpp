// Private: the CommonMark body writer. Plain CommonMark HTML, byte for byte
// what md4c-html writes (tests/spec and tests/node/commonmark.test.mjs hold
// it to that), under our policies: raw HTML is text unless allowHtml lets an
// allowlisted tag through, and every URL passes the URL policy.
#pragma once

#include "body/body_writer.hpp"

namespace broadsheet::detail {

class CommonMarkWriter final : public BodyWriter {
public:
    CommonMarkWriter(std::string_view src, const BodyOptions& options, Body& body, Diagnostics& diags)
        : BodyWriter(src, options, body, diags) {}

    int enter_block(const BlockInfo& block) override;
    int leave_block(const BlockInfo& block) override;
    void enter_span(SpanType type, const LinkInfo* link) override;
    void leave_span(SpanType type) override { close_span(type); }
    void image(const ImageInfo& image) override;
    int text(TextType type, std::string_view t, std::size_t offset) override;

private:
    void open_heading(int level);
    void close_heading(int level);
    void open_code(const BlockInfo& block);
    void open_cell(const char* tag, Align align);
    void leaf(bool open) { in_leaf_ = open; }
};

}  // namespace broadsheet::detail
