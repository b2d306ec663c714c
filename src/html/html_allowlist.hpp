// Private: the raw-HTML allowlist used when the allowHtml option is on.
//
// Only these inline tags pass, with only these attributes (others dropped):
//   abbr[title] b br cite del dfn em i ins kbd mark q s samp small strong sub
//   sup time[datetime] u var wbr
// Everything else (any other tag, comments, processing instructions, HTML
// blocks) is shown as text. A tag passes only when it is well formed as a
// whole: name in any case, attributes separated by spaces, values unquoted,
// 'single' or "double" quoted; "<b/onclick=x>" or an unterminated quote makes
// the whole tag text. The kept attribute is rewritten double-quoted, its value
// escaped except for well-formed character references (&amp; &#34; &#x22;),
// which the browser decodes into plain attribute text. Which tags may close
// which, and closing what is left open, is the caller's business (the body
// renderer keeps a stack per block).
#pragma once

#include <string>
#include <string_view>

namespace broadsheet::detail {

struct AllowedTag {
    std::string name;     // lower case
    bool closing = false; // "</sup>"
    bool is_void = false; // br, wbr
    std::string markup;   // normalised tag to write, e.g. <abbr title="World Health Organization">
};

// Recognises one tag as md4c reports it (MD_TEXT_HTML inside a paragraph).
// Returns false when it is not an allowed tag: the caller then escapes it.
bool allowed_inline_tag(std::string_view raw, AllowedTag& out);

}  // namespace broadsheet::detail
