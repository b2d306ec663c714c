// Renders the article named on the command line to stdout, with the installed
// library only (tests/consumer/run.cmake builds it with CMake and with pkg-config).
#include <broadsheet/broadsheet.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: consumer ARTICLE\n";
        return 2;
    }
    std::ifstream in(argv[1], std::ios::binary);
    std::ostringstream source;
    source << in.rdbuf();
    auto out = broadsheet::render(source.str());  // Markdown parsing goes through the bundled md4c
    for (const auto& d : out.diagnostics) std::cerr << d.line << ':' << d.column << ": " << d.message << '\n';
    if (!out) return 1;
    std::cout << "broadsheet " << broadsheet::version() << ", " << out->reading_time.minutes << " min\n" << out->html;
    return 0;
}
