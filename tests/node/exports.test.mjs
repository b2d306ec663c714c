// The export list, the C side and the shim must agree (a drift would only
// show up at run time in a reader's browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { distUrl, importShim } from '../dist.mjs';

const root = new URL('../../', import.meta.url);
const read = (p) => readFile(new URL(p, root), 'utf8');

// A list of the Makefile, with $(NAME)s of other lists expanded.
const makeList = (makefile, name) => new RegExp(`^${name} := (.*)$`, 'm').exec(makefile)[1].trim().split(/\s+/)
  .flatMap((word) => (/^\$\(\w+\)$/.test(word) ? makeList(makefile, word.slice(2, -1)) : [word]));

// Every module of the shim, as web/ holds it (make dist bundles them).
const shimModules = async () => {
  const names = makeList(await read('Makefile'), 'WEB_MODULES');
  return Promise.all(names.map(async (name) => ({ name, text: await read(`web/${name}`) })));
};
// And what dist/ ships of them: the bundles scripts/bundle-web.mjs made.
const shippedBundles = async () => {
  const names = makeList(await read('Makefile'), 'WEB_BUNDLES');
  return Promise.all(names.map(async (name) => ({ name: `dist/${name}`, text: await readFile(distUrl(name), 'utf8') })));
};

test('wasm/exports.txt, wasm/abi.cpp, web/loader.js and the module agree', async () => {
  const listed = (await read('wasm/exports.txt')).split('\n').filter((l) => /^[a-z_]+$/.test(l)).sort();
  const defined = [...(await read('wasm/abi.cpp')).matchAll(/^BS_EXPORT [^(]*?\b(bs_[a-z_]+)\(/gm)].map((m) => m[1]).sort();
  const used = [...new Set([...(await read('web/loader.js')).matchAll(/wasm\.(bs_[a-z_]+)/g)].map((m) => m[1]))].sort();
  const module = await WebAssembly.compile(await readFile(distUrl('broadsheet.wasm')));
  const exported = WebAssembly.Module.exports(module).map((e) => e.name).filter((n) => n.startsWith('bs_')).sort();
  assert.deepEqual(defined, listed, 'abi.cpp defines exactly the listed functions');
  assert.deepEqual(exported, listed, 'the module exports exactly the listed functions');
  assert.deepEqual(used, listed, 'the shim calls exactly the listed functions');
});

test('the module imports only what the shim provides', async () => {
  const module = await WebAssembly.compile(await readFile(distUrl('broadsheet.wasm')));
  const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`).sort();
  const shim = await read('web/loader.js');
  for (const name of imports) assert.ok(shim.includes(name.split('.')[1]), `the shim provides ${name}`);
});

test('only the loader touches the wasm exports', async () => {
  for (const { name, text } of await shimModules()) {
    if (name !== 'loader.js') assert.doesNotMatch(text, /\bwasm\.bs_|\.exports\b/, `${name} stays off the ABI`);
  }
});

test('no module of the shim, nor a bundle of dist/, contains eval or the Function constructor (strict CSP)', async () => {
  for (const { name, text } of [...(await shimModules()), ...(await shippedBundles())]) {
    assert.doesNotMatch(text, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(/, name);
  }
});

test('no module of the shim, nor a bundle of dist/, sets an inline style (strict CSP: style-src without unsafe-inline)', async () => {
  for (const { name, text } of [...(await shimModules()), ...(await shippedBundles())]) {
    assert.doesNotMatch(text, /\.style\b|setAttribute\(\s*['"]style|cssText/, name);
  }
});

test('the public API is load, BroadsheetError, renderInto, hydrate, enhance and defineElement, in both entries and the .d.ts', async () => {
  const names = Object.keys(await importShim()).sort();
  assert.deepEqual(names, ['BroadsheetError', 'defineElement', 'enhance', 'hydrate', 'load', 'renderInto']);
  assert.deepEqual(Object.keys(await import(distUrl('index.js').href)).sort(), names, 'index.js exports the same');
  const dts = await read('web/broadsheet.d.ts');
  const declared = [...new Set([...dts.matchAll(/^export (?:declare )?(?:function|class) (\w+)/gm)].map((m) => m[1]))].sort();
  assert.deepEqual(declared, names);
});

test('both entries share one loader: an app that imports index.js and the drop-in gets one renderer and one error class', async () => {
  // dist/ bundles each entry; two self-contained bundles would each carry their own copy of the loader.
  const [dropIn, index] = [await importShim(), await import(distUrl('index.js').href)];
  assert.equal(index.BroadsheetError, dropIn.BroadsheetError);
  assert.equal(await index.load(), await dropIn.load(), 'load() shares the renderer of broadsheet.wasm beside the module');
  const caught = await index.load({ wasm: new URL('no-such.wasm', distUrl('index.js')) }).catch((e) => e);
  assert.ok(caught instanceof dropIn.BroadsheetError, `${caught}`);
});

test('web/broadsheet.js names every module, so that a browser loading web/ unbundled fetches them all in one round trip', async () => {
  const modules = (await shimModules()).map((m) => m.name).filter((n) => n !== 'broadsheet.js').sort();
  const imported = [...(await read('web/broadsheet.js')).matchAll(/^(?:import|export) [^;]*?'\.\/([\w-]+\.js)';$/gm)]
    .map((m) => m[1]).sort();
  assert.deepEqual([...new Set(imported)], modules);
});
