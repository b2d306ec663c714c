// Every example article, as a reader would get it from the drop-in, at a phone
// and a desktop size, at 200 % and 400 % zoom, in light and dark: axe-core
// finds no violation, nothing sticks out sideways, and filling the ad slots
// moves nothing. Screenshots of every case go to test-output/screenshots/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { setup, VIEWPORTS, axe, overflow, fillAdSlotsAndMeasureShifts, screenshot, loadImages } from './harness.mjs';
import { ROOT } from '../../scripts/serve.mjs';
import { importShim } from '../dist.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

// Slots early and often, so every article gets several and each sits between paragraphs a reader sees.
const OPTIONS = { ads: { after: 2, every: 3, max: 3 } };
const articles = (await readdir(`${ROOT}/examples/articles`)).filter((n) => /\.(md|json)$/.test(n)).sort();

// An article written both as Markdown and as JSON renders to the same bytes
// (tests/unit/same_page_test.cpp checks that): the browser audits each page once.
const { load } = await importShim();
const renderer = await load();
const groups = new Map();
for (const name of articles) {
  const format = name.endsWith('.json') ? 'json' : 'markdown';
  const { html } = renderer.render(await readFile(`${ROOT}/examples/articles/${name}`, 'utf8'), { ...OPTIONS, format });
  groups.set(html, [...(groups.get(html) || []), name]);
}

const url = (name) =>
  `/tests/browser/pages/article.html?src=/examples/articles/${encodeURIComponent(name)}&options=${encodeURIComponent(JSON.stringify(OPTIONS))}`;

test('there are example articles to check', () => assert.ok(articles.length >= 3, articles.join(', ')));

for (const names of groups.values()) {
  const name = names[0];
  const shot = name.replace(/\.(\w+)$/, '-$1');
  for (const [size, viewport] of Object.entries(VIEWPORTS)) {
    test(`${names.join(' = ')} at ${size}: no axe violation, no sideways overflow (light and dark), ad fills shift nothing`, async () => {
      const { page, allProblems } = await env.open(url(name), { viewport, waitFor: '[data-broadsheet-state="rendered"]' });
      await page.waitForLoadState('load');
      await loadImages(page);
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        assert.deepEqual(await axe(page), [], `axe, ${colorScheme}`);
        assert.deepEqual(await overflow(page), [], `overflow, ${colorScheme}`);
        await screenshot(page, `${shot}-${size}-${colorScheme}`);
      }
      // Some articles have no paragraph a slot may follow (the placement rules); then there is nothing to fill.
      const slotsInPage = await page.locator('.bs-ad').count();
      const { slots, shifts } = await fillAdSlotsAndMeasureShifts(page);
      assert.equal(slots, slotsInPage, 'one broadsheet:adslot event per slot');
      assert.deepEqual(shifts, [], 'layout shifts after filling the ad slots');
      assert.deepEqual(await allProblems(), []);
      await page.close();
    });
  }
}

test('the layout-shift measurement sees a fill when no space is reserved (control)', async () => {
  let tested = 0;
  for (const name of articles) {
    const { page } = await env.open(url(name), { viewport: VIEWPORTS.phone, waitFor: '[data-broadsheet-state="rendered"]' });
    const { slots, shifts } = await fillAdSlotsAndMeasureShifts(page, { unreserved: true });
    await page.close();
    if (!slots) continue;
    assert.equal(shifts.length, slots, `${name}: one shift per unreserved slot: ${shifts}`);
    if (++tested === 2) break;
  }
  assert.ok(tested >= 1, 'at least one example article has ad slots');
});

test('axe reports what it should (control): an image without alt text and faint text', async () => {
  const { page } = await env.open(url(articles[0]), { waitFor: '[data-broadsheet-state="rendered"]' });
  await page.evaluate(() => {
    const p = document.querySelector('.bs-body p');
    p.append(document.createElement('img'));
    p.style.color = '#ccc'; // CSSOM: allowed under style-src 'self'
  });
  const found = (await axe(page)).map((v) => v.split(' ')[0]);
  assert.ok(found.includes('image-alt'), found.join(', '));
  assert.ok(found.includes('color-contrast'), found.join(', '));
  await page.close();
});
