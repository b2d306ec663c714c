// The share widget as readers use it: "Copy link" announces "Link copied",
// Mastodon asks for the reader's server once in a labelled field and then
// remembers it, "Share…" appears only where the browser can share, nothing is
// requested from a third party before a click, and keyboard focus is visible
// on every control.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { setup, VIEWPORTS, SCREENSHOTS } from './harness.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const URL_ = 'https://gazette.example/2026/03/tide-tables-rewritten';
const TITLE = 'Port authority rewrites the tide tables after a century of silt';
const PAGE = '/tests/browser/pages/article.html?src=/examples/articles/harbour-tides.json';
const rendered = '[data-broadsheet-state="rendered"]';

test('"Copy link" copies the article URL and announces "Link copied" politely, every time', async () => {
  const { page, allProblems } = await env.open(PAGE, { waitFor: rendered, permissions: ['clipboard-read', 'clipboard-write'] });
  const status = page.locator('.bs-share [role="status"]');
  assert.equal(await status.count(), 1, 'the live region exists before anything is announced');
  assert.equal(await status.textContent(), '');
  await page.getByRole('button', { name: 'Copy link' }).click();
  await page.waitForFunction(() => document.querySelector('.bs-share [role="status"]').textContent === 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), URL_);
  // A second copy empties the region first, so it is announced again.
  await page.evaluate(() => navigator.clipboard.writeText('something else'));
  await page.getByRole('button', { name: 'Copy link' }).click();
  assert.equal(await status.textContent(), '');
  await page.waitForFunction(() => document.querySelector('.bs-share [role="status"]').textContent === 'Link copied');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), URL_);
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('without a clipboard, "Copy link" shows the URL selected in a labelled field', async () => {
  const { page, allProblems } = await env.open(PAGE, {
    waitFor: rendered,
    init: () => {
      Object.defineProperty(navigator, 'clipboard', { value: undefined }); // as on a page served over http:
    },
  });
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Copy link' });
  assert.equal(await field.inputValue(), URL_);
  assert.equal(await field.evaluate((el) => el === document.activeElement && el.readOnly), true);
  assert.equal(await page.evaluate(() => getSelection().toString() || document.activeElement.value.slice(
    document.activeElement.selectionStart, document.activeElement.selectionEnd)), URL_);
  assert.equal(await page.locator('.bs-share [role="status"]').textContent(), '', 'nothing copied, nothing announced');
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('Mastodon asks for the server once, in a labelled field, and remembers it', async () => {
  const thirdParty = [];
  let clicked = false;
  const { page, allProblems } = await env.open(PAGE, {
    waitFor: rendered,
    route: async (ctx) => {
      ctx.on('request', (r) => {
        if (!r.url().startsWith(env.server.url) && !r.url().startsWith('data:')) thirdParty.push({ url: r.url(), clicked });
      });
      await ctx.route('https://mastodon.example/**', (r) => r.fulfill({ contentType: 'text/html', body: '<title>share</title>' }));
    },
  });
  await page.evaluate(() => localStorage.clear());
  assert.deepEqual(thirdParty, [], 'no request to a third party before a click');

  clicked = true;
  const button = page.getByRole('button', { name: 'Share on Mastodon' });
  await button.click();
  const field = page.getByRole('textbox', { name: 'Your Mastodon server (for example mastodon.social)' });
  assert.equal(await field.evaluate((el) => el === document.activeElement), true, 'the field takes the focus');
  await page.locator('.bs-share').screenshot({ path: join(SCREENSHOTS, 'share-mastodon-field.png') });

  // Something that is not a server: marked invalid, nothing opens, nothing remembered.
  await field.fill('my server');
  await field.press('Enter');
  assert.equal(await field.getAttribute('aria-invalid'), 'true');
  assert.equal(await page.evaluate(() => localStorage.length), 0);

  // A profile URL is understood as its server.
  await field.fill('https://Mastodon.Example/@reader');
  const [popup] = await Promise.all([page.context().waitForEvent('page'), field.press('Enter')]);
  await popup.waitForLoadState();
  assert.equal(popup.url(), `https://mastodon.example/share?text=${encodeURIComponent(`${TITLE} ${URL_}`)}`);
  await popup.close();
  assert.equal(await page.locator('.bs-share form').count(), 0, 'the field is gone');
  assert.equal(await button.evaluate((el) => el === document.activeElement), true, 'focus returns to the button');

  // Asked once: the next click, even after a reload, goes straight to the server.
  await page.reload();
  await page.waitForSelector(rendered, { state: 'attached' });
  const [again] = await Promise.all([page.context().waitForEvent('page'), page.getByRole('button', { name: 'Share on Mastodon' }).click()]);
  await again.waitForLoadState();
  assert.match(again.url(), /^https:\/\/mastodon\.example\/share\?text=/);
  assert.equal(await page.locator('.bs-share form').count(), 0, 'not asked again');
  await again.close();
  assert.ok(thirdParty.every((r) => r.clicked && r.url.startsWith('https://mastodon.example/')), JSON.stringify(thirdParty));
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('"Share…" appears only where the browser can share, and shares title and URL', async () => {
  const without = await env.open(PAGE, { waitFor: rendered });
  assert.equal(await without.page.evaluate(() => typeof navigator.share), 'undefined');
  assert.equal(await without.page.getByRole('button', { name: 'Share…' }).count(), 0);
  assert.equal(await without.page.locator('.bs-share-native').isHidden(), true);
  await without.page.close();

  const { page, allProblems } = await env.open(PAGE, {
    waitFor: rendered,
    init: () => {
      navigator.share = (data) => {
        window.__shared = data;
        return Promise.resolve();
      };
    },
  });
  await page.getByRole('button', { name: 'Share…' }).click();
  assert.deepEqual(await page.evaluate(() => window.__shared), { title: TITLE, url: URL_ });
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('share links and buttons are 44 px targets, named by text, with hidden icons', async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered, viewport: VIEWPORTS.phone });
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.zoom400]) {
    await page.setViewportSize(viewport);
    const controls = await page.evaluate(() =>
      [...document.querySelectorAll('.bs-share a, .bs-share button')].map((el) => {
        const box = el.getBoundingClientRect();
        const icon = el.querySelector('.bs-icon');
        return { name: el.textContent.trim(), width: box.width, height: box.height,
          iconHidden: icon?.getAttribute('aria-hidden'), mask: icon && getComputedStyle(icon).maskImage,
          iconWidth: icon && icon.getBoundingClientRect().width };
      }));
    assert.ok(controls.length >= 9, controls.map((c) => c.name).join(', '));
    for (const c of controls) {
      assert.ok(c.width >= 44 && c.height >= 44, `${c.name}: ${c.width}×${c.height}`);
      assert.match(c.name, /\w/);
      assert.equal(c.iconHidden, 'true', c.name);
      // Drawn from a data: URI (no request), painted in the text colour.
      assert.match(c.mask, /^url\("data:image\/svg\+xml,/, c.name);
      assert.ok(c.iconWidth > 0, c.name);
    }
  }
  await page.close();
});

test('keyboard focus is visible on every control of the article, light and dark', async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered, viewport: VIEWPORTS.phone });
  const expected = await page.evaluate(() => {
    const all = document.querySelectorAll('.bs-article a[href], .bs-article button, .bs-article [tabindex="0"]');
    all.forEach((el, i) => (el.dataset.testI = i));
    return all.length;
  });
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await page.evaluate(() => document.activeElement?.blur());
    const seen = new Set();
    for (let i = 0; i < expected + 10 && seen.size < expected; i++) {
      await page.keyboard.press('Tab');
      const focus = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el.closest('.bs-article')) return null;
        const s = getComputedStyle(el);
        return { key: `${el.dataset.testI} ${el.textContent.trim().slice(0, 30)}`, style: s.outlineStyle,
          width: parseFloat(s.outlineWidth), matches: el.matches(':focus-visible') };
      });
      if (!focus) continue;
      seen.add(focus.key);
      assert.equal(focus.matches, true, focus.key);
      assert.equal(focus.style, 'solid', focus.key);
      assert.ok(focus.width >= 2, `${focus.key}: outline ${focus.width}px`);
      if (focus.key.endsWith('Copy link')) {
        await page.locator('.bs-share').screenshot({ path: join(SCREENSHOTS, `share-focus-${colorScheme}.png`) });
      }
    }
    assert.equal(seen.size, expected, `Tab reaches every link and button of the article: ${[...seen].join(', ')}`);
  }
  await page.close();
});
