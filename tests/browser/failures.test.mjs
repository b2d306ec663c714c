// When the drop-in fails — the module will not load (missing, not WebAssembly,
// network error, not a module), the article will not load, the article or the
// options have errors, the render exceeds a limit — the reader keeps the
// publisher's fallback, sees one accessible notice, the console gets one clear
// error, and the page gets one "broadsheet:error" event. All under the strict
// CSP, with no violation.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { DIST } from '../dist.mjs';
import { TRAP_WASM } from './pages/trap-wasm.mjs';

let env;
const extra = {}; // more servers, each broken in one way
const dirs = [];

// A dist/ folder with broadsheet.wasm missing or replaced by `wasm` bytes.
async function brokenDist(wasm) {
  const dir = await mkdtemp(join(tmpdir(), 'broadsheet-dist-'));
  dirs.push(dir);
  for (const f of (await readdir(DIST)).filter((n) => /\.(js|css)$/.test(n))) await copyFile(join(DIST, f), join(dir, f));
  if (wasm) await writeFile(join(dir, 'broadsheet.wasm'), wasm);
  return dir;
}

before(async () => {
  env = await setup();
  extra.noWasm = await startServer({ port: 0, dist: await brokenDist(null) });
  extra.notWasm = await startServer({ port: 0, dist: await brokenDist('<!DOCTYPE html><title>Not found</title>') });
  extra.wrongType = await startServer({ port: 0, types: { '.wasm': 'application/octet-stream' } });
});
after(async () => {
  await env?.close();
  for (const s of Object.values(extra)) await s.close();
  for (const d of dirs) await rm(d, { recursive: true, force: true });
});

const GOOD = '/examples/articles/harbour-tides.json';
const page = (query) => `/tests/browser/pages/article.html?${new URLSearchParams(query)}`;

// Chromium's own line for a failed request, which no page can silence.
const networkLine = /^console error: Failed to load resource/;

// message: the console line after its prefix; eventMessage: error.message of the event (default: the same).
async function expectFailure(url, message, { route, notice = 'The full article could not be displayed.', lang = 'en', eventMessage = message } = {}) {
  const { page: p, allProblems } = await env.open(url, { waitFor: '[data-broadsheet-state="error"]', route });
  const problems = (await allProblems()).filter((line) => !networkLine.test(line));
  assert.equal(problems.length, 1, `exactly one console error and no CSP violation:\n${problems.join('\n')}`);
  const src = new URL(url, 'http://x').searchParams.get('src');
  const prefix = `console error: Broadsheet could not render ${src}: `;
  assert.ok(problems[0].startsWith(prefix), problems[0]);
  assert.match(problems[0].slice(prefix.length), message);

  assert.equal(await p.locator('.fallback').isVisible(), true, 'the fallback stays');
  assert.equal(await p.locator('.bs-article').count(), 0);
  assert.equal(await p.locator('[data-broadsheet-src]').getAttribute('aria-busy'), null);

  const events = await p.evaluate(() => window.__events);
  assert.equal(events.length, 1, JSON.stringify(events));
  assert.equal(events[0].type, 'error');
  assert.match(events[0].message, eventMessage);

  if (notice === null) {
    assert.equal(await p.locator('.bs-notice').count(), 0, 'no notice when the page cancels the event');
  } else {
    const alert = p.getByRole('alert');
    assert.equal(await alert.count(), 1);
    assert.equal((await alert.textContent()).trim(), notice);
    assert.equal(await alert.isVisible(), true);
    assert.equal(await alert.getAttribute('lang'), lang);
    // Above the fallback, inside the element the publisher chose.
    assert.equal(await p.evaluate(() => document.querySelector('[data-broadsheet-src]').firstElementChild.className), 'bs-notice');
  }
  await p.close();
}

test('the article is missing (404)', () =>
  expectFailure(page({ src: '/examples/articles/no-such-article.json' }),
    /could not load \/examples\/articles\/no-such-article\.json: HTTP 404/));

test('the article request fails (network error)', () =>
  expectFailure(page({ src: GOOD }), /could not load \/examples\/articles\/harbour-tides\.json: the request failed/, {
    route: (ctx) => ctx.route('**/harbour-tides.json', (r) => r.abort('internetdisconnected')),
  }));

test('broadsheet.wasm is missing (404)', () =>
  expectFailure(`${extra.noWasm.url}${page({ src: GOOD })}`, /could not load http:\/\/127\.0\.0\.1:\d+\/dist\/broadsheet\.wasm: HTTP 404/));

test('broadsheet.wasm served as application/octet-stream still renders (compiled from its bytes)', async () => {
  const { page: p, allProblems } = await env.open(`${extra.wrongType.url}${page({ src: GOOD })}`,
    { waitFor: '[data-broadsheet-state="rendered"], [data-broadsheet-state="error"]' });
  assert.equal(await p.locator('[data-broadsheet-src]').getAttribute('data-broadsheet-state'), 'rendered');
  assert.equal(await p.locator('.bs-article h1').count(), 1);
  assert.deepEqual(await allProblems(), []);
  await p.close();
});

test('the broadsheet.wasm request fails (network error)', () =>
  expectFailure(page({ src: GOOD }), /could not load http:\S+\/dist\/broadsheet\.wasm: the request failed/, {
    route: (ctx) => ctx.route('**/broadsheet.wasm', (r) => r.abort('connectionrefused')),
  }));

test('broadsheet.wasm is not a WebAssembly module (an HTML error page)', () =>
  expectFailure(`${extra.notWasm.url}${page({ src: GOOD })}`, /could not start \S+broadsheet\.wasm: .*CompileError|could not start \S+broadsheet\.wasm: .*magic/i));

test('the JSON article has an error: its line, column and message', () =>
  expectFailure(page({ src: '/tests/browser/pages/bad-article.json' }), /^2:15: expected text, found a number \(at \/headline\)$/));

test('every error of the article is in the one console message', () =>
  expectFailure(page({ src: '/tests/browser/pages/two-errors.json' }),
    /^2:15: expected text, found a number \(at \/headline\)\n  3:20: expected a date like 2024-05-21 .*: the date must start with YYYY-MM-DD \(at \/datePublished\)$/,
    { eventMessage: /^2:15: expected text, found a number \(at \/headline\)$/ }));

test('the Markdown article has an error, with a notice in the page language', () =>
  expectFailure(page({ src: '/tests/browser/pages/bad-date.md', notice: 'Статью не удалось показать.' }), /^3:7: expected a date like 2024-05-21 .*: day 30 does not exist in that month \(at \/date\)$/, {
    notice: 'Статью не удалось показать.',
    lang: null,
  }));

test('the options are not JSON', () =>
  expectFailure(page({ src: GOOD, options: '{ads: true}' }), /data-broadsheet-options is not valid JSON/));

test('an option has a bad value', () =>
  expectFailure(page({ src: GOOD, options: '{"mode": "poster"}' }), /^options\.mode: expected "fragment", "page" or "commonmark"$/));

test('the render exceeds a limit (maxOutputBytes)', () =>
  expectFailure(page({ src: GOOD, options: '{"maxOutputBytes": 1000}' }), /over the limit of 1000 \(maxOutputBytes\)/));

test('the page cancels the error event and shows its own message: no notice', () =>
  expectFailure(page({ src: '/examples/articles/no-such-article.json', cancel: '1' }), /HTTP 404/, { notice: null }));

test('the module traps mid-render', () =>
  expectFailure(page({ src: GOOD }), /^the renderer stopped: .*unreachable/, {
    route: (ctx) => ctx.route('**/broadsheet.wasm', (r) =>
      r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from(TRAP_WASM) })),
  }));

test('after a trap, the next render gets a fresh module and succeeds', async () => {
  let first = true;
  const { page: p } = await env.open(page({ src: GOOD }), {
    waitFor: '[data-broadsheet-state="error"]',
    route: (ctx) => ctx.route('**/broadsheet.wasm', (r) => {
      if (!first) return r.continue();
      first = false;
      return r.fulfill({ status: 200, contentType: 'application/wasm', body: Buffer.from(TRAP_WASM) });
    }),
  });
  await p.evaluate(async () => {
    const { renderInto } = await import('/dist/broadsheet.js');
    await renderInto(document.querySelector('[data-broadsheet-src]'));
  });
  assert.equal(await p.locator('[data-broadsheet-src]').getAttribute('data-broadsheet-state'), 'rendered');
  assert.equal(await p.locator('h1').count(), 1);
  await p.close();
});

test('a later success after a failure: load() retries, the notice goes', async () => {
  let fail = true;
  const { page: p } = await env.open(page({ src: GOOD }), {
    waitFor: '[data-broadsheet-state="error"]',
    route: (ctx) => ctx.route('**/broadsheet.wasm', (r) => (fail ? r.abort('connectionrefused') : r.continue())),
  });
  fail = false;
  await p.evaluate(async () => {
    const { renderInto } = await import('/dist/broadsheet.js');
    await renderInto(document.querySelector('[data-broadsheet-src]'));
  });
  assert.equal(await p.locator('[data-broadsheet-src]').getAttribute('data-broadsheet-state'), 'rendered');
  assert.equal(await p.locator('.bs-notice').count(), 0);
  assert.equal(await p.locator('h1').count(), 1);
  await p.close();
});
