// The export list, the C side and the shim must agree (a drift would only
// show up at run time in a reader's browser).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { distUrl, importShim } from '../dist.mjs';

const root = new URL('../../', import.meta.url);
const read = (p) => readFile(new URL(p, root), 'utf8');

test('wasm/exports.txt, wasm/abi.cpp, web/broadsheet.js and the module agree', async () => {
  const listed = (await read('wasm/exports.txt')).split('\n').filter((l) => /^[a-z_]+$/.test(l)).sort();
  const defined = [...(await read('wasm/abi.cpp')).matchAll(/^BS_EXPORT [^(]*?\b(bs_[a-z_]+)\(/gm)].map((m) => m[1]).sort();
  const used = [...new Set([...(await read('web/broadsheet.js')).matchAll(/wasm\.(bs_[a-z_]+)/g)].map((m) => m[1]))].sort();
  const module = await WebAssembly.compile(await readFile(distUrl('broadsheet.wasm')));
  const exported = WebAssembly.Module.exports(module).map((e) => e.name).filter((n) => n.startsWith('bs_')).sort();
  assert.deepEqual(defined, listed, 'abi.cpp defines exactly the listed functions');
  assert.deepEqual(exported, listed, 'the module exports exactly the listed functions');
  assert.deepEqual(used, listed, 'the shim calls exactly the listed functions');
});

test('the module imports only what the shim provides', async () => {
  const module = await WebAssembly.compile(await readFile(distUrl('broadsheet.wasm')));
  const imports = WebAssembly.Module.imports(module).map((i) => `${i.module}.${i.name}`).sort();
  const shim = await read('web/broadsheet.js');
  for (const name of imports) assert.ok(shim.includes(name.split('.')[1]), `the shim provides ${name}`);
});

test('the shim contains no eval or Function constructor (strict CSP)', async () => {
  const shim = await read('web/broadsheet.js');
  assert.doesNotMatch(shim, /\beval\s*\(|new\s+Function\s*\(|\bFunction\s*\(/);
});

test('the shim sets no inline style (strict CSP: style-src without unsafe-inline)', async () => {
  const shim = await read('web/broadsheet.js');
  assert.doesNotMatch(shim, /\.style\b|setAttribute\(\s*['"]style|cssText/);
});

test('the public API is load, BroadsheetError, renderInto, hydrate and enhance, in the module and the .d.ts', async () => {
  const names = Object.keys(await importShim()).sort();
  assert.deepEqual(names, ['BroadsheetError', 'enhance', 'hydrate', 'load', 'renderInto']);
  const dts = await read('web/broadsheet.d.ts');
  const declared = [...dts.matchAll(/^export (?:declare )?(?:function|class) (\w+)/gm)].map((m) => m[1]).sort();
  assert.deepEqual(declared, names);
});
