// examples/prerender.mjs, the Node pre-rendering example, run as a publisher
// would run it: every example article becomes a whole page, and an article
// written as JSON and as Markdown becomes the same page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DIST, ROOT } from '../dist.mjs';

test('examples/prerender.mjs writes a complete page for every example article', async () => {
  const out = await mkdtemp(join(tmpdir(), 'bs-prerender-'));
  try {
    const run = spawnSync(process.execPath, [join(ROOT, 'examples/prerender.mjs'), out],
      { env: { ...process.env, BS_DIST: DIST }, encoding: 'utf8' });
    assert.equal(run.status, 0, run.stderr);
    const articles = (await readdir(join(ROOT, 'examples/articles'))).filter((f) => /\.(json|md)$/.test(f));
    const pages = (await readdir(out)).sort();
    assert.equal(pages.length, articles.length);
    assert.equal(run.stdout.trim().split('\n').length, articles.length, 'one line of report per article');
    for (const name of pages) {
      const html = await readFile(join(out, name), 'utf8');
      assert.match(html, /^<!DOCTYPE html>\n<html lang="[a-zA-Z-]+" dir="(ltr|rtl)">/, name);
      assert.equal(html.match(/<h1[ >]/g)?.length, 1, `${name}: one h1`);
      assert.match(html, /<link rel="stylesheet" href="\/dist\/broadsheet.css">/, name);
      assert.match(html, /<script type="module" src="\/dist\/broadsheet.js"><\/script>/, name);
      const ld = JSON.parse(/<script type="application\/ld\+json">([^<]*)<\/script>/.exec(html)[1]);
      assert.equal(ld['@type'], 'NewsArticle', name);
      assert.ok(ld.publisher?.name, `${name}: a publisher (the article's own, else the site-wide one)`);
    }
    // Each article exists in both forms; both give the same page.
    for (const name of pages.filter((p) => p.endsWith('-json.html'))) {
      const twin = name.replace(/-json\.html$/, '-md.html');
      assert.equal(await readFile(join(out, name), 'utf8'), await readFile(join(out, twin), 'utf8'), `${name} = ${twin}`);
    }
  } finally {
    await rm(out, { recursive: true, force: true });
  }
});
