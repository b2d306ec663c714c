#!/usr/bin/env node
// Bundles the shim from web/ into dist/ (make dist-web), and minifies the
// stylesheet. web/ stays the readable source, split by concern; dist/ ships
// bundles, as web-tree-sitter does.
//
// The JS files named are entries (broadsheet.js, the drop-in; index.js, no
// side effects), bundled together by esbuild with code splitting: each entry
// becomes a few hundred bytes that re-export from ONE shared chunk,
// broadsheet-core.js, which holds every module they import. A page (or an
// app) that imports both entries therefore gets one loader, one renderer
// cache and one BroadsheetError class, as with the unbundled modules. The
// chunk's name is fixed (no content hash) so that dist/ has the same files on
// every build; a second chunk would collide with it and stop the build.
//
// Kept from web/ as written, and checked here (anything else stops the build):
// - new URL('./broadsheet.wasm', import.meta.url), so that Vite and webpack
//   find the wasm (the chunk sits in dist/ beside it, so the URL still holds);
// - the bundlers' magic comments on loader.js's Node-only import(NODE_FS)
//   (`webpackIgnore: true`, `@vite-ignore`), without which webpack warns and
//   Vite tries to resolve it. esbuild drops every comment, so they are put
//   back on each import() whose argument is a name, exactly as many as the
//   sources have.
// .js files of OUT_DIR that this build did not write (the modules of an older
// layout) are removed, so that neither the npm package nor the reader app's
// precache (examples/reader/stamp.mjs lists dist/) picks up a stale one.
//
//   node scripts/bundle-web.mjs OUT_DIR web/ENTRY.js... web/FILE.css...
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { buildSync, transformSync } from 'esbuild';

const MAGIC = '/* webpackIgnore: true */ /* @vite-ignore */';
const CHUNK = 'broadsheet-core';
const WASM_URL = { source: "new URL('./broadsheet.wasm', import.meta.url)", minified: 'new URL("./broadsheet.wasm",import.meta.url)' };
const [outDir, ...files] = process.argv.slice(2);
const entries = files.filter((f) => f.endsWith('.js'));
const stylesheets = files.filter((f) => f.endsWith('.css'));

const count = (text, needle) => text.split(needle).length - 1;
const sum = (texts, needle) => texts.reduce((n, text) => n + count(text, needle), 0);
// The sources without their line comments (loader.js quotes the URL in one).
const code = (text) => text.replace(/^\s*\/\/.*$/gm, '');

const result = buildSync({
  entryPoints: entries,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  outdir: outDir,
  chunkNames: CHUNK,
  write: false,
  metafile: true,
  // web/broadsheet.js also imports errors.js, loader.js and enhance.js bare, so
  // that a browser loading web/ unbundled asks for every module at once; in a
  // bundle those lines have nothing left to do, and esbuild says so.
  logOverride: { 'ignored-bare-import': 'silent' },
});

const outputs = result.outputFiles.map((f) => ({ name: relative(outDir, f.path), text: f.text }));
const expected = [...entries.map((f) => basename(f)), `${CHUNK}.js`].sort();
const names = outputs.map((o) => o.name).sort();
if (names.join() !== expected.join()) throw new Error(`esbuild wrote ${names.join(', ')}; expected ${expected.join(', ')}`);

const sources = Object.keys(result.metafile.inputs).map((f) => code(readFileSync(f, 'utf8')));
const wantedMagic = sum(sources, `import(${MAGIC} `);
let foundMagic = 0;
for (const o of outputs) {
  o.text = o.text.replace(/\bimport\(([A-Za-z_$][\w$]*)\)/g, (_, name) => (++foundMagic, `import(${MAGIC}${name})`));
}
if (foundMagic !== wantedMagic) {
  throw new Error(`${wantedMagic} import() with bundler comments in the sources, ${foundMagic} import(name) bundled`);
}
const wantedUrl = sum(sources, WASM_URL.source);
const foundUrl = sum(outputs.map((o) => o.text), WASM_URL.minified);
if (wantedUrl < 1 || foundUrl !== wantedUrl) {
  throw new Error(`${WASM_URL.source}: ${wantedUrl} in the sources, ${foundUrl} as ${WASM_URL.minified} in the bundles`);
}

for (const name of readdirSync(outDir)) {
  if (name.endsWith('.js') && !names.includes(name)) {
    rmSync(join(outDir, name));
    console.log(`removed ${join(outDir, name)}: not part of this build`);
  }
}
for (const o of outputs) writeFileSync(join(outDir, o.name), o.text);

for (const file of stylesheets) {
  const { code } = transformSync(readFileSync(file, 'utf8'), { loader: 'css', minify: true });
  writeFileSync(join(outDir, basename(file)), code);
}
