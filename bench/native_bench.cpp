// Native benchmark. A report, not a test: it never fails on time.
//
// First, the budget the body renderer is held to: a generated news article
// (about 1,230 words, 8.9 KB: paragraphs with emphasis and links, a few
// sections, a list, a quote, a figure, a table, a short front matter) is
// rendered as a whole page by broadsheet::render, and its body alone by
// md4c's own HTML renderer (md_html, what md2html runs). The ratio of the
// medians is printed; the aim is at most 1.5.
//
// Then each file given on the command line, with its median time and
// throughput.
//   build/native/bench/native_bench [FILE...]
//   build/native/bench/native_bench --article > a.md   (the generated article, for perf)
#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include <md4c-html.h>
#include <md4c.h>

#include "broadsheet/broadsheet.hpp"

namespace {

// ---------------------------------------------------------------------------
// The generated article
// ---------------------------------------------------------------------------

// A fixed pseudo-random sequence, so every run and every machine measures
// the same text.
struct Lcg {
    std::uint32_t state = 12345;
    std::uint32_t next(std::uint32_t n) {
        state = state * 1664525u + 1013904223u;
        return (state >> 8) % n;
    }
};

const char* const kWords[] = {
    "the", "harbour", "council", "tide", "survey", "boats", "quay", "skippers", "said", "on", "a", "of", "and",
    "water", "records", "dredging", "spring", "levels", "measured", "week", "crews", "morning", "ferry", "to",
    "in", "for", "was", "with", "engineers", "silt", "channel", "pilots", "island", "season", "that", "by",
    "authority", "tables", "printed", "depth", "vessels", "winter", "mooring", "lighthouse", "weather", "after",
    "fishermen", "cargo", "timetable", "their", "years", "report", "local", "new", "old", "from", "at", "is",
};

struct Words {
    Lcg rng;
    int count = 0;
    std::string sentence(int n) {
        std::string s;
        for (int i = 0; i < n; ++i) {
            std::string w = kWords[rng.next(sizeof kWords / sizeof *kWords)];
            if (i == 0) w[0] = static_cast<char>(w[0] - 'a' + 'A');
            if (i) s += ' ';
            s += w;
        }
        count += n;
        return s + '.';
    }
    // A paragraph of `sentences` sentences, one word in emphasis, one link.
    std::string paragraph(int sentences) {
        std::string p;
        for (int i = 0; i < sentences; ++i) {
            std::string s = sentence(9 + static_cast<int>(rng.next(8)));
            if (i == 1) {
                std::size_t sp = s.find(' ');
                s = s.substr(0, sp + 1) + "*" + s.substr(sp + 1, s.find(' ', sp + 1) - sp - 1) + "*" +
                    s.substr(s.find(' ', sp + 1));
            }
            if (i == 2) s += " Read [the full survey](https://gazette.example/survey/" + std::to_string(count) + ").";
            if (i == 3) s += " It was **not** the first time.";
            p += i ? " " : "";
            p += s;
        }
        return p + "\n\n";
    }
};

std::string generated_article() {
    std::string md =
        "---\n"
        "title: Port authority rewrites the tide tables after a century of silt\n"
        "date: 2026-03-02T07:15:00+00:00\n"
        "author: Ines Ferreira\n"
        "lang: en-GB\n"
        "section: Waterfront\n"
        "---\n";
    Words w;
    md += w.paragraph(4) + w.paragraph(4);
    md += "![Fishing boats on the mud of the inner harbour at low tide](/media/low-tide.jpg#1200x675 "
          "\"The inner harbour at low water | Photo: Harbour Gazette\")\n\n";
    md += w.paragraph(5);
    md += "## What the survey found\n\n" + w.paragraph(4) + w.paragraph(5);
    md += "- " + w.sentence(8) + "\n- " + w.sentence(10) + "\n- " + w.sentence(7) + "\n- " + w.sentence(9) + "\n\n";
    md += w.paragraph(4);
    md += "> " + w.sentence(14) + " " + w.sentence(12) + "\n\n";
    md += "## The new tables\n\n" + w.paragraph(5) + w.paragraph(4);
    md += "| Berth | Old depth | New depth |\n|:--|--:|--:|\n";
    for (int i = 1; i <= 6; ++i)
        md += "| Berth " + std::to_string(i) + " | " + std::to_string(30 + i) + " m | " + std::to_string(29 + i) +
              ".2 m |\n";
    md += "\nTable: Depths at the lowest spring tide, before and after\n\n";
    md += "## What happens next\n\n" + w.paragraph(5) + w.paragraph(4) + w.paragraph(5);
    while (w.count < 1020) md += w.paragraph(3);
    return md;
}

// ---------------------------------------------------------------------------
// Timing
// ---------------------------------------------------------------------------

// The median of at least 200 runs and at least half a second.
template <typename F>
double median_us(F&& run) {
    std::vector<double> us;
    auto start = std::chrono::steady_clock::now();
    while (us.size() < 200 ||
           (std::chrono::steady_clock::now() - start < std::chrono::milliseconds(500) && us.size() < 100000)) {
        auto t0 = std::chrono::steady_clock::now();
        run();
        auto t1 = std::chrono::steady_clock::now();
        us.push_back(std::chrono::duration<double, std::micro>(t1 - t0).count());
    }
    std::nth_element(us.begin(), us.begin() + us.size() / 2, us.end());
    return us[us.size() / 2];
}

void append_output(const MD_CHAR* text, MD_SIZE size, void* userdata) {
    static_cast<std::string*>(userdata)->append(text, size);
}

// Broadsheet's page against md_html on the same body, with the extensions
// the article body uses.
int compare_with_md4c() {
    const std::string src = generated_article();
    const std::string body = src.substr(src.find("\n---\n") + 5);
    const unsigned flags = MD_FLAG_TABLES | MD_FLAG_STRIKETHROUGH | MD_FLAG_PERMISSIVEURLAUTOLINKS |
                           MD_FLAG_PERMISSIVEWWWAUTOLINKS | MD_FLAG_PERMISSIVEEMAILAUTOLINKS;
    broadsheet::RenderOptions opt;
    opt.format = broadsheet::InputFormat::markdown;
    opt.mode = broadsheet::RenderMode::page;
    auto check = broadsheet::render(src, opt);
    if (!check) {
        std::fprintf(stderr, "generated article: %s\n",
                     check.diagnostics.empty() ? "error" : check.diagnostics[0].message.c_str());
        return 1;
    }
    std::size_t sink = 0;
    double md4c = median_us([&] {
        std::string html;
        html.reserve(body.size() + body.size() / 4);
        md_html(body.data(), static_cast<MD_SIZE>(body.size()), append_output, &html, flags, 0);
        sink += html.size();
    });
    double ours = median_us([&] { sink += broadsheet::render(src, opt)->html.size(); });
    std::printf("generated article: %zu bytes, %d words\n", src.size(), check->reading_time.words);
    std::printf("  md4c md_html, body only        %8.1f µs\n", md4c);
    std::printf("  broadsheet::render, page mode  %8.1f µs\n", ours);
    std::printf("  ratio (aim: at most 1.5)       %8.2f\n\n", ours / md4c);
    return sink == 0;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc == 2 && std::string(argv[1]) == "--article") {
        std::fputs(generated_article().c_str(), stdout);
        return 0;
    }
    if (compare_with_md4c() != 0) return 1;
    if (argc < 2) return 0;
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
        auto first = broadsheet::render(src, opt);
        if (!first) {
            std::fprintf(stderr, "%s: %s\n", argv[i], first.diagnostics.empty() ? "error" : first.diagnostics[0].message.c_str());
            return 1;
        }
        std::size_t sink = 0;
        double median = median_us([&] { sink += broadsheet::render(src, opt)->html.size(); });
        std::printf("%-28s %9zu %12.1f %10.1f\n", name.c_str(), src.size(), median, src.size() / median);
        if (sink == 0) return 1;
    }
    return 0;
}
