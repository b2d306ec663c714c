// Private: template code a site generator would have expanded before
// rendering, left in a Markdown body: Liquid/Nunjucks tags ({% include … %}),
// Hugo shortcodes ({{< figure … >}}, {{% notice %}}) and output tags
// ({{ newsletterForm }}). Broadsheet does not run templates, so each such
// line would show as text; the writer is told where, to expand it first.
#pragma once

#include <string_view>

#include "diagnostics.hpp"

namespace broadsheet::detail {

// Warns at every line of `body` (whose first line is line `first_line` of
// the source) that is template code on a line of its own, outside fenced
// code blocks. A cheap line scan: no Markdown parse.
void warn_template_code(std::string_view body, int first_line, Diagnostics& diags);

}  // namespace broadsheet::detail
