// The size a reader downloads (issue 11): gzip -9 of dist/broadsheet.wasm plus
// every JS file the drop-in (broadsheet.js) loads, each gzipped alone as a
// server sends it, and dist/broadsheet.css. Sizes are deterministic, so this
// fails the build the day a change passes the budget.
//
// The target is 64 KB (65,536 B) for the wasm and the JS together.
// It is NOT reached: on 2026-12-04 this tree measured 138,850 B (the wasm
// 132,948 with libyaml, the seven minified modules 5,902), so WASM_JS_BUDGET
// is a ratchet at that size + 1 %, not the target. Lower it when a change
// saves bytes; never raise it without saying why in the commit. (It was raised
// once, from 122,800, when the generator keys (+5 KB), the HTML sanitizer
// (+5 KB), typography (+2.5 KB) and the speed work (wasm-opt -O3 and the
// options cache, +2.3 KB) landed together with the size work.) The second
// round of speed work (the body and page rewritten for fewer instructions)
// used the room up to 140,151 B, with wasm-opt --converge giving 0.5 KB
// back. What remains
// between it and 64 KB (libyaml ≈ 14 KB, nlohmann ≈ 6–8 KB, our own code):
// bench/SIZE-AND-SPEED-NOTES.md. Since 2026-12-05 dist/ ships the shim
// bundled (broadsheet.js and the chunk it shares with index.js, 4,798 B
// against the seven modules' 5,902), and wasm-opt inlines with -aimfs 4
// (-0.65 KB): 138,660 B, and the ratchet came down to 139,100.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DIST, distUrl } from '../dist.mjs';

const KB = 1024;
const WASM_JS_BUDGET = 139_100; // a ratchet (138,660 B + 0.3 %); the target: 64 * KB
const CSS_BUDGET = 6 * KB;

// gzip -9 itself, as the issue measures (Node's zlib at level 9 writes about 1 % more
// for the wasm); -n: no file name or time in the header.
function gzipped(file) {
  const run = spawnSync('gzip', ['-9', '-n', '-c', fileURLToPath(distUrl(file))], { maxBuffer: 16 << 20 });
  assert.equal(run.status, 0, `gzip -9 ${file}: ${run.stderr}`);
  return run.stdout.length;
}

// broadsheet.js and the files it imports, transitively (static imports and
// re-exports with a relative path, as the browser follows them).
function dropInModules() {
  const seen = new Set();
  const visit = (name) => {
    if (seen.has(name)) return;
    seen.add(name);
    const text = readFileSync(distUrl(name), 'utf8');
    for (const m of text.matchAll(/(?:import|export)\s*(?:[^'"`;]*?\bfrom\s*)?["']\.\/([\w.-]+\.js)["']/g)) visit(m[1]);
  };
  visit('broadsheet.js');
  return [...seen];
}

test('the drop-in loads two files: its entry and the chunk it shares with index.js (the size below counts both)', () => {
  // The shared chunk holds every module of web/ (the drop-in needs them all); each entry only re-exports it.
  assert.deepEqual(dropInModules().sort(), ['broadsheet-core.js', 'broadsheet.js']);
});

test(`broadsheet.wasm + the drop-in's modules stay within ${WASM_JS_BUDGET} B gzip -9`, () => {
  const parts = [['broadsheet.wasm', gzipped('broadsheet.wasm')], ...dropInModules().map((f) => [f, gzipped(f)])];
  const total = parts.reduce((n, [, size]) => n + size, 0);
  const table = parts.map(([f, size]) => `  ${f.padEnd(18)} ${String(size).padStart(7)}`).join('\n');
  assert.ok(total <= WASM_JS_BUDGET,
    `${DIST}: ${total} B gzipped, over the budget of ${WASM_JS_BUDGET} B (issue 11's target: ${64 * KB}):\n${table}`);
});

test(`broadsheet.css stays within ${CSS_BUDGET} B gzip -9`, () => {
  const size = gzipped('broadsheet.css');
  assert.ok(size <= CSS_BUDGET, `dist/broadsheet.css is ${size} B gzipped, over ${CSS_BUDGET}`);
});
