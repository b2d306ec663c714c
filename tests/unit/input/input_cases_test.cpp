// The shared table of valid and invalid JSON articles (tests/cases/): the C++
// parser must accept every valid case and refuse every invalid one, with the
// expected JSON Pointer and message. tests/node/schema.test.mjs holds the
// published JSON Schema to the same table.
#include <catch2/catch.hpp>

#include <algorithm>
#include <dirent.h>
#include <fstream>
#include <sstream>

#include "broadsheet/broadsheet.hpp"

namespace {

const std::string kCases = std::string(BS_SOURCE_DIR) + "/tests/cases/";

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::vector<std::string> files(const std::string& dir, const std::string& ext) {
    std::vector<std::string> names;
    if (DIR* d = opendir(dir.c_str())) {
        while (dirent* e = readdir(d)) {
            std::string n = e->d_name;
            if (n.size() > ext.size() && n.compare(n.size() - ext.size(), ext.size(), ext) == 0)
                names.push_back(n.substr(0, n.size() - ext.size()));
        }
        closedir(d);
    }
    std::sort(names.begin(), names.end());
    return names;
}

std::string list(const std::vector<broadsheet::Diagnostic>& ds) {
    std::string out;
    for (const auto& d : ds)
        out += "  " + std::to_string(d.line) + ":" + std::to_string(d.column) + " " + d.path + " " + d.message + "\n";
    return out;
}

}  // namespace

TEST_CASE("valid cases parse") {
    auto names = files(kCases + "valid", ".json");
    REQUIRE(names.size() >= 10);
    for (const auto& name : names) {
        auto r = broadsheet::parse_json(slurp(kCases + "valid/" + name + ".json"));
        INFO(name << ":\n" << list(r.diagnostics));
        CHECK(r.ok());
        CHECK_FALSE(r.has_errors());
    }
}

TEST_CASE("invalid cases are refused at the expected place, with the expected message") {
    auto names = files(kCases + "invalid", ".json");
    REQUIRE(names.size() >= 10);
    CHECK(files(kCases + "invalid", ".expect") == names);  // every case says what it expects
    for (const auto& name : names) {
        std::istringstream expect(slurp(kCases + "invalid/" + name + ".expect"));
        std::string path, message;
        std::getline(expect, path);
        std::getline(expect, message);
        REQUIRE_FALSE(message.empty());
        auto r = broadsheet::parse_json(slurp(kCases + "invalid/" + name + ".json"));
        INFO(name << ": expected error at \"" << path << "\": " << message << "\ngot:\n" << list(r.diagnostics));
        CHECK_FALSE(r.ok());
        bool found = std::any_of(r.diagnostics.begin(), r.diagnostics.end(), [&](const broadsheet::Diagnostic& d) {
            return d.severity == broadsheet::Severity::error && d.path == path &&
                   d.message.find(message) != std::string::npos && d.line > 0;
        });
        CHECK(found);
    }
}
