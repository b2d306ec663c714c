// Private: escaping, the only way text reaches the output. Each function
// appends to `out` (a sink), so callers never build temporary strings.
//
// The sink is a std::string (the page, the sanitizer) or, for the three
// escapers the body writes with, an HtmlBuffer (html_buffer.hpp, the body's
// buffer with inline appends). Those three are templates defined and built
// for both sinks in escape.cpp (a call with another sink does not link).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

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
// value can close the element or start a comment.
void escape_json_string(std::string& out, std::string_view text);

// encodeURIComponent(): everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ) as %XX.
// For query values in share links.
void percent_encode_component(std::string& out, std::string_view text);

// A URL as an attribute value: bytes outside A-Z a-z 0-9 and -_.+!*(),%#@?=;:/$
// become %XX (the set md4c-html and cmark keep), & becomes &amp;. The URL
// must already have passed the URL policy. Out: std::string or HtmlBuffer.
template <class Out>
void escape_url_attr(Out& out, std::string_view url);

}  // namespace broadsheet::detail
