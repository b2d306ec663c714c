// The two entries: index.js (for bundlers and Node) does nothing on import;
// broadsheet.js is the same API and renders the page's drop-in elements.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, readFile, readdir, copyFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setup } from './harness.mjs';
import { startServer } from '../../scripts/serve.mjs';
import { DIST } from '../dist.mjs';

let env;
let noWasm; // a server whose /dist/ has the modules but no broadsheet.wasm
let dir;
before(async () => {
  env = await setup();
  dir = await mkdtemp(join(tmpdir(), 'broadsheet-dist-'));
  for (const f of (await readdir(DIST)).filter((n) => /\.(js|css)$/.test(n))) await copyFile(join(DIST, f), join(dir, f));
  noWasm = await startServer({ port: 0, dist: dir });
});
after(async () => {
  await env?.close();
  await noWasm?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

const GOOD = '/examples/articles/harbour-tides.json';

test('importing index.js renders nothing until the page asks', async () => {
  const { page, allProblems } = await env.open(`/tests/browser/pages/entry.html?src=${GOOD}`);
  await page.waitForFunction(() => window.__broadsheet);
  await page.waitForTimeout(500); // time enough for a scan to have started
  const element = page.locator('[data-broadsheet-src]');
  assert.equal(await element.getAttribute('data-broadsheet-state'), null, 'not even loading');
  assert.equal(await page.locator('.fallback').isVisible(), true);
  assert.deepEqual(await page.evaluate(() => window.__events), []);
  assert.equal(await page.evaluate(() => customElements.get('broadsheet-article')), undefined, 'no element defined');

  const results = await page.evaluate(() => window.__broadsheet.hydrate().then((r) => r.map((x) => x && x.readingTime)));
  assert.equal(results.length, 1);
  assert.ok(results[0].minutes >= 1);
  assert.equal(await element.getAttribute('data-broadsheet-state'), 'rendered');
  assert.equal(await page.locator('.bs-article h1').count(), 1);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('broadsheet.js exports the same functions as index.js and renders the drop-in', async () => {
  const { page, allProblems } = await env.open(`/tests/browser/pages/article.html?src=${GOOD}`,
    { waitFor: '[data-broadsheet-state="rendered"]' });
  const same = await page.evaluate(async () => {
    const [a, b] = await Promise.all([import('/dist/broadsheet.js'), import('/dist/index.js')]);
    return Object.keys(a).length === Object.keys(b).length && Object.keys(a).every((k) => a[k] === b[k]);
  });
  assert.equal(same, true, 'one module graph: the same function objects');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('data-broadsheet-wasm: the module hosted elsewhere (a CDN path), one request for two elements', async () => {
  const wasm = await readFile(join(DIST, 'broadsheet.wasm'));
  const requested = [];
  const { page, allProblems } = await env.open(
    `${noWasm.url}/tests/browser/pages/article.html?src=${GOOD}&wasm=/cdn/v1/broadsheet.wasm`, {
      waitFor: '[data-broadsheet-state="rendered"], [data-broadsheet-state="error"]',
      route: (ctx) => ctx.route((url) => url.pathname.endsWith('.wasm'), (r) => {
        requested.push(new URL(r.request().url()).pathname);
        return r.fulfill({ status: 200, contentType: 'application/wasm', body: wasm });
      }),
    });
  assert.equal(await page.locator('[data-broadsheet-src]').getAttribute('data-broadsheet-state'), 'rendered');
  // A second element naming the same file (relative this time) shares the instance: no second request.
  const second = await page.evaluate(async () => {
    const { renderInto } = await import('/dist/index.js');
    const el = document.createElement('div');
    el.dataset.broadsheetWasm = '../../../cdn/v1/broadsheet.wasm';
    document.body.append(el);
    return (await renderInto(el, { src: '/examples/articles/night-ferry.md' })) !== null;
  });
  assert.equal(second, true);
  assert.deepEqual(requested, ['/cdn/v1/broadsheet.wasm']);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});
