// CommonMark conformance: every example of the spec (npm package
// commonmark-spec) through the real wasm and shim in `mode: 'commonmark'`,
// judged with the suites' own normalisation (normalize-html.mjs).
//
// The bar is md4c's own HTML renderer, run on the same examples by the
// test-only tool md4c_ref (tests/spec/md4c_ref.c, built with the native tests):
// every example md4c-html passes must pass with ours. The only exemptions are
// our two policies: raw HTML is shown as text, and URLs pass the URL policy.
// md4c_ref also writes md4c-html's output under those policies (with our real
// check_url), and an example is exempt only when our output equals that, so
// the set is computed on every run and nothing else can hide behind it.
//
//   BS_MD4C_REF=path/to/md4c_ref   (default: build/NAME-native/tests/spec/md4c_ref beside
//                                   BS_DIST=build/NAME-dist, else build/native/...)
//   BS_CM_EXAMPLE=N                 print example N (input, expected, md4c-html, ours)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import spec from 'commonmark-spec';
import { DIST, importShim, ROOT } from '../dist.mjs';
import { normalizeHtml } from './normalize-html.mjs';

// md4c_ref is built with the native tests. Beside a dist in build/NAME-dist
// (BS_DIST), the native build of the same tree is build/NAME-native.
const sibling = /^(.*)-dist$/.exec(DIST)?.[1];
const MD4C_REF = process.env.BS_MD4C_REF
  ? resolve(process.env.BS_MD4C_REF)
  : [sibling && `${sibling}-native/tests/spec/md4c_ref`, resolve(ROOT, 'build/native/tests/spec/md4c_ref')]
      .find((p) => p && existsSync(p)) ?? resolve(ROOT, 'build/native/tests/spec/md4c_ref');

// The spec writes tabs as '→' (every CommonMark runner turns them back).
const examples = spec.tests.map((t) => ({
  number: t.number,
  section: t.section,
  markdown: t.markdown.replace(/→/g, '\t'),
  html: t.html.replace(/→/g, '\t'),
}));

// md4c_ref's framing: "<byte count>\n<bytes>", three outputs per input.
function runReference(inputs) {
  if (!existsSync(MD4C_REF)) {
    throw new Error(`md4c_ref not found at ${MD4C_REF}: build the native tests ` +
      '(cmake --build build/native --target md4c_ref) or set BS_MD4C_REF');
  }
  const framed = Buffer.concat(inputs.flatMap((s) => {
    const b = Buffer.from(s, 'utf8');
    return [Buffer.from(`${b.length}\n`), b];
  }));
  const run = spawnSync(MD4C_REF, { input: framed, maxBuffer: 64 << 20 });
  if (run.status !== 0) throw new Error(`md4c_ref failed (${run.status}): ${run.stderr}`);
  const out = run.stdout;
  const results = [];
  for (let pos = 0; pos < out.length;) {
    const nl = out.indexOf(0x0a, pos);
    const len = Number(out.subarray(pos, nl).toString());
    results.push(out.subarray(nl + 1, nl + 1 + len).toString('utf8'));
    pos = nl + 1 + len;
  }
  assert.equal(results.length, inputs.length * 3, 'md4c_ref answered every example three times');
  return inputs.map((_, i) => ({
    reference: results[3 * i], // md4c-html
    htmlPolicy: results[3 * i + 1], // ... with raw HTML as text
    policies: results[3 * i + 2], // ... and URLs through our URL policy
  }));
}

function report(e) {
  return [
    `Example ${e.number} (${e.section})`,
    `--- markdown\n${e.markdown}`,
    `--- expected\n${e.html}`,
    `--- md4c-html\n${e.reference}`,
    `--- md4c-html under our policies\n${e.policies}`,
    `--- ours\n${e.ours}`,
  ].join('\n');
}

test('the normaliser behaves as normalize.py documents', () => {
  // normalize.py's own doctests, and the quirks the port keeps.
  assert.equal(normalizeHtml('<p>a  \t b</p>'), '<p>a b</p>');
  assert.equal(normalizeHtml('<p>a  \t\nb</p>'), '<p>a b</p>');
  assert.equal(normalizeHtml(' <p>a  b</p>'), '<p>a b</p>');
  assert.equal(normalizeHtml('<p>a  b</p> '), '<p>a b</p>');
  assert.equal(normalizeHtml('\n\t<p>\n\t\ta  b\t\t</p>\n\t'), '<p>a b</p>');
  assert.equal(normalizeHtml('<i>a  b</i> '), '<i>a b</i> ');
  assert.equal(normalizeHtml('<br />'), '<br>');
  assert.equal(normalizeHtml('<a title="bar" HREF="foo">x</a>'), '<a href="foo" title="bar">x</a>');
  assert.equal(normalizeHtml('&forall;&amp;&gt;&lt;&quot;'), '\u2200&amp;&gt;&lt;&quot;');
  assert.equal(normalizeHtml('<pre><code>a  \n  b</code></pre>'), '<pre><code>a  \n  b</code></pre>');
  assert.equal(normalizeHtml('<p>a<br />\nb</p>'), '<p>a<br>b</p>');
  assert.equal(normalizeHtml('<style>p < b & c</style>'), '<style>p < b & c</style>');
  assert.notEqual(normalizeHtml('<p>a</p>'), normalizeHtml('<p>b</p>'));
  assert.notEqual(normalizeHtml('<em>a</em>'), normalizeHtml('<strong>a</strong>'));
});

test('CommonMark spec: everything md4c-html passes, we pass', async (t) => {
  assert.equal(examples.length, 652, 'commonmark-spec 0.31.2 has 652 examples');
  const { load } = await importShim();
  const renderer = await load();
  const refs = runReference(examples.map((e) => e.markdown));

  let passed = 0, md4cPassed = 0, exemptHtml = 0, exemptUrl = 0, beyond = 0, identical = 0;
  const regressions = [];
  for (const [i, e] of examples.entries()) {
    Object.assign(e, refs[i]);
    try {
      e.ours = renderer.render(e.markdown, { format: 'markdown', mode: 'commonmark' }).html;
    } catch (err) {
      e.ours = `(threw) ${err.message}`;
    }
    const want = normalizeHtml(e.html);
    const ours = normalizeHtml(e.ours);
    const ok = ours === want;
    const md4cOk = normalizeHtml(e.reference) === want;
    if (ok) ++passed;
    if (md4cOk) ++md4cPassed;
    if (ok && !md4cOk) ++beyond;
    if (e.ours === e.policies) ++identical;
    if (md4cOk && !ok) {
      // Allowed only where the difference is exactly our policies.
      if (ours === normalizeHtml(e.htmlPolicy)) ++exemptHtml;
      else if (ours === normalizeHtml(e.policies)) ++exemptUrl;
      else regressions.push(e);
    }
    if (String(e.number) === process.env.BS_CM_EXAMPLE) for (const l of report(e).split('\n')) t.diagnostic(l);
  }

  t.diagnostic(`CommonMark spec ${spec.tests.length} examples: ${passed} pass; md4c-html passes ${md4cPassed}; ` +
    `exempt: ${exemptHtml} raw HTML shown as text, ${exemptUrl} URL policy; ` +
    `${beyond} pass where md4c-html fails; ${identical} byte-identical to md4c-html under our policies`);
  assert.equal(regressions.length, 0,
    `${regressions.length} example(s) md4c-html passes fail with ours:\n\n${regressions.map(report).join('\n\n')}`);
  // Stricter than the spec's normalised comparison: byte for byte what
  // md4c-html writes once our policies are applied, for every example.
  const different = examples.filter((e) => e.ours !== e.policies);
  assert.equal(different.length, 0,
    `${different.length} example(s) differ from md4c-html's bytes under our policies:\n\n` +
    different.slice(0, 5).map(report).join('\n\n'));
});
