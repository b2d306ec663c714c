// Private: raw HTML in a Markdown body, made safe.
//
// A small tokenizer reads tags, comments and text the way the HTML standard's
// tokenizer does in its basics (names in any case; attribute values unquoted,
// 'single' or "double" quoted, an unquoted value ending at a space or '>';
// "<!--", "<!-->" and "--!>" for comments) and writes:
//   - comments: nothing, in every mode ("<!-- prettier-ignore-start -->");
//   - with allowHtml, the allowlisted elements (kAllowed in the .cpp, listed in
//     the README's Security section), each with only its allowlisted
//     attributes, re-serialised double-quoted and escaped (well-formed
//     character references kept, the browser decodes them into text);
//   - every other tag, and all of it without allowHtml: escaped, shown as text.
// URL attributes (src, srcset entries, poster) are decoded and then go
// through the URL policy; a refused URL drops its attribute (an <img> or
// <iframe> without a usable src is dropped) with a warning. Boolean
// attributes are written as name="". <video> and <audio> always get
// controls; <img> gets loading="lazy" decoding="async" unless it says
// otherwise. An <iframe> is kept only when its src is https on an origin in
// `embed_origins`, and it has a non-empty title; it is written with
// sandbox="allow-scripts allow-popups allow-presentation" (never with
// allow-same-origin, so even a frame from this site stays a unique origin)
// and loading="lazy", and its content (fallback text the browser never shows)
// is dropped. A refused iframe becomes a link to its URL, with a warning.
//
// Balance, in a block: an end tag closes the open element it names (and those
// opened inside it); an end tag of an allowed element that is not open is
// dropped (showing "</div>" as text would only add noise where a publisher
// split a <div> around Markdown); everything still open at the end of the
// block is closed there, so nothing leaks into the rest of the page. Inside a
// paragraph only phrasing elements pass (no <div> or <figure> in a <p>), and
// the body writer balances them with its own span stack.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace broadsheet::detail {

struct HtmlPolicy {
    bool allow = false;  // allowHtml: allowlisted elements pass; false: every tag is text
    const std::vector<std::string>* url_schemes = nullptr;    // the URL policy's schemes (required)
    const std::vector<std::string>* embed_origins = nullptr;  // iframe origins, "https://host[:port]"; nullptr = none
    // Decodes one well-formed character reference ("&amp;", "&#106;") onto
    // `out`, for URL attributes whose scheme must be checked decoded.
    void (*decode_reference)(std::string& out, std::string_view ref) = nullptr;
};

// A warning at a byte offset of the HTML given.
struct HtmlNote {
    std::size_t offset;
    std::string message;
};

// A whole HTML block (md4c's lines joined). `visible` (if not null) gets the
// text a reader sees, for word counts. Returns the markup to write; with
// `allow` false or nothing kept, it is escaped text only (kept_markup false).
struct SanitizedBlock {
    std::string html;
    bool kept_markup = false;  // at least one element was kept
};
SanitizedBlock sanitize_html_block(std::string_view html, const HtmlPolicy& policy, std::vector<HtmlNote>& notes,
                                   std::string* visible);

// One piece of inline raw HTML as md4c reports it inside a paragraph, heading
// or cell (MD_TEXT_HTML: one tag, one comment, ...).
struct InlineHtml {
    enum Kind { text, comment, open, close, empty } kind = text;  // empty: a void element (<br>, <img>)
    std::string name;    // lower case, for open and close
    std::string markup;  // what to write for open, close and empty
    bool written = true; // open: false when only a fallback was written (a refused iframe's link)
};
// With `policy.allow` false only comments are recognised.
InlineHtml sanitize_inline_html(std::string_view raw, const HtmlPolicy& policy, std::vector<HtmlNote>& notes);

// "https://www.youtube-nocookie.com" for "https://WWW.youtube-nocookie.com/embed/x";
// empty when `url` has no plain https origin (no user info, no odd characters).
std::string https_origin(std::string_view url);

}  // namespace broadsheet::detail
