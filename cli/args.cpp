// cli/args.cpp — parsing argv into cli::Args; the help text of each command.
#include "args.hpp"

#include <algorithm>
#include <cstdlib>
#include <cstring>

namespace cli {

namespace {

const char kOverview[] =
    "usage: broadsheet render INPUT [--page] [--options OPTIONS.json] [-o OUT.html]\n"
    "       broadsheet render INPUT... --out-dir DIR [--jobs N] [--shard K/N] [--force]\n"
    "       broadsheet render --jsonl [FILE.jsonl | -] [-o OUT.jsonl]\n"
    "       broadsheet check INPUT... [--warnings-as-errors]\n"
    "       broadsheet --version\n"
    "\n"
    "Renders news articles (schema.org NewsArticle JSON, or Markdown with front matter)\n"
    "to accessible HTML, and checks them. INPUT is a file (.json, .md or .markdown),\n"
    "a directory (searched recursively for those three extensions) or - for stdin.\n"
    "\n"
    "Commands:\n"
    "  render   render one article to stdout or a file, a whole archive into a folder,\n"
    "           or a stream of JSON lines\n"
    "  check    report every error and warning, FILE:LINE:COL: error|warning: message\n"
    "\n"
    "Exit status: 0 fine, 1 an article has errors (or warnings, with --warnings-as-errors),\n"
    "2 a usage error or a file that cannot be read or written.\n"
    "More: broadsheet render --help, broadsheet check --help\n";

const char kRender[] =
    "usage: broadsheet render INPUT [options] [-o OUT.html]\n"
    "       broadsheet render INPUT... --out-dir DIR [options]\n"
    "       broadsheet render --jsonl [FILE.jsonl | -] [options] [-o OUT.jsonl]\n"
    "\n"
    "One article: INPUT is a file or - (stdin); the HTML goes to stdout, or to OUT.html\n"
    "with -o. Diagnostics go to stderr as FILE:LINE:COL: error|warning: message.\n"
    "\n"
    "An archive: with --out-dir, every INPUT (files, and directories searched recursively\n"
    "for .json, .md and .markdown; names starting with '.' are skipped) is rendered into\n"
    "DIR, mirroring the tree below each input directory: news/2026/a.md -> DIR/2026/a.html\n"
    "for `render news --out-dir DIR`; a file named by itself goes to DIR/NAME.html.\n"
    "Articles render in parallel. An output newer than its source (and than --options)\n"
    "is left alone; --force renders it again. An article with errors writes no file.\n"
    "A progress bar shows on a terminal, and a summary line ends the run: rendered,\n"
    "skipped, failed, warnings, errors, time.\n"
    "\n"
    "A stream: with --jsonl, each input line is one JSON object, either an article\n"
    "(NewsArticle JSON) or {\"source\": \"TEXT\", \"format\": \"json\"|\"markdown\"|\"detect\", \"id\": ANY}.\n"
    "Each writes one line, in input order, flushed as it is ready:\n"
    "  {\"line\": N, \"id\": ANY, \"ok\": true|false, \"readingTime\": {\"minutes\": M, \"words\": W},\n"
    "   \"diagnostics\": [{\"severity\", \"message\", \"line\", \"column\", \"path\"}], \"html\": \"...\"}\n"
    "(\"id\" only when given; \"html\" and \"readingTime\" only when ok). Blank lines are skipped.\n"
    "An article's errors are in its result, so the exit status is 0 unless the input or\n"
    "output fails.\n"
    "\n"
    "Options:\n"
    "  --page                 a whole HTML document (same as --mode page)\n"
    "  --mode MODE            fragment (default), page or commonmark\n"
    "  --options FILE.json    render options, the same JSON the JavaScript API takes\n"
    "  -o, --output FILE      write to FILE instead of stdout (one article, or --jsonl)\n"
    "  --out-dir DIR          render every INPUT into DIR\n"
    "  -j, --jobs N           articles rendered at once (default: one per core)\n"
    "  --shard K/N            only the K-th of N slices (K from 1 to N), chosen by a hash of\n"
    "                         each article's path below its input directory: the same on\n"
    "                         every machine and in any listing order, so N jobs with\n"
    "                         K = 1..N render each article exactly once\n"
    "  --force                render even when the output is up to date\n"
    "  --jsonl                read JSON lines, write JSON lines (see above)\n"
    "  --warnings-as-errors   an article with warnings fails: no output, exit status 1\n"
    "  -h, --help             this help\n";

const char kCheck[] =
    "usage: broadsheet check INPUT... [options]\n"
    "\n"
    "Parses and renders each article without writing anything, and prints every error and\n"
    "warning to stderr, in input order, as compilers do:\n"
    "  FILE:LINE:COL: error|warning: message (at /json/pointer)\n"
    "INPUT is a file, a directory (searched recursively for .json, .md and .markdown) or\n"
    "- for stdin. Exit status: 0 no errors, 1 an article has errors (or warnings, with\n"
    "--warnings-as-errors), 2 a usage error or a file that cannot be read.\n"
    "\n"
    "Options:\n"
    "  --options FILE.json    render options, the same JSON the JavaScript API takes\n"
    "  -j, --jobs N           articles checked at once (default: one per core)\n"
    "  --shard K/N            only the K-th of N slices (see broadsheet render --help)\n"
    "  --warnings-as-errors   exit status 1 when any article has a warning\n"
    "  -h, --help             this help\n";

bool parse_count(const std::string& text, unsigned& out) {
    if (text.empty() || text.size() > 6 || text.find_first_not_of("0123456789") != std::string::npos) return false;
    out = static_cast<unsigned>(std::strtoul(text.c_str(), nullptr, 10));
    return out > 0;
}

bool parse_shard(const std::string& text, Args& args) {
    std::size_t slash = text.find('/');
    unsigned k = 0, n = 0;
    if (slash == std::string::npos || !parse_count(text.substr(0, slash), k) ||
        !parse_count(text.substr(slash + 1), n) || k > n)
        return false;
    args.shard_index = k - 1;
    args.shard_count = n;
    return true;
}

}  // namespace

const char* help_text(Command command) {
    switch (command) {
        case Command::render: return kRender;
        case Command::check: return kCheck;
        case Command::none: break;
    }
    return kOverview;
}

bool parse_args(int argc, char** argv, Args& args, std::string& error) {
    int i = 1;
    if (i < argc) {
        std::string first = argv[i];
        if (first == "render")
            args.command = Command::render, ++i;
        else if (first == "check")
            args.command = Command::check, ++i;
        else if (first == "help") {  // `broadsheet help render` reads like git's
            args.help = true;
            if (++i < argc) {
                std::string topic = argv[i];
                if (topic == "render")
                    args.command = Command::render;
                else if (topic == "check")
                    args.command = Command::check;
                else
                    return error = "no command " + topic + " (render or check)", false;
            }
            return true;
        } else if (first.empty() || first[0] != '-') {
            return error = "unknown command " + first + " (render or check)", false;
        }
    }
    const bool render = args.command == Command::render;
    bool only_inputs = false;  // after "--"
    for (; i < argc; ++i) {
        std::string a = argv[i];
        if (only_inputs || a == "-" || a.empty() || a[0] != '-') {
            args.inputs.push_back(a);
            continue;
        }
        if (a == "--") {
            only_inputs = true;
            continue;
        }
        // --name=value is the same as --name value.
        std::string value;
        bool has_value = false;
        std::size_t eq = a.find('=');
        if (a.compare(0, 2, "--") == 0 && eq != std::string::npos) {
            value = a.substr(eq + 1);
            a.erase(eq);
            has_value = true;
        }
        auto take = [&](const char* what) {
            if (has_value) return true;
            if (i + 1 >= argc) return error = a + " needs " + what, false;
            value = argv[++i];
            return true;
        };
        auto flag = [&]() {
            if (has_value) return error = a + " takes no value", false;
            return true;
        };
        if (a == "-h" || a == "--help") {
            args.help = true;
        } else if (a == "-V" || a == "--version") {
            args.version = true;
        } else if (args.command == Command::none) {
            return error = "unknown argument " + a + " (before a command: render or check)", false;
        } else if (a == "--options") {
            if (!take("a file")) return false;
            args.options_path = value;
        } else if (a == "-j" || a == "--jobs") {
            if (!take("a number")) return false;
            if (!parse_count(value, args.jobs)) return error = "--jobs wants a number from 1, not " + value, false;
        } else if (a == "--shard") {
            if (!take("K/N")) return false;
            if (!parse_shard(value, args)) return error = "--shard wants K/N with 1 <= K <= N, not " + value, false;
        } else if (a == "--warnings-as-errors") {
            if (!flag()) return false;
            args.warnings_as_errors = true;
        } else if (render && a == "--page") {
            if (!flag()) return false;
            args.mode = "page";
        } else if (render && a == "--mode") {
            if (!take("fragment, page or commonmark")) return false;
            args.mode = value;
        } else if (render && (a == "-o" || a == "--output")) {
            if (!take("a file")) return false;
            args.output = value;
        } else if (render && a == "--out-dir") {
            if (!take("a directory")) return false;
            args.out_dir = value;
        } else if (render && a == "--force") {
            if (!flag()) return false;
            args.force = true;
        } else if (render && a == "--jsonl") {
            if (!flag()) return false;
            args.jsonl = true;
        } else {
            return error = "unknown argument " + a, false;
        }
    }
    if (args.help || args.version) return true;
    if (args.command == Command::none) return error = "no command (render or check)", false;
    if (std::count(args.inputs.begin(), args.inputs.end(), "-") > 1) return error = "- (stdin) can be read once", false;

    if (!args.mode.empty() && args.mode != "page" && args.mode != "fragment" && args.mode != "commonmark")
        return error = "unknown mode " + args.mode + " (fragment, page or commonmark)", false;
    if (args.command == Command::check) {
        if (args.inputs.empty()) return error = "check needs at least one INPUT", false;
        return true;
    }
    if (args.jsonl) {
        if (!args.out_dir.empty()) return error = "--jsonl writes one stream: use -o, not --out-dir", false;
        if (args.shard_count > 1) return error = "--shard needs --out-dir (a stream is split by the job runner)", false;
        if (args.force) return error = "--force needs --out-dir", false;
        if (args.inputs.size() > 1) return error = "--jsonl reads one file (or - for stdin)", false;
        return true;
    }
    if (!args.out_dir.empty()) {
        if (args.inputs.empty()) return error = "render --out-dir needs at least one INPUT", false;
        if (!args.output.empty()) return error = "-o names one output: use either -o or --out-dir", false;
        for (const auto& input : args.inputs)
            if (input == "-") return error = "- (stdin) has no name to write under --out-dir", false;
        return true;
    }
    if (args.inputs.empty()) return error = "render needs an INPUT", false;
    if (args.inputs.size() > 1) return error = "several inputs need --out-dir DIR", false;
    if (args.force) return error = "--force needs --out-dir", false;
    if (args.shard_count > 1) return error = "--shard needs --out-dir", false;
    return true;
}

}  // namespace cli
