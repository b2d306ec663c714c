// Where the bytes of a .wasm go (twiggy is not packaged for Debian): each
// section raw and gzip -9, the data segments, and with a names section (link
// with --profiling-funcs) the largest functions, each attributed to md4c,
// nlohmann, libc++, libc or Broadsheet's own code, with a sum per origin.
//   node bench/wasm-sizes.mjs FILE.wasm [TOP=40]
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const [file, top = '40'] = process.argv.slice(2);
const bytes = readFileSync(file);
const gz = (b) => gzipSync(b, { level: 9 }).length;

let at = 8; // after the magic and the version
const leb = () => {
  let result = 0;
  let shift = 0;
  for (;;) {
    const b = bytes[at++];
    result += (b & 0x7f) * 2 ** shift;
    shift += 7;
    if (!(b & 0x80)) return result;
  }
};
const name = () => {
  const n = leb();
  const s = bytes.toString('utf8', at, at + n);
  at += n;
  return s;
};

const SECTIONS = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount'];
const sections = [];
while (at < bytes.length) {
  const id = bytes[at++];
  const size = leb();
  const start = at;
  const label = id === 0 ? `custom "${name()}"` : SECTIONS[id];
  sections.push({ id, label, start, end: start + size, size });
  at = start + size;
}

// Imported functions come first in the function index space.
let imported = 0;
const imp = sections.find((s) => s.id === 2);
if (imp) {
  at = imp.start;
  for (let n = leb(); n > 0; n--) {
    name();
    name();
    const kind = bytes[at++];
    if (kind === 0) { leb(); imported++; }
    else if (kind === 1) { at++; const f = leb(); leb(); if (f & 1) leb(); }
    else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
    else if (kind === 3) { at += 2; }
  }
}

const functions = [];
const code = sections.find((s) => s.id === 10);
at = code.start;
for (let n = leb(), i = 0; i < n; i++) {
  const size = leb();
  functions.push({ index: imported + i, size, start: at });
  at += size;
}

const names = new Map();
const nameSection = sections.find((s) => s.label === 'custom "name"');
if (nameSection) {
  at = nameSection.start;
  name();
  while (at < nameSection.end) {
    const kind = bytes[at++];
    const size = leb();
    const end = at + size;
    if (kind === 1) for (let n = leb(); n > 0; n--) { const i = leb(); names.set(i, name()); }
    at = end;
  }
}

const data = [];
const dataSection = sections.find((s) => s.id === 11);
if (dataSection) {
  at = dataSection.start;
  for (let n = leb(); n > 0; n--) {
    const flags = leb();
    if (flags === 2) leb();
    let offset = null;
    if (flags !== 1) { // an active segment: i32.const OFFSET end
      if (bytes[at] === 0x41) { at++; offset = leb(); } else at++;
      while (bytes[at++] !== 0x0b);
    }
    const size = leb();
    data.push({ offset, size, gz: gz(bytes.subarray(at, at + size)) });
    at += size;
  }
}

function origin(fn) {
  if (!fn) return 'unnamed';
  // The qualified name alone: no return type, no parameters, no template arguments.
  const qualified = fn.replace(/^(?:void|bool|int|unsigned (?:int|long)|char|[\w:]+\*?) (?=[\w:~])/, '').split('(')[0];
  const outer = qualified.replace(/<.*>/g, '<>');
  if (/^std::/.test(outer) || /^(operator new|operator delete|__cxa|__cxx|__gxx|abort_message|__libcpp)/.test(outer)) {
    return /broadsheet/.test(qualified) ? 'libc++ instantiated for Broadsheet types' : 'libc++';
  }
  if (/^nlohmann::/.test(outer)) return 'nlohmann';
  if (/^(broadsheet::|bs_)/.test(outer)) return /nlohmann/.test(fn) ? 'Broadsheet (nlohmann callbacks)' : 'Broadsheet';
  if (/^(md_|entity_)/.test(outer)) return 'md4c';
  if (/^(v?snprintf|put|pad)$/.test(outer)) return 'Broadsheet (wasm/small_libc.c)';
  return 'libc / runtime';
}

const total = bytes.length;
console.log(`${file}: ${total.toLocaleString('en')} B, ${gz(bytes).toLocaleString('en')} B gzip -9\n`);
console.log('| section | bytes | gzip -9 alone |\n|---|--:|--:|');
for (const s of sections) console.log(`| ${s.label} | ${s.size.toLocaleString('en')} | ${gz(bytes.subarray(s.start, s.end)).toLocaleString('en')} |`);
console.log(`\n${data.length} data segments: ${data.map((d) => `${d.size.toLocaleString('en')} B (gz ${d.gz.toLocaleString('en')}) at ${d.offset}`).join('; ')}`);

if (names.size) {
  const byOrigin = new Map();
  for (const f of functions) {
    f.name = names.get(f.index) ?? `#${f.index}`;
    f.origin = origin(names.get(f.index));
    f.gz = gz(bytes.subarray(f.start, f.start + f.size));
    const o = byOrigin.get(f.origin) ?? { n: 0, size: 0, gz: 0 };
    o.n++;
    o.size += f.size;
    o.gz += f.gz;
    byOrigin.set(f.origin, o);
  }
  console.log('\n| origin | functions | code bytes | sum of each function gzipped alone |\n|---|--:|--:|--:|');
  for (const [o, v] of [...byOrigin].sort((a, b) => b[1].size - a[1].size)) {
    console.log(`| ${o} | ${v.n} | ${v.size.toLocaleString('en')} | ${v.gz.toLocaleString('en')} |`);
  }
  console.log(`\n| # | function | origin | bytes |\n|--:|---|---|--:|`);
  functions.sort((a, b) => b.size - a.size).slice(0, Number(top)).forEach((f, i) => {
    const shown = f.name.length > 110 ? `${f.name.slice(0, 107)}...` : f.name;
    console.log(`| ${i + 1} | \`${shown.replace(/\|/g, '\\|')}\` | ${f.origin} | ${f.size.toLocaleString('en')} |`);
  });
}
