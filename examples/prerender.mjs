// Pre-rendering in Node: every example article becomes a complete HTML page
// (meta tags, JSON-LD, the article), through the same WebAssembly core the
// browser runs, so the static page and the drop-in show the same bytes.
//
//   node examples/prerender.mjs [OUT]        OUT defaults to build/prerendered
//
// The pages link /dist/broadsheet.css and load /dist/broadsheet.js, which adds
// the share buttons that need JavaScript; serve OUT beside dist/ (make demo
// serves the repository: build/prerendered/harbour-tides.html is then at
// http://127.0.0.1:8080/build/prerendered/harbour-tides.html).
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
// dist/ as `make` builds it (BS_DIST names another build, as for the tests).
const dist = process.env.BS_DIST ? resolve(process.env.BS_DIST) : join(here, '..', 'dist');
const { load, BroadsheetError } = await import(pathToFileURL(join(dist, 'broadsheet.js')).href);

const out = resolve(process.argv[2] ?? join(here, '..', 'build', 'prerendered'));
const articles = join(here, 'articles');

// Site-wide settings a publisher keeps in one place; each article's own fields win.
const options = {
  mode: 'page',
  stylesheet: '/dist/broadsheet.css',
  script: '/dist/broadsheet.js',
  publisher: { name: 'The Harbour Gazette', url: 'https://gazette.example/' },
  ads: { after: 2, every: 4, max: 2 },
};

const renderer = await load();
await mkdir(out, { recursive: true });
let failed = 0;
for (const file of (await readdir(articles)).sort()) {
  const format = { '.json': 'json', '.md': 'markdown' }[extname(file)];
  if (!format) continue;
  const source = await readFile(join(articles, file), 'utf8');
  const target = join(out, `${basename(file, extname(file))}-${format === 'json' ? 'json' : 'md'}.html`);
  const start = performance.now();
  try {
    const { html, readingTime, warnings } = renderer.render(source, { ...options, format });
    await writeFile(target, html);
    const ms = (performance.now() - start).toFixed(2);
    console.log(`${file} -> ${target} (${html.length} chars, ${readingTime.minutes} min read, ${ms} ms)`);
    for (const w of warnings) console.warn(`  ${file}:${w.line}:${w.column}: warning: ${w.message}`);
  } catch (err) {
    if (!(err instanceof BroadsheetError)) throw err;
    failed++;
    for (const d of err.diagnostics) console.error(`${file}:${d.line}:${d.column}: ${d.severity}: ${d.message}`);
  }
}
process.exitCode = failed ? 1 : 0;
