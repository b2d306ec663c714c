// Layout shift as Chromium reports it (PerformanceObserver 'layout-shift',
// buffered, the sum the Core Web Vitals call CLS) while an article arrives:
// - the drop-in, with the article held back by the network for a moment so the
//   fallback teaser is painted first, as it is on a real connection: the theme
//   keeps one screen (or the publisher's --bs-reserve) for the article while it
//   loads, so the host's footer does not jump;
// - a page pre-rendered by examples/prerender.mjs, where the script only adds
//   the share buttons that need it (hydrate): nothing moves at all.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { setup, VIEWPORTS } from './harness.mjs';
import { ROOT } from '../../scripts/serve.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const rendered = '[data-broadsheet-state="rendered"]';

// Runs in the page before its scripts: records every shift from the first paint on.
function recordShifts() {
  window.__shifts = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts.push(e.value);
  }).observe({ type: 'layout-shift', buffered: true });
}

// The article (not the page, not the module) answers after `ms`.
const slowArticle = (ms) => (ctx) => ctx.route((url) => /^\/examples\/articles\/[^/]+\.(json|md)$/.test(url.pathname), async (route) => {
  await new Promise((done) => setTimeout(done, ms));
  await route.continue();
});

async function cls(page) {
  await page.waitForTimeout(500); // the last frames after the render
  return page.evaluate(() => window.__shifts.reduce((sum, v) => sum + v, 0));
}

// Opens a drop-in page with the article 800 ms away; `before` runs in the page first.
async function openSlow(path, viewport, before) {
  return env.open(path, { viewport, route: slowArticle(800), waitFor: rendered,
    init: before ? new Function(`(${recordShifts})(); (${before})();`) : recordShifts });
}

const measured = {};
after(() => console.log(`# CLS measured: ${JSON.stringify(measured)}`));

for (const path of ['/examples/index.html', '/examples/host-light.html', '/examples/host-dark.html']) {
  for (const size of ['phone', 'desktop']) {
    test(`the drop-in on ${path} at ${size}: CLS under 0.1 while the article arrives`, async () => {
      const { page, allProblems } = await openSlow(path, VIEWPORTS[size]);
      const value = await cls(page);
      measured[`${path} ${size}`] = Number(value.toFixed(4));
      assert.ok(value < 0.1, `CLS ${value}`);
      assert.deepEqual(await allProblems(), []);
      await page.close();
    });
  }
}

test('control: without the reserved screen, the footer of the host page jumps', async () => {
  const { page } = await openSlow('/examples/host-light.html', VIEWPORTS.phone, () =>
    document.addEventListener('readystatechange', () =>
      document.querySelector('[data-broadsheet-src]')?.style.setProperty('--bs-reserve', '0px'), { once: true }));
  const value = await cls(page);
  measured['host-light phone, --bs-reserve: 0px'] = Number(value.toFixed(4));
  assert.ok(value >= 0.1, `CLS ${value}`);
  await page.close();
});

test("the reserve is the publisher's --bs-reserve while loading, and nothing once rendered or failed", async () => {
  const { page } = await env.open('/examples/host-light.html', { viewport: VIEWPORTS.phone, route: slowArticle(1500),
    init: () => document.addEventListener('readystatechange', () =>
      document.querySelector('[data-broadsheet-src]')?.style.setProperty('--bs-reserve', '1234px'), { once: true }) });
  const reserve = () => page.evaluate(() => {
    const el = document.querySelector('[data-broadsheet-src]');
    return { state: el.dataset.broadsheetState, min: getComputedStyle(el).minHeight };
  });
  await page.waitForSelector('[data-broadsheet-state="loading"]', { state: 'attached' });
  assert.deepEqual(await reserve(), { state: 'loading', min: '1234px' });
  await page.waitForSelector(rendered, { state: 'attached' });
  assert.deepEqual(await reserve(), { state: 'rendered', min: '0px' }); // auto: nothing kept
  await page.close();

  // A failed article gives the space back: the fallback and the notice are short.
  const failed = await env.open('/tests/browser/pages/article.html?src=/examples/articles/no-such-article.json', {
    viewport: VIEWPORTS.phone, waitFor: '[data-broadsheet-state="error"]' });
  assert.equal(await failed.page.evaluate(() => getComputedStyle(document.querySelector('[data-broadsheet-src]')).minHeight), '0px');
  await failed.page.close();
});

test('without JavaScript nothing is reserved: the fallback teaser is all there is', async () => {
  const ctx = await env.browser.newContext({ javaScriptEnabled: false, viewport: VIEWPORTS.phone });
  const page = await ctx.newPage();
  await page.goto(`${env.server.url}/examples/host-light.html`);
  const [min, footerTop] = await page.evaluate(() => [getComputedStyle(document.querySelector('[data-broadsheet-src]')).minHeight,
    document.querySelector('.site-footer').getBoundingClientRect().top]);
  assert.equal(min, '0px');
  assert.ok(footerTop < VIEWPORTS.phone.height, `the footer follows the teaser (at ${footerTop}px)`);
  await ctx.close();
});

test('a pre-rendered page (examples/prerender.mjs) hydrates with CLS 0, read from the top or from the share list', async () => {
  const out = 'test-output/prerendered';
  await promisify(execFile)(process.execPath, ['examples/prerender.mjs', out], { cwd: ROOT });
  for (const size of ['phone', 'desktop']) {
    for (const where of ['top', 'share list']) {
      // The script is held back, so the page is painted before it adds the buttons.
      const { page, allProblems } = await env.open(`/${out}/harbour-tides-json.html`, {
        viewport: VIEWPORTS[size],
        waitFor: '.bs-share-copy button',
        route: (ctx) => ctx.route((url) => url.pathname === '/dist/broadsheet.js', async (route) => {
          await new Promise((done) => setTimeout(done, 500));
          await route.continue();
        }),
        init: where === 'top' ? recordShifts : new Function(`(${recordShifts})();
          document.addEventListener('readystatechange', () => document.querySelector('.bs-share').scrollIntoView({ block: 'end' }), { once: true });`),
      });
      if (where !== 'top') assert.ok(await page.evaluate(() => scrollY > 0), 'the reader is at the share list');
      const value = await cls(page);
      measured[`prerendered ${size} ${where}`] = value;
      assert.equal(value, 0, `${size}, ${where}`);
      assert.deepEqual(await allProblems(), []);
      await page.close();
    }
  }
});
