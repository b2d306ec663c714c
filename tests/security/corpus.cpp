// Reads the hostile corpus (corpus.hpp).
#include "security/corpus.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <fstream>

namespace bs_test {

namespace {

std::string unescape(const std::string& s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '\\' && i + 1 < s.size() && s[i + 1] == '\\') {
            out += '\\';
            ++i;
        } else if (s[i] == '\\' && i + 3 < s.size() && s[i + 1] == 'x' && std::isxdigit(static_cast<unsigned char>(s[i + 2])) &&
                   std::isxdigit(static_cast<unsigned char>(s[i + 3]))) {
            out += static_cast<char>(std::stoi(s.substr(i + 2, 2), nullptr, 16));
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

void finish(Case& c, std::vector<std::string>& lines, std::vector<Case>& out) {
    while (!lines.empty() && lines.back().find_first_not_of(" \t\r") == std::string::npos) lines.pop_back();
    for (const auto& l : lines) c.source += l + "\n";
    if (c.escapes) c.source = unescape(c.source);
    out.push_back(std::move(c));
}

}  // namespace

std::vector<Case> read_corpus() {
    std::vector<std::filesystem::path> files;
    for (const auto& e : std::filesystem::directory_iterator(BS_SOURCE_DIR "/tests/security"))
        if (e.path().extension() == ".txt") files.push_back(e.path());
    std::sort(files.begin(), files.end());
    std::vector<Case> out;
    for (const auto& path : files) {
        std::ifstream in(path, std::ios::binary);
        std::string line;
        Case c;
        bool in_case = false, in_source = false;
        std::vector<std::string> lines;
        int n = 0;
        while (std::getline(in, line)) {
            ++n;
            if (line.rfind("=== case: ", 0) == 0) {
                if (in_case) finish(c, lines, out);
                c = Case{};
                lines.clear();
                c.file = path.filename().string();
                c.line = n;
                c.name = line.substr(10);
                in_case = true;
                in_source = false;
            } else if (!in_case) {
                continue;
            } else if (in_source) {
                lines.push_back(line);
            } else if (line == "=== source") {
                in_source = true;
            } else if (line.rfind("format: ", 0) == 0) {
                c.format = line.substr(8);
            } else if (line.rfind("options: ", 0) == 0) {
                c.options = line.substr(9);
            } else if (line == "escapes: yes") {
                c.escapes = true;
            } else if (line.rfind("present: ", 0) == 0) {
                c.present.push_back(line.substr(9));
            } else if (line.rfind("absent: ", 0) == 0) {
                c.absent.push_back(line.substr(8));
            } else if (line.rfind("modes: ", 0) == 0) {
                c.modes = line.substr(7);
            } else if (line.rfind("expect-error: ", 0) == 0) {
                c.expect_error = line.substr(14);
            } else if (!line.empty()) {
                FAIL(c.file << ':' << n << ": unknown header line: " << line);
            }
        }
        if (in_case) finish(c, lines, out);
    }
    return out;
}

}  // namespace bs_test
