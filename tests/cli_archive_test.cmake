# The CLI on whole archives: --help, directories, stdin, render --out-dir
# (mirrored tree, summary, skipping what is up to date), --shard, --jsonl,
# --warnings-as-errors and the exit codes.
# Run by ctest as: cmake -DCLI=... -DSRC=... -P cli_archive_test.cmake
cmake_minimum_required(VERSION 3.20)  # IN_LIST, string(JSON)
set(tmp "${CMAKE_CURRENT_BINARY_DIR}/cli_archive_test")
file(REMOVE_RECURSE "${tmp}")
file(MAKE_DIRECTORY "${tmp}")

include(${CMAKE_CURRENT_LIST_DIR}/cli_expect.cmake)
# The files below DIR, relative, sorted.
function(list_tree dir out)
  file(GLOB_RECURSE files RELATIVE "${dir}" "${dir}/*")
  list(SORT files)
  set(${out} "${files}" PARENT_SCOPE)
endfunction()

# --- --help on every command --------------------------------------------------
execute_process(COMMAND ${CLI} --help OUTPUT_VARIABLE out RESULT_VARIABLE rc)
expect_rc(${rc} 0 "broadsheet --help")
expect_match("${out}" "broadsheet render INPUT\\.\\.\\. --out-dir DIR" "overview lists the archive form")
expect_match("${out}" "broadsheet check INPUT" "overview lists check")
execute_process(COMMAND ${CLI} render --help OUTPUT_VARIABLE out RESULT_VARIABLE rc)
expect_rc(${rc} 0 "broadsheet render --help")
foreach(flag --out-dir --jobs --shard --force --jsonl --warnings-as-errors --page --options)
  expect_match("${out}" "(  |, )${flag} " "render --help explains ${flag}")
endforeach()
execute_process(COMMAND ${CLI} check --help OUTPUT_VARIABLE out RESULT_VARIABLE rc)
expect_rc(${rc} 0 "broadsheet check --help")
expect_match("${out}" "usage: broadsheet check INPUT" "check --help")
expect_match("${out}" "--warnings-as-errors" "check --help explains --warnings-as-errors")

# --- usage errors exit 2 and point at --help ----------------------------------
foreach(bad "bogus" "render;a.md;b.md" "render;a.md;--shard;4/3;--out-dir;o" "render;a.md;--jobs;0;--out-dir;o"
            "check" "check;-;-" "render;-;--out-dir;o" "render;a.md;--force")
  execute_process(COMMAND ${CLI} ${bad} ERROR_VARIABLE err RESULT_VARIABLE rc)
  expect_rc(${rc} 2 "usage error: ${bad}")
  expect_match("${err}" "Try 'broadsheet.* --help'" "usage error points at --help: ${bad}")
endforeach()

# --- a directory where a file is expected -------------------------------------
execute_process(COMMAND ${CLI} render ${SRC}/examples/articles ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 2 "render a directory without --out-dir")
expect_match("${err}" "examples/articles: is a directory" "render DIR says it is a directory")
execute_process(COMMAND ${CLI} check ${SRC}/examples/articles/night-ferry.md --options ${SRC}/examples
                ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 2 "--options given a directory")
expect_match("${err}" "examples: is a directory" "--options DIR says it is a directory")

# --- stdin ----------------------------------------------------------------------
execute_process(COMMAND ${CLI} render - --page INPUT_FILE ${SRC}/examples/articles/night-ferry.md
                OUTPUT_VARIABLE out RESULT_VARIABLE rc)
expect_rc(${rc} 0 "render - (stdin)")
expect_match("${out}" "^<!DOCTYPE html>.*The last night ferry" "stdin rendered as a page")
file(WRITE ${tmp}/bad.md "---\ntitle: Broken\ndate: 2026-02-30\n---\nBody\n")
execute_process(COMMAND ${CLI} check - INPUT_FILE ${tmp}/bad.md ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 1 "check - (stdin) with an error")
expect_match("${err}" "^<stdin>:3:7: error: expected a date" "stdin diagnostics are named <stdin>")

# --- an archive: a tree of articles with other files in it ---------------------
set(news "${tmp}/news")
file(READ ${SRC}/examples/articles/night-ferry.md ferry_md)
file(READ ${SRC}/examples/articles/harbour-tides.json tides_json)
foreach(i RANGE 1 12)
  math(EXPR year "2020 + ${i} % 3")
  file(WRITE ${news}/${year}/ferry-${i}.md "${ferry_md}")
  file(WRITE ${news}/${year}/tides-${i}.json "${tides_json}")
endforeach()
file(WRITE ${news}/2021/extra/long-form.markdown "${ferry_md}")
file(WRITE ${news}/2021/notes.txt "not an article\n")
file(WRITE ${news}/.drafts/secret.md "${ferry_md}")
set(want_tree "")
foreach(i RANGE 1 12)
  math(EXPR year "2020 + ${i} % 3")
  list(APPEND want_tree ${year}/ferry-${i}.html ${year}/tides-${i}.html)
endforeach()
list(APPEND want_tree 2021/extra/long-form.html)
list(SORT want_tree)

execute_process(COMMAND ${CLI} render ${news} --out-dir ${tmp}/site --jobs 3
                ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 0 "render an archive")
expect_match("${err}" "^broadsheet: 25 rendered, 0 skipped \\(up to date\\), 0 failed; 0 warnings, 0 errors; [0-9.]+ s, [0-9]+ articles/s on 3 jobs\n$"
             "summary line")
if(err MATCHES "\r")
  message(FATAL_ERROR "a progress bar was drawn on a stderr that is not a terminal:\n${err}")
endif()
list_tree(${tmp}/site got_tree)
expect_equal("${got_tree}" "${want_tree}" "the output mirrors the input tree (no hidden folder, no .txt)")
file(READ ${tmp}/site/2021/extra/long-form.html html)
expect_match("${html}" "^<article.*<h1 class=\"bs-headline\"[^>]*>The last night ferry" "a rendered page")
execute_process(COMMAND ${CLI} render ${news}/2021/extra/long-form.markdown OUTPUT_VARIABLE single)
expect_equal("${html}" "${single}" "the batch page equals the single-file render")

# Up to date outputs are skipped; a touched source is rendered again; --force redoes all.
execute_process(COMMAND ${CLI} render ${news} --out-dir ${tmp}/site ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 0 "second run")
expect_match("${err}" "broadsheet: 0 rendered, 25 skipped \\(up to date\\)" "second run skips everything")
execute_process(COMMAND ${CMAKE_COMMAND} -E sleep 0.05)
file(TOUCH ${news}/2022/ferry-2.md)
execute_process(COMMAND ${CLI} render ${news} --out-dir ${tmp}/site ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_match("${err}" "broadsheet: 1 rendered, 24 skipped" "an edited source is rendered again")
execute_process(COMMAND ${CLI} render ${news} --out-dir ${tmp}/site --force ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_match("${err}" "broadsheet: 25 rendered, 0 skipped" "--force renders everything")

# On a terminal (util-linux `script` gives the command one) a progress bar is
# drawn on one line, ends at the total and is erased before the summary.
find_program(SCRIPT script REQUIRED)
execute_process(COMMAND ${SCRIPT} -qec "'${CLI}' render '${news}' --out-dir '${tmp}/site' --force" /dev/null
                OUTPUT_VARIABLE tty RESULT_VARIABLE rc)
expect_rc(${rc} 0 "render on a terminal")
string(ASCII 27 esc)
expect_match("${tty}" "\r${esc}\\[K\\[==============================\\] 25/25  100%" "progress bar at the end")
expect_match("${tty}" "\r${esc}\\[Kbroadsheet: 25 rendered" "the bar is erased before the summary")

# Two sources for one page are refused before anything is written.
file(WRITE ${tmp}/twins/a.md "${ferry_md}")
file(WRITE ${tmp}/twins/a.json "${tides_json}")
execute_process(COMMAND ${CLI} render ${tmp}/twins --out-dir ${tmp}/twins-site ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 2 "two sources, one output")
expect_match("${err}" "twins/a.json and .*twins/a.md would both write .*a.html" "collision message")
if(EXISTS ${tmp}/twins-site)
  message(FATAL_ERROR "the collision was refused after writing")
endif()

# --- --shard K/N: N runs render each article exactly once -----------------------
set(union "")
foreach(k 1 2 3)
  execute_process(COMMAND ${CLI} render ${news} --out-dir ${tmp}/shard${k} --shard ${k}/3
                  ERROR_VARIABLE err RESULT_VARIABLE rc)
  expect_rc(${rc} 0 "shard ${k}/3")
  expect_match("${err}" "; shard ${k}/3: [0-9]+ of 25 articles\n" "shard ${k}/3 summary")
  list_tree(${tmp}/shard${k} part${k})
  list(LENGTH part${k} n)
  if(n EQUAL 0 OR n EQUAL 25)
    message(FATAL_ERROR "shard ${k}/3 holds ${n} of 25 articles")
  endif()
  foreach(f ${part${k}})
    if(f IN_LIST union)
      message(FATAL_ERROR "${f} is in two shards")
    endif()
  endforeach()
  list(APPEND union ${part${k}})
endforeach()
list(SORT union)
expect_equal("${union}" "${want_tree}" "the shards together are the whole archive")
# The slice depends on the path below the input directory only: the same
# archive elsewhere, listed through a different path, gives the same shard.
file(COPY ${news}/ DESTINATION ${tmp}/elsewhere/copy-of-news)
execute_process(COMMAND ${CLI} render ${tmp}/elsewhere/../elsewhere/copy-of-news/ --out-dir ${tmp}/shard1-again
                --shard 1/3 --jobs 1 RESULT_VARIABLE rc ERROR_QUIET)
expect_rc(${rc} 0 "shard 1/3 of a copy")
list_tree(${tmp}/shard1-again again)
expect_equal("${again}" "${part1}" "shard 1/3 of a copy")

# --- check on many files, in parallel, reports in input order -------------------
file(WRITE ${tmp}/warn.md "---\ntitle: Only warnings\nimage: /a.jpg\n---\nBody\n")
file(WRITE ${tmp}/bad.json "{\n  \"headline\": \"x\",\n  \"author\": [{\"name\": 5}]\n}\n")
execute_process(COMMAND ${CLI} check ${tmp}/bad.md ${news} ${tmp}/warn.md ${tmp}/bad.json --jobs 4
                ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 1 "check an archive with broken articles")
expect_match("${err}" "^[^\n]*bad.md:3:7: error: [^\n]*\n[^\n]*warn.md:1:1: warning: [^\n]*\n[^\n]*warn.md:3:8: warning: [^\n]*\n[^\n]*bad.json:1:1: warning: [^\n]*\n[^\n]*bad.json:3:23: error: [^\n]*\n$"
             "diagnostics in input order, nothing from the clean archive")

# --- --warnings-as-errors --------------------------------------------------------
execute_process(COMMAND ${CLI} check ${tmp}/warn.md RESULT_VARIABLE rc ERROR_QUIET)
expect_rc(${rc} 0 "warnings alone pass")
execute_process(COMMAND ${CLI} check ${tmp}/warn.md --warnings-as-errors RESULT_VARIABLE rc ERROR_QUIET)
expect_rc(${rc} 1 "check --warnings-as-errors")
file(WRITE ${tmp}/mixed/ok.md "${ferry_md}")
file(WRITE ${tmp}/mixed/warn.md "---\ntitle: Only warnings\nimage: /a.jpg\n---\nBody\n")
execute_process(COMMAND ${CLI} render ${tmp}/mixed --out-dir ${tmp}/mixed-site --warnings-as-errors
                ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 1 "render --out-dir --warnings-as-errors")
expect_match("${err}" "broadsheet: 1 rendered, 0 skipped \\(up to date\\), 1 failed; 2 warnings, 0 errors" "summary counts the failure")
list_tree(${tmp}/mixed-site got)
expect_equal("${got}" "ok.html" "the article with warnings is not written")
execute_process(COMMAND ${CLI} render ${tmp}/mixed/warn.md --warnings-as-errors OUTPUT_VARIABLE out RESULT_VARIABLE rc ERROR_QUIET)
expect_rc(${rc} 1 "render one article --warnings-as-errors")
expect_equal("${out}" "" "no HTML for a failed article")

# --- --jsonl ------------------------------------------------------------------------
# Line 1: an article; 2: blank; 3: a wrapper with Markdown and an id; 4: not JSON;
# 5: a wrapper with a bad format.
string(REPLACE "\n" " " tides_line "${tides_json}")
# string(JSON SET) wants JSON text for the value: the Markdown, escaped and quoted.
string(REPLACE "\\" "\\\\" esc "${ferry_md}")
string(REPLACE "\"" "\\\"" esc "${esc}")
string(REPLACE "\n" "\\n" esc "${esc}")
string(JSON wrapper SET "{\"id\": {\"story\": 7}, \"format\": \"markdown\"}" source "\"${esc}\"")
string(REPLACE "\n" "" wrapper "${wrapper}")
file(WRITE ${tmp}/in.jsonl "${tides_line}\n\n${wrapper}\n{\"headline\": \n{\"source\": \"# Hi\", \"format\": \"yaml\"}\n")
execute_process(COMMAND ${CLI} render --jsonl --jobs 2 INPUT_FILE ${tmp}/in.jsonl
                OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
expect_rc(${rc} 0 "--jsonl: every line answered")
expect_equal("${err}" "" "--jsonl keeps stderr quiet")
string(REGEX REPLACE "\n$" "" out "${out}")
string(REPLACE ";" "\\;" out "${out}")
string(REPLACE "\n" ";" results "${out}")
list(LENGTH results n)
expect_equal("${n}" "4" "one result per non-blank line")
list(GET results 0 r)
string(JSON line GET "${r}" line)
string(JSON ok GET "${r}" ok)
string(JSON html GET "${r}" html)
string(JSON minutes GET "${r}" readingTime minutes)
expect_equal("${line}:${ok}" "1:ON" "line 1 is a rendered article")
expect_match("${html}" "<h1 class=\"bs-headline\"[^>]*>Port authority rewrites the tide tables" "line 1 html")
if(minutes LESS 1)
  message(FATAL_ERROR "line 1 reading time: ${minutes}")
endif()
list(GET results 1 r)
string(JSON line GET "${r}" line)
string(JSON story GET "${r}" id story)
string(JSON html GET "${r}" html)
expect_equal("${line}:${story}" "3:7" "line 3 keeps its number and echoes its id")
expect_match("${html}" "The last night ferry" "line 3 rendered from Markdown")
list(GET results 2 r)
string(JSON line GET "${r}" line)
string(JSON ok GET "${r}" ok)
string(JSON severity GET "${r}" diagnostics 0 severity)
string(JSON has_html ERROR_VARIABLE no_html GET "${r}" html)
expect_equal("${line}:${ok}:${severity}" "4:OFF:error" "line 4 is not JSON: an error result")
if(NOT no_html)
  message(FATAL_ERROR "a failed line has html: ${r}")
endif()
list(GET results 3 r)
string(JSON path GET "${r}" diagnostics 0 path)
string(JSON message GET "${r}" diagnostics 0 message)
expect_equal("${path}: ${message}" "/format: expected json, markdown or detect" "line 5's bad format")

# The same through files, and --warnings-as-errors turns a warning into ok: false.
file(WRITE ${tmp}/warn.jsonl "{\"source\": \"---\\ntitle: Only warnings\\nimage: /a.jpg\\n---\\nBody\\n\"}\n")
execute_process(COMMAND ${CLI} render --jsonl ${tmp}/warn.jsonl -o ${tmp}/warn-out.jsonl --warnings-as-errors RESULT_VARIABLE rc)
expect_rc(${rc} 0 "--jsonl with files")
file(READ ${tmp}/warn-out.jsonl r)
string(JSON ok GET "${r}" ok)
string(JSON count LENGTH "${r}" diagnostics)
expect_equal("${ok}:${count}" "OFF:2" "--jsonl --warnings-as-errors")
