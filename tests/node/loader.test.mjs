// load()'s ways of finding broadsheet.wasm, in Node: beside the module, a
// path, a URL, a Response (served with the right or a wrong MIME type), bytes
// or a compiled module; which of them share one instance.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { distUrl } from '../dist.mjs';

const { load, BroadsheetError } = await import(distUrl('index.js').href);
const WASM = distUrl('broadsheet.wasm');
const bytes = await readFile(WASM);
const ARTICLE = '{"headline": "Tide tables", "datePublished": "2026-03-02", "articleBody": "The harbour."}';

const renders = (renderer) => assert.match(renderer.render(ARTICLE).html, /<h1[^>]*>Tide tables<\/h1>/);

test('load({ wasm }) takes a path, a URL, a Response, bytes or a WebAssembly.Module', async () => {
  const sources = {
    path: fileURLToPath(WASM),
    url: WASM,
    response: new Response(bytes, { headers: { 'Content-Type': 'application/wasm' } }),
    bytes: new Uint8Array(bytes),
    arrayBuffer: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
    module: await WebAssembly.compile(bytes),
  };
  for (const [kind, wasm] of Object.entries(sources)) renders(await load({ wasm }), kind);
});

test('a .wasm served as application/octet-stream (or with no type) is compiled from its bytes', async () => {
  for (const type of ['application/octet-stream', '']) {
    const response = new Response(bytes, { headers: type ? { 'Content-Type': type } : {} });
    renders(await load({ wasm: response }));
    renders(await load(new Response(bytes, { headers: { 'Content-Type': type } })));
  }
});

test('something else served as .wasm says what it was served as', async () => {
  const page = new Response('<!DOCTYPE html><title>Not found</title>', { headers: { 'Content-Type': 'text/html' } });
  await assert.rejects(load({ wasm: page }), (err) => {
    assert.ok(err instanceof BroadsheetError);
    assert.match(err.message, /^could not start broadsheet\.wasm: .*magic.* \(served as "text\/html"\)$/);
    return true;
  });
});

test('one instance per place: load(), load({}) and load({ wasm: same path }) share; load(source) does not', async () => {
  const [a, b] = await Promise.all([load(), load({})]);
  assert.equal(a, b);
  const path = fileURLToPath(WASM);
  const [c, d] = await Promise.all([load({ wasm: path }), load({ wasm: path })]);
  assert.equal(c, d);
  assert.notEqual(c, a, 'another place, another instance');
  const mod = await WebAssembly.compile(bytes);
  assert.equal(await load({ wasm: mod }), await load({ wasm: mod }), 'the same module object, one instance');
  assert.notEqual(await load(path), await load(path), 'load(source) makes its own instance each time');
});

test('a missing file rejects with its name, and a later call tries again', async () => {
  await assert.rejects(load({ wasm: '/no/such/broadsheet.wasm' }),
    /^BroadsheetError: could not load \/no\/such\/broadsheet\.wasm: ENOENT/);
  await assert.rejects(load({ wasm: '/no/such/broadsheet.wasm' }), /ENOENT/);
});
