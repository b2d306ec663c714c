// cli/jsonl.cpp — JSON lines in, JSON lines out, in order, on several threads.
#include "jsonl.hpp"

#include <cerrno>
#include <cstring>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "broadsheet/broadsheet.hpp"
#include "parallel.hpp"
#include "report.hpp"

namespace cli {

namespace {

using Json = nlohmann::ordered_json;  // keys in the documented order

struct Line {
    std::size_t number = 0;  // 1-based, counting blank lines too, as an editor does
    std::string text;
};

Json diagnostic_json(const broadsheet::Diagnostic& d) {
    Json j;
    j["severity"] = d.severity == broadsheet::Severity::error ? "error" : "warning";
    j["message"] = d.message;
    j["line"] = d.line;
    j["column"] = d.column;
    j["path"] = d.path;
    return j;
}

broadsheet::Diagnostic line_error(std::string message, std::string path) {
    broadsheet::Diagnostic d;
    d.message = std::move(message);
    d.path = std::move(path);
    return d;
}

// A line is an article, or {"source": TEXT, "format": ..., "id": ...}. An
// article line is given to the parser as it is, so a syntax error's column is
// a column of the line.
std::string render_line(const Line& line, const broadsheet::RenderOptions& base, bool warnings_as_errors) {
    Json out;
    out["line"] = line.number;
    broadsheet::RenderOptions options = base;
    options.format = broadsheet::InputFormat::json;
    std::string_view source = line.text;
    std::vector<broadsheet::Diagnostic> problems;  // with the wrapper itself

    // Most lines are articles: only one that mentions "source" is parsed here first.
    Json parsed;
    if (line.text.find("\"source\"") != std::string::npos)
        parsed = Json::parse(line.text, nullptr, /*allow_exceptions=*/false);
    if (!parsed.is_discarded() && parsed.is_object() && parsed.contains("source")) {
        if (parsed.contains("id")) out["id"] = parsed["id"];
        const Json& text = parsed["source"];
        if (text.is_string())
            source = text.get_ref<const std::string&>();
        else
            problems.push_back(line_error("expected the article's text as a string", "/source"));
        options.format = broadsheet::InputFormat::detect;
        if (parsed.contains("format")) {
            const Json& f = parsed["format"];
            if (f == "json")
                options.format = broadsheet::InputFormat::json;
            else if (f == "markdown")
                options.format = broadsheet::InputFormat::markdown;
            else if (f != "detect")
                problems.push_back(line_error("expected json, markdown or detect", "/format"));
        }
    }

    broadsheet::Result<broadsheet::Rendered> result;
    if (problems.empty())
        result = broadsheet::render(source, options);
    else
        result.diagnostics = std::move(problems);
    bool ok = result.ok() && !(warnings_as_errors && count(result.diagnostics, broadsheet::Severity::warning) > 0);
    out["ok"] = ok;
    if (ok) out["readingTime"] = {{"minutes", result->reading_time.minutes}, {"words", result->reading_time.words}};
    Json list = Json::array();
    for (const auto& d : result.diagnostics) list.push_back(diagnostic_json(d));
    out["diagnostics"] = std::move(list);
    if (ok) out["html"] = std::move(result->html);
    std::string text = out.dump(-1, ' ', false, Json::error_handler_t::replace);
    text += '\n';
    return text;
}

}  // namespace

int run_jsonl(const std::string& input, const std::string& output, const broadsheet::RenderOptions& options,
              bool warnings_as_errors, unsigned jobs) {
    std::ifstream file;
    std::istream* in = &std::cin;
    if (!input.empty() && input != "-") {
        file.open(input, std::ios::binary);
        if (!file) {
            std::cerr << "broadsheet: cannot read " << input << ": " << std::strerror(errno) << '\n';
            return 2;
        }
        in = &file;
    }
    std::ofstream out_file;
    std::ostream* out = &std::cout;
    if (!output.empty() && output != "-") {
        out_file.open(output, std::ios::binary | std::ios::trunc);
        if (!out_file) {
            std::cerr << "broadsheet: cannot write " << output << ": " << std::strerror(errno) << '\n';
            return 2;
        }
        out = &out_file;
    }

    // Lines are read on the worker threads and written on this one. std::cin
    // is tied to std::cout (every read flushes it first), which would flush
    // stdout from a worker while this thread writes to it: results came out
    // twice. Untied, only this thread touches the output stream.
    in->tie(nullptr);
    std::size_t number = 0;
    ordered_parallel<Line, std::string>(
        jobs, 64 * static_cast<std::size_t>(jobs),
        [&](Line& line) {
            while (std::getline(*in, line.text)) {
                line.number = ++number;
                if (!line.text.empty() && line.text.back() == '\r') line.text.pop_back();
                if (line.text.find_first_not_of(" \t") != std::string::npos) return true;
            }
            return false;
        },
        [&](Line& line) { return render_line(line, options, warnings_as_errors); },
        [&](std::string& text) { out->write(text.data(), static_cast<std::streamsize>(text.size())); },
        // Flushed whenever the next result is not ready yet, so a caller that
        // writes a line and waits for its answer gets it.
        [&] { out->flush(); });
    out->flush();
    if (in->bad()) {
        std::cerr << "broadsheet: cannot read " << (in == &std::cin ? std::string("stdin") : input) << '\n';
        return 2;
    }
    if (!*out) {
        std::cerr << "broadsheet: cannot write " << (out == &std::cout ? std::string("stdout") : output) << '\n';
        return 2;
    }
    return 0;
}

}  // namespace cli
