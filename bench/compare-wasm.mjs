// Several builds of broadsheet.wasm side by side, through the same shim in one
// Node process, interleaved: median µs on the 9 KB benchmark article (page +
// ads, fragment, commonmark body), MB/s on the 1 MB corpus (page + ads), and
// the size raw and gzip -9. For judging a build flag or a code change before
// it goes into dist/.
//   node bench/compare-wasm.mjs A.wasm B.wasm ...      (the shim: dist/, or $BS_DIST)
import { readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { article, bodyOf, corpus } from './generate.mjs';
import { interleave } from './timing.mjs';
import { importShim } from '../tests/dist.mjs';

const files = process.argv.slice(2);
if (!files.length) {
  console.error('usage: node bench/compare-wasm.mjs A.wasm B.wasm ...');
  process.exit(2);
}
const { load } = await importShim();
const one = article(1);
const body = bodyOf(one);
const all = corpus();
const sizes = all.map((t) => Buffer.byteLength(t));
const builds = [];
for (const file of files) {
  const bytes = readFileSync(file);
  builds.push({ file, bytes, renderer: await load(bytes) });
}
const tasks = {
  'page + ads': (r) => [() => r.render(one, { mode: 'page', ads: true }).html],
  fragment: (r) => [() => r.render(one).html],
  commonmark: (r) => [() => r.render(body, { mode: 'commonmark' }).html],
};
const results = {};
for (const [task, calls] of Object.entries(tasks)) {
  results[task] = interleave(builds.map((b) => ({ name: b.file, calls: calls(b.renderer) })), { rounds: 300 });
}
results.corpus = interleave(builds.map((b) => ({
  name: b.file,
  calls: all.map((t) => () => b.renderer.render(t, { mode: 'page', ads: true }).html),
  sizes,
})), { rounds: 2 * all.length });

console.log('| build | bytes | gzip -9 | page + ads µs | fragment µs | commonmark µs | corpus (page + ads) MB/s |');
console.log('|---|--:|--:|--:|--:|--:|--:|');
for (const b of builds) {
  const us = (task) => results[task][b.file].median.toFixed(0);
  console.log(`| ${b.file} | ${b.bytes.length.toLocaleString('en')} | ${execFileSync('gzip', ['-9', '-n'], { input: b.bytes, maxBuffer: 64 << 20 }).length.toLocaleString('en')} | ` +
    `${us('page + ads')} | ${us('fragment')} | ${us('commonmark')} | ${(1 / results.corpus[b.file].median).toFixed(1)} |`);
}
