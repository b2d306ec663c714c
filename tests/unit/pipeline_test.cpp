// The public entry points: format detection, the merged diagnostics list,
// and the two-step API (parse_*, render_html) agreeing with render().
#include <catch2/catch.hpp>

#include <cstring>
#include <filesystem>
#include <fstream>
#include <memory>
#include <sstream>

#include "broadsheet/broadsheet.hpp"
#include "security/corpus.hpp"

using namespace broadsheet;

TEST_CASE("detection: JSON articles, Markdown, and Markdown with JSON front matter") {
    auto json = render("{\n  \"headline\": \"A JSON article\"\n}\n");
    REQUIRE(json);
    CHECK(json->html.find(">A JSON article</h1>") != std::string::npos);

    auto md = render("---\ntitle: A Markdown article\n---\nBody.\n");
    REQUIRE(md);
    CHECK(md->html.find(">A Markdown article</h1>") != std::string::npos);

    auto fm = render("{\n  \"title\": \"JSON front matter\",\n  \"tags\": [\"a\"]\n}\nThe body follows.\n");
    INFO((fm.diagnostics.empty() ? std::string() : fm.diagnostics[0].message));
    REQUIRE(fm);
    CHECK(fm->html.find(">JSON front matter</h1>") != std::string::npos);
    CHECK(fm->html.find("<p>The body follows.</p>") != std::string::npos);

    // A one-line JSON article is still JSON.
    auto one = render("{\"headline\": \"One line\"}");
    REQUIRE(one);
    CHECK(one->html.find(">One line</h1>") != std::string::npos);
}

TEST_CASE("parser and renderer diagnostics form one list bounded by maxDiagnostics") {
    RenderOptions o;
    o.limits.max_diagnostics = 5;
    std::string src = "---\ntitle: x\ntitel: a\nsumary: b\ntagz: c\n---\n";  // typos: warned
    for (int i = 0; i < 10; ++i) src += "![](/img" + std::to_string(i) + ".png)\n\n";
    auto r = render(src, o);
    REQUIRE(r);
    REQUIRE(r.diagnostics.size() == 5);
    // The parser's come first (source order), then the body's; the last place is the summary.
    CHECK(r.diagnostics[0].message.find("no publication date") != std::string::npos);
    CHECK(r.diagnostics[1].message.find("titel") != std::string::npos);
    CHECK(r.diagnostics.back().message.find("too many problems") == 0);
}

// ---------------------------------------------------------------------------
// parse_*() then render_html() is render(), for every input we have
// ---------------------------------------------------------------------------

namespace {

std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The two-step API against the one call: the same HTML byte for byte, or
// both refuse with the same errors.
void same_both_ways(const std::string& what, const std::string& source, const RenderOptions& options) {
    INFO(what);
    auto one = render(source, options);
    Result<Article> parsed = options.format == InputFormat::json       ? parse_json(source, options.limits)
                             : options.format == InputFormat::markdown ? parse_markdown(source, options.limits)
                                                                       : parse(source, InputFormat::detect, options.limits);
    std::vector<std::string> one_errors, two_errors;
    for (const auto& d : one.diagnostics)
        if (d.severity == Severity::error) one_errors.push_back(d.message);
    if (!parsed) {
        for (const auto& d : parsed.diagnostics)
            if (d.severity == Severity::error) two_errors.push_back(d.message);
        CHECK_FALSE(one.ok());
        CHECK(two_errors == one_errors);
        return;
    }
    auto two = render_html(*parsed, options);
    REQUIRE(two.ok() == one.ok());
    if (!one.ok()) {
        for (const auto& d : two.diagnostics)
            if (d.severity == Severity::error) two_errors.push_back(d.message);
        CHECK(two_errors == one_errors);
        return;
    }
    CHECK(two->html == one->html);
    CHECK(two->reading_time.minutes == one->reading_time.minutes);
    CHECK(two->reading_time.words == one->reading_time.words);
}

}  // namespace

TEST_CASE("parse then render_html gives render()'s HTML: every golden input") {
    const std::string dir = std::string(BS_SOURCE_DIR) + "/tests/golden/";
    int n = 0;
    for (const auto& e : std::filesystem::directory_iterator(dir)) {
        std::string name = e.path().filename().string();
        bool json = e.path().extension() == ".json" && name.find(".options.") == std::string::npos;
        bool md = e.path().extension() == ".md";
        if (!json && !md) continue;
        std::string stem = name.substr(0, name.find('.'));
        auto options = parse_options_json(read_file(dir + stem + ".options.json"));
        REQUIRE(options);
        if (options->mode == RenderMode::commonmark) continue;  // the whole source is the body: no parse step
        options->format = json ? InputFormat::json : InputFormat::markdown;
        same_both_ways(name, read_file(e.path().string()), *options);
        ++n;
    }
    CHECK(n >= 15);
}

TEST_CASE("parse then render_html gives render()'s HTML: the whole hostile corpus") {
    int n = 0;
    for (const auto& c : bs_test::read_corpus()) {
        auto options = parse_options_json(c.options);
        if (!options) continue;  // a case about the options themselves
        if (c.format == "json") options->format = InputFormat::json;
        if (c.format == "markdown") options->format = InputFormat::markdown;
        for (auto mode : {RenderMode::fragment, RenderMode::page}) {
            options->mode = mode;
            same_both_ways(c.file + ": " + c.name, c.source, *options);
            ++n;
        }
    }
    CHECK(n >= 160);
}

TEST_CASE("every entry point prepares its input the same way: BOM, invalid UTF-8, NUL, size") {
    const char raw[] = "\xEF\xBB\xBF---\ntitle: Caf\xE9\n---\nA\0B \xFF.\n";
    std::string md(raw, sizeof raw - 1);  // with its NUL
    auto parsed = parse_markdown(md);
    REQUIRE(parsed);
    CHECK(parsed->headline == "Caf\xEF\xBF\xBD");             // the lone Latin-1 byte becomes U+FFFD
    CHECK(parsed->body == "A\xEF\xBF\xBD" "B \xEF\xBF\xBD.\n");  // NUL too

    // parse_json used to refuse what render() accepted.
    std::string json = "\xEF\xBB\xBF{\"headline\": \"Caf\xE9\"}";
    auto pj = parse_json(json);
    REQUIRE(pj);
    CHECK(pj->headline == "Caf\xEF\xBF\xBD");
    REQUIRE(render(json));

    Limits small;
    small.max_input_bytes = 10;
    for (auto r : {parse_json(json, small), parse_markdown(md, small), parse(md, InputFormat::detect, small)}) {
        REQUIRE_FALSE(r);
        CHECK(r.diagnostics.at(0).message.find(" bytes, over the limit of 10 (maxInputBytes)") != std::string::npos);
    }
}

TEST_CASE("a limit render() enforces on the body is enforced when parsing") {
    std::string deep = "---\ntitle: Deep\n---\n" + std::string(70, '>') + " quoted\n";
    auto parsed = parse_markdown(deep);
    REQUIRE_FALSE(parsed);
    REQUIRE(parsed.diagnostics.size() == 1);
    CHECK(parsed.diagnostics[0].message == "lists and quotes nested deeper than 64 levels (limit maxDepth)");
    auto rendered = render(deep);
    REQUIRE_FALSE(rendered);
    CHECK(rendered.diagnostics.back().message == parsed.diagnostics[0].message);  // after the check's warnings

    // The same body as the JSON form's articleBody.
    auto json = parse_json("{\"headline\": \"Deep\", \"articleBody\": \"" + std::string(70, '>') + " quoted\"}");
    REQUIRE_FALSE(json);
    CHECK(json.diagnostics.at(0).message == parsed.diagnostics[0].message);

    Limits roomy;
    roomy.max_depth = 100;
    CHECK(parse_markdown(deep, roomy));
}

TEST_CASE("typography: the article's quotes by default, as typed when off or in commonmark mode") {
    const std::string body = "\n## \"Tides\" today\n\nShe said \"don't\"---twice... 1990--2000.\n";
    auto fr = render("---\ntitle: Marées\nlang: fr\n---" + body);
    REQUIRE(fr);
    CHECK(fr->html.find("She said «\u202Fdon’t\u202F»—twice… 1990–2000.") != std::string::npos);
    CHECK(fr->html.find(">«\u202FTides\u202F» today</h2>") != std::string::npos);

    RenderOptions off;
    off.typography = false;
    auto plain = render("---\ntitle: Tides\n---" + body, off);
    REQUIRE(plain);
    CHECK(plain->html.find("She said &quot;don't&quot;---twice... 1990--2000.") != std::string::npos);
    CHECK(plain->reading_time.words == fr->reading_time.words);  // the words are counted as typed

    RenderOptions cm;
    cm.mode = RenderMode::commonmark;
    auto commonmark = render(body, cm);
    REQUIRE(commonmark);
    CHECK(commonmark->html.find("&quot;don't&quot;---twice...") != std::string::npos);
}

TEST_CASE("a heading's {#id} is its id and stays out of the table of contents") {
    RenderOptions o;
    o.toc = TocMode::on;
    auto r = render("---\ntitle: Tides\n---\n## Getting \"there\" {#travel .wide}\n\nText.\n", o);
    REQUIRE(r);
    CHECK(r->html.find("<h2 id=\"travel\">Getting “there”</h2>") != std::string::npos);
    CHECK(r->html.find("href=\"#travel\">Getting “there”</a>") != std::string::npos);
    CHECK(r->html.find("{#travel") == std::string::npos);
}

TEST_CASE("the text after the caller's input is never read: a last line of digits is a paragraph") {
    // md4c 0.4.8 looks one byte past its input for the "." or ")" of an
    // ordered-list mark. The caller's buffer goes on with a "." here (as a
    // reused wasm input buffer may): it must not turn "2026" into a list.
    // Under AddressSanitizer a buffer that ends there is also an overflow
    // (found by fuzz_render).
    for (RenderMode mode : {RenderMode::fragment, RenderMode::commonmark}) {
        const std::string buffer = "---\ntitle: Tides\n---\nThe year:\n\n2026. And more";
        std::string_view input(buffer.data(), buffer.find("2026") + 4);
        RenderOptions o;
        o.mode = mode;
        auto r = render(input, o);
        REQUIRE(r);
        CHECK(r->html.find("<ol") == std::string::npos);
        CHECK(r->html.find("<p>2026</p>") != std::string::npos);

        std::unique_ptr<char[]> exact(new char[input.size()]);  // nothing after it to read
        std::memcpy(exact.get(), input.data(), input.size());
        auto again = render(std::string_view(exact.get(), input.size()), o);
        REQUIRE(again);
        CHECK(again->html == r->html);
    }
}
