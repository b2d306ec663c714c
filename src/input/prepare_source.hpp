// Private: the one clean-up every public entry point applies to its input
// before anything reads it, so parse_json, parse_markdown, parse, render and
// the CommonMark mode all see the same text:
//   1. the size limit (maxInputBytes), checked on the bytes as given;
//   2. a leading byte order mark dropped;
//   3. invalid UTF-8 and NUL replaced with U+FFFD (sanitize_utf8), as a
//      browser decodes them.
// No later stage sees invalid UTF-8, a BOM or NUL.
#pragma once

#include <string>
#include <string_view>

#include "broadsheet/options.hpp"
#include "diagnostics.hpp"

namespace broadsheet::detail {

class PreparedSource {
public:
    // Reports an input over the limit to `diags`; ok() is then false.
    PreparedSource(std::string_view raw, const Limits& limits, Diagnostics& diags);
    PreparedSource(const PreparedSource&) = delete;  // text() may point into repaired_
    PreparedSource& operator=(const PreparedSource&) = delete;

    bool ok() const { return ok_; }
    // The clean text: the input itself when it needed no change (no copy).
    std::string_view text() const { return repaired_used_ ? std::string_view(repaired_) : raw_; }

private:
    std::string_view raw_;
    std::string repaired_;
    bool repaired_used_ = false;
    bool ok_ = true;
};

}  // namespace broadsheet::detail
