// Private: escaping, the only way text reaches the output. Each function
// appends to `out` (a sink), so callers never build temporary strings.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace broadsheet::detail {

// Element content: & < > " become references (as md4c-html and cmark do),
// NUL becomes U+FFFD.
void escape_text(std::string& out, std::string_view text);

// Attribute values (always written double-quoted): & < > " ' become
// references, NUL becomes U+FFFD.
void escape_attr(std::string& out, std::string_view text);

// A JSON string literal, quotes included, safe inside <script> and <style>:
// besides JSON's own escapes, < > & and U+2028/U+2029 become \uXXXX, so no
// value can close the element or start a comment.
void escape_json_string(std::string& out, std::string_view text);

// encodeURIComponent(): everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) as %XX.
// For query values in share links.
void percent_encode_component(std::string& out, std::string_view text);

// A URL as an attribute value: bytes outside A-Z a-z 0-9 and -_.+!*(),%#@?=;:/$
// become %XX (the set md4c-html and cmark keep), & becomes &amp;. The URL
// must already have passed the URL policy.
void escape_url_attr(std::string& out, std::string_view url);

// Appends code point `cp` as UTF-8; NUL, surrogates and values past U+10FFFF
// become U+FFFD (as CommonMark asks of character references).
void append_utf8(std::string& out, std::uint32_t cp);

// The longest prefix of `text` of at most `max_bytes` that does not end
// inside a UTF-8 sequence.
std::string_view utf8_prefix(std::string_view text, std::size_t max_bytes);

// Input quoted in a diagnostic: at most `max_bytes` of it, cut at a character
// boundary ("..." marks the cut), with control characters (C0, DEL, C1)
// written as <U+001B>, so a message stays one line of valid UTF-8 and cannot
// drive the terminal it is printed on.
//   "link to \"" + quote_input(href) + "\" removed"
std::string quote_input(std::string_view text, std::size_t max_bytes = 80);

// Replaces invalid UTF-8 and NUL with U+FFFD and drops a leading BOM.
// Returns false (and leaves `out` untouched) when the text needs no change,
// so the common case costs no copy.
bool sanitize_utf8(std::string_view text, std::string& out);

}  // namespace broadsheet::detail
