// Private: escaping, the only way text reaches the output. Each function
// appends to `out` (a sink), so callers never build temporary strings.
//
// The sink is an HtmlBuffer (html_buffer.hpp: the page's and the body's
// buffer, with inline appends) or a std::string (the sanitizer's markup, a
// share link's query, the wasm ABI's JSON). The templates are defined and
// built for both sinks in escape.cpp (a call with another sink does not
// link); percent_encode_component has the one sink it is used with.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "html/html_buffer.hpp"
#include "text/utf8.hpp"  // callers of the escapers also repair and quote text

namespace broadsheet::detail {

// Element content: & < > " become references (as md4c-html and cmark do),
// NUL becomes U+FFFD. Out: std::string or HtmlBuffer.
template <class Out>
void escape_text(Out& out, std::string_view text);

// Attribute values (always written double-quoted): & < > " ' become
// references, NUL becomes U+FFFD. Out: std::string or HtmlBuffer.
template <class Out>
void escape_attr(Out& out, std::string_view text);

// A JSON string literal, quotes included, safe inside <script> and <style>:
// besides JSON's own escapes, < > & and U+2028/U+2029 become \uXXXX, so no
// value can close the element or start a comment. Out: HtmlBuffer (the
// page's JSON-LD) or std::string (the wasm ABI's diagnostics).
template <class Out>
void escape_json_string(Out& out, std::string_view text);

// encodeURIComponent(): everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) as %XX.
// For query values in share links.
void percent_encode_component(std::string& out, std::string_view text);

// A URL as an attribute value: bytes outside A-Z a-z 0-9 and -_.+!*(),%#@?=;:/$
// become %XX (the set md4c-html and cmark keep), & becomes &amp;. The URL
// must already have passed the URL policy. Out: std::string or HtmlBuffer.
template <class Out>
void escape_url_attr(Out& out, std::string_view url);

}  // namespace broadsheet::detail
