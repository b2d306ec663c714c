// <broadsheet-article>: the drop-in as a custom element. Options as attributes
// or JSON, light DOM, the drop-in's events and notice, one module instance for
// every element, and loading="lazy" waiting until the reader comes near.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, axe } from './harness.mjs';

let env;
before(async () => { env = await setup(); });
after(async () => { await env?.close(); });

const PAGE = '/tests/browser/pages/element.html';
const state = (page, id) => page.locator(`#${id}`).getAttribute('data-broadsheet-state');

async function openPage() {
  const wasmRequests = [];
  const opened = await env.open(PAGE, {
    waitFor: '#attributes[data-broadsheet-state="rendered"]',
    route: (ctx) => ctx.route((url) => url.pathname.endsWith('.wasm'), (r) => {
      wasmRequests.push(r.request().url());
      return r.continue();
    }),
  });
  await opened.page.waitForSelector('#json[data-broadsheet-state="rendered"]', { state: 'attached' });
  await opened.page.waitForSelector('#broken[data-broadsheet-state="error"]', { state: 'attached' });
  return { ...opened, wasmRequests };
}

test('articles render into the element itself (light DOM), one module for all', async () => {
  const { page, problems, allProblems, wasmRequests } = await openPage();
  assert.equal(await page.locator('broadsheet-article#json > article.bs-article h1').count(), 1);
  assert.equal(await page.evaluate(() => document.querySelector('#json').shadowRoot), null);
  assert.equal(await page.locator('#json .fallback').count(), 0, 'the fallback is replaced');
  assert.equal(await page.evaluate(() => getComputedStyle(document.querySelector('#json')).display), 'block');
  assert.equal(wasmRequests.length, 1, `one request for broadsheet.wasm: ${wasmRequests}`);
  const events = await page.evaluate(() => window.__events.map((e) => e.type));
  assert.equal(events.filter((t) => t === 'render').length, 2);
  assert.equal(events.filter((t) => t === 'error').length, 1);
  // The one console error is the broken element's.
  const lines = (await allProblems()).filter((l) => !/Failed to load resource/.test(l));
  assert.equal(lines.length, 1, lines.join('\n'));
  assert.match(lines[0], /Broadsheet could not render \/examples\/articles\/harbour-tides\.json: options\.share\.networks\[1\]: unknown network "myspace"/);
  assert.ok(problems.length >= 1);
  await page.close();
});

test('options as attributes override the JSON options attribute', async () => {
  const { page } = await openPage();
  const el = page.locator('#attributes');
  // share="x copy" wins over "share": false; ads come from the JSON (after 1, every 2, max 2); toc="false".
  assert.deepEqual(await el.locator('.bs-share-item').evaluateAll((lis) => lis.map((li) => li.className)),
    ['bs-share-item bs-share-x', 'bs-share-item bs-share-copy']);
  assert.equal(await el.locator('.bs-ad').count(), 2);
  assert.equal(await el.locator('.bs-toc').count(), 0);
  assert.equal(await el.getByRole('link', { name: 'night shift' }).getAttribute('href'), '/topics/night%20shift', 'tag-url');
  assert.equal(await el.getByRole('button', { name: 'Copy link' }).count(), 1, 'enhanced like the drop-in');
  await page.close();
});

test('a failure keeps the fallback and shows the notice from the notice attribute', async () => {
  const { page } = await openPage();
  const el = page.locator('#broken');
  assert.equal(await el.locator('.fallback').isVisible(), true);
  assert.equal((await el.getByRole('alert').textContent()).trim(), 'Article indisponible.');
  await page.close();
});

test('loading="lazy" renders only when the reader comes near', async () => {
  const { page, allProblems } = await openPage();
  await page.waitForTimeout(300);
  assert.equal(await state(page, 'lazy'), null, 'not rendered while far away');
  await page.locator('#lazy').scrollIntoViewIfNeeded();
  await page.waitForSelector('#lazy[data-broadsheet-state="rendered"]', { state: 'attached', timeout: 10000 });
  assert.equal(await page.locator('#lazy .bs-article h1').count(), 1);
  // Three articles on one page: each names its share list and contents box
  // after its own headline, so every landmark is unique (landmark-unique).
  assert.deepEqual(await axe(page), []);
  const shareNames = await page.locator('.bs-share').evaluateAll((navs) =>
    navs.map((n) => n.getAttribute('aria-labelledby').split(' ').map((id) => document.getElementById(id).textContent).join(' ')));
  assert.equal(new Set(shareNames).size, shareNames.length, shareNames.join(' | '));
  assert.equal(await page.locator('.bs-toc').count(), 2, 'two contents boxes (toc="true"), named apart as well');
  assert.equal((await allProblems()).filter((l) => !/Failed to load resource|could not render/.test(l)).length, 0);
  await page.close();
});

test('changing src renders the new article; moving the element does not render again', async () => {
  const { page } = await openPage();
  const renders = await page.evaluate(async () => {
    const el = document.querySelector('#json');
    let count = 0;
    el.addEventListener('broadsheet:render', () => count++);
    document.querySelector('main').append(el); // moved: same attributes, nothing to do
    await new Promise((r) => setTimeout(r, 300));
    const moved = count;
    const done = new Promise((r) => el.addEventListener('broadsheet:render', r, { once: true }));
    el.setAttribute('src', '/examples/articles/night-ferry.json');
    await done;
    return { moved, after: count, headline: el.querySelector('h1').textContent };
  });
  assert.deepEqual({ moved: renders.moved, after: renders.after }, { moved: 0, after: 1 });
  assert.match(renders.headline, /ferry/i);
  await page.close();
});
