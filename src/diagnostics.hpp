// Private: collecting diagnostics and locating byte offsets.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "broadsheet/diagnostics.hpp"

namespace broadsheet::detail {

// Collects diagnostics up to a limit; past it, one last message says how
// many more there were, so a hostile file cannot make the list unbounded.
class Diagnostics {
public:
    explicit Diagnostics(int max = 100) : max_(max < 1 ? 1 : max > (1 << 18) - 1 ? (1 << 18) - 1 : max) {}

    void error(std::string message, int line = 0, int column = 0, std::string path = {}) {
        add(Severity::error, std::move(message), line, column, std::move(path));
    }
    void warning(std::string message, int line = 0, int column = 0, std::string path = {}) {
        add(Severity::warning, std::move(message), line, column, std::move(path));
    }
    void add(Diagnostic d);
    void add(Severity s, std::string message, int line, int column, std::string path) {
        add(Diagnostic{s, std::move(message), line, column, std::move(path)});
    }
    // Moves every diagnostic of `other` in (used to merge a sub-stage's list).
    void append(std::vector<Diagnostic>&& other) {
        for (auto& d : other) add(std::move(d));
    }

    bool has_errors() const { return errors_ > 0; }
    bool full() const { return static_cast<int>(list_.size()) >= max_; }
    // Puts the list in source order (line, then column; those without a line
    // last, in the order found), so a writer can fix them top to bottom.
    void sort_by_position();
    std::vector<Diagnostic> take();

private:
    int max_;
    int errors_ = 0;
    int dropped_ = 0;
    std::vector<Diagnostic> list_;
};

// Maps byte offsets in a UTF-8 text to 1-based line and column (columns count
// code points, as editors do). Built once per text, only when a position is
// needed. Asking for offsets in increasing order costs linear time in total,
// even when the text is one long line (minified JSON): the column counting
// resumes from the previous answer.
class LineIndex {
public:
    explicit LineIndex(std::string_view text, int first_line = 1);
    struct Position {
        int line = 0, column = 0;
    };
    Position at(std::size_t offset) const;

private:
    std::string_view text_;
    int first_line_;
    std::vector<std::size_t> starts_;
    mutable std::size_t last_offset_ = 0;  // the previous answer, to resume from
    mutable Position last_{0, 0};
};

}  // namespace broadsheet::detail
