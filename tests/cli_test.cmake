# The CLI end to end: render, check, exit codes, FILE:LINE:COL diagnostics.
# Run by ctest as: cmake -DCLI=... -DSRC=... -P cli_test.cmake
set(tmp "${CMAKE_CURRENT_BINARY_DIR}/cli_test")
file(MAKE_DIRECTORY "${tmp}")

function(expect_rc rc want what)
  if(NOT rc EQUAL want)
    message(FATAL_ERROR "${what}: exit ${rc}, expected ${want}")
  endif()
endfunction()
function(expect_match text regex what)
  if(NOT text MATCHES "${regex}")
    message(FATAL_ERROR "${what}: output does not match ${regex}:\n${text}")
  endif()
endfunction()

execute_process(COMMAND ${CLI} render ${SRC}/examples/articles/harbour-tides.json -o ${tmp}/out.html RESULT_VARIABLE rc)
expect_rc(${rc} 0 "render JSON to a file")
file(READ ${tmp}/out.html html)
expect_match("${html}" "<h1 class=\"bs-headline\">" "rendered fragment")

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
expect_match("${err}" "bad.json:3:23: error: expected text, found a number" "JSON path diagnostics")

execute_process(COMMAND ${CLI} check ${SRC}/examples/articles/harbour-tides.json RESULT_VARIABLE rc)
expect_rc(${rc} 0 "check a good article")

execute_process(COMMAND ${CLI} render ${tmp}/missing.md RESULT_VARIABLE rc ERROR_VARIABLE err)
expect_rc(${rc} 2 "missing file")
expect_match("${err}" "cannot read" "missing file message")
