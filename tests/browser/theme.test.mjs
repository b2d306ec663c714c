// The theme beyond what axe checks: forced colours (Windows high contrast),
// reduced motion, the 3:1 contrast of focus rings and control borders (WCAG
// 1.4.11), and a publisher's custom properties winning over the defaults.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, VIEWPORTS, screenshot, overflow } from './harness.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const OPTIONS = encodeURIComponent(JSON.stringify({ ads: { after: 2, every: 3, max: 3 } }));
const PAGE = `/tests/browser/pages/article.html?src=/examples/articles/harbour-tides.json&options=${OPTIONS}`;
const rendered = '[data-broadsheet-state="rendered"]';

// WCAG's relative luminance and contrast ratio, from computed rgb() colours.
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

test('focus rings and the borders of buttons and fields have 3:1 contrast, light and dark', async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered });
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    const c = await page.evaluate(() => {
      const link = document.querySelector('.bs-share-list a');
      link.focus({ focusVisible: true });
      const s = getComputedStyle(link);
      return { bg: getComputedStyle(document.querySelector('.bs-article')).backgroundColor, outline: s.outlineColor, border: s.borderTopColor };
    });
    assert.ok(contrast(c.outline, c.bg) >= 3, `${colorScheme}: focus ${c.outline} on ${c.bg}`);
    assert.ok(contrast(c.border, c.bg) >= 3, `${colorScheme}: border ${c.border} on ${c.bg}`);
  }
  await page.close();
});

test('forced colours: icons, ad boxes and focus stay visible', async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered, viewport: VIEWPORTS.phone });
  await page.emulateMedia({ forcedColors: 'active' });
  const s = await page.evaluate(() => {
    const link = document.querySelector('.bs-share-list a');
    const icon = link.querySelector('.bs-icon');
    const button = document.querySelector('.bs-share-button');
    return {
      icon: getComputedStyle(icon).backgroundColor,
      text: getComputedStyle(link).color,
      buttonIcon: getComputedStyle(button.querySelector('.bs-icon')).backgroundColor,
      buttonText: getComputedStyle(button).color,
      ad: getComputedStyle(document.querySelector('.bs-ad-space')).borderTopStyle,
    };
  });
  assert.equal(s.icon, s.text, 'the icon is painted in the forced text colour');
  assert.equal(s.buttonIcon, s.buttonText, 'and on buttons too');
  assert.equal(s.ad, 'solid', 'the reserved ad box keeps an edge');
  assert.deepEqual(await overflow(page), []);
  await screenshot(page, 'harbour-tides-json-phone-forced-colors');
  await page.close();
});

test('reduced motion: no transitions', async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered });
  const duration = () => page.evaluate(() => getComputedStyle(document.querySelector('.bs-share-list a')).transitionDuration);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.notEqual(await duration(), '0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await duration(), '0s');
  await page.close();
});

test("a publisher's custom properties win over the defaults, whatever the order of the stylesheets", async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered });
  const kicker = () => page.evaluate(() => getComputedStyle(document.querySelector('.bs-kicker')).color);
  const before = await kicker();
  await page.evaluate(() => new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/tests/browser/pages/publisher.css';
    link.onload = resolve;
    document.head.prepend(link); // before broadsheet.css
  }));
  assert.notEqual(before, 'rgb(0, 90, 140)');
  assert.equal(await kicker(), 'rgb(0, 90, 140)');
  await page.close();
});

test('scrollbar-gutter: the page is as wide before the article arrives as after', async (t) => {
  // Classic scrollbars that take room, as on a desktop; the layout width is the
  // body's (the root's clientWidth ignores an empty gutter).
  const desktop = await setup({}, { scrollbars: true });
  t.after(() => desktop.close());
  const short = await desktop.open('/tests/browser/pages/article.html?src=/examples/articles/no-such-article.json', {
    waitFor: '[data-broadsheet-state="error"]',
  });
  const long = await desktop.open(PAGE, { waitFor: rendered });
  const measure = (p) => p.evaluate(() => ({
    width: document.body.getBoundingClientRect().width,
    scrolls: document.documentElement.scrollHeight > innerHeight,
  }));
  const before = await measure(short.page);
  const after = await measure(long.page);
  assert.equal(before.scrolls, false);
  assert.equal(after.scrolls, true);
  assert.ok(after.width < 1280, 'a scrollbar takes room');
  assert.equal(before.width, after.width);
  // Control: without the gutter the short page would be wider.
  await short.page.evaluate(() => (document.documentElement.style.scrollbarGutter = 'auto'));
  assert.equal((await measure(short.page)).width, 1280);
});
