// cli/inputs.cpp — expanding INPUT arguments, shards, reading sources.
#include "inputs.hpp"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <system_error>

namespace fs = std::filesystem;

namespace cli {

namespace {

bool ends_with_ci(const std::string& s, const char* suffix) {
    std::size_t n = std::strlen(suffix);
    if (s.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i) {
        char c = s[s.size() - n + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

bool hidden(const fs::path& p) {
    std::string name = p.filename().string();
    return !name.empty() && name[0] == '.';
}

// A directory's articles, sorted by their path below it so the order (and so
// the order of diagnostics) does not depend on the file system.
void add_directory(const std::string& arg, std::vector<Input>& out, std::vector<std::string>& errors) {
    std::vector<Input> found;
    std::error_code ec;
    fs::recursive_directory_iterator it(arg, fs::directory_options::none, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
        const fs::directory_entry& entry = *it;
        if (hidden(entry.path())) {  // .git, editors' backup files
            if (entry.is_directory(ec)) it.disable_recursion_pending();
            continue;
        }
        if (!entry.is_regular_file(ec)) continue;
        std::string rel = entry.path().lexically_relative(arg).generic_string();
        if (format_of(rel) == broadsheet::InputFormat::detect) continue;  // images, options.json is the user's choice
        std::string shown = arg;
        if (shown.back() != '/') shown += '/';
        found.push_back({shown + rel, rel, format_of(rel)});
    }
    if (ec) errors.push_back(arg + ": " + ec.message());
    std::sort(found.begin(), found.end(), [](const Input& a, const Input& b) { return a.rel < b.rel; });
    out.insert(out.end(), found.begin(), found.end());
}

}  // namespace

broadsheet::InputFormat format_of(const std::string& path) {
    if (ends_with_ci(path, ".json")) return broadsheet::InputFormat::json;
    if (ends_with_ci(path, ".md") || ends_with_ci(path, ".markdown")) return broadsheet::InputFormat::markdown;
    return broadsheet::InputFormat::detect;
}

std::vector<Input> collect_inputs(const std::vector<std::string>& args, std::vector<std::string>& errors) {
    std::vector<Input> out;
    for (const auto& arg : args) {
        std::error_code ec;
        if (arg != "-" && fs::is_directory(arg, ec)) {
            add_directory(arg, out, errors);
            continue;
        }
        std::string name = arg == "-" ? arg : fs::path(arg).filename().string();
        out.push_back({arg, name, format_of(arg)});
    }
    return out;
}

unsigned shard_of(const std::string& rel, unsigned count) {
    std::uint64_t h = 14695981039346656037ull;  // FNV-1a, 64-bit
    for (unsigned char c : rel) {
        h ^= c;
        h *= 1099511628211ull;
    }
    return static_cast<unsigned>(h % count);
}

bool read_source(const std::string& path, std::string& out, std::string& error) {
    if (path == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::error_code ec;
    if (fs::is_directory(path, ec)) {
        error = path + ": is a directory";
        return false;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) {
        error = "cannot read " + path + ": " + std::strerror(errno);
        return false;
    }
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) {
        error = "cannot read " + path;
        return false;
    }
    out = ss.str();
    return true;
}

}  // namespace cli
