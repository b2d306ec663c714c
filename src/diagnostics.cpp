// Diagnostics collection and byte offset -> line:column.
#include <algorithm>

#include "diag.hpp"

namespace broadsheet::detail {

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    if (static_cast<int>(list_.size()) < max_)
        list_.push_back(std::move(d));
    else
        ++dropped_;
}

std::vector<Diagnostic> Diagnostics::take() {
    if (dropped_ > 0) {
        // The last place goes to a summary, so the list never exceeds max_.
        list_.pop_back();
        Diagnostic d;
        d.severity = errors_ > 0 ? Severity::error : Severity::warning;
        d.message = "too many problems: " + std::to_string(dropped_ + 1) +
                    " more not shown (limit maxDiagnostics = " + std::to_string(max_) + ")";
        list_.push_back(std::move(d));
    }
    dropped_ = 0;
    errors_ = 0;
    return std::move(list_);
}

LineIndex::LineIndex(std::string_view text, int first_line) : text_(text), first_line_(first_line) {
    starts_.push_back(0);
    for (std::size_t i = 0; i < text.size(); ++i)
        if (text[i] == '\n') starts_.push_back(i + 1);
}

LineIndex::Position LineIndex::at(std::size_t offset) const {
    offset = std::min(offset, text_.size());
    auto it = std::upper_bound(starts_.begin(), starts_.end(), offset);
    std::size_t line = static_cast<std::size_t>(it - starts_.begin());  // 1-based
    std::size_t start = starts_[line - 1];
    int column = 1;
    for (std::size_t i = start; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // count lead bytes only
    return {first_line_ + static_cast<int>(line) - 1, column};
}

}  // namespace broadsheet::detail
