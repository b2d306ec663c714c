// Diagnostics collection and byte offset -> line:column.
#include <algorithm>
#include <cstdint>

#include "diagnostics.hpp"

namespace broadsheet::detail {

void Diagnostics::add(Diagnostic d) {
    if (d.severity == Severity::error) ++errors_;
    if (static_cast<int>(list_.size()) < max_)
        list_.push_back(std::move(d));
    else
        ++dropped_;
}

void Diagnostics::sort_by_position() {
    // Sorts packed keys (line, column, then the original index, which makes it
    // stable) with the plain integer sort: far less code in the wasm than a
    // stable_sort instantiated for Diagnostic.
    const std::uint64_t kMax = (std::uint64_t{1} << 23) - 1;
    std::vector<std::uint64_t> keys(list_.size());
    for (std::size_t i = 0; i < list_.size(); ++i) {
        const Diagnostic& d = list_[i];
        std::uint64_t line = d.line <= 0 ? kMax : std::min<std::uint64_t>(static_cast<std::uint64_t>(d.line), kMax - 1);
        std::uint64_t column = std::min<std::uint64_t>(static_cast<std::uint64_t>(d.column < 0 ? 0 : d.column), kMax);
        keys[i] = line << 41 | column << 18 | i;  // i < 2^18: the constructor caps max_
    }
    std::sort(keys.begin(), keys.end());
    std::vector<Diagnostic> sorted;
    sorted.reserve(list_.size());
    for (std::uint64_t k : keys) sorted.push_back(std::move(list_[k & ((1u << 18) - 1)]));
    list_ = std::move(sorted);
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
