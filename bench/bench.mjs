// Benchmark: the WebAssembly build through the shim in Node, the native
// build, and two JavaScript Markdown renderers (marked, markdown-it) on the
// same bodies for comparison. Prints median µs per article and MB/s. A report,
// not a test: it never fails on time.
//   node bench/bench.mjs [FILE...]     (default: examples/articles/* and a long generated article)
import { readFile, readdir, stat } from 'node:fs/promises';
import { execFileSync } from 'node:child_process';
import { gzipSync } from 'node:zlib';
import { performance } from 'node:perf_hooks';
import { importShim, distUrl, DIST } from '../tests/dist.mjs';

const { load } = await importShim(); // dist/, or the folder in BS_DIST

const root = new URL('../', import.meta.url);
const rel = (p) => new URL(p, root);

async function inputs() {
  const args = process.argv.slice(2);
  const files = args.length
    ? args.map((a) => new URL(a, `file://${process.cwd()}/`))
    : (await readdir(rel('examples/articles/'))).sort().map((n) => rel(`examples/articles/${n}`));
  const list = [];
  for (const url of files) list.push({ name: url.pathname.split('/').pop(), path: url.pathname, text: await readFile(url, 'utf8') });
  if (!args.length) {
    // A long article: the Markdown example's body repeated to about 200 KB.
    const md = list.find((f) => f.name.endsWith('.md')).text;
    const [, fm, body] = md.match(/^(---\n[\s\S]*?\n---\n)([\s\S]*)$/);
    list.push({ name: 'long (generated).md', text: fm + body.repeat(Math.ceil(200_000 / body.length)) });
  }
  return list;
}

function median(fn, minRuns = 50, minMs = 500) {
  const times = [];
  const start = performance.now();
  while (times.length < minRuns || (performance.now() - start < minMs && times.length < 100_000)) {
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[times.length >> 1] * 1000; // µs
}

function bodyOf(f) {
  if (f.name.endsWith('.json')) return JSON.parse(f.text).articleBody;
  return f.text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

const row = (name, bytes, us) =>
  console.log(`${name.padEnd(36)} ${String(bytes).padStart(9)} ${us.toFixed(1).padStart(12)} ${(bytes / us).toFixed(1).padStart(10)}`);

const files = await inputs();
const t0 = performance.now();
const renderer = await load();
const loadMs = performance.now() - t0;
const wasm = await readFile(distUrl('broadsheet.wasm'));
const shim = await readFile(distUrl('broadsheet.js'));
console.log(`broadsheet ${renderer.version}: broadsheet.wasm ${wasm.length} B (${gzipSync(wasm, { level: 9 }).length} B gzip -9), ` +
  `broadsheet.js ${shim.length} B (${gzipSync(shim, { level: 9 }).length} B gzip -9); load + compile ${loadMs.toFixed(1)} ms\n`);

console.log(`${'article (wasm in Node, full page render)'.padEnd(36)} ${'bytes'.padStart(9)} ${'median µs'.padStart(12)} ${'MB/s'.padStart(10)}`);
for (const f of files) row(f.name, Buffer.byteLength(f.text), median(() => renderer.render(f.text)));

const { marked } = await import('marked');
const MarkdownIt = (await import('markdown-it')).default;
const mdit = new MarkdownIt();
console.log(`\n${'Markdown body only'.padEnd(36)} ${'bytes'.padStart(9)} ${'median µs'.padStart(12)} ${'MB/s'.padStart(10)}`);
for (const f of files) {
  const body = bodyOf(f);
  const bytes = Buffer.byteLength(body);
  row(`${f.name}: broadsheet (wasm)`, bytes, median(() => renderer.render(body, { mode: 'commonmark' })));
  row(`${f.name}: marked`, bytes, median(() => marked.parse(body)));
  row(`${f.name}: markdown-it`, bytes, median(() => mdit.render(body)));
}

const native = rel('build/native/bench/native_bench').pathname;
try {
  await stat(native);
  console.log('');
  const paths = files.filter((f) => f.path).map((f) => f.path);
  process.stdout.write(execFileSync(native, paths, { encoding: 'utf8' }));
} catch (err) {
  console.log(`\n(native benchmark not built: ${err.message.split('\n')[0]})`);
}
