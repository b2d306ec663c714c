// cli/report.cpp — diagnostics as text, the progress bar.
#include "report.hpp"

#include <unistd.h>

#include <cstdio>
#include <iostream>

namespace cli {

std::string format_diagnostics(const std::string& file, const std::vector<broadsheet::Diagnostic>& list) {
    std::string text;
    for (const auto& d : list) {
        text += file;
        text += ':';
        if (d.line > 0) text += std::to_string(d.line) + ':' + std::to_string(d.column > 0 ? d.column : 1) + ':';
        text += d.severity == broadsheet::Severity::error ? " error: " : " warning: ";
        text += d.message;
        if (!d.path.empty()) text += " (at " + d.path + ')';  // the field, e.g. /author/0/name
        text += '\n';
    }
    return text;
}

int count(const std::vector<broadsheet::Diagnostic>& list, broadsheet::Severity severity) {
    int n = 0;
    for (const auto& d : list) n += d.severity == severity;
    return n;
}

bool stderr_is_terminal() {
    return isatty(STDERR_FILENO) == 1;
}

Progress::Progress(std::size_t total, bool enabled)
    : total_(total), enabled_(enabled && total > 1), start_(std::chrono::steady_clock::now()), last_(start_) {}

void Progress::update(std::size_t done) {
    done_ = done;
    if (!enabled_) return;
    auto now = std::chrono::steady_clock::now();
    if (shown_ && now - last_ < std::chrono::milliseconds(100) && done != total_) return;
    last_ = now;
    draw(done);
}

void Progress::draw(std::size_t done) {
    const int width = 30;
    double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
    double fraction = total_ ? static_cast<double>(done) / static_cast<double>(total_) : 1.0;
    int filled = static_cast<int>(fraction * width);
    std::string bar(static_cast<std::size_t>(filled), '=');
    if (filled < width) bar += '>';
    bar.resize(width, ' ');
    double rate = seconds > 0 ? static_cast<double>(done) / seconds : 0;
    char tail[96];
    if (rate > 0 && done < total_)
        std::snprintf(tail, sizeof tail, "  %3d%%  %.0f/s  ETA %.0fs", static_cast<int>(fraction * 100), rate,
                      static_cast<double>(total_ - done) / rate);
    else
        std::snprintf(tail, sizeof tail, "  %3d%%", static_cast<int>(fraction * 100));
    // \r and "erase to end of line": only ever written to a terminal.
    std::cerr << "\r\033[K[" << bar << "] " << done << '/' << total_ << tail << std::flush;
    shown_ = true;
}

void Progress::clear() {
    if (!shown_) return;
    std::cerr << "\r\033[K" << std::flush;
    shown_ = false;
}

void Progress::finish() {
    clear();
}

}  // namespace cli
