// The same article as JSON and as Markdown renders byte-identical HTML, here
// through the real WebAssembly build and shim (tests/unit/same_page_test.cpp
// checks the same natively, field by field).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { importShim } from '../dist.mjs';

const { load } = await importShim();
const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

async function pairs(dir) {
  const names = await readdir(new URL(dir, root));
  const stems = (ext) => names.filter((n) => n.endsWith(ext) && !n.endsWith('.options.json')).map((n) => n.slice(0, -ext.length));
  return { json: stems('.json').sort(), md: stems('.md').sort() };
}

test('every example article has a twin in the other form', async () => {
  const { json, md } = await pairs('examples/articles/');
  assert.ok(json.length >= 3);
  assert.deepEqual(json, md);
});

test('each example renders the same bytes from JSON and from Markdown, with no warnings', async () => {
  const r = await load();
  const { json } = await pairs('examples/articles/');
  for (const name of json) {
    const j = await read(`examples/articles/${name}.json`);
    const m = await read(`examples/articles/${name}.md`);
    for (const mode of ['fragment', 'page']) {
      const a = r.render(j, { format: 'json', mode });
      const b = r.render(m, { format: 'markdown', mode });
      assert.deepEqual(a.warnings, [], `${name}.json (${mode})`);
      assert.deepEqual(b.warnings, [], `${name}.md (${mode})`);
      assert.equal(a.html, b.html, `${name} (${mode})`);
      assert.deepEqual(a.readingTime, b.readingTime, name);
    }
  }
});

test('the article with every field renders the same page from both forms', async () => {
  const r = await load();
  const options = JSON.parse(await read('tests/golden/everything.options.json'));
  const a = r.render(await read('tests/golden/everything.json'), { ...options, format: 'json' });
  const b = r.render(await read('tests/golden/everything.md'), { ...options, format: 'markdown' });
  assert.equal(a.html, b.html);
  assert.equal(a.readingTime.minutes, 7);  // the override, from timeRequired and from reading_time
  assert.match(a.html, /<html lang="az-Arab" dir="rtl">/);
});

test('diagnostics cross the boundary with line, column and path', async () => {
  const r = await load();
  const out = r.render('---\ntitle: x\ndescripton: y\nimage: /a.jpg\n---\nBody\n');
  assert.deepEqual(out.warnings.map((w) => `${w.line}:${w.column} ${w.path}`), ['1:1 /date', '3:1 /descripton', '4:8 /image/alt']);
  assert.match(out.warnings[1].message, /did you mean "description"\?/);
});
