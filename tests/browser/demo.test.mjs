// The demo pages: one script tag, one element, strict CSP. The article must
// render, with no console error and no CSP violation. (Failures are in
// failures.test.mjs, the accessibility and layout checks in articles.test.mjs.)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { axe, overflow, screenshot, setup, SCREENSHOTS, VIEWPORTS } from './harness.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const pages = [
  { path: '/examples/index.html', headline: 'Port authority rewrites the tide tables after a century of silt' },
  { path: '/examples/markdown.html', headline: 'The last night ferry keeps its timetable, for now' },
  { path: '/examples/russian.html', headline: 'Библиотека в степи открылась после двух лет ремонта' },
];

for (const { path, headline } of pages) {
  test(`${path} renders the article under the strict CSP`, async () => {
    const { page, allProblems } = await env.open(path, { waitFor: '[data-broadsheet-state="rendered"]' });
    assert.equal(await page.locator('h1').count(), 1);
    assert.equal((await page.locator('h1').textContent()).trim(), headline);
    assert.equal(await page.locator('.bs-article .bs-body p').first().isVisible(), true);
    // examples/ads.mjs, the stand-in for a publisher's ad code, filled every slot.
    if (path !== '/examples/russian.html') {
      const slots = await page.locator('.bs-ad').count();
      assert.ok(slots >= 1);
      assert.equal(await page.locator('.bs-ad .bs-ad-space > .demo-creative').count(), slots);
    }
    assert.deepEqual(await allProblems(), []);
    for (const name of ['phone', 'desktop']) {
      const viewport = VIEWPORTS[name];
      for (const colorScheme of ['light', 'dark']) {
        await page.setViewportSize(viewport);
        await page.emulateMedia({ colorScheme });
        const file = `demo${path.replace(/\W+/g, '-').replace(/-html$/, '')}-${name}-${colorScheme}.png`;
        await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
      }
    }
    await page.close();
  });
}

test('the format comes from the attribute, then the extension, then the content', async () => {
  const cases = [
    // No extension, served as application/octet-stream: the core sees "{" and reads JSON.
    { query: 'src=/tests/browser/pages/cms-endpoint', h1: 'Port authority rewrites the tide tables after a century of silt' },
    // Markdown behind a .json name, served as application/json: data-broadsheet-format wins over both.
    { query: 'src=/tests/browser/pages/mislabelled.json&format=markdown', h1: 'A story kept as plain text', em: 'Markdown' },
    // A query string after the extension.
    { query: 'src=/examples/articles/night-ferry.md%3Fv%3D2', h1: 'The last night ferry keeps its timetable, for now' },
  ];
  for (const { query, h1, em } of cases) {
    const { page, allProblems } = await env.open(`/tests/browser/pages/article.html?${query}`, { waitFor: '[data-broadsheet-state]:not([data-broadsheet-state="loading"])' });
    assert.equal(await page.locator('[data-broadsheet-src]').getAttribute('data-broadsheet-state'), 'rendered', query);
    assert.equal((await page.locator('h1').textContent()).trim(), h1);
    if (em) assert.equal(await page.locator('.bs-body em').textContent(), em);
    assert.deepEqual(await allProblems(), []);
    await page.close();
  }
});

test('/examples/editor.html: the API renders as the writer types; errors list their place and keep the last preview', async () => {
  const { page, allProblems } = await env.open('/examples/editor.html', { viewport: VIEWPORTS.desktop, waitFor: '#editor-output .bs-article' });
  const input = page.locator('#editor-input');
  const h1 = page.locator('#editor-output h1');
  assert.equal((await h1.textContent()).trim(), 'The last night ferry keeps its timetable, for now');
  assert.equal(await page.locator('#editor-status').textContent(), 'Rendered.');
  assert.match(await page.locator('#editor-stats').textContent(), /^\d+\.\d ms, \d+ words, \d+ min read$/);

  // A new headline shows at once.
  const source = await input.inputValue();
  await input.fill(source.replace('title: The last night ferry keeps its timetable, for now', 'title: Ferry saved'));
  await page.waitForFunction(() => document.querySelector('#editor-output h1')?.textContent.trim() === 'Ferry saved');

  // An impossible date: the error names line and column, the preview stays.
  await input.fill(source.replace('date: 2026-02-18T21:05:00+00:00', 'date: 2026-02-30'));
  await page.waitForFunction(() => document.getElementById('editor-status').textContent.startsWith('Not rendered'));
  assert.equal(await page.locator('#editor-status').textContent(),
    'Not rendered: 1 error. The preview shows the last version that rendered.');
  assert.equal((await h1.textContent()).trim(), 'Ferry saved');
  const go = page.locator('.editor-error .editor-goto');
  assert.equal(await go.textContent(), '6:7');
  assert.match(await page.locator('.editor-error').textContent(), /day 30 does not exist in that month \(at \/date\)$/);
  await go.click();
  assert.deepEqual(await input.evaluate((el) => [document.activeElement === el, el.selectionStart,
    el.value.slice(el.selectionStart, el.selectionStart + 10)]), [true, source.indexOf('2026-02-18'), '2026-02-30']);

  // Hostile input renders as text.
  await input.fill('---\ntitle: <img src=x onerror=alert(1)>\n---\n[a](javascript:alert(2)) <script>alert(3)</script>\n');
  await page.waitForFunction(() => document.querySelector('#editor-output h1')?.textContent.startsWith('<img'));
  assert.equal(await page.locator('#editor-output img, #editor-output script, #editor-output [onerror]').count(), 0);
  assert.equal(await page.locator('#editor-output a[href^="javascript"]').count(), 0);
  assert.match(await page.locator('#editor-status').textContent(), /^Rendered, with \d+ warnings?\.$/);

  await input.fill(source);
  await page.waitForFunction(() => document.getElementById('editor-status').textContent === 'Rendered.');
  for (const [size, viewport] of [['phone', VIEWPORTS.phone], ['desktop', VIEWPORTS.desktop]]) {
    await page.setViewportSize(viewport);
    for (const colorScheme of ['light', 'dark']) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await axe(page), [], `axe, ${size} ${colorScheme}`);
      assert.deepEqual(await overflow(page), [], `overflow, ${size} ${colorScheme}`);
      await screenshot(page, `demo-examples-editor-${size}-${colorScheme}`);
    }
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});
