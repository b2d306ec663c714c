// Private: one pass over a run of prose. The body's text is most of its
// bytes, and three things need to read each of them: the word count (reading
// time), the direction count (dir on blocks) and HTML escaping. Reading the
// text once serves all three, sixteen ASCII bytes at a time with SSE2 (eight
// in the portable build) up to a byte that needs more (one to escape, UTF-8,
// a typographic mark).
#pragma once

#include <string>
#include <string_view>

#include "html/html_buffer.hpp"
#include "text/direction.hpp"
#include "text/reading_time.hpp"
#include "text/typography.hpp"

namespace broadsheet::detail {

// Appends `text` escaped as element content (as escape_text: & < > " become
// references, NUL becomes U+FFFD) to `out`; counts its words into `stats` (as
// TextStats::add_text) and, when `dir` is not null, its words of each
// direction (as DirectionCount::add). When `typo` is not null, the marks it
// replaces (quotes, dashes, ellipses) are written typographically; the words
// and directions are still counted on the text as typed, so typography never
// changes the reading time.
void write_prose(HtmlBuffer& out, std::string_view text, TextStats& stats, DirectionCount* dir,
                 Typographer* typo = nullptr);

// The same with the portable scanner, eight bytes at a time, that the
// WebAssembly build runs as write_prose (for the tests on other builds).
void write_prose_portable(HtmlBuffer& out, std::string_view text, TextStats& stats, DirectionCount* dir,
                          Typographer* typo = nullptr);

}  // namespace broadsheet::detail
