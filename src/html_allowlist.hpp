// Private: the raw-HTML allowlist used when the allowHtml option is on.
//
// Only these inline tags pass, with only these attributes (others dropped):
//   abbr[title] b br cite del dfn em i ins kbd mark q s samp small strong sub
//   sup time[datetime] u var wbr
// Everything else (any other tag, comments, processing instructions, HTML
// blocks) is shown as text.
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
