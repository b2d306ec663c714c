// cli/args.hpp — the command line as a struct, and the --help text of each command.
#pragma once

#include <string>
#include <vector>

namespace cli {

enum class Command { none, render, check };

struct Args {
    Command command = Command::none;
    bool help = false;                // --help: print the command's help and exit 0
    bool version = false;             // --version
    std::vector<std::string> inputs;  // files, directories (recursive) and "-" for stdin
    std::string mode;                 // --page, --mode MODE
    std::string options_path;         // --options FILE.json
    std::string output;               // -o FILE (one article, or the --jsonl results)
    std::string out_dir;              // --out-dir DIR (many articles)
    unsigned jobs = 0;                // --jobs N; 0 means one per core
    unsigned shard_index = 0;         // --shard K/N, stored 0-based (K-1)
    unsigned shard_count = 1;
    bool force = false;               // --force: render even when the output is newer than its source
    bool jsonl = false;               // --jsonl: one JSON object per line in, one result per line out
    bool warnings_as_errors = false;  // --warnings-as-errors
};

// Fills args from argv. On a usage error, returns false and sets error to one
// line (without "broadsheet: ") saying what is wrong.
bool parse_args(int argc, char** argv, Args& args, std::string& error);

// The full help of a command (Command::none: the tool's overview).
const char* help_text(Command command);

}  // namespace cli
