// Golden files: tests/golden/NAME.{md,json} renders to NAME.html (with
// NAME.options.json when present). When both NAME.md and NAME.json exist they
// must render the same page. BS_UPDATE_GOLDEN=1 rewrites the .html files:
// review every rewritten file by eye before committing it.
#include <catch2/catch.hpp>

#include <cstdlib>
#include <dirent.h>
#include <fstream>
#include <set>
#include <sstream>

#include "broadsheet/broadsheet.hpp"

namespace {

const std::string kDir = std::string(BS_SOURCE_DIR) + "/tests/golden/";

bool read(const std::string& path, std::string& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::ostringstream ss;
    ss << in.rdbuf();
    out = ss.str();
    return true;
}

std::vector<std::string> inputs() {
    std::vector<std::string> names;
    if (DIR* d = opendir(kDir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            bool md = n.size() > 3 && n.compare(n.size() - 3, 3, ".md") == 0;
            bool json = n.size() > 5 && n.compare(n.size() - 5, 5, ".json") == 0 &&
                        n.find(".options.json") == std::string::npos;
            if (md || json) names.push_back(n);
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string first_difference(const std::string& want, const std::string& got) {
    std::istringstream a(want), b(got);
    std::string la, lb;
    for (int line = 1;; ++line) {
        bool ea = !std::getline(a, la), eb = !std::getline(b, lb);
        if (ea && eb) return "";
        if (ea || eb || la != lb)
            return "line " + std::to_string(line) + ":\n  expected: " + (ea ? "<end>" : la) + "\n  actual:   " + (eb ? "<end>" : lb);
    }
}

}  // namespace

TEST_CASE("golden files") {
    auto names = inputs();
    REQUIRE(names.size() >= 3);
    bool update = std::getenv("BS_UPDATE_GOLDEN") != nullptr;
    std::set<std::string> written;  // in update mode the first input of a stem writes, the second must match
    for (const auto& name : names) {
        std::string stem = name.substr(0, name.rfind('.'));
        SECTION(name) {
            std::string source, opts = "", want;
            REQUIRE(read(kDir + name, source));
            read(kDir + stem + ".options.json", opts);
            auto options = broadsheet::parse_options_json(opts);
            REQUIRE(options);
            options->format = name.size() > 5 && name.compare(name.size() - 5, 5, ".json") == 0
                                  ? broadsheet::InputFormat::json : broadsheet::InputFormat::markdown;
            auto out = broadsheet::render(source, *options);
            std::string got;
            if (out) got = out->html;
            for (const auto& d : out.diagnostics)
                got += std::string("<!-- ") + (d.severity == broadsheet::Severity::error ? "error" : "warning") + " " +
                       std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.path + " " + d.message + " -->\n";
            std::string path = kDir + stem + ".html";
            if (update && written.insert(stem).second) std::ofstream(path, std::ios::binary) << got;
            REQUIRE(read(path, want));
            INFO(name << " differs from " << stem << ".html at " << first_difference(want, got));
            CHECK(want == got);
        }
    }
}
