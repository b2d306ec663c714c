// Node and the browser agree: for every example article, the HTML the module
// gives in Node (dist/, in this test process) is, byte for byte, what the
// same module gives in Chromium through the public API (load().render()) and
// what the drop-in renders and inserts; and the drop-in's element holds what
// Chromium's own parser makes of Node's string (with the same enhancement
// the drop-in applies after inserting it: the share buttons).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { setup } from './harness.mjs';
import { ROOT } from '../../scripts/serve.mjs';
import { importShim } from '../dist.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

// Options that bring in most of what the page parts write: ad slots, the
// contents box, linked tags, the wide lead's sizes.
const OPTIONS = { ads: { after: 2, every: 3, max: 3 }, toc: true, tagUrl: '/topics/{tag}', layout: 'wide-lead' };
const names = (await readdir(`${ROOT}/examples/articles`)).filter((n) => /\.(md|json)$/.test(n)).sort();
const formatOf = (name) => (name.endsWith('.json') ? 'json' : 'markdown');

const { load } = await importShim();
const renderer = await load();
const inNode = new Map();
for (const name of names) {
  const text = await readFile(`${ROOT}/examples/articles/${name}`, 'utf8');
  inNode.set(name, renderer.render(text, { ...OPTIONS, format: formatOf(name) }).html);
}

test('there are example articles to compare', () => assert.ok(names.length >= 3, names.join(', ')));

test('load().render() in Chromium returns the bytes Node returns, for every example', async () => {
  const { page, allProblems } = await env.open('/tests/browser/pages/entry.html');
  await page.waitForFunction(() => window.__broadsheet);
  const inBrowser = await page.evaluate(async ({ names, options }) => {
    const renderer = await window.__broadsheet.load();
    const out = {};
    for (const name of names) {
      const text = await (await fetch(`/examples/articles/${encodeURIComponent(name)}`)).text();
      out[name] = renderer.render(text, { ...options, format: name.endsWith('.json') ? 'json' : 'markdown' }).html;
    }
    return out;
  }, { names, options: OPTIONS });
  for (const name of names) {
    assert.ok(inNode.get(name).includes('<h1 class="bs-headline"'), `${name}: an article`);
    assert.equal(inBrowser[name], inNode.get(name), name);
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

for (const name of names) {
  test(`${name}: the drop-in inserts Node's bytes, and the element holds what Chromium parses from them`, async () => {
    const path = `/tests/browser/pages/article.html?src=/examples/articles/${encodeURIComponent(name)}` +
      `&options=${encodeURIComponent(JSON.stringify(OPTIONS))}`;
    const { page, allProblems } = await env.open(path, {
      // The render event carries the result whose html the drop-in has just inserted.
      init: () => document.addEventListener('broadsheet:render', (e) => { window.__inserted = e.detail.html; }),
      waitFor: '[data-broadsheet-state="rendered"]',
    });
    const nodeHtml = inNode.get(name);
    assert.equal(await page.evaluate(() => window.__inserted), nodeHtml, 'the string the drop-in inserted');
    const [element, parsed] = await page.evaluate(async (html) => {
      const { enhance } = await import('/dist/index.js');
      const template = document.createElement('template');
      template.innerHTML = html;
      enhance(template.content);
      return [document.querySelector('[data-broadsheet-src]').innerHTML, template.innerHTML];
    }, nodeHtml);
    assert.equal(element, parsed);
    assert.deepEqual(await allProblems(), []);
    await page.close();
  });
}
