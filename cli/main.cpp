// broadsheet — render and check articles from the command line.
//
//   broadsheet render INPUT [--page] [--options OPTIONS.json] [-o OUT]
//   broadsheet render INPUT... --out-dir DIR [--jobs N] [--shard K/N] [--force]
//   broadsheet render --jsonl [FILE | -] [-o OUT]
//   broadsheet check INPUT... [--warnings-as-errors]
//
// `broadsheet --help` and `broadsheet COMMAND --help` say it all (cli/args.cpp).
// The files: args (argv -> Args, help), inputs (files, directories, stdin,
// shards), batch (many articles, in parallel, in order), jsonl (the stream),
// parallel (the thread pool both use), report (diagnostics, progress bar).
// Exit status: 0 fine, 1 an article has errors, 2 usage or I/O error.
#include <algorithm>
#include <filesystem>
#include <fstream>
#include <iostream>
#include <string>
#include <thread>

#include "args.hpp"
#include "batch.hpp"
#include "broadsheet/broadsheet.hpp"
#include "inputs.hpp"
#include "jsonl.hpp"
#include "report.hpp"

namespace {

int usage_error(const std::string& message, cli::Command command) {
    std::cerr << "broadsheet: " << message << '\n'
              << "Try 'broadsheet"
              << (command == cli::Command::render  ? " render"
                  : command == cli::Command::check ? " check"
                                                   : "")
              << " --help'.\n";
    return 2;
}

// One article to stdout or -o: the original form, kept as it was.
int render_one(const std::string& file, const std::string& out_path, broadsheet::RenderOptions options,
               bool warnings_as_errors) {
    std::error_code ec;
    if (file != "-" && std::filesystem::is_directory(file, ec)) {
        std::cerr << "broadsheet: " << file << ": is a directory (render a folder with --out-dir DIR)\n";
        return 2;
    }
    options.format = cli::format_of(file);
    std::string source, error;
    if (!cli::read_source(file, source, error)) {
        std::cerr << "broadsheet: " << error << '\n';
        return 2;
    }
    auto result = broadsheet::render(source, options);
    std::cerr << cli::format_diagnostics(file == "-" ? "<stdin>" : file, result.diagnostics);
    if (!result) return 1;
    if (warnings_as_errors && cli::count(result.diagnostics, broadsheet::Severity::warning) > 0) return 1;
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

}  // namespace

int main(int argc, char** argv) {
    std::ios::sync_with_stdio(false);
    cli::Args args;
    std::string error;
    if (!cli::parse_args(argc, argv, args, error)) return usage_error(error, args.command);
    if (args.help) {
        std::cout << cli::help_text(args.command);
        return 0;
    }
    if (args.version) {
        std::cout << "broadsheet " << broadsheet::version() << '\n';
        return 0;
    }

    broadsheet::RenderOptions options;
    if (!args.options_path.empty()) {
        std::string text;
        if (!cli::read_source(args.options_path, text, error)) {
            std::cerr << "broadsheet: " << error << '\n';
            return 2;
        }
        auto parsed = broadsheet::parse_options_json(text);
        std::cerr << cli::format_diagnostics(args.options_path, parsed.diagnostics);
        if (!parsed) return 2;
        options = *parsed;
    }
    if (args.mode == "page")
        options.mode = broadsheet::RenderMode::page;
    else if (args.mode == "fragment")
        options.mode = broadsheet::RenderMode::fragment;
    else if (args.mode == "commonmark")
        options.mode = broadsheet::RenderMode::commonmark;

    unsigned jobs = args.jobs ? args.jobs : std::max(1u, std::thread::hardware_concurrency());
    if (args.command == cli::Command::render && args.jsonl)
        return cli::run_jsonl(args.inputs.empty() ? "-" : args.inputs.front(), args.output, options,
                              args.warnings_as_errors, jobs);
    if (args.command == cli::Command::render && args.out_dir.empty())
        return render_one(args.inputs.front(), args.output, options, args.warnings_as_errors);

    cli::BatchSettings settings;
    settings.out_dir = args.out_dir;
    settings.options_path = args.options_path;
    settings.options = options;
    settings.jobs = jobs;
    settings.shard_index = args.shard_index;
    settings.shard_count = args.shard_count;
    settings.force = args.force;
    settings.warnings_as_errors = args.warnings_as_errors;
    return cli::run_batch(args.inputs, settings);
}
