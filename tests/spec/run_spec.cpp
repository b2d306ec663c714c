// bs_spec: runs the spec-style examples of tests/spec/*.txt against the body
// renderer (render_body), as md4c's and cmark's spec runners do.
//
//   bs_spec FILE...              every example; exit 1 if any fails
//   bs_spec -n N FILE            only example N of FILE (numbered from 1)
//
// An example, in the CommonMark spec's own format:
//
//   ```````````````````````````````` example
//   Markdown input ('→' is a tab)
//   .
//   expected HTML, then one line per diagnostic:
//   <!-- warning LINE:COLUMN message -->
//   .
//   --rtl                        optional: options, one per line
//   ````````````````````````````````
//
// Options: --commonmark, --allow-html, --rtl, --ltr (the article's direction;
// default unknown), --url-schemes=a,b,c, --embed-origins=a,b, --max-depth=N,
// --typography=LANG (typographic punctuation in the quotes of LANG, as article
// mode does). A failure prints the
// example's place, its input and a line diff of expected against actual.
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "body/markdown_body.hpp"

using namespace broadsheet;
using namespace broadsheet::detail;

namespace {

struct Example {
    int number = 0;
    int line = 0;
    std::string section;
    std::string markdown, html;
    std::vector<std::string> options;
};

const std::string kFence(32, '`');

std::string tabs(std::string s) {
    const std::string arrow = "\xE2\x86\x92";  // →
    for (std::size_t p; (p = s.find(arrow)) != std::string::npos;) s.replace(p, arrow.size(), "\t");
    return s;
}

bool read_examples(const std::string& path, std::vector<Example>& out) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return false;
    std::string line, section;
    int state = 0, lineno = 0;  // 0 prose, 1 input, 2 expected, 3 options
    Example e;
    while (std::getline(in, line)) {
        ++lineno;
        if (state == 0 && line.rfind(kFence + " example", 0) == 0) {
            e = Example{};
            e.number = static_cast<int>(out.size()) + 1;
            e.line = lineno;
            e.section = section;
            state = 1;
        } else if (state == 0 && line.rfind("#", 0) == 0) {
            section = line.substr(line.find_first_not_of("# "));
        } else if (state > 0 && line == kFence) {
            e.markdown = tabs(e.markdown);
            e.html = tabs(e.html);
            out.push_back(e);
            state = 0;
        } else if ((state == 1 || state == 2) && line == ".") {
            ++state;
        } else if (state == 1) {
            e.markdown += line + "\n";
        } else if (state == 2) {
            e.html += line + "\n";
        } else if (state == 3 && !line.empty()) {
            e.options.push_back(line);
        }
    }
    if (state != 0) std::fprintf(stderr, "%s: example at line %d is not closed\n", path.c_str(), e.line);
    return state == 0;
}

bool apply_options(const Example& e, BodyOptions& o, std::vector<std::string>& schemes,
                   std::vector<std::string>& origins, std::string& error) {
    for (const auto& opt : e.options) {
        if (opt == "--commonmark") o.commonmark = true;
        else if (opt == "--allow-html") o.allow_html = true;
        else if (opt == "--rtl") o.direction = TextDirection::rtl;
        else if (opt == "--ltr") o.direction = TextDirection::ltr;
        else if (opt.rfind("--typography=", 0) == 0) {
            o.typography = true;
            o.quotes = quote_style(opt.substr(13));
        } else if (opt.rfind("--max-depth=", 0) == 0) o.max_depth = std::atoi(opt.c_str() + 12);
        else if (opt.rfind("--url-schemes=", 0) == 0) {
            std::stringstream list(opt.substr(14));
            for (std::string s; std::getline(list, s, ',');) schemes.push_back(s);
            o.url_schemes = &schemes;
        } else if (opt.rfind("--embed-origins=", 0) == 0) {
            std::stringstream list(opt.substr(16));
            for (std::string s; std::getline(list, s, ',');) origins.push_back(s);
            o.embed_origins = &origins;
        } else {
            error = "unknown option " + opt;
            return false;
        }
    }
    return true;
}

std::string render(const Example& e, std::string& error) {
    BodyOptions o;
    std::vector<std::string> schemes, origins;
    if (!apply_options(e, o, schemes, origins, error)) return {};
    Diagnostics diags;
    Body body;
    std::string out;
    if (render_body(e.markdown, o, body, diags)) out = body.html;
    for (const auto& d : diags.take())
        out += std::string("<!-- ") + (d.severity == Severity::error ? "error " : "warning ") + std::to_string(d.line) +
               ":" + std::to_string(d.column) + " " + d.message + " -->\n";
    return out;
}

std::vector<std::string> lines_of(const std::string& s) {
    std::vector<std::string> v;
    std::stringstream in(s);
    for (std::string l; std::getline(in, l);) v.push_back(l);
    return v;
}

// A line diff (longest common subsequence; examples are small).
void print_diff(const std::string& want, const std::string& got) {
    auto a = lines_of(want), b = lines_of(got);
    std::vector<std::vector<int>> lcs(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (std::size_t i = a.size(); i-- > 0;)
        for (std::size_t j = b.size(); j-- > 0;)
            lcs[i][j] = a[i] == b[j] ? lcs[i + 1][j + 1] + 1 : std::max(lcs[i + 1][j], lcs[i][j + 1]);
    std::size_t i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && a[i] == b[j]) {
            std::printf("  %s\n", a[i].c_str());
            ++i, ++j;
        } else if (j < b.size() && (i == a.size() || lcs[i][j + 1] >= lcs[i + 1][j])) {
            std::printf("+ %s\n", b[j++].c_str());
        } else {
            std::printf("- %s\n", a[i++].c_str());
        }
    }
}

}  // namespace

int main(int argc, char** argv) {
    int only = 0;
    std::vector<std::string> files;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        if (arg == "-n" && i + 1 < argc) only = std::atoi(argv[++i]);
        else files.push_back(arg);
    }
    if (files.empty()) {
        std::fprintf(stderr, "usage: bs_spec [-n NUMBER] FILE...\n");
        return 2;
    }
    int passed = 0, failed = 0;
    for (const auto& path : files) {
        std::vector<Example> examples;
        if (!read_examples(path, examples)) {
            std::fprintf(stderr, "%s: cannot read the examples\n", path.c_str());
            return 2;
        }
        if (examples.empty()) {
            std::fprintf(stderr, "%s: no examples\n", path.c_str());
            return 2;
        }
        for (const auto& e : examples) {
            if (only && e.number != only) continue;
            std::string error;
            std::string got = render(e, error);
            if (error.empty() && got == e.html) {
                ++passed;
                continue;
            }
            ++failed;
            std::printf("FAIL %s example %d (line %d) %s\n", path.c_str(), e.number, e.line, e.section.c_str());
            if (!error.empty()) {
                std::printf("  %s\n\n", error.c_str());
                continue;
            }
            std::printf("--- input\n%s--- expected (-) / actual (+)\n", e.markdown.c_str());
            print_diff(e.html, got);
            std::printf("\n");
        }
    }
    std::printf("%d passed, %d failed\n", passed, failed);
    if (only && passed + failed == 0) {
        std::fprintf(stderr, "no example %d\n", only);
        return 2;
    }
    return failed ? 1 : 0;
}
