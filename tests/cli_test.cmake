# The CLI end to end: render, check, exit codes, FILE:LINE:COL diagnostics.
# Run by ctest as: cmake -DCLI=... -DSRC=... -P cli_test.cmake
set(tmp "${CMAKE_CURRENT_BINARY_DIR}/cli_test")
file(MAKE_DIRECTORY "${tmp}")

include(${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake)

execute_process(COMMAND ${CLI} render ${SRC}/examples/articles/harbour-tides.json -o ${tmp}/out.html RESULT_VARIABLE rc)
expect_rc(${rc} 0 "render JSON to a file")
file(READ ${tmp}/out.html html)
expect_match("${html}" "<h1 class=\"bs-headline\"[^>]*>" "rendered fragment")

execute_process(COMMAND ${CLI} render ${SRC}/examples/articles/night-ferry.md --page OUTPUT_VARIABLE page RESULT_VARIABLE rc)
expect_rc(${rc} 0 "render Markdown page to stdout")
expect_match("${page}" "^<!DOCTYPE html>" "page mode")

file(WRITE ${tmp}/bad.md "---\ntitle: Broken\ndate: 2026-02-30\n---\nBody\n")
execute_process(COMMAND ${CLI} check ${tmp}/bad.md ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 1 "check a broken article")
expect_match("${err}" "bad.md:3:7: error: expected a date" "check diagnostics")

file(WRITE ${tmp}/bad.json "{\n  \"headline\": \"x\",\n  \"author\": [{\"name\": 5}]\n}\n")
execute_process(COMMAND ${CLI} check ${tmp}/bad.json ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 1 "check a broken JSON article")
expect_match("${err}" "bad.json:3:23: error: expected text, found a number \\(at /author/0/name\\)" "JSON path diagnostics")

execute_process(COMMAND ${CLI} check ${SRC}/examples/articles/harbour-tides.json RESULT_VARIABLE rc)
expect_rc(${rc} 0 "check a good article")

execute_process(COMMAND ${CLI} render ${tmp}/missing.md RESULT_VARIABLE rc ERROR_VARIABLE err)
expect_rc(${rc} 2 "missing file")
expect_match("${err}" "cannot read" "missing file message")

# check takes several files, reports every problem of each and fails if any has errors.
file(WRITE ${tmp}/warn.md "---\ntitle: Only warnings\nimage: /a.jpg\n---\nBody\n")
execute_process(COMMAND ${CLI} check ${tmp}/warn.md ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 0 "warnings alone do not fail a check")
expect_match("${err}" "warn.md:1:1: warning: the article has no publication date" "missing date warning")
expect_match("${err}" "warn.md:3:8: warning: the lead image has no alt text" "missing alt warning")

execute_process(COMMAND ${CLI} check ${tmp}/warn.md ${tmp}/bad.md ${tmp}/bad.json ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 1 "check several files, some broken")
expect_match("${err}" "warn.md:3:8: warning: .*bad.md:3:7: error: .*bad.json:3:23: error: " "each file in order")

# Every example is clean: no errors and no warnings.
file(GLOB examples ${SRC}/examples/articles/*.json ${SRC}/examples/articles/*.md)
execute_process(COMMAND ${CLI} check ${examples} ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 0 "the examples check clean")
if(NOT err STREQUAL "")
  message(FATAL_ERROR "the examples draw diagnostics:\n${err}")
endif()

# A problem of the whole file has no line: FILE: error: message.
file(WRITE ${tmp}/small.json "{\"maxInputBytes\": 10}")
execute_process(COMMAND ${CLI} check ${tmp}/bad.md --options ${tmp}/small.json ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 1 "size limit")
expect_match("${err}" "bad.md: error: the article is [0-9]+ bytes, over the limit of 10 \\(maxInputBytes\\)" "whole-file diagnostic")

execute_process(COMMAND ${CLI} check ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 2 "check without a file")
execute_process(COMMAND ${CLI} check ${tmp}/warn.md --page ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 2 "render-only flags are refused by check")
