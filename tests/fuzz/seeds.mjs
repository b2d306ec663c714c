// Writes the seed corpora of the fuzz targets from the examples, the golden
// inputs and the hostile corpus (generated at fuzz time, never committed):
//   node tests/fuzz/seeds.mjs OUT_DIR        -> OUT_DIR/{json,markdown,body,render,options}/NNNN
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../security/corpus.mjs';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const out = resolve(process.argv[2] || join(ROOT, 'build/fuzz/seeds'));

const files = (dir, keep) =>
  readdirSync(join(ROOT, dir)).filter(keep).sort().map((f) => readFileSync(join(ROOT, dir, f)));
const isOptions = (f) => f.endsWith('.options.json');

const json = [
  ...files('examples/articles', (f) => f.endsWith('.json')),
  ...files('tests/golden', (f) => f.endsWith('.json') && !isOptions(f)),
];
const markdown = [...files('examples/articles', (f) => f.endsWith('.md')), ...files('tests/golden', (f) => f.endsWith('.md'))];
const options = files('tests/golden', isOptions);

const corpus = readCorpus();
for (const c of corpus) {
  const looksJson = c.format === 'json' || (!c.format && /^\s*(\xEF\xBB\xBF)?\{/.test(c.source.toString('latin1')));
  (looksJson ? json : markdown).push(c.source);
  if (Object.keys(c.options).length) options.push(Buffer.from(JSON.stringify(c.options)));
}

// fuzz_render's first two bytes (see fuzz_render.cpp).
function renderPrefix(c, mode) {
  let a = mode === 'page' ? 1 : 0;
  if (c.options.allowHtml) a |= 4;
  if (c.options.ads) a |= 8;
  if (c.options.toc === true) a |= 32;
  if (JSON.stringify(c.options.urlSchemes || []).includes('tel')) a |= 128;
  let b = c.format === 'json' ? 1 : c.format === 'markdown' ? 2 : 0;
  if (c.options.embedOrigins) b |= 16;
  return Buffer.from([a, b]);
}
const render = [];
for (const c of corpus) for (const mode of c.modes) render.push(Buffer.concat([renderPrefix(c, mode), c.source]));
for (const m of markdown.slice(0, 8)) render.push(Buffer.concat([Buffer.from([0x01 | 0x08 | 0x20, 0x02]), m]));
for (const j of json.slice(0, 4)) render.push(Buffer.concat([Buffer.from([0x01, 0x01]), j]));

// fuzz_body's first byte: bit 0 allowHtml, bit 1 tel, bit 2 embed origins.
const body = markdown.flatMap((m) => [0, 1, 5].map((flags) => Buffer.concat([Buffer.from([flags]), m])));

const targets = { json, markdown, body, render, options };
for (const [name, seeds] of Object.entries(targets)) {
  const dir = join(out, name);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  seeds.forEach((s, i) => writeFileSync(join(dir, String(i).padStart(4, '0')), s));
  console.log(`seeds: ${String(seeds.length).padStart(4)} for fuzz_${name}`);
}
