// The WebAssembly heap does not grow without bound: 10,000 renders in one
// instance (good articles, hostile ones, failures and option errors, in every
// mode) end with exactly the memory the first hundred left. Memory grows in
// 64 KiB pages, so a leak of 7 bytes per render would show.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { distUrl, importShim } from '../dist.mjs';
import { readCorpus } from '../security/corpus.mjs';

const { load, BroadsheetError } = await importShim();
const root = new URL('../../', import.meta.url);

// The module's memory, caught as the shim instantiates it (the shim does not
// expose it, and should not have to).
async function instrumentedLoad() {
  const original = WebAssembly.instantiate;
  let memory = null;
  WebAssembly.instantiate = async (...args) => {
    const result = await original.apply(WebAssembly, args);
    memory = (result.instance ?? result).exports.memory;
    return result;
  };
  try {
    const renderer = await load(await readFile(distUrl('broadsheet.wasm')));
    assert.ok(memory instanceof WebAssembly.Memory, 'caught the module memory');
    return { renderer, bytes: () => memory.buffer.byteLength };
  } finally {
    WebAssembly.instantiate = original;
  }
}

// At most 33 inputs, so the first hundred renders see each in all three modes.
async function inputs() {
  const list = [];
  for (const name of await readdir(new URL('examples/articles/', root)))
    list.push({ source: await readFile(new URL(`examples/articles/${name}`, root), 'utf8') });
  const corpus = readCorpus();
  for (let i = 0; i < corpus.length; i += Math.ceil(corpus.length / 20))
    list.push({ source: corpus[i].source.toString('utf8'), options: corpus[i].options });
  list.push({ source: '{"headline": ' });                                     // a syntax error
  list.push({ source: '---\ntitle: T\n---\nx', options: { maxDepth: 0 } });  // an options error
  list.push({ source: '---\ntitle: T\n---\n' + '> '.repeat(100) + 'deep' }); // a limit error
  list.push({ source: '---\ntitle: T\n---\n' + 'Word *and* [link](/x) '.repeat(5000), options: { ads: true } });
  return list;
}

test('10,000 renders in one instance: the memory after the last equals the memory after the first hundred', async (t) => {
  const { renderer, bytes } = await instrumentedLoad();
  const list = await inputs();
  assert.ok(list.length <= 33, `${list.length} inputs: the first hundred renders must see them all`);
  const modes = ['fragment', 'page', 'commonmark'];
  let ok = 0, failed = 0, baseline = 0;
  const before = bytes();
  for (let i = 0; i < 10000; i++) {
    const { source, options = {} } = list[Math.floor(i / 3) % list.length];
    try {
      renderer.render(source, { ...options, mode: modes[i % 3] });
      ok++;
    } catch (err) {
      assert.ok(err instanceof BroadsheetError, `render ${i}: ${err}`);
      failed++;
    }
    if (i === 99) baseline = bytes();
  }
  const after = bytes();
  t.diagnostic(`memory: ${before} B at load, ${baseline} B after 100 renders, ${after} B after 10,000 ` +
    `(${ok} rendered, ${failed} refused with an error)`);
  assert.ok(ok > 5000 && failed > 500, `renders that worked (${ok}) and failed (${failed}) both ran`);
  assert.ok(baseline > before, 'the first renders did grow the heap (so the measure can see growth)');
  assert.equal(after, baseline, `memory after 10,000 renders (${after} B) vs after the first hundred (${baseline} B)`);
});
