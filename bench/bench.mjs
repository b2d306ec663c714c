// make bench: Broadsheet against the JavaScript Markdown renderers, in one run.
//
// Broadsheet is measured as a reader gets it: the shipped dist/ module through
// the shim, in Node and in headless Chromium (plus the native build when
// build/native/bench/native_bench exists). markdown-it, marked and md4w (md4c
// in someone else's WebAssembly build) render the same Markdown bodies in the
// same process, interleaved round by round (bench/timing.mjs). The inputs are
// generated (bench/generate.mjs): one 9 KB news article, a 1 MB corpus of
// such articles, and the CommonMark spec text. Then cold start (Node and
// Chromium), gzip -9 sizes, the WASM heap over 10,000 renders and the cost of
// crossing the JS/WASM boundary.
//
// A report, not a test: it never fails on time. The report is Markdown
// (printed, and saved with the raw numbers under test-output/bench/).
//   node bench/bench.mjs [--quick] [--no-browser] [--write BENCHMARKS.md]
//   --write FILE: also writes the report as FILE, with how to reproduce it
//   BS_DIST=folder node bench/bench.mjs     (another build of the module)
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { article, bodyOf, corpus } from './generate.mjs';
import { interleave, renderCases } from './timing.mjs';
import { DIST, distUrl, importShim } from '../tests/dist.mjs';

const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));
const OUT = join(ROOT, 'test-output', 'bench');
const NATIVE = join(ROOT, 'build', 'native', 'bench', 'native_bench');
const argv = process.argv.slice(2);
const args = new Set(argv);
const writeTo = argv.includes('--write') ? resolve(argv[argv.indexOf('--write') + 1]) : null;
const quick = args.has('--quick');
const withBrowser = !args.has('--no-browser');

const COLD_NODE_RUNS = quick ? 4 : 11;
const COLD_BROWSER_RUNS = quick ? 3 : 7;
const MEMORY_RENDERS = 10_000;

const lines = [];
const say = (text = '') => {
  lines.push(text);
  console.log(text);
};
const bytes = (s) => Buffer.byteLength(s);
const median = (list) => [...list].sort((a, b) => a - b)[list.length >> 1];
const fmt = (n, digits = 0) => (n == null || Number.isNaN(n) ? '–' : n.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits }));
const gzip9 = (path) => execFileSync('gzip', ['-9', '-n', '-c', path], { maxBuffer: 64 << 20 }).length;
const raw = {};

// ---------------------------------------------------------------------------
// Inputs
// ---------------------------------------------------------------------------
mkdirSync(OUT, { recursive: true });
const one = article(1);
const all = corpus();
const spec = readFileSync(join(ROOT, 'node_modules/commonmark-spec/spec.txt'), 'utf8');
const specArticle = `---\ntitle: CommonMark Spec\n---\n${spec}`;
const inputs = {
  article: { articles: [one], bodies: [bodyOf(one)] },
  corpus: { articles: all, bodies: all.map(bodyOf) },
  spec: { articles: [specArticle], bodies: [spec] },
};
// Rounds per input (each round is one call per renderer): the corpus is seen
// three times over, one article per call.
const PLAN = {
  article: { rounds: quick ? 60 : 300 },
  corpus: { rounds: (quick ? 1 : 3) * all.length },
  spec: { rounds: quick ? 5 : 25 },
};
const inputBytes = (input, takes) => (takes === 'body' ? inputs[input].bodies : inputs[input].articles).reduce((n, t) => n + bytes(t), 0);
// Files for the native benchmark and the browser's cold-start page. The
// native tool renders one file per row, so the corpus goes to it as one
// document (the 120 bodies under one front matter).
const files = {
  article: join(OUT, 'article.md'),
  corpus: join(OUT, 'corpus-1mb.md'),
  spec: join(OUT, 'spec.md'),
  tiny: join(OUT, 'tiny.md'),
};
writeFileSync(files.article, one);
writeFileSync(files.corpus, one.match(/^---\n[\s\S]*?\n---\n/)[0] + inputs.corpus.bodies.join('\n'));
writeFileSync(files.spec, specArticle);
writeFileSync(files.tiny, '---\ntitle: T\n---\nHello.\n');

// ---------------------------------------------------------------------------
// The machine
// ---------------------------------------------------------------------------
const cpuModel = (readFileSync('/proc/cpuinfo', 'utf8').match(/^model name\s*:\s*(.*)$/m) || [])[1] || cpus()[0]?.model;
const { load, BroadsheetError } = await importShim();
const renderer = await load();
say(`# Broadsheet benchmark`);
say();
say(`${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC · ${cpuModel}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GiB · ` +
  `load average ${loadavg().map((n) => n.toFixed(2)).join(' ')} at the start · Node ${process.versions.node} · ` +
  `Broadsheet ${renderer.version} from ${DIST}${quick ? ' · --quick' : ''}`);
say();
say(`Inputs: article ${fmt(bytes(one))} B (${fmt(one.split(/\s+/).filter(Boolean).length)} words; body ${fmt(bytes(inputs.article.bodies[0]))} B), ` +
  `corpus ${all.length} articles ${fmt(inputBytes('corpus', 'article'))} B (bodies ${fmt(inputBytes('corpus', 'body'))} B), ` +
  `CommonMark spec ${fmt(bytes(spec))} B. MB/s counts the bytes each renderer is given (bodies for the body-only rows).`);

// ---------------------------------------------------------------------------
// Node: every renderer in this process, interleaved
// ---------------------------------------------------------------------------
const MarkdownIt = (await import('markdown-it')).default;
const { marked } = await import('marked');
const md4w = await import('md4w');
await md4w.init('small');
const mdit = new MarkdownIt();
const renderers = {
  'markdown-it': { takes: 'body', render: (t) => mdit.render(t) },
  marked: { takes: 'body', render: (t) => marked.parse(t) },
  'md4w (small)': { takes: 'body', render: (t) => md4w.mdToHtml(t) },
  'Broadsheet commonmark': { takes: 'body', render: (t) => renderer.render(t, { mode: 'commonmark' }).html },
  'Broadsheet fragment': { takes: 'article', render: (t) => renderer.render(t).html },
  'Broadsheet page + ads': { takes: 'article', render: (t) => renderer.render(t, { mode: 'page', ads: true }).html },
};
const packageVersion = (name) => JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8')).version;
const labels = {
  'markdown-it': `markdown-it ${packageVersion('markdown-it')} (body only)`,
  marked: `marked ${packageVersion('marked')} (body only)`,
  'md4w (small)': `md4w ${packageVersion('md4w')} small (md4c in WASM, body only)`,
  'Broadsheet commonmark': "Broadsheet `mode: 'commonmark'` (body only)",
  'Broadsheet fragment': 'Broadsheet fragment (whole article)',
  'Broadsheet page + ads': 'Broadsheet page, ads (whole article)',
  native: 'Broadsheet native fragment (g++ -O3)',
};

const node = {};
for (const [input, options] of Object.entries(PLAN)) {
  process.stderr.write(`node: ${input}…\n`);
  node[input] = interleave(renderCases(renderers, inputs[input]), options);
}
raw.node = node;

// ---------------------------------------------------------------------------
// Native (the other helper's tool; its own rows are printed as they come)
// ---------------------------------------------------------------------------
let nativeText = null;
const native = {};
if (existsSync(NATIVE)) {
  process.stderr.write('native…\n');
  try {
    nativeText = execFileSync(NATIVE, [files.article, files.corpus, files.spec, files.tiny], { encoding: 'utf8', maxBuffer: 16 << 20 });
    // "name bytes median-µs ..." per file; columns after these may vary.
    for (const [input, path] of Object.entries(files)) {
      const name = path.split('/').pop();
      const size = bytes(readFileSync(path, 'utf8'));
      const line = nativeText.split('\n').find((l) => l.trim().startsWith(name));
      const numbers = line?.trim().slice(name.length).trim().split(/\s+/).map(Number);
      if (numbers && numbers[0] === size && numbers[1] > 0) native[input] = { us: numbers[1], bytes: size };
    }
  } catch (err) {
    nativeText = `native_bench failed: ${err.message.split('\n')[0]}`;
  }
}
raw.native = { text: nativeText, parsed: native };

// ---------------------------------------------------------------------------
// Chromium: the same cases in a page served under the strict CSP
// ---------------------------------------------------------------------------
let browser = null;
let chromiumVersion = null;
let coldBrowser = null;
let browserIsolated = null;
if (withBrowser) {
  try {
    process.stderr.write('chromium…\n');
    ({ browser, chromiumVersion, coldBrowser, browserIsolated } = await inChromium());
  } catch (err) {
    say();
    say(`(Chromium not measured: ${err.message.split('\n')[0]})`);
  }
}
raw.browser = browser;

async function inChromium() {
  const { chromium } = await import('playwright-core');
  const { startServer } = await import('../scripts/serve.mjs');
  const server = await startServer({ port: 0 });
  const isolated = await isolatingProxy(server.url);
  const instance = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  try {
    const context = await instance.newContext();
    const page = await context.newPage();
    const problems = [];
    page.on('pageerror', (e) => problems.push(e.message));
    page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
    await page.goto(`${isolated.url}/bench/browser/throughput.html`);
    await page.waitForFunction(() => window.benchmarkReady, null, { timeout: 30_000 });
    await page.evaluate(() => window.benchmarkReady);
    const measured = await page.evaluate((plan) => window.benchmark(plan), PLAN);
    if (problems.length) throw new Error(problems.join('; '));
    await context.close();

    // Cold start: each navigation in a fresh context (no HTTP or code cache),
    // the plain page and the one that preloads the module, alternately.
    const cold = { plain: [], preload: [] };
    for (let i = 0; i < 2 * COLD_BROWSER_RUNS; i++) {
      const variant = i % 2 ? 'preload' : 'plain';
      const ctx = await instance.newContext();
      const p = await ctx.newPage();
      await p.goto(`${server.url}/bench/browser/${variant === 'plain' ? 'cold' : 'cold-preload'}.html`);
      await p.waitForFunction(() => window.__cold, null, { timeout: 30_000 });
      const result = await p.evaluate(() => window.__cold);
      await ctx.close();
      if (result.error) throw new Error(`cold start page: ${result.error}`);
      cold[variant].push(result);
    }
    if (!measured.isolated) process.stderr.write('chromium: the page is not cross-origin isolated (timer 100 µs): batched calls\n');
    return { browser: measured.results, chromiumVersion: instance.version(), coldBrowser: cold, browserIsolated: measured.isolated };
  } finally {
    await instance.close();
    await isolated.close();
    await server.close();
  }
}

// The demo server's responses (strict CSP and all) plus the two headers that
// make the page cross-origin isolated, which is what gives performance.now()
// 5 µs resolution instead of 100 µs in Chromium.
async function isolatingProxy(upstream) {
  const http = await import('node:http');
  const proxy = http.createServer((req, res) => {
    http.get(upstream + req.url, (up) => {
      res.writeHead(up.statusCode, {
        ...up.headers,
        'Cross-Origin-Opener-Policy': 'same-origin',
        'Cross-Origin-Embedder-Policy': 'require-corp',
      });
      up.pipe(res);
    }).on('error', (err) => res.writeHead(502).end(err.message));
  });
  await new Promise((r) => proxy.listen(0, '127.0.0.1', r));
  return { url: `http://127.0.0.1:${proxy.address().port}`, close: () => new Promise((r) => proxy.close(r)) };
}

// ---------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------
say();
say(`## Speed${chromiumVersion ? ` (Node ${process.versions.node}; Chromium ${chromiumVersion})` : ''}`);
say();
// µs per article; MB/s (bytes per µs) on the corpus (its samples are µs per byte) and on the spec.
const cell = (set, name, takes) => ({
  us: set.article[name].median,
  corpus: 1 / set.corpus[name].median,
  spec: inputBytes('spec', takes) / set.spec[name].median,
});
const head = ['', '9 KB article, median µs', '× markdown-it', '1 MB corpus, MB/s', 'spec, MB/s'];
if (browser) head.push('Chromium: article µs', '× markdown-it', 'corpus MB/s', 'spec MB/s');
say(`| ${head.join(' | ')} |`);
say(`|${head.map((_, i) => (i ? '--:' : '---')).join('|')}|`);
const base = node.article['markdown-it'].median;
const baseBrowser = browser?.article['markdown-it'].median;
for (const [name, { takes }] of Object.entries(renderers)) {
  const n = cell(node, name, takes);
  const cells = [labels[name], fmt(n.us), fmt(base / n.us, 2), fmt(n.corpus, 1), fmt(n.spec, 1)];
  if (browser) {
    const b = cell(browser, name, takes);
    cells.push(fmt(b.us), fmt(baseBrowser / b.us, 2), fmt(b.corpus, 1), fmt(b.spec, 1));
  }
  say(`| ${cells.join(' | ')} |`);
}
if (native.article) {
  const cells = [labels.native, fmt(native.article.us), fmt(base / native.article.us, 2),
    native.corpus ? `${fmt(native.corpus.bytes / native.corpus.us, 1)}¹` : '–',
    native.spec ? fmt(native.spec.bytes / native.spec.us, 1) : '–'];
  if (browser) cells.push('', '', '', '');
  say(`| ${cells.join(' | ')} |`);
}
say();
say('Node: the shipped module through the shim (`render()` with its JSON options, UTF-8 in and out), all in one process. ' +
  'Each cell is a median of interleaved calls (bench/timing.mjs); corpus MB/s is the median per-byte time over its articles, each seen three times. ' +
  '"× markdown-it" divides markdown-it\'s time on the body alone by the row\'s time, whole-article rows included.' +
  (browser ? ` Chromium: the same cases in a page under the strict CSP, ${browserIsolated ? 'cross-origin isolated (5 µs timer)' : 'not isolated (calls timed in 2 ms batches)'}; Broadsheet loaded by the shim from /dist/, markdown-it and marked from their min.js bundles, md4w from its ES module.` : '') +
  (native.corpus ? ' ¹ native: the corpus as one document (the native tool renders one file per row); it runs the same instructions per byte as on one article (callgrind), so what it loses per byte on a loaded machine is memory (fresh large buffers each render), not the algorithm.' : ''));
if (nativeText) {
  say();
  say('native_bench output (build/native/bench/native_bench):');
  say();
  say('```');
  say(nativeText.trimEnd());
  say('```');
} else {
  say();
  say('(native: build/native/bench/native_bench not built; `cmake --build --preset native --target native_bench`)');
}

// ---------------------------------------------------------------------------
// The JS <-> WASM boundary: a render with almost nothing to render
// ---------------------------------------------------------------------------
const tiny = readFileSync(files.tiny, 'utf8');
const boundary = interleave([
  { name: 'commonmark "Hello."', calls: [() => renderer.render('Hello.', { mode: 'commonmark' }).html] },
  { name: 'fragment, 3-line article, no options', calls: [() => renderer.render(tiny).html] },
  { name: 'fragment, 3-line article, 4 options', calls: [() => renderer.render(tiny, { mode: 'fragment', share: true, toc: 'auto', allowHtml: false }).html] },
  { name: 'markdown-it "Hello."', calls: [() => mdit.render('Hello.')] },
  { name: 'md4w "Hello."', calls: [() => md4w.mdToHtml('Hello.')] },
], { rounds: quick ? 100 : 400 });
raw.boundary = boundary;
say();
say('## Per-call overhead (almost nothing to render)');
say();
say('| call | median µs |');
say('|---|--:|');
for (const [name, { median: us }] of Object.entries(boundary)) say(`| ${name} | ${fmt(us, 1)} |`);
if (native.tiny) say(`| native fragment, the same 3-line article | ${fmt(native.tiny.us, 1)} |`);
say();
say('"no options" calls `render(text)`: the shim sends no options JSON, so the difference to the next row is the options round trip (JSON.stringify, then parsed in C++); ' +
  'markdown-it and md4w on the same text give the floor a JavaScript call costs.');

// ---------------------------------------------------------------------------
// Cold start
// ---------------------------------------------------------------------------
process.stderr.write('cold start…\n');
const coldNode = [];
for (let i = 0; i < COLD_NODE_RUNS; i++) {
  const run = spawnSync(process.execPath, [join(ROOT, 'bench/cold-node.mjs'), distUrl('broadsheet.js').href, files.article], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`cold-node.mjs: ${run.stderr}`);
  coldNode.push(JSON.parse(run.stdout));
}
raw.cold = { node: coldNode, browser: coldBrowser };
say();
say('## Cold start');
say();
say(`- Node, a fresh \`node\` process, \`import()\` of the shim → first article rendered: **${fmt(median(coldNode.map((c) => c.importToRendered)), 1)} ms** ` +
  `(median of ${coldNode.length}; the process itself took ${fmt(median(coldNode.map((c) => c.processToImport)), 1)} ms to reach the import).`);
if (coldBrowser) {
  const m = (list, key) => fmt(median(list.map((c) => c[key])), 1);
  const { plain, preload } = coldBrowser;
  say(`- Chromium, navigation to an article page on localhost (drop-in, \`data-broadsheet-src\`, fresh context each time) → article rendered: ` +
    `**${m(plain, 'rendered')} ms** (median of ${plain.length}; HTML received at ${m(plain, 'responseEnd')} ms, ` +
    `DOMContentLoaded at ${m(plain, 'domContentLoaded')} ms, broadsheet.wasm received at ${m(plain, 'wasmFetched')} ms). ` +
    `The same page with \`<link rel="preload" href="…/broadsheet.wasm" as="fetch" crossorigin>\`: ${m(preload, 'rendered')} ms ` +
    `(broadsheet.wasm received at ${m(preload, 'wasmFetched')} ms${preload.some((c) => c.wasmRequests > 1) ? '; **fetched twice: the shim did not use the preload**' : ''}).`);
}

// ---------------------------------------------------------------------------
// Sizes: gzip -9 of what a reader downloads
// ---------------------------------------------------------------------------
// Every dist/*.js the entry imports, statically or dynamically (the shim may be split into modules).
function moduleClosure(entry) {
  const seen = new Set();
  const visit = (path) => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(/(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g)) {
      const next = resolve(dirname(path), m[1]);
      if (existsSync(next)) visit(next);
    }
  };
  visit(entry);
  return [...seen];
}
const shimFiles = moduleClosure(join(DIST, 'broadsheet.js'));
const sized = (paths) => ({ raw: paths.reduce((n, p) => n + readFileSync(p).length, 0), gz: paths.reduce((n, p) => n + gzip9(p), 0) });
const nm = (p) => join(ROOT, 'node_modules', p);
const sizes = {
  'broadsheet.wasm': sized([join(DIST, 'broadsheet.wasm')]),
  [`broadsheet.js${shimFiles.length > 1 ? ` + ${shimFiles.length - 1} module(s) it imports` : ''}`]: sized(shimFiles),
  'broadsheet.css': sized([join(DIST, 'broadsheet.css')]),
  'markdown-it (dist/markdown-it.min.js)': sized([nm('markdown-it/dist/markdown-it.min.js')]),
  'marked (marked.min.js)': sized([nm('marked/marked.min.js')]),
  'md4w small (md4w-small.wasm + index.js + md4w.js)': sized(['md4w/js/md4w-small.wasm', 'md4w/js/index.js', 'md4w/js/md4w.js'].map(nm)),
};
const [wasmSize, jsSize] = Object.values(sizes);
const module = { raw: wasmSize.raw + jsSize.raw, gz: wasmSize.gz + jsSize.gz };
raw.sizes = { ...sizes, shimFiles };
say();
say('## Size (gzip -9)');
say();
say('| file | bytes | gzip -9 | × Broadsheet wasm + js |');
say('|---|--:|--:|--:|');
for (const [name, s] of Object.entries(sizes)) say(`| ${name} | ${fmt(s.raw)} | ${fmt(s.gz)} | ${name.startsWith('broadsheet') ? '' : fmt(s.gz / module.gz, 2)} |`);
say(`| **Broadsheet wasm + js** | ${fmt(module.raw)} | **${fmt(module.gz)}** | 1.00 |`);

// ---------------------------------------------------------------------------
// Memory: the WASM heap after 100 renders and after 10,000
// ---------------------------------------------------------------------------
// As tests/node/memory.test.mjs does: catch the module's memory as the shim instantiates it.
process.stderr.write('memory…\n');
const original = WebAssembly.instantiate;
let memory = null;
WebAssembly.instantiate = async (...a) => {
  const result = await original.apply(WebAssembly, a);
  memory = (result.instance ?? result).exports.memory;
  return result;
};
const counted = await load(readFileSync(join(DIST, 'broadsheet.wasm')));
WebAssembly.instantiate = original;
const heap = { load: memory.buffer.byteLength };
if (heap.load === 0) throw new Error('did not catch the module memory');
const work = [
  () => counted.render(one),
  () => counted.render(one, { mode: 'page', ads: true }),
  () => counted.render(inputs.article.bodies[0], { mode: 'commonmark' }),
  () => counted.render(all[7]),
  () => counted.render('---\ntitle: [\n---\n'), // an error
];
// The 1 MB corpus as one document, at render 50 and every 1,000th after: the
// heap must grow for it within the first hundred (or the measure could not
// see growth) and then stay where it is.
const big = readFileSync(files.corpus, 'utf8');
let refused = 0;
for (let i = 0; i < MEMORY_RENDERS; i++) {
  try {
    if (i % 1000 === 50) counted.render(big, { mode: 'page', ads: true });
    else work[i % work.length]();
  } catch (err) {
    if (!(err instanceof BroadsheetError)) throw err;
    refused++;
  }
  if (i === 99) heap.after100 = memory.buffer.byteLength;
}
heap.after10000 = memory.buffer.byteLength;
raw.memory = heap;
say();
say('## Memory');
say();
say(`WASM heap: ${fmt(heap.load)} B after load, ${fmt(heap.after100)} B after 100 renders, ${fmt(heap.after10000)} B after ${fmt(MEMORY_RENDERS)} ` +
  `(article, page + ads, commonmark, another article, an error, in turn, and the 1 MB corpus as one page every 1,000th; ${fmt(refused)} refused) — ` +
  `${heap.after10000 === heap.after100 ? 'flat' : `**grew by ${fmt(heap.after10000 - heap.after100)} B**`}.`);

// ---------------------------------------------------------------------------
// Issue 11's targets, as a report
// ---------------------------------------------------------------------------
const x = (set, name) => set && set.article['markdown-it'].median / set.article[name].median;
const check = (ok) => (ok == null ? '–' : ok ? 'met' : 'not yet');
const targets = [
  ['Page, 9 KB article, ≥ 3× markdown-it (Node)', `${fmt(x(node, 'Broadsheet page + ads'), 2)}×`, x(node, 'Broadsheet page + ads') >= 3],
  ['Page, 9 KB article, ≥ 3× markdown-it (Chromium)', browser ? `${fmt(x(browser, 'Broadsheet page + ads'), 2)}×` : '–', browser ? x(browser, 'Broadsheet page + ads') >= 3 : null],
  ["`commonmark` ≥ 1.3× md4w small (Node)", `${fmt(node.article['md4w (small)'].median / node.article['Broadsheet commonmark'].median, 2)}×`,
    node.article['md4w (small)'].median / node.article['Broadsheet commonmark'].median >= 1.3],
  ['1 MB corpus ≥ 60 MB/s through the shim in Node (page + ads)', `${fmt(1 / node.corpus['Broadsheet page + ads'].median, 1)} MB/s`,
    1 / node.corpus['Broadsheet page + ads'].median >= 60],
  ['wasm + js ≤ 64 KB gzip -9', `${fmt(module.gz)} B`, module.gz <= 65536],
  ['broadsheet.css ≤ 6 KB gzip -9', `${fmt(sizes['broadsheet.css'].gz)} B`, sizes['broadsheet.css'].gz <= 6144],
  ['Cold start in Node ≤ 20 ms', `${fmt(median(coldNode.map((c) => c.importToRendered)), 1)} ms`, median(coldNode.map((c) => c.importToRendered)) <= 20],
  ['WASM heap flat over 10,000 renders', `${fmt(heap.after10000 - heap.after100)} B growth`, heap.after10000 === heap.after100],
];
say();
say('## Issue 11 targets');
say();
say('| target | now | |');
say('|---|--:|---|');
for (const [name, now, ok] of targets) say(`| ${name} | ${now} | ${check(ok)} |`);
say();
say(`Load average at the end: ${loadavg().map((n) => n.toFixed(2)).join(' ')}.`);

writeFileSync(join(OUT, 'report.md'), `${lines.join('\n')}\n`);
if (writeTo) {
  const report = lines.join('\n').replace(`from ${DIST}`, `from ${DIST.startsWith(ROOT) ? DIST.slice(ROOT.length + 1) : DIST}/`);
  writeFileSync(writeTo, `${report}

## How to reproduce

\`make bench\` (builds dist/ and build/native/bench/native_bench if needed, then runs \`node bench/bench.mjs\`; about
1.5 minutes on 2 cores). \`node bench/bench.mjs --write BENCHMARKS.md\` rewrites this file; \`--quick\` runs fewer
rounds, \`--no-browser\` skips Chromium, \`BS_DIST=folder\` measures another build of the module. It needs the npm dev
dependencies (markdown-it, marked, md4w, commonmark-spec, playwright-core) and Debian's /usr/bin/chromium (or
\`CHROMIUM=path\`). The raw numbers of the last run are in test-output/bench/results.json.

What is measured: bench/generate.mjs writes the inputs from a seeded generator (the same bytes in Node and in the
browser); bench/timing.mjs interleaves the renderers round by round and takes the median of single calls, so that
load from other processes hits every renderer alike; times are medians, not means, so garbage-collection pauses of
the JavaScript renderers are mostly left out. Cold start in Node is a fresh \`node\` process per sample
(bench/cold-node.mjs); in Chromium a fresh browser context per navigation (bench/browser/cold.html). Sizes are
\`gzip -9 -n\` of the files a page downloads. The WASM heap is caught as tests/node/memory.test.mjs catches it.
bench/SIZE-AND-SPEED-NOTES.md has where the bytes and the time go, and the tools for looking
(bench/compare-wasm.mjs, bench/wasm-sizes.mjs, bench/profile-render.mjs, bench/cpuprofile-summary.mjs).
`);
}
writeFileSync(join(OUT, 'results.json'), `${JSON.stringify({ date: new Date().toISOString(), cpu: cpuModel, cores: cpus().length, node: process.versions.node, chromium: chromiumVersion, ...raw }, null, 2)}\n`);
process.stderr.write(`report: ${join(OUT, 'report.md')}\n`);
