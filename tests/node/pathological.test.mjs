// Hostile input through the real WebAssembly build and shim: render time grows
// at most linearly, nesting as deep as the limits allow never overflows the
// wasm stack, and every limit is a clear BroadsheetError.
//
// Linear growth is checked the way md4c's and cmark's pathological tests do
// it, with generous bounds: the time at 4n must stay under 8 times the time at
// n (linear is 4, quadratic 16; the rest is room for a busy machine), plus
// 25 ms for timer noise on tiny inputs.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { distUrl, importShim } from '../dist.mjs';

const { load, BroadsheetError } = await importShim();
const wasm = await readFile(distUrl('broadsheet.wasm'));
const fresh = () => load(wasm); // one instance per test: a failure in one cannot hide behind another

const BOUND = 8;
const md = (body) => `---\ntitle: T\n---\n${body}`;
const lines = (n, f) => Array.from({ length: n }, (_, i) => f(i)).join('\n') + '\n';

// name -> [source for n, n]; n makes roughly 100-400 KB.
const CASES = {
  'runs of *': [(n) => md('*'.repeat(n)), 400000],
  'runs of _': [(n) => md('_'.repeat(n)), 400000],
  'unclosed emphasis openers': [(n) => md('*a '.repeat(n)), 50000],
  'mixed emphasis openers': [(n) => md('*a _b '.repeat(n)), 30000],
  'strong openers without closers': [(n) => md('a**'.repeat(n)), 50000],
  'open brackets': [(n) => md('['.repeat(n)), 200000],
  'nested bracket pairs': [(n) => md('['.repeat(n) + ']'.repeat(n)), 100000],
  'unclosed link destinations': [(n) => md('[a]('.repeat(n)), 40000],
  'closers without openers': [(n) => md(']('.repeat(n)), 100000],
  'unclosed images': [(n) => md('![['.repeat(n)), 60000],
  'backtick runs': [(n) => md(Array.from({ length: n }, (_, i) => '`'.repeat((i % 40) + 1) + 'x').join(' ')), 8000],
  'entity starts': [(n) => md('&#'.repeat(n)), 100000],
  'less-than signs': [(n) => md('<'.repeat(n)), 200000],
  'unclosed tags': [(n) => md('<a '.repeat(n)), 60000],
  'backslashes': [(n) => md('\\'.repeat(n)), 200000],
  'deep quote then lines': [(n) => md('> '.repeat(60) + 'x\n' + 'a\n'.repeat(n)), 100000],
  'list items': [(n) => md('- a\n'.repeat(n)), 40000],
  'nested lists then lines': [(n) => md(lines(30, (i) => '  '.repeat(i) + '- a') + 'b\n'.repeat(n)), 100000],
  'table with many columns': [(n) => md('|a'.repeat(n) + '|\n' + '|-'.repeat(n) + '|\n' + '|b'.repeat(n) + '|\n'), 30000],
  'table with many rows': [(n) => md('|a|b|\n|-|-|\n' + '|c|d|\n'.repeat(n)), 30000],
  'many reference definitions': [(n) => md(lines(n, (i) => `[r${i}]: /u${i}`) + lines(n, (i) => `[r${i}]`)), 20000],
  'a reference link on every line of a paragraph': [(n) => md('[r]: /u\n\n' + '[r]\n'.repeat(n)), 30000],
  'one reference used often': [(n) => md('[r]: /u\n\n' + '[r] '.repeat(n)), 40000],
  'many links': [(n) => md('[a](/b) '.repeat(n)), 30000],
  'bare www links': [(n) => md('www.a.b '.repeat(n)), 12000],
  'bare http links': [(n) => md('http://a.b '.repeat(n)), 10000],
  'bare e-mail addresses': [(n) => md('a@b.c '.repeat(n)), 30000],
  'headings with the same text': [(n) => md('## same\n\npara\n\n'.repeat(n)), 8000],
  'hard breaks': [(n) => md('a  \n'.repeat(n)), 50000],
  'strikethrough openers': [(n) => md('~~a'.repeat(n)), 60000],
  'code fences': [(n) => md('```\n'.repeat(n)), 50000],
  'setext underlines': [(n) => md('a\n=\n'.repeat(n)), 30000],
  'allowlisted tags left open': [(n) => md('<sup>'.repeat(n)), 40000],
  'front matter: a long flow list': [(n) => `---\ntitle: T\ntags: [${'a, '.repeat(n)}b]\n---\n`, 60000],
  'front matter: many keys': [(n) => `---\ntitle: T\n${lines(n, (i) => `k${i}: v`)}---\n`, 15000],
  'JSON: many keywords': [(n) => `{"headline":"H","keywords":[${'"k",'.repeat(n)}"k"]}`, 40000],
  'JSON: many authors': [(n) => `{"headline":"H","author":[${'{"name":"A"},'.repeat(n)}"B"]}`, 15000],
};

function best(renderer, source, options, runs) {
  let t = Infinity;
  for (let k = 0; k < runs; k++) {
    const start = performance.now();
    try {
      renderer.render(source, options);
    } catch (err) {
      if (!(err instanceof BroadsheetError)) throw err;
    }
    t = Math.min(t, performance.now() - start);
  }
  return t;
}

for (const [name, [make, n]] of Object.entries(CASES)) {
  test(`render time grows linearly: ${name}`, async () => {
    const renderer = await fresh();
    const options = { allowHtml: true, toc: true, mode: 'page', maxDiagnostics: 10000 };
    const small = make(n), large = make(4 * n);
    best(renderer, large, options, 1); // grows the heap once, so growth is not timed
    let t1 = best(renderer, small, options, 3);
    let t4 = best(renderer, large, options, 1);
    // Timings on a shared machine jump around (a garbage collection, another
    // process): while the large run looks too slow, measure both again and
    // keep the best, up to 8 times or 20 s. Real quadratic growth is slow
    // every time, so it still fails.
    const deadline = performance.now() + 20000;
    for (let k = 0; k < 8 && t4 > BOUND * t1 + 25 && performance.now() < deadline; k++) {
      t1 = Math.min(t1, best(renderer, small, options, 1));
      t4 = Math.min(t4, best(renderer, large, options, 1));
    }
    assert.ok(
      t4 <= BOUND * t1 + 25,
      `${name}: ${(small.length / 1024).toFixed(0)} KiB in ${t1.toFixed(1)} ms, ` +
        `${(large.length / 1024).toFixed(0)} KiB in ${t4.toFixed(1)} ms (${(t4 / t1).toFixed(1)}x for 4x the input)`,
    );
  });
}

test('nesting as deep as maxDepth allows never overflows the wasm stack', async () => {
  const D = 999; // maxDepth is at most 1000
  const deep = {
    'JSON arrays': `{"headline":"H","x":${'['.repeat(D)}${']'.repeat(D)}}`,
    'JSON objects': `{"headline":"H","x":${'{"a":'.repeat(D)}1${'}'.repeat(D)}}`,
    'YAML flow lists': `---\ntitle: T\nx: ${'['.repeat(D)}${']'.repeat(D)}\n---\n`,
    'YAML flow maps': `---\ntitle: T\nx: ${'{a: '.repeat(D)}1${'}'.repeat(D)}\n---\n`,
    'YAML block maps': `---\ntitle: T\n${lines(D, (i) => ' '.repeat(i) + 'k:').slice(0, -1)} 1\n---\n`,
    'YAML block lists': `---\ntitle: T\nx:\n${lines(D, (i) => ' '.repeat(2 * i) + '-').slice(0, -1)} 1\n---\n`,
    'Markdown quotes': md('>'.repeat(D) + ' x\n'),
    'Markdown lists': md(lines(D, (i) => '  '.repeat(i) + '- a')),
    'nested emphasis': md('*a '.repeat(D) + 'b' + ' c*'.repeat(D)),
    'nested links': md('[a'.repeat(D) + ']()'.repeat(D)),
  };
  const problems = [];
  for (const [name, source] of Object.entries(deep)) {
    const renderer = await fresh();
    try {
      renderer.render(source, { maxDepth: 1000, mode: 'page' });
    } catch (err) {
      // A limit is a fine answer; a trap ("the renderer stopped") is not.
      if (!(err instanceof BroadsheetError) || /renderer stopped/.test(err.message)) problems.push(`${name}: ${err.message}`);
    }
  }
  assert.deepEqual(problems, []);
});

// Each limit through the shim: one BroadsheetError naming the option.
const errorOf = (renderer, source, options) => {
  try {
    renderer.render(source, options);
  } catch (err) {
    assert.ok(err instanceof BroadsheetError, String(err));
    return err;
  }
  assert.fail('expected a BroadsheetError');
};

test('maxInputBytes through the shim', async () => {
  const r = await fresh();
  const big = md('a'.repeat(8 << 20));
  const e = errorOf(r, big);
  assert.match(e.message, new RegExp(`^the article is ${big.length} bytes, over the limit of 8388608.*\\(maxInputBytes\\)$`));
  assert.equal(e.diagnostics.filter((d) => d.severity === 'error').length, 1);
  assert.match(errorOf(r, md('x'.repeat(200)), { maxInputBytes: 100 }).message, /over the limit of 100.*\(maxInputBytes\)/);
  assert.ok(r.render(md('x'.repeat(200)), { maxInputBytes: 1000 }).html.includes('xxxx'));
});

test('maxDepth through the shim: JSON, YAML, lists and quotes', async () => {
  const r = await fresh();
  assert.match(errorOf(r, `{"headline":"H","x":${'['.repeat(70)}${']'.repeat(70)}}`).message,
    /nesting deeper than 64 levels \(limit maxDepth\)/);
  assert.match(errorOf(r, `---\ntitle: T\nx: [[[[1]]]]\n---\n`, { maxDepth: 3 }).message,
    /front matter: nesting deeper than 3 levels \(limit maxDepth\)/);
  assert.match(errorOf(r, md('> '.repeat(65) + 'x')).message, /nested deeper than 64 levels \(limit maxDepth\)/);
  assert.match(errorOf(r, md(lines(10, (i) => '  '.repeat(i) + '- a')), { maxDepth: 5 }).message,
    /nested deeper than 5 levels \(limit maxDepth\)/);
  const bad = errorOf(r, 'x', { maxDepth: 0 });
  assert.match(bad.message, /^options\.maxDepth: expected a number from 1 to 1000/);
  assert.equal(bad.diagnostics[0].path, '/maxDepth');
});

test('maxDiagnostics through the shim bounds the whole list', async () => {
  const r = await fresh();
  const out = r.render(md('[x](javascript:a) '.repeat(500)), { maxDiagnostics: 5 });
  assert.ok(out.warnings.length <= 5, `${out.warnings.length} warnings`);
  assert.match(out.warnings.at(-1).message, /^too many problems: \d+ more not shown \(limit maxDiagnostics = 5\)$/);
  const json = `{"headline":"H",${Array.from({ length: 300 }, (_, i) => `"u${i}":1`).join(',')}}`;
  assert.equal(r.render(json).warnings.length, 100);
  // Warnings about the options themselves count too.
  const options = { maxDiagnostics: 5 };
  for (let i = 0; i < 150; i++) options[`unknown${i}`] = 1;
  const both = r.render(md('[x](javascript:a) '.repeat(50)), options);
  assert.ok(both.warnings.length <= 5, `${both.warnings.length} warnings with maxDiagnostics 5 and 150 unknown options`);
});

test('maxOutputBytes through the shim', async () => {
  const r = await fresh();
  const e = errorOf(r, md('<&> '.repeat(1000)), { maxOutputBytes: 1000 });
  assert.match(e.message, /^the HTML is \d+ bytes, over the limit of 1000 \(maxOutputBytes\)$/);
});

test('NUL, invalid UTF-16 and a BOM cross the boundary safely', async () => {
  const r = await fresh();
  const out = r.render('\uFEFF---\ntitle: A\u0000B \uD800 C\n---\nx\u0000y \uDFFF z');
  assert.match(out.html, /<h1 class="bs-headline" id="bs-[0-9a-f]{8}-headline">A\uFFFDB \uFFFD C<\/h1>/);
  assert.match(out.html, /x\uFFFDy \uFFFD z/);
  assert.ok(!out.html.includes('\u0000'));
  const json = r.render('\uFEFF{"headline":"J\\u0000K"}', { mode: 'page' });
  assert.match(json.html, /<h1 class="bs-headline" id="bs-[0-9a-f]{8}-headline">J\uFFFDK<\/h1>/);
});
