// broadsheet — render and check articles from the command line.
//
//   broadsheet render FILE [--page | --mode MODE] [--options OPTIONS.json] [-o OUT]
//   broadsheet check FILE... [--options OPTIONS.json]
//
// The format follows the extension (.json, .md/.markdown); `-` reads stdin
// (format detected). Diagnostics go to stderr as
//   FILE:LINE:COL: error|warning: message
// the form compilers use, so editors and CI annotate the line. A diagnostic
// about the whole file (no line, e.g. the size limit) is "FILE: error: message",
// with " (at /json/pointer)" when it concerns one field.
// Exit status: 0 fine, 1 an article has errors, 2 usage or I/O error.
#include <cstdio>
#include <cstring>
#include <fstream>
#include <iostream>
#include <iterator>
#include <sstream>
#include <string>

#include "broadsheet/broadsheet.hpp"

namespace {

const char kUsage[] =
    "usage: broadsheet render FILE [--page | --mode fragment|page|commonmark] [--options OPTIONS.json] [-o OUT]\n"
    "       broadsheet check FILE... [--options OPTIONS.json]\n"
    "       broadsheet --version\n"
    "FILE is .json (schema.org NewsArticle) or .md (Markdown with front matter); - reads stdin.\n";

bool read_file(const std::string& path, std::string& out) {
    if (path == "-") {
        out.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
        return true;
    }
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

bool ends_with(const std::string& s, const char* suffix) {
    std::size_t n = std::strlen(suffix);
    if (s.size() < n) return false;
    for (std::size_t i = 0; i < n; ++i) {
        char c = s[s.size() - n + i];
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if (c != suffix[i]) return false;
    }
    return true;
}

void print(const std::string& file, const std::vector<broadsheet::Diagnostic>& list) {
    for (const auto& d : list) {
        std::cerr << file << ':';
        if (d.line > 0) std::cerr << d.line << ':' << (d.column > 0 ? d.column : 1) << ':';
        std::cerr << ' ' << (d.severity == broadsheet::Severity::error ? "error" : "warning") << ": " << d.message;
        if (!d.path.empty()) std::cerr << " (at " << d.path << ')';  // the field, e.g. /author/0/name
        std::cerr << '\n';
    }
}

broadsheet::InputFormat format_of(const std::string& file) {
    if (ends_with(file, ".json")) return broadsheet::InputFormat::json;
    if (ends_with(file, ".md") || ends_with(file, ".markdown")) return broadsheet::InputFormat::markdown;
    return broadsheet::InputFormat::detect;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc >= 2 && (!std::strcmp(argv[1], "--version") || !std::strcmp(argv[1], "-V"))) {
        std::cout << "broadsheet " << broadsheet::version() << '\n';
        return 0;
    }
    if (argc >= 2 && (!std::strcmp(argv[1], "--help") || !std::strcmp(argv[1], "-h"))) {
        std::cout << kUsage;
        return 0;
    }
    if (argc < 3 || (std::strcmp(argv[1], "render") && std::strcmp(argv[1], "check"))) {
        std::cerr << kUsage;
        return 2;
    }
    bool check = !std::strcmp(argv[1], "check");
    std::vector<std::string> files;
    std::string out_path, options_path, mode;
    for (int i = 2; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--page" && !check) mode = "page";
        else if (a == "--mode" && i + 1 < argc && !check) mode = argv[++i];
        else if (a == "--options" && i + 1 < argc) options_path = argv[++i];
        else if ((a == "-o" || a == "--output") && i + 1 < argc && !check) out_path = argv[++i];
        else if (a.size() > 1 && a[0] == '-') {
            std::cerr << "broadsheet: unknown argument " << a << '\n' << kUsage;
            return 2;
        } else {
            files.push_back(a);
        }
    }
    if (files.empty() || (!check && files.size() > 1)) {
        std::cerr << kUsage;
        return 2;
    }

    broadsheet::RenderOptions options;
    if (!options_path.empty()) {
        std::string text;
        if (!read_file(options_path, text)) {
            std::cerr << "broadsheet: cannot read " << options_path << ": " << std::strerror(errno) << '\n';
            return 2;
        }
        auto parsed = broadsheet::parse_options_json(text);
        print(options_path, parsed.diagnostics);
        if (!parsed) return 2;
        options = *parsed;
    }
    if (mode == "page") options.mode = broadsheet::RenderMode::page;
    else if (mode == "fragment") options.mode = broadsheet::RenderMode::fragment;
    else if (mode == "commonmark") options.mode = broadsheet::RenderMode::commonmark;
    else if (!mode.empty()) {
        std::cerr << "broadsheet: unknown mode " << mode << " (fragment, page or commonmark)\n";
        return 2;
    }
    if (check) {
        // Every file is checked, so one run reports everything a CI job needs to show.
        int status = 0;
        for (const auto& file : files) {
            std::string source;
            if (!read_file(file, source)) {
                std::cerr << "broadsheet: cannot read " << file << ": " << std::strerror(errno) << '\n';
                status = 2;
                continue;
            }
            options.format = format_of(file);
            auto result = broadsheet::render(source, options);
            print(file, result.diagnostics);
            if (!result && status == 0) status = 1;
        }
        return status;
    }

    const std::string& file = files.front();
    options.format = format_of(file);
    std::string source;
    if (!read_file(file, source)) {
        std::cerr << "broadsheet: cannot read " << file << ": " << std::strerror(errno) << '\n';
        return 2;
    }
    auto result = broadsheet::render(source, options);
    print(file, result.diagnostics);
    if (!result) return 1;
    if (out_path.empty() || out_path == "-") {
        std::cout << result->html;
        std::cout.flush();
        return std::cout ? 0 : 2;
    }
    std::ofstream out(out_path, std::ios::binary);
    out << result->html;
    out.close();
    if (!out) {
        std::cerr << "broadsheet: cannot write " << out_path << '\n';
        return 2;
    }
    return 0;
}
