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

void Diagnostics::sort_by_position() {
    std::stable_sort(list_.begin(), list_.end(), [](const Diagnostic& a, const Diagnostic& b) {
        if ((a.line == 0) != (b.line == 0)) return b.line == 0;
        if (a.line != b.line) return a.line < b.line;
        return a.column < b.column;
    });
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
    int line_no = first_line_ + static_cast<int>(line) - 1;
    std::size_t from = starts_[line - 1];
    int column = 1;
    if (last_.line == line_no && last_offset_ >= from && last_offset_ <= offset) {
        from = last_offset_;
        column = last_.column;
    }
    for (std::size_t i = from; i < offset; ++i)
        if ((static_cast<unsigned char>(text_[i]) & 0xC0) != 0x80) ++column;  // count lead bytes only
    last_offset_ = offset;
    last_ = {line_no, column};
    return last_;
}

}  // namespace broadsheet::detail
