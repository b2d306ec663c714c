// Private: the one way HTML is written. Text and attribute values are escaped
// by default; raw() is for the renderer's own literal markup only, and is
// rare and visible.
//
// The contract that keeps input from running as script:
//   - tag and attribute names are the renderer's literals, never input;
//   - text() and attr() take any input (escaped, NUL becomes U+FFFD);
//   - url() takes only a URL that check_url() accepted (or one the renderer
//     built from such URLs, like a share link), and percent-encodes it;
//   - raw() takes only literal markup, or markup the allowlist rebuilt.
// tests/security/ checks every output against this, for every hostile case.
//
// One writer, one sink: the page and the body both write into an HtmlBuffer
// (html_buffer.hpp), whose appends are inline.
#pragma once

#include <string>
#include <string_view>

#include "html/escape.hpp"
#include "html/html_buffer.hpp"

namespace broadsheet::detail {

class HtmlWriter {
public:
    explicit HtmlWriter(HtmlBuffer& out) : out_(out) {}

    // "<tag" — follow with attr()s and then open_end(), or use open().
    HtmlWriter& start(std::string_view tag) {
        out_ += '<';
        out_ += tag;
        return *this;
    }
    HtmlWriter& attr(std::string_view name, std::string_view value) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        escape_attr(out_, value);
        out_ += '"';
        return *this;
    }
    HtmlWriter& attr(std::string_view name, long long value) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        out_ += std::to_string(value);
        out_ += '"';
        return *this;
    }
    // A boolean attribute: ` hidden`.
    HtmlWriter& flag(std::string_view name) {
        out_ += ' ';
        out_ += name;
        return *this;
    }
    // A URL attribute; `url` must have passed check_url().
    HtmlWriter& url(std::string_view name, std::string_view url) {
        out_ += ' ';
        out_ += name;
        out_ += "=\"";
        escape_url_attr(out_, url);
        out_ += '"';
        return *this;
    }
    HtmlWriter& end_start() {
        out_ += '>';
        return *this;
    }
    // "<tag>" or "<tag class=\"cls\">"
    HtmlWriter& open(std::string_view tag, std::string_view cls = {}) {
        start(tag);
        if (!cls.empty()) attr("class", cls);
        return end_start();
    }
    HtmlWriter& close(std::string_view tag) {
        out_ += "</";
        out_ += tag;
        out_ += '>';
        return *this;
    }
    HtmlWriter& text(std::string_view s) {
        escape_text(out_, s);
        return *this;
    }
    // Trusted markup written by the renderer itself. Never pass input here.
    HtmlWriter& raw(std::string_view markup) {
        out_ += markup;
        return *this;
    }
    HtmlWriter& newline() {
        out_ += '\n';
        return *this;
    }

    HtmlBuffer& buffer() { return out_; }
    std::size_t size() const { return out_.size(); }

private:
    HtmlBuffer& out_;
};

}  // namespace broadsheet::detail
