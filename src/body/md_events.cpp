// md4c's callbacks -> repaired MarkdownEvents (see md_events.hpp).
#include "body/md_events.hpp"

#include <string>

#include <vector>

#include <md4c.h>

#include "text/entities.hpp"
#include "text/utf8.hpp"

namespace broadsheet::detail {

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
            if (cp > 0x10FFFF) cp = 0x110000;  // saturate; append_utf8 writes U+FFFD
        }
        append_utf8(out, cp);
        return;
    }
    // Our table holds ~300 of HTML's 2,125 names (src/text/entities.hpp); any
    // other name stays the text it was written as, so it can never decode to
    // something the URL policy did not see (every name that decodes to ASCII
    // is in the table).
    if (ref.size() > 2) {
        if (const NamedEntity* e = find_named_entity(ref.substr(1, ref.size() - 2))) {
            append_utf8(out, e->first);
            if (e->second) append_utf8(out, e->second);
            return;
        }
    }
    out += ref;
}

namespace {

// An md4c attribute (href, src, title, code info) as plain UTF-8 text.
void attribute_text(const MD_ATTRIBUTE& a, std::string& out) {
    out.clear();
    if (!a.text) return;
    for (int i = 0; a.substr_offsets[i] < a.size; ++i) {
        std::string_view part(a.text + a.substr_offsets[i], a.substr_offsets[i + 1] - a.substr_offsets[i]);
        switch (a.substr_types[i]) {
        case MD_TEXT_ENTITY: decode_entity(out, part); break;
        case MD_TEXT_NULLCHAR: out += "\xEF\xBF\xBD"; break;
        default: out += part; break;
        }
    }
}

class Repair {
public:
    Repair(std::string_view src, MarkdownEvents& events) : src_(src), events_(events) { open_.reserve(8); }

    int enter_block(MD_BLOCKTYPE type, void* detail) {
        end_inline();
        block_.type = block_type(type);
        switch (type) {
        case MD_BLOCK_OL: block_.start = static_cast<MD_BLOCK_OL_DETAIL*>(detail)->start; break;
        case MD_BLOCK_H: block_.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level); break;
        case MD_BLOCK_CODE: code_info(static_cast<MD_BLOCK_CODE_DETAIL*>(detail)); break;
        case MD_BLOCK_TH:
        case MD_BLOCK_TD: block_.align = align(static_cast<MD_BLOCK_TD_DETAIL*>(detail)->align); break;
        default: break;
        }
        return events_.enter_block(block_);
    }

    int leave_block(MD_BLOCKTYPE type, void* detail) {
        end_inline();
        block_.type = block_type(type);
        if (type == MD_BLOCK_H) block_.level = static_cast<int>(static_cast<MD_BLOCK_H_DETAIL*>(detail)->level);
        return events_.leave_block(block_);
    }

    int enter_span(MD_SPANTYPE type, void* detail) {
        if (image_depth_ > 0) {  // inside alt text only text is kept
            if (type == MD_SPAN_IMG) ++image_depth_;
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM: open(SpanType::em); break;
        case MD_SPAN_STRONG: open(SpanType::strong); break;
        case MD_SPAN_A: open_link(static_cast<MD_SPAN_A_DETAIL*>(detail)); break;
        case MD_SPAN_IMG: open_image(static_cast<MD_SPAN_IMG_DETAIL*>(detail)); break;
        case MD_SPAN_CODE: open(SpanType::code); break;
        case MD_SPAN_DEL: open(SpanType::del); break;
        case MD_SPAN_U: open(SpanType::u); break;
        default: break;  // LaTeX and wiki links are not enabled
        }
        return 0;
    }

    int leave_span(MD_SPANTYPE type) {
        if (image_depth_ > 0) {
            if (type == MD_SPAN_IMG && --image_depth_ == 0) events_.image(image_);
            return 0;
        }
        switch (type) {
        case MD_SPAN_EM: close(SpanType::em); break;
        case MD_SPAN_STRONG: close(SpanType::strong); break;
        case MD_SPAN_A: close(SpanType::link); break;
        case MD_SPAN_CODE: close(SpanType::code); break;
        case MD_SPAN_DEL: close(SpanType::del); break;
        case MD_SPAN_U: close(SpanType::u); break;
        default: break;  // an image never entered has nothing to close
        }
        return 0;
    }

    int text(MD_TEXTTYPE type, std::string_view t) {
        std::size_t at = offset(t.data());
        if (image_depth_ > 0) return alt_text(type, t);
        // Most events are prose: one predictable test before the jump table.
        if (type == MD_TEXT_NORMAL) return events_.text(TextType::normal, t, at);
        switch (type) {
        case MD_TEXT_NULLCHAR: return events_.text(TextType::null_char, t, at);
        case MD_TEXT_BR: return events_.text(TextType::br, t, at);
        case MD_TEXT_SOFTBR: return events_.text(TextType::softbr, t, at);
        case MD_TEXT_ENTITY: return entity(t, at);
        case MD_TEXT_CODE: return events_.text(TextType::code, t, at);
        case MD_TEXT_HTML: return events_.text(TextType::html, t, at);
        default: return events_.text(TextType::normal, t, at);
        }
    }

private:
    std::size_t offset(const char* p) {
        if (p >= src_.data() && p < src_.data() + src_.size()) last_ = static_cast<std::size_t>(p - src_.data());
        return last_;
    }

    static BlockType block_type(MD_BLOCKTYPE type) {
        switch (type) {
        case MD_BLOCK_DOC: return BlockType::doc;
        case MD_BLOCK_QUOTE: return BlockType::quote;
        case MD_BLOCK_UL: return BlockType::ul;
        case MD_BLOCK_OL: return BlockType::ol;
        case MD_BLOCK_LI: return BlockType::li;
        case MD_BLOCK_HR: return BlockType::hr;
        case MD_BLOCK_H: return BlockType::heading;
        case MD_BLOCK_CODE: return BlockType::code;
        case MD_BLOCK_HTML: return BlockType::html;
        case MD_BLOCK_P: return BlockType::paragraph;
        case MD_BLOCK_TABLE: return BlockType::table;
        case MD_BLOCK_THEAD: return BlockType::thead;
        case MD_BLOCK_TBODY: return BlockType::tbody;
        case MD_BLOCK_TR: return BlockType::tr;
        case MD_BLOCK_TH: return BlockType::th;
        case MD_BLOCK_TD: return BlockType::td;
        }
        return BlockType::doc;
    }

    static Align align(MD_ALIGN a) {
        switch (a) {
        case MD_ALIGN_LEFT: return Align::left;
        case MD_ALIGN_CENTER: return Align::center;
        case MD_ALIGN_RIGHT: return Align::right;
        default: return Align::none;
        }
    }

    void code_info(const MD_BLOCK_CODE_DETAIL* d) {
        block_.has_info = d->lang.text != nullptr;
        attribute_text(d->lang, block_.info);
    }

    // Inline content ends where any block begins or ends. md4c 0.4.8 may
    // leave a span only after the next block has started (emphasis in a
    // tight list item followed by a code fence: "- *[](*)\n  ```"), so what
    // is open is closed here and its late leave is ignored (close() finds
    // nothing open).
    void end_inline() {
        if (image_depth_ > 0) {
            image_depth_ = 0;
            events_.image(image_);
        }
        while (!open_.empty()) {
            SpanType t = open_.back();
            open_.pop_back();
            events_.leave_span(t);
        }
    }

    void open(SpanType type) {
        open_.push_back(type);
        events_.enter_span(type, nullptr);
    }

    void open_link(const MD_SPAN_A_DETAIL* d) {
        attribute_text(d->href, link_.href);
        attribute_text(d->title, link_.title);
        link_.has_title = d->title.text != nullptr;
        link_.offset = d->href.text ? offset(d->href.text) : last_;
        open_.push_back(SpanType::link);
        events_.enter_span(SpanType::link, &link_);
    }

    // A leave closes its span and anything opened inside it; a leave for a
    // span that is not open is ignored.
    void close(SpanType type) {
        if (!open_.empty() && open_.back() == type) {  // the usual case: the innermost span
            open_.pop_back();
            events_.leave_span(type);
            return;
        }
        std::size_t k = open_.size();
        while (k > 0 && open_[k - 1] != type) --k;
        if (k == 0) return;
        while (open_.size() >= k) {
            SpanType t = open_.back();
            open_.pop_back();
            events_.leave_span(t);
        }
    }

    void open_image(const MD_SPAN_IMG_DETAIL* d) {
        image_depth_ = 1;
        image_.alt.clear();
        attribute_text(d->src, image_.src);
        attribute_text(d->title, image_.title);
        image_.offset = d->src.text ? offset(d->src.text) : last_;
    }

    int alt_text(MD_TEXTTYPE type, std::string_view t) {
        switch (type) {
        case MD_TEXT_ENTITY: decode_entity(image_.alt, t); break;
        case MD_TEXT_NULLCHAR: image_.alt += "\xEF\xBF\xBD"; break;
        case MD_TEXT_BR:
        case MD_TEXT_SOFTBR: image_.alt += ' '; break;
        default: image_.alt += t; break;
        }
        return 0;
    }

    int entity(std::string_view ref, std::size_t at) {
        decoded_.clear();
        decode_entity(decoded_, ref);
        return events_.text(TextType::normal, decoded_, at);
    }

    std::string_view src_;
    MarkdownEvents& events_;
    std::size_t last_ = 0;
    BlockInfo block_;
    std::vector<SpanType> open_;
    LinkInfo link_;
    ImageInfo image_;
    int image_depth_ = 0;
    std::string decoded_;
};

int cb_enter_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Repair*>(u)->enter_block(t, d); }
int cb_leave_block(MD_BLOCKTYPE t, void* d, void* u) { return static_cast<Repair*>(u)->leave_block(t, d); }
int cb_enter_span(MD_SPANTYPE t, void* d, void* u) { return static_cast<Repair*>(u)->enter_span(t, d); }
int cb_leave_span(MD_SPANTYPE t, void*, void* u) { return static_cast<Repair*>(u)->leave_span(t); }
int cb_text(MD_TEXTTYPE t, const MD_CHAR* s, MD_SIZE n, void* u) {
    return static_cast<Repair*>(u)->text(t, std::string_view(s, n));
}

}  // namespace

int parse_markdown_events(std::string_view markdown, const MarkdownDialect& dialect, MarkdownEvents& events) {
    MD_PARSER parser{};
    parser.abi_version = 0;
    if (dialect.tables_and_strikethrough) parser.flags |= MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH;
    if (dialect.bare_links)
        parser.flags |= MD_FLAG_PERMISSIVEURLAUTOLINKS | MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS;
    parser.enter_block = cb_enter_block;
    parser.leave_block = cb_leave_block;
    parser.enter_span = cb_enter_span;
    parser.leave_span = cb_leave_span;
    parser.text = cb_text;
    // md4c 0.4.8 reads the byte just past its input in one place (a last line
    // of digits is tested for an ordered-list mark, "3" then input[size]): it
    // gets a copy that ends in NUL, never a view into someone else's buffer,
    // which may end there (found by fuzz_render) or go on with stale bytes
    // (the wasm input buffer, reused between calls).
    std::string terminated(markdown);
    Repair repair(terminated, events);
    return md_parse(terminated.data(), static_cast<MD_SIZE>(terminated.size()), &parser, &repair);
}

}  // namespace broadsheet::detail
