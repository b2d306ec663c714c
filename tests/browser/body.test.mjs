// Every kind of body block (code, a wide table, nested lists, a quote, figures,
// a long word and a long URL) at every width: axe finds nothing, the page never
// scrolls sideways, and what cannot reflow (the code, the wide table) scrolls
// inside its own focusable box instead.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, VIEWPORTS, axe, overflow, screenshot, loadImages } from './harness.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const OPTIONS = encodeURIComponent(JSON.stringify({ ads: { after: 2, every: 4, max: 2 } }));
const PAGE = `/tests/browser/pages/article.html?src=/tests/browser/pages/features.md&options=${OPTIONS}`;

for (const [size, viewport] of Object.entries(VIEWPORTS)) {
  test(`every body block at ${size}: no axe violation, no sideways overflow, light and dark`, async () => {
    const { page, allProblems } = await env.open(PAGE, { viewport, waitFor: '[data-broadsheet-state="rendered"]' });
    await page.waitForLoadState('load');
    await loadImages(page);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axe(page), [], `axe, ${colorScheme}`);
      assert.deepEqual(await overflow(page), [], `overflow, ${colorScheme}`);
      await screenshot(page, `features-${size}-${colorScheme}`);
    }
    if (size === 'zoom400') {
      const boxes = await page.evaluate(() => ['.bs-body pre', '.bs-table'].map((sel) => {
        const el = document.querySelector(sel);
        return { sel, scrolls: el.scrollWidth > el.clientWidth, focusable: el.tabIndex === 0 };
      }));
      for (const b of boxes) assert.deepEqual(b, { sel: b.sel, scrolls: true, focusable: true });
    }
    assert.deepEqual(await allProblems(), []);
    await page.close();
  });
}
