// Size limit, BOM, UTF-8 repair and NUL: once, before any reader.
#include "input/prepare_source.hpp"

#include "text/utf8.hpp"

namespace broadsheet::detail {

PreparedSource::PreparedSource(std::string_view raw, const Limits& limits, Diagnostics& diags) : raw_(raw) {
    if (raw.size() > limits.max_input_bytes) {
        diags.error("the article is " + std::to_string(raw.size()) + " bytes, over the limit of " +
                    std::to_string(limits.max_input_bytes) + " (maxInputBytes)");
        ok_ = false;
        return;
    }
    // sanitize_utf8 drops the BOM too; it copies only when something changes.
    repaired_used_ = sanitize_utf8(raw, repaired_);
}

}  // namespace broadsheet::detail
