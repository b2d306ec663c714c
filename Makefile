# The front door. Each target installs what it needs first (scripts/setup.sh
# is idempotent and quick when everything is there).
#   make          native library, CLI and tests + the WebAssembly build + dist/
#   make test     every test: the native tests under ASan/UBSan, each fuzz target for
#                 FUZZ_SECONDS, then Catch2 (native), Node (the real wasm), Chromium
#   make demo     build, then serve the examples on http://127.0.0.1:$(PORT)
#   make bench    Broadsheet (wasm in Node and Chromium, native) against markdown-it, marked
#                 and md4w: speed, cold start, gzip sizes, heap (BENCHMARKS.md)
#                 and articles per second of `broadsheet render --out-dir` on 10,000 articles
#   make test-sanitize   the native tests under AddressSanitizer + UndefinedBehaviorSanitizer
#   make fuzz     every libFuzzer target for FUZZ_SECONDS (default 60) each; fails on any finding
SHELL := /bin/bash
.SHELLFLAGS := -eu -o pipefail -c
export NODE_PATH := /usr/share/nodejs
PORT ?= 8080
FUZZ_SECONDS ?= 60
FUZZ_BUILD ?= build/fuzz
SANITIZE_BUILD ?= build/sanitize

# The shim's source: ES modules, one job each (broadsheet.js is the drop-in
# entry, index.js the one without side effects), the theme, the types.
WEB_MODULES := broadsheet.js index.js errors.js loader.js drop-in.js enhance.js element.js
WEB_ENTRIES := broadsheet.js index.js
WEB_FILES := $(WEB_MODULES) broadsheet.css broadsheet.d.ts article.schema.json
# What dist/ ships of it: the two entries bundled with the chunk they share
# (scripts/bundle-web.mjs names it broadsheet-core.js), the theme, the types.
WEB_BUNDLES := $(WEB_ENTRIES) broadsheet-core.js
DIST_WEB := $(WEB_BUNDLES) broadsheet.css broadsheet.d.ts article.schema.json
DIST_FILES := $(addprefix dist/,$(DIST_WEB)) dist/broadsheet.wasm

.PHONY: all setup native wasm dist dist-web package test test-native test-node test-browser test-sanitize fuzz demo bench golden clean format

all: native dist

setup:
	@scripts/setup.sh

native: setup
	@test -f build/native/build.ninja || cmake --preset native
	cmake --build --preset native

wasm: setup
	@test -f build/wasm/build.ninja || cmake --preset wasm
	cmake --build --preset wasm

dist: wasm dist-web
	cp build/wasm/broadsheet.wasm dist/
	@ls -l $(DIST_FILES) | awk '{ printf "  %-26s %8d bytes\n", $$9, $$5 }'

# The files of web/ alone (no C++ build). scripts/bundle-web.mjs bundles the
# two entries with esbuild (code splitting: both re-export one shared chunk,
# so one loader and one BroadsheetError; new URL('./broadsheet.wasm',
# import.meta.url) kept, so bundlers still find the wasm) and minifies the CSS;
# web/ stays the readable source. dist/.web-sources.sha256 records the web/
# files dist/ was made from and what was made, for make package.
WEB_COPIED := broadsheet.d.ts article.schema.json
dist-web: setup
	@mkdir -p dist
	node scripts/bundle-web.mjs dist $(addprefix web/,$(WEB_ENTRIES)) web/broadsheet.css
	cp $(addprefix web/,$(WEB_COPIED)) dist/
	sha256sum $(addprefix web/,$(WEB_FILES)) $(addprefix dist/,$(DIST_WEB)) > dist/.web-sources.sha256

# npm's prepack (npm pack, npm publish): builds dist/, then refuses to go on
# unless every file of the package is there and was made by make dist from
# web/ as it is now (dist/.web-sources.sha256: every source, every output).
# BS_SKIP_WASM_BUILD=1 builds nothing and only checks (the package test, which
# runs after make dist while other tests read dist/).
package: $(if $(BS_SKIP_WASM_BUILD),,dist)
	@for f in $(DIST_FILES); do test -s $$f || { echo "make package: $$f is missing (run make dist)" >&2; exit 1; }; done
	@for f in $(addprefix web/,$(WEB_FILES)); do grep -E " $$f\$$" dist/.web-sources.sha256 2>/dev/null | sha256sum -c --status 2>/dev/null \
		|| { echo "make package: dist/ was not made from $$f as it is now (run make dist)" >&2; exit 1; }; done
	@for f in $(addprefix dist/,$(DIST_WEB)); do grep -E " $$f\$$" dist/.web-sources.sha256 2>/dev/null | sha256sum -c --status 2>/dev/null \
		|| { echo "make package: $$f is not what make dist made (run make dist)" >&2; exit 1; }; done

# The native tests again under ASan/UBSan and a fuzz smoke run of every target
# first (each fails on any finding), then the three suites, so the output ends
# with ctest's and node's counts.
test: all test-sanitize fuzz
	ctest --preset native
	node --test tests/node/
	node --test --test-concurrency=1 tests/browser/

test-native: native
	ctest --preset native

test-node: native dist  # native: the front-matter corpus renders its TOML files through the CLI
	node --test tests/node/

test-browser: all
	node --test --test-concurrency=1 tests/browser/

# clang, Debug, -fsanitize=address,undefined (the "sanitize" preset).
test-sanitize: setup
	@test -f $(SANITIZE_BUILD)/build.ninja || cmake --preset sanitize -B $(SANITIZE_BUILD)
	cmake --build $(SANITIZE_BUILD)
	ctest --test-dir $(SANITIZE_BUILD) --output-on-failure

# The "fuzz" preset; seeds come from examples/, tests/golden/ and tests/security/.
fuzz: setup
	@test -f $(FUZZ_BUILD)/build.ninja || cmake --preset fuzz -B $(FUZZ_BUILD)
	cmake --build $(FUZZ_BUILD)
	tests/fuzz/run.sh $(FUZZ_BUILD) $(FUZZ_SECONDS)

demo: all
	node examples/prerender.mjs
	node examples/reader/stamp.mjs
	node scripts/serve.mjs

# Only what the benchmark runs: dist/ and the native benchmark tool (not the tests).
bench: dist
	@test -f build/native/build.ninja || cmake --preset native
	cmake --build --preset native --target native_bench broadsheet_cli
	node bench/bench.mjs
	bench/archive.sh

# Rewrites tests/golden/*.html from the current build: review them by eye.
golden: native
	BS_UPDATE_GOLDEN=1 build/native/tests/bs_tests "-#" "[#golden_test]"

format:
	clang-format -i include/broadsheet/*.hpp $$(git ls-files "src/*.cpp" "src/*.hpp" "tests/unit/*.cpp") wasm/*.cpp cli/*.cpp cli/*.hpp

clean:
	rm -rf build dist test-output
