// The WebAssembly boundary: a handful of extern "C" functions, bytes in and
// bytes out. Nothing else in Broadsheet knows about JavaScript, and nothing
// here knows about Emscripten: the file also compiles natively, so the Catch2
// tests exercise it.
//
// Protocol (see web/loader.js, the only module of the shim that calls it):
//   1. p = bs_alloc(n); the caller writes n bytes of UTF-8 source at p
//      (TextEncoder.encodeInto, no intermediate copy), and likewise the
//      options JSON (or passes length 0 for defaults). The caller may keep
//      p for the next call (web/loader.js does, growing it when needed).
//   2. r = bs_render(p, n, o, m) returns a pointer to five words (u32 in wasm32):
//        [status, html_ptr, html_len, meta_ptr, meta_len]
//      status 0: the HTML is valid. status 1: the input has errors (html_len
//      is 0). meta is a small JSON object:
//        {"readingTime":{"minutes":3,"words":612},"diagnostics":[{...}]}
//      The result belongs to the module and stays valid until the next
//      bs_render or bs_release call.
//   3. The caller frees p and o with bs_free when it no longer needs them.
// The parsed options are kept, keyed by their exact bytes: a caller that
// renders many articles with the same options parses them once.
#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>

#include "broadsheet/broadsheet.hpp"
#include "diagnostics.hpp"
#include "html/escape.hpp"

#define BS_EXPORT extern "C" __attribute__((used, visibility("default")))

namespace {

struct LastResult {
    std::uintptr_t words[5] = {0, 0, 0, 0, 0};  // u32 in wasm32
    std::string html;
    std::string meta;
};

LastResult& last() {
    static LastResult r;
    return r;
}

// The last few options JSONs and what parse_options_json made of each
// (warnings included, which every render reports again). A page may render
// with more than one set (articles as pages, comments as commonmark), so four
// entries, the oldest replaced: bounded, never grown.
struct ParsedOptions {
    std::string json;
    // Built in place from parse_options_json's result (no move of RenderOptions).
    std::unique_ptr<broadsheet::Result<broadsheet::RenderOptions>> parsed;
};

ParsedOptions options_cache[4];
unsigned options_next = 0;  // the entry to replace next

const broadsheet::Result<broadsheet::RenderOptions>& options_for(std::string_view json) {
    for (const auto& entry : options_cache)
        if (entry.parsed && json == entry.json) return *entry.parsed;
    ParsedOptions& entry = options_cache[options_next];
    options_next = (options_next + 1) % 4;
    entry.parsed.reset(new broadsheet::Result<broadsheet::RenderOptions>(broadsheet::parse_options_json(json)));
    entry.json.assign(json.data(), json.size());
    return *entry.parsed;
}

std::uintptr_t address(const void* p) { return reinterpret_cast<std::uintptr_t>(p); }

void append_diagnostics(std::string& out, const std::vector<broadsheet::Diagnostic>& list) {
    out += "\"diagnostics\":[";
    for (std::size_t i = 0; i < list.size(); ++i) {
        const auto& d = list[i];
        if (i) out += ',';
        out += "{\"severity\":";
        out += d.severity == broadsheet::Severity::error ? "\"error\"" : "\"warning\"";
        out += ",\"message\":";
        broadsheet::detail::escape_json_string(out, d.message);
        out += ",\"line\":" + std::to_string(d.line) + ",\"column\":" + std::to_string(d.column) + ",\"path\":";
        broadsheet::detail::escape_json_string(out, d.path);
        out += '}';
    }
    out += ']';
}

}  // namespace

// Memory for the caller's input. Returns 0 when out of memory.
BS_EXPORT void* bs_alloc(std::uint32_t size) { return std::malloc(size ? size : 1); }

BS_EXPORT void bs_free(void* p) { std::free(p); }

// Frees the last result now (it is also freed by the next bs_render).
BS_EXPORT void bs_release(void) {
    LastResult& r = last();
    std::string().swap(r.html);
    std::string().swap(r.meta);
    for (auto& w : r.words) w = 0;
}

BS_EXPORT const char* bs_version(void) { return broadsheet::version(); }

BS_EXPORT const std::uintptr_t* bs_render(const char* src, std::uint32_t src_len, const char* opts,
                                         std::uint32_t opts_len) {
    bs_release();
    LastResult& r = last();
    std::string& meta = r.meta;
    const auto& options = options_for(std::string_view(opts ? opts : "", opts ? opts_len : 0));
    if (!options) {
        meta = "{\"readingTime\":{\"minutes\":0,\"words\":0},";
        append_diagnostics(meta, options.diagnostics);
        meta += '}';
        r.words[0] = 1;
    } else {
        auto out = broadsheet::render(std::string_view(src ? src : "", src ? src_len : 0), *options);
        // The options' warnings first, then the article's: one list, bounded
        // by the caller's maxDiagnostics as a whole.
        broadsheet::detail::Diagnostics all(options->limits.max_diagnostics);
        all.append(std::vector<broadsheet::Diagnostic>(options.diagnostics));
        all.append(std::move(out.diagnostics));
        out.diagnostics = all.take();
        int minutes = out ? out->reading_time.minutes : 0, words = out ? out->reading_time.words : 0;
        meta = "{\"readingTime\":{\"minutes\":" + std::to_string(minutes) + ",\"words\":" + std::to_string(words) + "},";
        append_diagnostics(meta, out.diagnostics);
        meta += '}';
        if (out) r.html = std::move(out->html);
        r.words[0] = out ? 0 : 1;
    }
    r.words[1] = address(r.html.data());
    r.words[2] = r.html.size();
    r.words[3] = address(meta.data());
    r.words[4] = meta.size();
    return r.words;
}
