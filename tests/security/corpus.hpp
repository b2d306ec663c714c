// The hostile corpus (tests/security/*.txt, format in README.md), read into
// cases: for the corpus test and for any test that wants every hostile input.
#pragma once

#include <string>
#include <vector>

namespace bs_test {

struct Case {
    std::string file;
    int line = 0;
    std::string name;
    std::string format;   // "json", "markdown" or "" (detect)
    std::string options;  // options JSON
    bool escapes = false;
    std::vector<std::string> present, absent;
    std::string expect_error;
    std::string modes = "fragment page";
    std::string source;
};

// Every case of every tests/security/*.txt, in file order.
std::vector<Case> read_corpus();

}  // namespace bs_test
