// A right-to-left article (Arabic) is the mirror image of a left-to-right one:
// the theme uses logical properties only, so text, rules, lists, tables and
// the share list all start on the right. Audited like every other article.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, VIEWPORTS, axe, overflow, fillAdSlotsAndMeasureShifts, screenshot, loadImages } from './harness.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const OPTIONS = JSON.stringify({ ads: { after: 1, every: 3, max: 2 } });
const PAGE = `/tests/browser/pages/article.html?src=/tests/browser/pages/rtl-ar.md&options=${encodeURIComponent(OPTIONS)}`;

for (const size of ['phone', 'desktop', 'zoom400']) {
  test(`an Arabic article at ${size} is mirrored, with no axe violation and no sideways overflow`, async () => {
    const { page, allProblems } = await env.open(PAGE, { viewport: VIEWPORTS[size], waitFor: '[data-broadsheet-state="rendered"]' });
    await page.waitForLoadState('load');
    await loadImages(page);
    const layout = await page.evaluate(() => {
      const box = (sel) => document.querySelector(sel).getBoundingClientRect();
      const style = (sel) => getComputedStyle(document.querySelector(sel));
      const content = document.querySelector('.bs-body').getBoundingClientRect();
      const items = [...document.querySelectorAll('.bs-share-list > li:not([hidden])')].map((li) => li.getBoundingClientRect());
      return {
        direction: style('.bs-article').direction,
        contentRight: content.right,
        headlineAlign: style('.bs-headline').textAlign,
        quoteRight: style('.bs-body blockquote').borderRightWidth,
        quoteLeft: style('.bs-body blockquote').borderLeftWidth,
        listPaddingRight: parseFloat(style('.bs-body ul').paddingRight),
        listPaddingLeft: parseFloat(style('.bs-body ul').paddingLeft),
        thAlign: style('.bs-table th').textAlign,
        shareRow: items.filter((r) => Math.abs(r.top - items[0].top) < 1).map((r) => Math.round(r.right)),
        tocOrKicker: box('.bs-kicker').right,
      };
    });
    assert.equal(layout.direction, 'rtl');
    assert.equal(layout.headlineAlign, 'start');
    assert.equal(layout.quoteRight, '4px', 'the quote rule is on the right');
    assert.equal(layout.quoteLeft, '0px');
    assert.ok(layout.listPaddingRight > 0 && layout.listPaddingLeft === 0, 'list markers on the right');
    assert.equal(layout.thAlign, 'start');
    assert.ok(Math.abs(layout.tocOrKicker - layout.contentRight) < 1, 'the kicker starts at the right edge');
    // The share list starts at the right edge and runs leftwards.
    assert.ok(Math.abs(layout.shareRow[0] - layout.contentRight) < 1, `${layout.shareRow} vs ${layout.contentRight}`);
    assert.ok(layout.shareRow.every((right, i) => i === 0 || right < layout.shareRow[i - 1]), `${layout.shareRow}`);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axe(page), [], `axe, ${colorScheme}`);
      assert.deepEqual(await overflow(page), [], `overflow, ${colorScheme}`);
      await screenshot(page, `rtl-ar-${size}-${colorScheme}`);
    }
    const { shifts } = await fillAdSlotsAndMeasureShifts(page);
    assert.deepEqual(shifts, []);
    assert.deepEqual(await allProblems(), []);
    await page.close();
  });
}
