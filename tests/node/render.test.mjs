// The real dist/broadsheet.wasm through the real shim, in Node.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { importShim } from '../dist.mjs';
import { TRAP_WASM } from '../browser/pages/trap-wasm.mjs';

const { load, BroadsheetError } = await importShim();

const root = new URL('../../', import.meta.url);
const read = (path) => readFile(new URL(path, root), 'utf8');

test('load() memoises one instance', async () => {
  const [a, b] = await Promise.all([load(), load()]);
  assert.equal(a, b);
  assert.match(a.version, /^\d+\.\d+\.\d+$/);
});

test('renders each example article with one h1, a byline and a reading time', async () => {
  const renderer = await load();
  for (const name of await readdir(new URL('examples/articles/', root))) {
    const out = renderer.render(await read(`examples/articles/${name}`));
    assert.equal(out.html.match(/<h1[ >]/g).length, 1, name);
    assert.match(out.html, /<p class="bs-byline">/, name);
    assert.ok(out.readingTime.minutes >= 1, name);
    assert.ok(out.readingTime.words > 100, name);
    assert.match(out.html, new RegExp(`datetime="PT${out.readingTime.minutes}M"`), name);
  }
});

test('UTF-8 crosses the boundary intact both ways', async () => {
  const { html } = (await load()).render('---\ntitle: "Caf\u00e9 \u2603 \ud83d\ude00"\n---\n\u00c9t\u00e9 \u6771\u4eac \ud83d\ude00\n');
  assert.match(html, /Caf\u00e9 \u2603 \ud83d\ude00/);
  assert.match(html, /<p>\u00c9t\u00e9 \u6771\u4eac \ud83d\ude00<\/p>/);
});

test('format and mode options are honoured', async () => {
  const r = await load();
  assert.equal(r.render('# Hi *there*', { mode: 'commonmark' }).html, '<h1>Hi <em>there</em></h1>\n');
  assert.match(r.render('{"headline": "x"}', { mode: 'page' }).html, /^<!DOCTYPE html>/);
  assert.throws(() => r.render('{"headline": "x"}', { format: 'markdown' }), BroadsheetError);
});

test('front matter as publishers write it: wrapped YAML and aliases; TOML gets a clear error in the wasm', async () => {
  const r = await load();
  const out = r.render('---\ntitle: A title that Prettier\n  wrapped\nauthor: &a Jane Doe\nauthors: [*a]\ndate: 2026-01-01\n---\nBody\n');
  assert.match(out.html, /<h1 class="bs-headline" id="bs-[0-9a-f]{8}-headline">A title that Prettier wrapped<\/h1>/);
  assert.equal(out.html.match(/Jane Doe/g).length, 2);
  assert.throws(
    () => r.render('+++\ntitle = "Hugo"\n+++\nBody\n'),
    (err) => {
      assert.ok(err instanceof BroadsheetError);
      assert.equal(err.message, '1:1: TOML front matter (+++) is not supported by this build (the WebAssembly module); ' +
        'convert it to YAML or pre-render with the broadsheet CLI');
      assert.equal(err.diagnostics.length, 1); // never "the article has no headline"
      return true;
    },
  );
  const laughs = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
  for (let i = 1; i < 9; i++) laughs.push(`${'abcdefghi'[i]}: &${'abcdefghi'[i]} [${Array(10).fill('*' + 'abcdefghi'[i - 1]).join(', ')}]`);
  assert.throws(() => r.render(`---\ntitle: T\n${laughs.join('\n')}\n---\n`), /aliases expand to more than 100000 values/);
});

test('bad input throws BroadsheetError with diagnostics', async () => {
  const r = await load();
  assert.throws(
    () => r.render('{\n  "headline": 42\n}'),
    (err) => {
      assert.ok(err instanceof BroadsheetError);
      assert.equal(err.message, '2:15: expected text, found a number (at /headline)');
      // Warnings about the same input may come too; the errors are exactly these.
      assert.deepEqual(err.diagnostics.filter((d) => d.severity === 'error'), [
        { severity: 'error', message: 'expected text, found a number', line: 2, column: 15, path: '/headline' },
      ]);
      return true;
    },
  );
  assert.throws(() => r.render('---\ntitle: x\ndate: 2026-02-30\n---\n'), /3:7: expected a date/);
  assert.throws(() => r.render('# x', { mode: 'poster' }), /^BroadsheetError: options\.mode: expected "fragment"/);
  assert.throws(() => r.render(42), TypeError);
});

test('warnings come back beside the HTML', async () => {
  const out = (await load()).render('---\ntitle: x\n---\n![](/a.png)\n');
  assert.ok(out.warnings.some((w) => w.severity === 'warning' && /no alt text/.test(w.message)));
});

test('the WebAssembly build renders the golden files byte for byte like the native build', async () => {
  const r = await load();
  const dir = new URL('tests/golden/', root);
  const names = (await readdir(dir)).filter((n) => /\.(md|json)$/.test(n) && !n.endsWith('.options.json'));
  assert.ok(names.length >= 3);
  for (const name of names) {
    const stem = name.replace(/\.(md|json)$/, '');
    const options = JSON.parse(await readFile(new URL(`${stem}.options.json`, dir), 'utf8').catch(() => '{}'));
    options.format = name.endsWith('.json') ? 'json' : 'markdown';
    const want = await readFile(new URL(`${stem}.html`, dir), 'utf8');
    let got;
    try {
      const out = r.render(await readFile(new URL(name, dir), 'utf8'), options);
      got = out.html + out.warnings.map(comment).join('');
    } catch (err) {
      if (!(err instanceof BroadsheetError)) throw err;
      got = err.diagnostics.map(comment).join('');
    }
    assert.equal(got, want, name);
  }
});

function comment(d) {
  return `<!-- ${d.severity} ${d.line}:${d.column} ${d.path} ${d.message} -->\n`;
}

test('a large article and thousands of calls work in one instance', async () => {
  const r = await load();
  const para = 'The harbour master walked the length of the quay before dawn. '.repeat(20);
  const big = `---\ntitle: Big\n---\n${`${para}\n\n`.repeat(4000)}`; // about 5 MB
  const out = r.render(big);
  assert.ok(out.html.length > big.length);
  for (let i = 0; i < 2000; i++) r.render('---\ntitle: small\n---\ntext\n');
});

test('a module that cannot load is a BroadsheetError that says which and why', async () => {
  await assert.rejects(load('/no/such/broadsheet.wasm'), (err) => {
    assert.ok(err instanceof BroadsheetError);
    assert.match(err.message, /^could not load \/no\/such\/broadsheet\.wasm: ENOENT/);
    return true;
  });
  await assert.rejects(load(new TextEncoder().encode('<!DOCTYPE html><title>404</title>')), (err) => {
    assert.ok(err instanceof BroadsheetError);
    assert.match(err.message, /^could not start broadsheet\.wasm: .*magic/);
    return true;
  });
  // Not refused for its type (octet-stream is compiled from the bytes), but the type is named.
  await assert.rejects(load(new Response('not wasm', { headers: { 'Content-Type': 'text/html' } })),
    /^BroadsheetError: could not start broadsheet\.wasm: .*magic.* \(served as "text\/html"\)$/);
  await assert.rejects(load(new Response('', { status: 404 })), /^BroadsheetError: could not load broadsheet\.wasm: HTTP 404$/);
});

test('a trap mid-render is a BroadsheetError, and that renderer refuses further work', async () => {
  const r = await load(TRAP_WASM);
  assert.equal(r.version, '0.0.0');
  assert.throws(() => r.render('# x'), (err) => {
    assert.ok(err instanceof BroadsheetError);
    assert.match(err.message, /^the renderer stopped: .*unreachable/);
    return true;
  });
  assert.throws(() => r.render('# x'), /^BroadsheetError: this renderer stopped after an earlier failure; call load\(\) again$/);
  // The shared renderer is a different instance and is unaffected.
  assert.match((await load()).render('# x', { mode: 'commonmark' }).html, /<h1>x<\/h1>/);
});
