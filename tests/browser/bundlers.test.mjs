// The package through the bundlers publishers use: Vite, webpack 5 and
// esbuild each bundle tests/bundlers/app.js, which imports "broadsheet" from
// node_modules as installed. Each output is served on 127.0.0.1 under the
// strict CSP and opened in Chromium: the article renders, and broadsheet.wasm
// was fetched from where that bundler put it.
//   Vite and webpack see new URL('./broadsheet.wasm', import.meta.url) and
//   emit the file themselves (Vite's dev server, once the package is left out
//   of its dependency pre-bundling). esbuild does not: the supported way is to copy
//   broadsheet.wasm beside the bundle (or to pass { wasm } / data-broadsheet-wasm).
// Also: an esbuild IIFE bundle (no import.meta.url) keeps the page alive and
// shows the drop-in's notice, and a .wasm served as application/octet-stream
// still loads.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { cp, copyFile, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build as viteBuild, createServer as viteServer } from 'vite';
import webpack from 'webpack';
import * as esbuild from 'esbuild';
import { setup } from './harness.mjs';
import { startServer, ROOT } from '../../scripts/serve.mjs';
import { DIST } from '../dist.mjs';

const FIXTURES = join(ROOT, 'tests', 'bundlers');
const ARTICLE = join(ROOT, 'examples', 'articles', 'harbour-tides.json');
let env;
let tmp;
let app; // a publisher's project with the package installed in node_modules/broadsheet
const servers = [];

// The package as npm installs it: package.json and the files it lists.
async function installPackage(into) {
  const dir = join(into, 'node_modules', 'broadsheet');
  await mkdir(join(dir, 'dist'), { recursive: true });
  await copyFile(join(ROOT, 'package.json'), join(dir, 'package.json'));
  for (const f of await readdir(DIST)) await copyFile(join(DIST, f), join(dir, 'dist', f));
}

async function serve(root, types = {}) {
  await copyFile(ARTICLE, join(root, 'article.json'));
  await cp(join(ROOT, 'examples', 'media'), join(root, 'examples', 'media'), { recursive: true }); // its images
  const server = await startServer({ port: 0, root, types });
  servers.push(server);
  return server;
}

const page = (script, body) => `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><title>A bundled page</title>${script}</head>
<body><main>${body}</main></body>
</html>`;
const ARTICLE_BODY = '<div id="article"><p class="fallback">The publisher\'s fallback.</p></div>';

before(async () => {
  env = await setup();
  tmp = await mkdtemp(join(tmpdir(), 'broadsheet-bundlers-'));
  app = join(tmp, 'app');
  await mkdir(app);
  for (const f of await readdir(FIXTURES)) await copyFile(join(FIXTURES, f), join(app, f));
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await installPackage(app);
});
after(async () => {
  await env?.close();
  for (const s of servers) await s.close();
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

// Opens the page, waits for app.js to finish, and returns what happened.
async function openBundle(server, path = '/index.html') {
  const wasm = [];
  const { page: p, allProblems } = await env.open(`${server.url}${path}`, {
    route: (ctx) => ctx.route((url) => url.pathname.endsWith('.wasm'), (r) => {
      wasm.push(new URL(r.request().url()).pathname);
      return r.continue();
    }),
  });
  return { p, wasm, allProblems };
}

async function expectRendered(server, wasmPath) {
  const { p, wasm, allProblems } = await openBundle(server);
  await p.waitForFunction(() => window.__done, null, { timeout: 15000 });
  assert.deepEqual(await p.evaluate(() => window.__events), ['render']);
  assert.equal(await p.locator('#article .bs-article h1').count(), 1);
  assert.equal(wasm.length, 1, `one request for the module: ${wasm}`);
  assert.match(wasm[0], wasmPath);
  assert.deepEqual(await allProblems(), []);
  await p.close();
}

test('Vite 7: the bundle renders; Vite emitted broadsheet.wasm under assets/', async () => {
  const out = join(tmp, 'vite');
  await viteBuild({ root: app, configFile: false, logLevel: 'silent', build: { outDir: out, emptyOutDir: true } });
  const emitted = (await readdir(join(out, 'assets'))).filter((f) => f.endsWith('.wasm'));
  assert.equal(emitted.length, 1, `${emitted}`);
  await expectRendered(await serve(out), new RegExp(`^/assets/${emitted[0].replace('.', '\\.')}$`));
});

test('Vite 7 dev server, with broadsheet left out of dependency pre-bundling (as the README says)', async () => {
  await copyFile(ARTICLE, join(app, 'article.json'));
  await cp(join(ROOT, 'examples', 'media'), join(app, 'examples', 'media'), { recursive: true });
  const dev = await viteServer({
    root: app, configFile: false, logLevel: 'silent', server: { host: '127.0.0.1', port: 5173 },
    optimizeDeps: { exclude: ['broadsheet'] },
  });
  await dev.listen();
  try {
    const wasm = [];
    const { page: p, allProblems } = await env.open(dev.resolvedUrls.local[0], {
      route: (ctx) => ctx.route((url) => url.pathname.endsWith('.wasm'), (r) => {
        wasm.push(new URL(r.request().url()).pathname);
        return r.continue();
      }),
    });
    await p.waitForFunction(() => window.__done, null, { timeout: 20000 });
    assert.deepEqual(await p.evaluate(() => window.__events), ['render']);
    assert.deepEqual(wasm, ['/node_modules/broadsheet/dist/broadsheet.wasm']);
    // Vite's dev server answers /favicon.ico with 404; nothing else may fail.
    assert.deepEqual((await allProblems()).filter((l) => !/Failed to load resource/.test(l)), []);
    await p.close();
  } finally {
    await dev.close();
  }
});

test('webpack 5: the bundle renders; webpack emitted broadsheet.wasm as an asset', async () => {
  const out = join(tmp, 'webpack');
  const stats = await new Promise((resolve, reject) => webpack({
    mode: 'production', context: app, entry: './app.js', devtool: false, performance: { hints: false },
    output: { path: out, filename: 'app.js', clean: true },
  }, (err, s) => (err ? reject(err) : resolve(s))));
  assert.equal(stats.hasErrors(), false, stats.toString('errors-only'));
  assert.deepEqual(stats.compilation.warnings.map(String), [], 'no warnings either (the Node-only import is ignored)');
  await writeFile(join(out, 'index.html'), page('<script defer src="app.js"></script>', ARTICLE_BODY));
  const emitted = (await readdir(out)).filter((f) => f.endsWith('.wasm'));
  assert.equal(emitted.length, 1, `${emitted}`);
  await expectRendered(await serve(out), new RegExp(`^/${emitted[0].replace('.', '\\.')}$`));
});

test('esbuild (ESM): the bundle renders with broadsheet.wasm copied beside it, even served as application/octet-stream', async () => {
  const out = join(tmp, 'esbuild');
  const result = await esbuild.build({
    absWorkingDir: app, entryPoints: ['app.js'], bundle: true, format: 'esm', outdir: join(out, 'assets'),
    logLevel: 'silent', minify: true,
  });
  assert.deepEqual(result.warnings, []);
  // The documented step: esbuild does not copy the module, so the build copies it beside the bundle.
  await copyFile(join(app, 'node_modules/broadsheet/dist/broadsheet.wasm'), join(out, 'assets', 'broadsheet.wasm'));
  await writeFile(join(out, 'index.html'), page('<script type="module" src="/assets/app.js"></script>', ARTICLE_BODY));
  // An object store's default type: compiled from the bytes instead of refused.
  await expectRendered(await serve(out, { '.wasm': 'application/octet-stream' }), /^\/assets\/broadsheet\.wasm$/);
});

test('esbuild (IIFE, no import.meta.url): the page lives, the drop-in shows its notice, a named wasm still renders', async () => {
  const out = join(tmp, 'iife');
  await esbuild.build({
    absWorkingDir: app, entryPoints: ['drop-in-app.js'], bundle: true, format: 'iife', outdir: out,
    logLevel: 'silent',
  });
  await copyFile(join(app, 'node_modules/broadsheet/dist/broadsheet.wasm'), join(out, 'broadsheet.wasm'));
  await writeFile(join(out, 'index.html'), page('<script defer src="drop-in-app.js"></script>',
    '<div id="plain" data-broadsheet-src="article.json"><p class="fallback">Fallback one.</p></div>' +
    '<div id="named" data-broadsheet-src="article.json" data-broadsheet-wasm="broadsheet.wasm">' +
    '<p class="fallback">Fallback two.</p></div>'));
  const server = await serve(out);
  const { p, allProblems } = await openBundle(server);
  await p.waitForSelector('#plain[data-broadsheet-state="error"]', { state: 'attached', timeout: 15000 });
  await p.waitForSelector('#named[data-broadsheet-state="rendered"]', { state: 'attached', timeout: 15000 });
  assert.equal(await p.evaluate(() => window.__app), 'alive', 'the page script ran to its end');
  assert.equal(await p.locator('#plain .fallback').isVisible(), true);
  assert.equal((await p.locator('#plain').getByRole('alert').textContent()).trim(), 'The full article could not be displayed.');
  assert.equal(await p.locator('#named .bs-article h1').count(), 1);
  const problems = await allProblems();
  assert.equal(problems.length, 1, problems.join('\n'));
  assert.match(problems[0], /Broadsheet could not render article\.json: could not find broadsheet\.wasm: .*import\.meta\.url.*data-broadsheet-wasm/);
  await p.close();
});
