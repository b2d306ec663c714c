// cli/batch.hpp — many articles at once: `check INPUT...` and
// `render INPUT... --out-dir DIR`.
#pragma once

#include <string>
#include <vector>

#include "broadsheet/options.hpp"

namespace cli {

struct BatchSettings {
    std::string out_dir;       // empty: check only, write nothing
    std::string options_path;  // its time counts when deciding an output is up to date
    broadsheet::RenderOptions options;
    unsigned jobs = 1;
    unsigned shard_index = 0, shard_count = 1;
    bool force = false;
    bool warnings_as_errors = false;
};

// Renders (or checks) every article of the inputs; prints diagnostics in input
// order, a progress bar on a terminal and, when writing, a summary line.
// Returns the exit status: 0, 1 (an article failed) or 2 (usage or I/O).
int run_batch(const std::vector<std::string>& inputs, const BatchSettings& settings);

}  // namespace cli
