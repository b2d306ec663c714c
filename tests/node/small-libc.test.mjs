// wasm/small_libc.c replaces musl's snprintf and strtod in the module (they
// cost ~22 KB). These are the behaviours a reader or a writer can see.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { importShim, distUrl } from '../dist.mjs';

const { load, BroadsheetError } = await importShim();

// The errors of a render that must fail (warnings left out).
const diagnostics = (fn) => {
  try {
    fn();
  } catch (err) {
    if (err instanceof BroadsheetError) return err.diagnostics.filter((d) => d.severity === 'error');
    throw err;
  }
  assert.fail('expected a BroadsheetError');
};

test('a control character in JSON is named as <U+XXXX> (nlohmann formats it with snprintf)', async () => {
  const r = await load();
  const [d] = diagnostics(() => r.render('{"headline": \u0001}'));
  assert.equal(d.message, "invalid JSON: unexpected '<U+0001>'");
  assert.equal(d.line, 1);
  assert.equal(d.column, 14);
  const [e] = diagnostics(() => r.render('{"headline": \u001f}'));
  assert.match(e.message, /<U\+001F>/);
});

test('numbers are read exactly where it matters: whole numbers and ranges', async () => {
  const r = await load();
  const article = (image) =>
    JSON.stringify({ headline: 'x', datePublished: '2026-01-01', image: { url: '/a.jpg', alt: 'a', ...image } });
  assert.match(r.render(article({ width: 1200, height: 675 })).html, /width="1200" height="675"/);
  assert.match(r.render(article({ width: 1.2e3, height: 6.75e2 })).html, /width="1200" height="675"/);
  assert.match(r.render('{"headline": "x", "image": {"url": "/a.jpg", "alt": "a", "width": 12E2, "height": 675.0}}').html,
    /width="1200" height="675"/);
  const [frac] = diagnostics(() => r.render(article({ width: 1200.5, height: 675 })));
  assert.equal(frac.path, '/image/width');
  assert.match(frac.message, /whole number/);
  const [big] = diagnostics(() => r.render(article({ width: 1e300, height: 675 })));
  assert.equal(big.path, '/image/width');
  const [neg] = diagnostics(() => r.render(article({ width: -0.0001, height: 675 })));
  assert.equal(neg.path, '/image/width');
});

test('the module imports nothing but memory-growth notice and exit: no stdio', async () => {
  const module = await WebAssembly.compile(await readFile(distUrl('broadsheet.wasm')));
  const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`).sort();
  assert.deepEqual(imports, ['env.emscripten_notify_memory_growth', 'wasi_snapshot_preview1.proc_exit']);
});
