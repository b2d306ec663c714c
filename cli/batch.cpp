// cli/batch.cpp — check or render a list of articles on several threads.
#include "batch.hpp"

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <map>
#include <system_error>

#include "broadsheet/broadsheet.hpp"
#include "inputs.hpp"
#include "parallel.hpp"
#include "report.hpp"

namespace fs = std::filesystem;

namespace cli {

namespace {

enum class Status { done, skipped, failed, io_error };

struct Job {
    Input input;
    std::string out;  // the HTML file under --out-dir; empty when checking
};

struct Outcome {
    Status status = Status::done;
    std::vector<broadsheet::Diagnostic> diagnostics;
    std::string message;  // an I/O error
};

// news/2026/a.md -> DIR/2026/a.html
std::string output_path(const std::string& out_dir, const std::string& rel) {
    fs::path p = fs::path(out_dir) / fs::path(rel);
    p.replace_extension(".html");
    return p.string();
}

// The output is up to date when it is at least as new as its source and as the options file.
bool up_to_date(const std::string& source, const std::string& out, const std::string& options_path) {
    std::error_code ec;
    auto out_time = fs::last_write_time(out, ec);
    if (ec) return false;
    auto source_time = fs::last_write_time(source, ec);
    if (ec || source_time > out_time) return false;
    if (options_path.empty()) return true;
    auto options_time = fs::last_write_time(options_path, ec);
    return !ec && options_time <= out_time;
}

// Written under a temporary name and renamed, so a run that is stopped half way
// never leaves a truncated page that a later run would take as up to date.
bool write_file(const std::string& path, const std::string& text, std::string& error) {
    std::error_code ec;
    fs::path parent = fs::path(path).parent_path();
    if (!parent.empty()) fs::create_directories(parent, ec);  // another thread may create it too: ec is then clear
    std::string temp = path + ".partial";
    {
        std::ofstream out(temp, std::ios::binary | std::ios::trunc);
        out << text;
        out.close();
        if (!out) {
            error = "cannot write " + path;
            fs::remove(temp, ec);
            return false;
        }
    }
    fs::rename(temp, path, ec);
    if (ec) {
        error = "cannot write " + path + ": " + ec.message();
        return false;
    }
    return true;
}

Outcome process(const Job& job, const BatchSettings& settings) {
    Outcome o;
    const bool writing = !job.out.empty();
    if (writing && !settings.force && up_to_date(job.input.path, job.out, settings.options_path)) {
        o.status = Status::skipped;
        return o;
    }
    std::string source;
    if (!read_source(job.input.path, source, o.message)) {
        o.status = Status::io_error;
        return o;
    }
    broadsheet::RenderOptions options = settings.options;
    options.format = job.input.format;
    auto result = broadsheet::render(source, options);
    o.diagnostics = std::move(result.diagnostics);
    bool fails = !result || (settings.warnings_as_errors && count(o.diagnostics, broadsheet::Severity::warning) > 0);
    if (fails) {
        o.status = Status::failed;
        return o;
    }
    if (writing && !write_file(job.out, result->html, o.message)) o.status = Status::io_error;
    return o;
}

std::string plural(std::size_t n, const char* one, const char* many) {
    return std::to_string(n) + ' ' + (n == 1 ? one : many);
}

}  // namespace

int run_batch(const std::vector<std::string>& args, const BatchSettings& settings) {
    std::vector<std::string> errors;
    std::vector<Input> inputs = collect_inputs(args, errors);
    for (const auto& e : errors) std::cerr << "broadsheet: " << e << '\n';
    int status = errors.empty() ? 0 : 2;
    const bool writing = !settings.out_dir.empty();

    // Two sources that would write one page (a.md and a.json) are refused before
    // anything is written, and before sharding, so every shard refuses alike.
    std::vector<Job> jobs;
    std::map<std::string, std::string> written_by;
    for (auto& input : inputs) {
        Job job{input, writing ? output_path(settings.out_dir, input.rel) : std::string()};
        if (writing) {
            auto [it, fresh] = written_by.emplace(job.out, input.path);
            if (!fresh) {
                std::cerr << "broadsheet: " << it->second << " and " << input.path << " would both write " << job.out
                          << '\n';
                return 2;
            }
        }
        if (shard_of(input.rel, settings.shard_count) == settings.shard_index) jobs.push_back(std::move(job));
    }

    Progress progress(jobs.size(), stderr_is_terminal());
    std::size_t next = 0, done = 0, rendered = 0, skipped = 0, failed = 0;
    int warnings = 0, error_count = 0;
    auto start = std::chrono::steady_clock::now();
    ordered_parallel<std::size_t, Outcome>(
        settings.jobs, 64 * static_cast<std::size_t>(settings.jobs),
        [&](std::size_t& index) { return next < jobs.size() ? (index = next++, true) : false; },
        [&](std::size_t& index) { return process(jobs[index], settings); },
        [&](Outcome& o) {
            const Job& job = jobs[done++];
            if (!o.diagnostics.empty() || !o.message.empty()) progress.clear();
            std::cerr << format_diagnostics(job.input.path == "-" ? "<stdin>" : job.input.path, o.diagnostics);
            if (!o.message.empty()) std::cerr << "broadsheet: " << o.message << '\n';
            warnings += count(o.diagnostics, broadsheet::Severity::warning);
            error_count += count(o.diagnostics, broadsheet::Severity::error);
            switch (o.status) {
                case Status::done: ++rendered; break;
                case Status::skipped: ++skipped; break;
                case Status::failed:
                    ++failed;
                    if (status == 0) status = 1;
                    break;
                case Status::io_error:
                    ++failed;
                    status = 2;
                    break;
            }
            progress.update(done);
        },
        [&] { progress.update(done); });
    progress.finish();

    if (writing) {
        double seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        char timing[96];
        std::snprintf(timing, sizeof timing, "%.2f s, %.0f articles/s", seconds,
                      seconds > 0 ? static_cast<double>(rendered) / seconds : 0.0);
        std::cerr << "broadsheet: " << rendered << " rendered, " << skipped << " skipped (up to date), " << failed
                  << " failed; " << plural(static_cast<std::size_t>(warnings), "warning", "warnings") << ", "
                  << plural(static_cast<std::size_t>(error_count), "error", "errors") << "; " << timing << " on "
                  << plural(settings.jobs, "job", "jobs");
        if (settings.shard_count > 1)
            std::cerr << "; shard " << settings.shard_index + 1 << '/' << settings.shard_count << ": " << jobs.size()
                      << " of " << inputs.size() << " articles";
        std::cerr << '\n';
    }
    return status;
}

}  // namespace cli
