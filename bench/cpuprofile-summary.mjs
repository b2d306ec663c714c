// Summarises a V8 .cpuprofile (node --cpu-prof): the functions with the most
// self time, and with the most total time (each sample counted once per
// function on its stack), as a Markdown table. WebAssembly functions show
// their names when the module has a names section.
//   node bench/cpuprofile-summary.mjs FILE.cpuprofile [TOP=30]
import { readFileSync } from 'node:fs';

const [file, top = '30'] = process.argv.slice(2);
const profile = JSON.parse(readFileSync(file, 'utf8'));
const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const label = (n) => {
  const { functionName, url } = n.callFrame;
  const where = url.startsWith('wasm://') ? 'wasm' : url ? url.split('/').pop() : '';
  return `${functionName || '(anonymous)'}${where ? ` [${where}]` : ''}`;
};

const self = new Map();
const total = new Map();
let all = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  all += dt;
  const node = byId.get(id);
  self.set(label(node), (self.get(label(node)) ?? 0) + dt);
  const seen = new Set();
  for (let at = id; at !== undefined; at = parent.get(at)) {
    const name = label(byId.get(at));
    if (!seen.has(name)) {
      seen.add(name);
      total.set(name, (total.get(name) ?? 0) + dt);
    }
  }
});
const idle = ['(idle) ', '(program) ', '(garbage collector) '];
const wasmSelf = [...self].filter(([k]) => k.endsWith('[wasm]')).reduce((s, [, v]) => s + v, 0);
console.log(`${file}: ${(all / 1000).toFixed(0)} ms sampled; self time in wasm ${((100 * wasmSelf) / all).toFixed(1)} %`);
for (const [title, map] of [['self', self], ['total', total]]) {
  console.log(`\n| function (${title} time) | ms | % |\n|---|--:|--:|`);
  const rows = [...map].filter(([k]) => !idle.includes(k)).sort((a, b) => b[1] - a[1]).slice(0, Number(top));
  for (const [name, t] of rows) console.log(`| \`${name.replace(/\|/g, '\\|')}\` | ${(t / 1000).toFixed(1)} | ${((100 * t) / all).toFixed(1)} |`);
}
