// The wasm boundary, compiled natively: the same protocol the shim uses.
#include <catch2/catch.hpp>

#include <cstdint>
#include <cstring>
#include <string>

extern "C" {
void* bs_alloc(std::uint32_t);
void bs_free(void*);
void bs_release(void);
const char* bs_version(void);
const std::uintptr_t* bs_render(const char*, std::uint32_t, const char*, std::uint32_t);
}

namespace {

struct Out {
    std::uintptr_t status;
    std::string html, meta;
};

Out call(const std::string& src, const std::string& opts = "") {
    char* in = static_cast<char*>(bs_alloc(static_cast<std::uint32_t>(src.size())));
    std::memcpy(in, src.data(), src.size());
    const std::uintptr_t* r = bs_render(in, static_cast<std::uint32_t>(src.size()), opts.data(),
                                        static_cast<std::uint32_t>(opts.size()));
    bs_free(in);
    Out o{r[0], std::string(reinterpret_cast<const char*>(r[1]), r[2]), std::string(reinterpret_cast<const char*>(r[3]), r[4])};
    return o;
}

}  // namespace

TEST_CASE("bs_render returns the HTML and a small meta object") {
    Out o = call("---\ntitle: Hello\n---\nOne two three.\n");
    CHECK(o.status == 0);
    CHECK(o.html.find("<h1 class=\"bs-headline\" id=\"bs-f55c314b-headline\">Hello</h1>") != std::string::npos);
    CHECK(o.meta.find("\"readingTime\":{\"minutes\":1,\"words\":3}") != std::string::npos);
}

TEST_CASE("bad input gives status 1, no HTML, and diagnostics") {
    Out o = call("{\"headline\": 1}");
    CHECK(o.status == 1);
    CHECK(o.html.empty());
    CHECK(o.meta.find("\"path\":\"/headline\"") != std::string::npos);
    CHECK(o.meta.find("\"severity\":\"error\"") != std::string::npos);
}

TEST_CASE("bad options are reported like bad input") {
    Out o = call("# x", "{\"mode\": 3}");
    CHECK(o.status == 1);
    CHECK(o.meta.find("options: expected text") != std::string::npos);
}

TEST_CASE("bs_release frees the last result; bs_version answers") {
    call("---\ntitle: x\n---\n");
    bs_release();
    CHECK(std::string(bs_version()).find('.') != std::string::npos);
}
