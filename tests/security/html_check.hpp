// The security oracle: reads HTML that Broadsheet wrote and lists everything
// in it that could run script, or that the renderer never writes and so can
// only have come from input. Used by the hostile-corpus test and by every
// fuzz target (which abort on the first problem).
//
// It is deliberately strict and independent of the renderer's code: elements
// and attributes come from allowlists (a new element in the renderer means a
// new line here, reviewed), every attribute is double-quoted with no raw '<'
// or '>', URL attributes pass a scheme check done the way a browser's URL
// parser reads them, and the JSON-LD <script> holds no '<' at all.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace bs_test {

// Each problem is one line: "offset 123: event-handler attribute onclick on <img>".
// Empty when the HTML is fine. Stops after 20 problems.
std::vector<std::string> html_problems(std::string_view html);

// Whether `text` is valid UTF-8 without NUL.
bool is_clean_text(std::string_view text);

// Whether a diagnostic's message or path is fit for a terminal: clean text
// without control characters (C0, DEL, C1), so it is one line and cannot
// carry escape sequences.
bool is_clean_message(std::string_view text);

// Whether a URL (character references already decoded) would run as a scheme
// other than http, https, mailto or tel once a browser parses it.
bool url_is_safe(std::string_view url);

}  // namespace bs_test
