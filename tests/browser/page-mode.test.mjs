// Page mode: each example rendered as a whole document by the Node shim, saved
// under test-output/pages/, then served with the strict CSP and audited like
// the drop-in (axe, sideways overflow, screenshots). It has no script of its
// own, so this is also what a reader without JavaScript gets.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { setup, VIEWPORTS, axe, overflow, screenshot, loadImages } from './harness.mjs';
import { ROOT } from '../../scripts/serve.mjs';
import { importShim } from '../dist.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const OUT = `${ROOT}/test-output/pages`;
const OPTIONS = { mode: 'page', stylesheet: '/dist/broadsheet.css', ads: { after: 2, every: 3, max: 3 } };
const articles = (await readdir(`${ROOT}/examples/articles`)).filter((n) => /\.(md|json)$/.test(n)).sort();

// Twins (the same article as Markdown and JSON) give the same bytes: one page each.
const { load } = await importShim();
const renderer = await load();
const pages = new Map();
for (const name of articles) {
  const { html } = renderer.render(await readFile(`${ROOT}/examples/articles/${name}`, 'utf8'), OPTIONS);
  pages.set(html, [...(pages.get(html) || []), name]);
}
await mkdir(OUT, { recursive: true });
const files = [];
for (const [html, names] of pages) {
  const file = `${names[0].replace(/\./g, '-')}.html`;
  await writeFile(`${OUT}/${file}`, html);
  files.push({ file, names });
}

for (const { file, names } of files) {
  test(`${names.join(' = ')} as a page: no axe violation, no sideways overflow, share links without JavaScript`, async () => {
    const { page, allProblems } = await env.open(`/test-output/pages/${file}`, { viewport: VIEWPORTS.phone });
    await page.waitForLoadState('load');
    await loadImages(page);
    assert.equal(await page.locator('h1').count(), 1);
    for (const size of ['phone', 'desktop']) {
      await page.setViewportSize(VIEWPORTS[size]);
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        assert.deepEqual(await axe(page), [], `axe, ${size} ${colorScheme}`);
        assert.deepEqual(await overflow(page), [], `overflow, ${size} ${colorScheme}`);
        await screenshot(page, `page-${file.replace(/\.html$/, '')}-${size}-${colorScheme}`);
      }
    }
    // Without the shim the plain share links are there and the JavaScript-only items stay hidden.
    assert.ok((await page.locator('.bs-share a[href]').count()) >= 7);
    assert.equal(await page.locator('.bs-share li[hidden]').count(), 3);
    assert.equal(await page.locator('.bs-share button').count(), 0);
    assert.deepEqual(await allProblems(), []);
    await page.close();
  });
}

test('print hides the share list and the ad slots', async () => {
  const { page } = await env.open(`/test-output/pages/${files[0].file}`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.locator('.bs-share').isVisible(), false);
  const ads = await page.locator('.bs-ad').all();
  assert.ok(ads.length >= 1, 'the page has an ad slot to hide');
  for (const ad of ads) assert.equal(await ad.isVisible(), false);
  assert.equal(await page.locator('.bs-body p').first().isVisible(), true);
  await page.pdf({ path: `${ROOT}/test-output/screenshots/page-print.pdf` }); // to look at
  await page.close();
});

test('with the script option, a page-mode document gets the buttons and the ad events, under the strict CSP', async () => {
  const source = await readFile(`${ROOT}/examples/articles/${articles[0]}`, 'utf8');
  const { html } = renderer.render(source, { ...OPTIONS, script: '/dist/broadsheet.js' });
  await writeFile(`${OUT}/with-script.html`, html);
  const { page, allProblems } = await env.open('/test-output/pages/with-script.html', { viewport: VIEWPORTS.desktop });
  await page.addInitScript(() => {
    window.__slots = [];
    document.addEventListener('broadsheet:adslot', (e) => window.__slots.push(e.detail.slot));
  });
  await page.reload();
  await page.waitForSelector('.bs-share-copy button');
  assert.equal(await page.locator('.bs-share-copy button').textContent(), 'Copy link');
  assert.equal(await page.locator('.bs-share-mastodon button').count(), 1);
  const slots = await page.locator('.bs-ad').count();
  assert.ok(slots >= 1);
  assert.deepEqual(await page.evaluate(() => window.__slots), Array.from({ length: slots }, (_, i) => i + 1));
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('a page whose article and site give no language says lang="und", and axe accepts it; the site option wins over it', async () => {
  const source = '---\ntitle: Lantern parade tonight\ndate: 2024-11-05\nauthor: Mei Lin and George Adamu\n---\nFour hundred lanterns.\n';
  const { html } = renderer.render(source, OPTIONS);
  assert.match(html, /^<!DOCTYPE html>\n<html lang="und" dir="ltr">/);
  await writeFile(`${OUT}/no-language.html`, html);
  const { page, allProblems } = await env.open('/test-output/pages/no-language.html', { viewport: VIEWPORTS.desktop });
  assert.deepEqual(await axe(page), []);
  assert.deepEqual(await allProblems(), []);
  await page.close();
  assert.match(renderer.render(source, { ...OPTIONS, lang: 'en-GB' }).html, /^<!DOCTYPE html>\n<html lang="en-GB" dir="ltr">/);
});

test('theme and layout options: the page keeps its colours against the system, and the wide lead is wider than the text', async () => {
  const source = await readFile(`${ROOT}/examples/articles/harbour-tides.md`, 'utf8');
  const found = {};
  for (const theme of ['light', 'dark', 'host', 'auto']) {
    const { html } = renderer.render(source, { ...OPTIONS, theme, layout: 'wide-lead' });
    await writeFile(`${OUT}/theme-${theme}.html`, html);
    const { page, allProblems } = await env.open(`/test-output/pages/theme-${theme}.html`,
      { colorScheme: theme === 'light' ? 'dark' : 'light' });  // the system says the opposite of the option
    await page.waitForLoadState('load');
    found[theme] = await page.evaluate(() => {
      const lead = document.querySelector('.bs-lead img'), text = document.querySelector('.bs-body p');
      return { bg: getComputedStyle(document.body).backgroundColor, scheme: getComputedStyle(document.documentElement).colorScheme,
        lead: lead.getBoundingClientRect().width, text: text.getBoundingClientRect().width };
    });
    assert.ok(found[theme].lead > found[theme].text + 100, `${theme}: lead ${found[theme].lead} px, text ${found[theme].text} px`);
    assert.deepEqual(await axe(page), [], `axe, theme ${theme}`);
    assert.deepEqual(await allProblems(), []);
    await page.close();
  }
  const light = (rgb) => rgb.match(/\d+/g).slice(0, 3).every((n) => Number(n) > 200);
  assert.ok(light(found.light.bg), `light in a dark system: ${found.light.bg}`);
  assert.ok(!light(found.dark.bg), `dark in a light system: ${found.dark.bg}`);
  assert.equal(found.host.bg, 'rgba(0, 0, 0, 0)', 'host: no background of its own');
  assert.equal(found.host.scheme, 'normal');
  assert.equal(found.auto.scheme, 'light dark');
});
