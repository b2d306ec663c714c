// cli/inputs.hpp — from the INPUT arguments to a list of articles: files as
// given, directories searched recursively, "-" for stdin; --shard's slice.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "broadsheet/options.hpp"

namespace cli {

struct Input {
    std::string path;  // as the user will recognise it: the argument, or DIR/sub/name.md; "-" is stdin
    std::string rel;   // below its input directory with '/' separators (a file given by name: its name)
    broadsheet::InputFormat format = broadsheet::InputFormat::detect;
};

// Expands the arguments, in their order; a directory's articles come sorted by
// rel. A path that does not exist is kept (reading it reports the error, in
// order with the others). Problems listing a directory are appended to errors.
std::vector<Input> collect_inputs(const std::vector<std::string>& args, std::vector<std::string>& errors);

// The format from the extension: .json, .md/.markdown, else detect.
broadsheet::InputFormat format_of(const std::string& path);

// Which of `count` shards an article belongs to: FNV-1a of rel, so the same
// on every machine and independent of the order the files were listed in.
unsigned shard_of(const std::string& rel, unsigned count);

// Reads a whole file ("-": stdin). On failure returns false and sets error to
// "PATH: reason", with "is a directory" for a directory.
bool read_source(const std::string& path, std::string& out, std::string& error);

}  // namespace cli
