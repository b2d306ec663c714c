// The two entries: index.js (for bundlers and Node) does nothing on import;
// broadsheet.js is the same API and renders the page's drop-in elements.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const GOOD = '/examples/articles/harbour-tides.json';

test('importing index.js renders nothing until the page asks', async () => {
  const { page, allProblems } = await env.open(`/tests/browser/pages/entry.html?src=${GOOD}`);
  await page.waitForFunction(() => window.__broadsheet);
  await page.waitForTimeout(500); // time enough for a scan to have started
  const element = page.locator('[data-broadsheet-src]');
  assert.equal(await element.getAttribute('data-broadsheet-state'), null, 'not even loading');
  assert.equal(await page.locator('.fallback').isVisible(), true);
  assert.deepEqual(await page.evaluate(() => window.__events), []);

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
