// cli/jsonl.hpp — `render --jsonl`: one JSON object per input line, one JSON
// result per output line, so the tool can be a stage of a data pipeline
// (Spark's RDD.pipe, `jq`, a queue consumer). The line formats are in
// `broadsheet render --help` and the README.
#pragma once

#include <string>

#include "broadsheet/options.hpp"

namespace cli {

// Reads `input` ("-" or "": stdin), writes to `output` ("-" or "": stdout).
// Returns 0 when every line got its result (an article's errors are in its
// result), 2 when the input cannot be read or the output written.
int run_jsonl(const std::string& input, const std::string& output, const broadsheet::RenderOptions& options,
              bool warnings_as_errors, unsigned jobs);

}  // namespace cli
