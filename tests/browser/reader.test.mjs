// The offline reader (examples/reader/) as a reader uses it: the service
// worker takes the page on the first visit; two saved articles open, with
// their images, after the network is switched off; an unsaved one says so;
// a rebuilt dist/ is offered as "A new version is ready — Reload" and the
// saved articles survive it; a save that hits the storage quota leaves
// nothing behind. The server serves a copy of the app whose dist/ and
// version.js the test can rebuild, exactly as `make dist` + stamp.mjs would,
// and a copy of the articles, which it can edit as a newsroom would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { appendFile, cp, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axe, loadImages, overflow, screenshot, setup, VIEWPORTS } from './harness.mjs';
import { ROOT } from '../../scripts/serve.mjs';
import { stamp } from '../../examples/reader/stamp.mjs';

const APP = '/examples/reader/';
const HARBOUR = { src: '/examples/articles/harbour-tides.md', headline: 'Port authority rewrites the tide tables after a century of silt' };
const FERRY = { src: '/examples/articles/night-ferry.json', headline: 'The last night ferry keeps its timetable, for now',
  section: 'Transport', date: '18 February 2026, 21:05 UTC', url: 'https://gazette.example/2026/02/night-ferry-survives', images: 1 };
const LIGHTHOUSE = { src: '/examples/articles/lighthouse-logbooks.md', headline: "A century of the lighthouse keepers' logbooks goes on public shelves",
  section: 'Heritage', date: '19 March 2026, 09:00 UTC', url: 'https://gazette.example/2026/03/lighthouse-logbooks', images: 2 };
const UNSAVED = '/examples/articles/steppe-library.md';
const OFFLINE_NOTICE = "You are offline. This article isn't saved.";

let env, site, reader; // reader: one browser context, kept across the tests below as a reader's browser is
const ready = 'html[data-ready]';

async function stampSite() {
  const text = await stamp({ reader: join(site, 'examples/reader'), dist: join(site, 'dist') });
  await writeFile(join(site, 'examples/reader/version.js'), text);
  return /"version": "(\w+)"/.exec(text)[1];
}

before(async () => {
  // The served site: the app's files linked, dist/ copied (so it can be "rebuilt"), version.js stamped.
  site = await mkdtemp(join(tmpdir(), 'broadsheet-reader-'));
  await mkdir(join(site, 'examples/reader'), { recursive: true });
  for (const name of await readdir(join(ROOT, 'examples/reader'))) {
    if (name !== 'version.js') await symlink(join(ROOT, 'examples/reader', name), join(site, 'examples/reader', name));
  }
  for (const dir of ['examples/media', 'node_modules']) await symlink(join(ROOT, dir), join(site, dir));
  for (const dir of ['dist', 'examples/articles']) await cp(join(ROOT, dir), join(site, dir), { recursive: true });
  await stampSite();
  env = await setup({ root: site, dist: join(site, 'dist') });
});
after(async () => {
  await env?.close();
  if (site) await rm(site, { recursive: true, force: true });
});

async function go(page, path) {
  await page.goto(env.server.url + path);
  await page.waitForSelector(ready, { state: 'attached', timeout: 15000 });
}
const articlePath = (src) => `${APP}?src=${src}`;
// Offline, the one request that must fail is the unsaved article's; anything else is a bug.
const unexpected = (problems) => problems.filter((p) => p !== 'console error: Failed to load resource: net::ERR_FAILED');

async function saveThis(page) {
  await page.getByRole('button', { name: 'Save for offline' }).click();
  await page.waitForFunction(() => /^Saved for offline|Nothing was saved/.test(document.getElementById('save-status').textContent));
  return page.locator('#save-status').textContent();
}

/** How many records the reader's IndexedDB holds, read directly. */
const stored = (page) => page.evaluate(() => new Promise((resolve) => {
  indexedDB.open('broadsheet-reader').onsuccess = ({ target: { result: db } }) => {
    const tx = db.transaction(['articles', 'images']);
    const counts = {};
    for (const name of ['articles', 'images']) tx.objectStore(name).count().onsuccess = (e) => (counts[name] = e.target.result);
    tx.oncomplete = () => resolve(counts);
  };
}));

// With the network off axe-core cannot be fetched from the server, so it is
// evaluated through the DevTools protocol (which the page's CSP does not govern).
async function axeOffline(page) {
  await page.evaluate(await readFile(join(ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8'));
  return axe(page);
}

async function shoot(page, name) {
  // 400 % zoom: 320 CSS pixels wide, nothing may stick out sideways (WCAG 1.4.10).
  await page.setViewportSize(VIEWPORTS.zoom400);
  assert.deepEqual(await overflow(page), [], `${name} at 400 % zoom`);
  for (const [size, viewport] of [['phone', VIEWPORTS.phone], ['desktop', VIEWPORTS.desktop]]) {
    for (const colorScheme of ['light', 'dark']) {
      await page.setViewportSize(viewport);
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await overflow(page), [], `${name} at ${size} in ${colorScheme}`);
      await screenshot(page, `reader-${name}-${size}-${colorScheme}`);
    }
  }
  await page.setViewportSize(VIEWPORTS.desktop);
  await page.emulateMedia({ colorScheme: 'light' });
}

test('the service worker controls the page after the first load; the app is installable', async () => {
  reader = await env.open(APP, { waitFor: ready, permissions: ['clipboard-read', 'clipboard-write'] });
  const { page } = reader;
  await page.waitForFunction(() => navigator.serviceWorker.controller?.state === 'activated', null, { timeout: 15000 });
  assert.match(await page.locator('.app-footer').textContent(), /Version [0-9a-f]{12}\./);
  const manifest = await page.evaluate(async () => {
    const href = document.querySelector('link[rel="manifest"]').href;
    const json = await (await fetch(href)).json();
    const icons = await Promise.all(json.icons.map(async (icon) => {
      const response = await fetch(new URL(icon.src, href));
      const blob = await response.blob();
      let size = 'any';
      if (icon.type === 'image/png') {
        const bitmap = await createImageBitmap(blob);
        size = `${bitmap.width}x${bitmap.height}`;
      }
      return { sizes: icon.sizes, purpose: icon.purpose, type: response.headers.get('Content-Type'), size };
    }));
    return { ...json, icons };
  });
  assert.equal(manifest.display, 'standalone');
  assert.equal(manifest.start_url, './');
  assert.equal(manifest.scope, './');
  assert.ok(manifest.name && manifest.short_name && manifest.theme_color && manifest.background_color);
  for (const icon of manifest.icons) if (icon.size !== 'any') assert.equal(icon.size, icon.sizes, 'each PNG is the size it claims');
  assert.deepEqual(manifest.icons.map((i) => `${i.sizes} ${i.purpose} ${i.type}`), [
    'any any image/svg+xml', '192x192 any image/png', '512x512 any image/png', '512x512 maskable image/png']);
  // Chromium's own verdict: the manifest parses cleanly, and the app could be
  // installed but for the test's profile, which is incognito-like.
  const cdp = await page.context().newCDPSession(page);
  assert.deepEqual((await cdp.send('Page.getAppManifest')).errors, []);
  const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors');
  assert.deepEqual(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito'), []);
  await cdp.detach(); // a second DevTools session would get in the way of Playwright's offline mode
  assert.deepEqual(await axe(page), []);
  await shoot(page, 'home');
  assert.deepEqual(await reader.allProblems(), []);
});

test('two saved articles open with the network off, with their images; an unsaved one shows the offline notice', async () => {
  const { page } = reader;
  for (const article of [LIGHTHOUSE, FERRY]) {
    await go(page, articlePath(article.src));
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), article.headline);
    assert.match(await saveThis(page), new RegExp(`^Saved for offline \\(\\d+\u00a0KB, with ${article.images} images?\\)\\.$`));
    assert.equal(await page.getByRole('button', { name: 'Remove from saved' }).count(), 1);
  }
  await page.context().setOffline(true);
  await go(page, APP);
  assert.equal(await page.locator('#connection').textContent(), 'Offline: saved articles only');
  const cards = page.locator('#saved-list > li');
  assert.equal(await cards.count(), 2);
  for (const [i, article] of [FERRY, LIGHTHOUSE].entries()) { // the last saved first
    const card = cards.nth(i);
    assert.equal(await card.locator('h3').textContent(), article.headline);
    assert.equal(await card.locator('.card-section').textContent(), article.section);
    assert.match(await card.locator('.card-meta').textContent(), new RegExp(`^${article.date} · \\d+ min read · \\d+\u00a0KB$`));
    assert.equal(await card.getByRole('button', { name: `Remove “${article.headline}” from saved` }).count(), 1);
  }
  assert.deepEqual(await page.locator('#latest .card-meta span').allTextContents(), ['Needs a connection', 'Saved', 'Needs a connection', 'Saved']);
  assert.match(await page.locator('#storage').textContent(), /^2 saved articles, \d+\u00a0KB\. With the app itself, this site stores .+ of the .+ the browser allows it\. /);
  assert.deepEqual(await axeOffline(page), []);
  await shoot(page, 'home-offline');

  for (const article of [FERRY, LIGHTHOUSE]) {
    await page.locator('#saved-list').getByRole('link', { name: article.headline }).click();
    await page.waitForSelector(ready, { state: 'attached' });
    assert.equal(page.url(), env.server.url + articlePath(article.src), 'the article has its own address');
    assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), article.headline);
    assert.equal(await page.locator('#save-status').textContent(), 'No connection: this is your saved copy.');
    await loadImages(page);
    const images = await page.locator('.bs-article img').evaluateAll((imgs) => imgs.map((img) => img.naturalWidth));
    assert.equal(images.length, article.images);
    assert.ok(images.every((w) => w > 0), `every image shows offline: ${images}`);
    // The share list is still there, and "Copy link" still copies.
    assert.equal(await page.getByRole('link', { name: 'Share by email' }).isVisible(), true);
    await page.getByRole('button', { name: 'Copy link' }).click();
    await page.waitForFunction(() => document.querySelector('.bs-share [role="status"]')?.textContent === 'Link copied');
    assert.equal(await page.evaluate(() => navigator.clipboard.readText()), article.url);
    await page.goBack();
    await page.waitForSelector(ready, { state: 'attached' });
    assert.equal(await page.locator('#saved-title').textContent(), 'Saved for offline', 'the back button returns to the list');
  }

  // The reading position of a saved article comes back, offline too: the
  // same paragraph at the top of the window.
  await go(page, articlePath(LIGHTHOUSE.src));
  const topParagraph = () => page.evaluate(() => [...document.querySelectorAll('.bs-body p')]
    .find((p) => p.getBoundingClientRect().bottom > 0)?.textContent.slice(0, 40));
  await page.evaluate(() => [...document.querySelectorAll('.bs-body p')].find((p) => p.textContent.startsWith('Between')).scrollIntoView());
  const reading = await topParagraph();
  assert.ok(reading.startsWith('Between the weather there are ships.'), reading);
  await page.waitForTimeout(400); // the position is written a quarter second after scrolling stops
  await page.reload();
  await page.waitForSelector(ready, { state: 'attached' });
  assert.equal(await topParagraph(), reading);
  await page.evaluate(() => scrollTo(0, 0));
  await shoot(page, 'article-offline');

  await go(page, articlePath(UNSAVED));
  const notice = page.getByRole('alert');
  assert.equal(await notice.locator('h1').textContent(), OFFLINE_NOTICE);
  assert.equal(await page.locator('.bs-article').count(), 0);
  assert.equal(await page.getByRole('button', { name: 'Save for offline' }).count(), 0, 'nothing to save');
  assert.equal(await page.getByRole('link', { name: 'Your saved articles' }).count(), 1);
  assert.deepEqual(await axeOffline(page), []);
  await shoot(page, 'unsaved-offline');
  assert.deepEqual(unexpected(await reader.allProblems()), []);
});

test('a rebuilt dist/ is offered as "A new version is ready — Reload"; after it the new version runs and the saved articles remain', async () => {
  const { page } = reader;
  await page.context().setOffline(false);
  await go(page, APP);
  const before = await page.evaluate(() => caches.keys());
  assert.equal(before.length, 1);
  assert.equal(await page.locator('#update').isVisible(), false, 'nothing to offer while the build is the same');
  // "make dist" again, with a changed stylesheet, and the stamp that make demo runs after it.
  await appendFile(join(site, 'dist/broadsheet.css'), '\n/* rebuilt */\n');
  const next = await stampSite();
  assert.notEqual(`broadsheet-reader-${next}`, before[0]);
  await page.reload();
  await page.waitForSelector('#update:not([hidden])', { timeout: 15000 });
  assert.equal((await page.locator('#update').textContent()).replace(/\s+/g, ' ').trim(), 'A new version is ready — Reload');
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'reader-update-desktop-light');
  await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Reload' }).click()]);
  await page.waitForSelector(ready, { state: 'attached' });
  assert.equal(await page.locator('.app-footer').textContent().then((t) => /Version (\w+)\./.exec(t)[1]), next);
  assert.equal(await page.locator('#update').isVisible(), false);
  await page.waitForFunction((name) => caches.keys().then((keys) => keys.join() === name), `broadsheet-reader-${next}`, { timeout: 5000 })
    .catch(() => {});
  assert.deepEqual(await page.evaluate(() => caches.keys()), [`broadsheet-reader-${next}`], 'the old version\'s cache is gone');
  assert.match(await page.evaluate(() => fetch('../../dist/broadsheet.css').then((r) => r.text())), /\/\* rebuilt \*\/\s*$/);
  assert.equal(await page.locator('#saved-list > li').count(), 2);
  // The newsroom corrects a saved article: read online, the saved copy follows.
  const ferryFile = join(site, FERRY.src);
  const correction = 'Correction: an earlier version of this article gave the wrong vote.';
  const ferry = JSON.parse(await readFile(ferryFile, 'utf8'));
  await writeFile(ferryFile, JSON.stringify({ ...ferry, articleBody: `${ferry.articleBody}\n${correction}\n` }));
  await go(page, articlePath(FERRY.src));
  assert.match(await page.locator('#save-status').textContent(), /^Saved for offline on \d{1,2} [A-Z][a-z]+\.$/);
  await page.waitForFunction(async (src) => (await (await import('./saved.mjs')).getSaved(new URL(src, location.href).href))
    ?.source.includes('Correction:'), FERRY.src, { timeout: 5000 });
  // And offline the new version still opens the saved articles, as corrected.
  await page.context().setOffline(true);
  await go(page, articlePath(FERRY.src));
  assert.equal(await page.getByRole('heading', { level: 1 }).textContent(), FERRY.headline);
  assert.equal(await page.locator('.bs-body p').last().textContent(), correction);
  await page.context().setOffline(false);

  // Remove, from the Saved list: the article and its image go; the other stays.
  await go(page, APP);
  await page.getByRole('button', { name: `Remove “${LIGHTHOUSE.headline}” from saved` }).click();
  await page.waitForFunction(() => document.getElementById('saved-status').textContent.startsWith('Removed'));
  assert.equal(await page.locator('#saved-status').textContent(), `Removed “${LIGHTHOUSE.headline}”.`);
  assert.deepEqual(await page.locator('#saved-list h3').allTextContents(), [FERRY.headline]);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'saved-title', 'focus goes to the list, not to the top of the page');
  assert.deepEqual(await stored(page), { articles: 1, images: 1 });
  assert.deepEqual(unexpected(await reader.allProblems()), []);
});

test('a quota error after the article is written rolls it back: nothing half-saved, and the reader is told', async () => {
  // The storage refuses the first image: by then the article's record is
  // written in the same transaction, so only a real rollback leaves nothing.
  const { page, allProblems } = await env.open(articlePath(HARBOUR.src), {
    waitFor: ready,
    init: () => {
      window.__writes = [];
      const put = IDBObjectStore.prototype.put;
      IDBObjectStore.prototype.put = function (...args) {
        window.__writes.push(this.name);
        if (this.name === 'images') throw new DOMException('Quota exceeded.', 'QuotaExceededError');
        return put.apply(this, args);
      };
    },
  });
  assert.equal(await saveThis(page), "There isn't enough storage space to save this article. Nothing was saved; remove a saved article or free some space and try again.");
  assert.deepEqual(await page.evaluate(() => window.__writes), ['articles', 'images']);
  assert.equal(await page.getByRole('button', { name: 'Save for offline' }).count(), 1);
  assert.deepEqual(await stored(page), { articles: 0, images: 0 });
  await go(page, APP);
  assert.equal(await page.locator('#saved-list > li').count(), 0);
  assert.equal(await page.locator('#saved-empty').isVisible(), true);
  // The documented size cap refuses before writing anything.
  const tooLarge = await page.evaluate(async () => {
    const { saveArticle } = await import('./saved.mjs');
    try {
      await saveArticle({ src: `${location.origin}/big.md`, type: 'text/markdown', source: 'x'.repeat(5 * 1024 * 1024 + 1), meta: {}, images: [] });
      return 'saved';
    } catch (error) {
      return error.message;
    }
  });
  assert.equal(tooLarge, 'This article is too large to save (5.0\u00a0MB with its images; the limit is 5.0\u00a0MB). Nothing was saved.');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test("Chromium's own quota, set just above what the site uses, refuses the save: nothing is kept, and the reader is told", async () => {
  const { page, allProblems } = await env.open(articlePath(HARBOUR.src), { waitFor: ready });
  await page.waitForFunction(() => navigator.serviceWorker.controller, null, { timeout: 15000 });
  const cdp = await page.context().newCDPSession(page);
  const { usage } = await page.evaluate(() => navigator.storage.estimate());
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: env.server.url, quotaSize: usage + 1000 });
  assert.match(await saveThis(page), /^There isn't enough storage space to save this article\. Nothing was saved;/);
  assert.deepEqual(await stored(page), { articles: 0, images: 0 });
  // The control: with the quota back, the same save succeeds.
  await cdp.send('Storage.overrideQuotaForOrigin', { origin: env.server.url });
  assert.match(await saveThis(page), /^Saved for offline/);
  assert.deepEqual(await stored(page), { articles: 1, images: 1 });
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('reader controls: reached and named by keyboard, applied at once, kept across visits', async () => {
  const { page, allProblems } = await env.open(articlePath(HARBOUR.src), { waitFor: ready, viewport: VIEWPORTS.phone });
  const summary = page.locator('.settings > summary');
  for (let i = 0; i < 6 && !(await summary.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  assert.equal(await summary.evaluate((el) => el === document.activeElement), true, 'Tab reaches "Reading settings"');
  await page.keyboard.press('Enter');
  for (const name of ['Text size', 'Theme', 'Line width']) assert.equal(await page.getByRole('group', { name }).isVisible(), true);
  await page.getByRole('radio', { name: 'As the device' }).focus();
  await page.keyboard.press('ArrowDown'); // Light
  await page.keyboard.press('ArrowDown'); // Dark
  assert.equal(await page.getByRole('radio', { name: 'Dark' }).isChecked(), true);
  await page.getByRole('radio', { name: 'Larger' }).check();
  await page.getByRole('radio', { name: 'Narrow' }).check();
  const look = () => page.evaluate(() => ({
    theme: document.documentElement.dataset.theme,
    background: getComputedStyle(document.body).backgroundColor,
    fontSize: getComputedStyle(document.documentElement).fontSize,
  }));
  assert.deepEqual(await look(), { theme: 'dark', background: 'rgb(21, 21, 21)', fontSize: '20px' });
  assert.deepEqual(await axe(page), []);
  await screenshot(page, 'reader-settings-phone-dark');
  await page.keyboard.press('Escape');
  assert.equal(await summary.evaluate((el) => el === document.activeElement && !el.parentElement.open), true);
  await page.reload();
  await page.waitForSelector(ready, { state: 'attached' });
  assert.deepEqual(await look(), { theme: 'dark', background: 'rgb(21, 21, 21)', fontSize: '20px' });
  await summary.click();
  assert.equal(await page.getByRole('radio', { name: 'Dark' }).isChecked(), true);
  await page.getByRole('radio', { name: 'Sepia' }).check();
  await summary.click();
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(await overflow(page), []);
  await screenshot(page, 'reader-article-sepia-larger-phone');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});
