// One cold start in Node, run by bench.mjs in a fresh process: import the shim
// and render the first article. Prints JSON: ms from process start to the
// import, and from the import to the first article rendered.
//   node bench/cold-node.mjs SHIM_URL ARTICLE_PATH
import { readFileSync } from 'node:fs';

const [shim, path] = process.argv.slice(2);
const source = readFileSync(path, 'utf8');
const start = performance.now(); // ms since the process started
const { load } = await import(shim);
const renderer = await load();
const { html } = renderer.render(source);
const end = performance.now();
if (!html.includes('<article')) throw new Error('the article was not rendered');
console.log(JSON.stringify({ processToImport: start, importToRendered: end - start }));
