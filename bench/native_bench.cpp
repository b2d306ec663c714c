// Native benchmark: renders each file given on the command line many times
// and prints the median time per article and the throughput. A report, not
// a test: it never fails on time.
//   build/native/bench/native_bench examples/articles/*
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "broadsheet/broadsheet.hpp"

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: native_bench FILE...\n");
        return 2;
    }
    std::printf("%-28s %9s %12s %10s\n", "article (native)", "bytes", "median µs", "MB/s");
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        std::ostringstream ss;
        ss << in.rdbuf();
        const std::string src = ss.str();
        broadsheet::RenderOptions opt;
        std::string name = argv[i];
        name = name.substr(name.find_last_of('/') + 1);
        opt.format = name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0 ? broadsheet::InputFormat::json
                                                                                      : broadsheet::InputFormat::markdown;
        // Enough runs for a stable median, at least ~0.5 s per file.
        std::vector<double> us;
        auto start = std::chrono::steady_clock::now();
        std::size_t sink = 0;
        while (us.size() < 200 || (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500) && us.size() < 100000)) {
            auto t0 = std::chrono::steady_clock::now();
            auto out = broadsheet::render(src, opt);
            auto t1 = std::chrono::steady_clock::now();
            if (!out) {
                std::fprintf(stderr, "%s: %s\n", argv[i], out.diagnostics.empty() ? "error" : out.diagnostics[0].message.c_str());
                return 1;
            }
            sink += out->html.size();
            us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
        }
        std::nth_element(us.begin(), us.begin() + us.size() / 2, us.end());
        double median = us[us.size() / 2];
        std::printf("%-28s %9zu %12.1f %10.1f\n", name.c_str(), src.size(), median, src.size() / median);
        if (sink == 0) return 1;
    }
    return 0;
}
