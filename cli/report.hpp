// cli/report.hpp — what the user reads on stderr: diagnostics, the progress
// bar (terminals only) and the summary line of a batch.
#pragma once

#include <chrono>
#include <cstddef>
#include <string>
#include <vector>

#include "broadsheet/diagnostics.hpp"

namespace cli {

// FILE:LINE:COL: error|warning: message (at /json/pointer), the form compilers
// use so editors and CI annotate the line. A diagnostic about the whole file
// (no line) is "FILE: error: message".
std::string format_diagnostics(const std::string& file, const std::vector<broadsheet::Diagnostic>& list);

int count(const std::vector<broadsheet::Diagnostic>& list, broadsheet::Severity severity);

// "[=========>          ] 4512/10000  45%  2310/s  ETA 2s" on one line,
// redrawn at most ten times a second, only when stderr is a terminal.
class Progress {
public:
    Progress(std::size_t total, bool enabled);
    void update(std::size_t done);  // draws if enough time has passed
    void clear();                   // before printing anything else to stderr
    void finish();                  // removes the bar

private:
    void draw(std::size_t done);
    std::size_t total_;
    bool enabled_;
    bool shown_ = false;
    std::size_t done_ = 0;
    std::chrono::steady_clock::time_point start_, last_;
};

bool stderr_is_terminal();

}  // namespace cli
