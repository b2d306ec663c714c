// Private: UTF-8, in one place. Encoding a code point, repairing invalid
// input as browsers decode it, cutting at a character boundary, and quoting
// input in a diagnostic.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace broadsheet::detail {

// Decodes the code point at text[i] and moves i past it. Meant for text that
// is valid UTF-8 (sanitize_utf8 ran upstream); on anything else it still stays
// inside `text` and returns U+FFFD for a byte that cannot start a character.
//   for (std::size_t i = 0; i < s.size();) use(next_code_point(s, i));
char32_t next_code_point(std::string_view text, std::size_t& i);

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
