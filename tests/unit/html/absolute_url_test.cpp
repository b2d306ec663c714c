#include <catch2/catch.hpp>

#include "html/absolute_url.hpp"

using namespace broadsheet::detail;

TEST_CASE("relative URLs resolve against the article's address") {
    const char* base = "https://gazette.example/2026/03/tide-tables?utm=x#top";
    CHECK(absolute_url("/media/a.jpg", base) == "https://gazette.example/media/a.jpg");
    CHECK(absolute_url("a.jpg", base) == "https://gazette.example/2026/03/a.jpg");
    CHECK(absolute_url("./a.jpg", base) == "https://gazette.example/2026/03/a.jpg");
    CHECK(absolute_url("../../m/a.jpg?w=2#x", base) == "https://gazette.example/m/a.jpg?w=2#x");
    CHECK(absolute_url("../../../../a.jpg", base) == "https://gazette.example/a.jpg");  // never above the root
    CHECK(absolute_url("//cdn.example/a.jpg", base) == "https://cdn.example/a.jpg");
    CHECK(absolute_url("?page=2", base) == "https://gazette.example/2026/03/tide-tables?page=2");
    CHECK(absolute_url("#part", base) == "https://gazette.example/2026/03/tide-tables?utm=x#part");
    CHECK(absolute_url("/a/./b/../c/", base) == "https://gazette.example/a/c/");
}

TEST_CASE("a base without a path is its root") {
    CHECK(absolute_url("a.jpg", "https://gazette.example") == "https://gazette.example/a.jpg");
    CHECK(absolute_url("/a.jpg", "http://gazette.example:8080") == "http://gazette.example:8080/a.jpg");
}

TEST_CASE("URLs with a scheme stay as they are") {
    CHECK(absolute_url("https://other.example/x", "https://gazette.example/") == "https://other.example/x");
    CHECK(absolute_url("mailto:desk@gazette.example", "https://gazette.example/") == "mailto:desk@gazette.example");
    CHECK(absolute_url("https://other.example/x", "") == "https://other.example/x");
}

TEST_CASE("no absolute base, no absolute URL") {
    CHECK(absolute_url("/a.jpg", "").empty());
    CHECK(absolute_url("/a.jpg", "/2026/03/a").empty());
    CHECK(absolute_url("/a.jpg", "mailto:x@example.org").empty());
    CHECK(absolute_url("/a.jpg", "https:///path").empty());
    CHECK(is_absolute_http("HTTPS://Example.org"));
    CHECK_FALSE(is_absolute_http("https://"));
    CHECK_FALSE(is_absolute_http("//example.org/x"));
    CHECK_FALSE(is_absolute_http("ftp://example.org/x"));
}
