// Writes a synthetic news archive for measuring `broadsheet render --out-dir`:
// COUNT articles (default 10,000), about 3 KB each, half Markdown with YAML front
// matter and half NewsArticle JSON, in DIR/YYYY/MM/. The same COUNT always gives
// the same files (a seeded generator), and every article checks clean.
//   node bench/gen-archive.mjs /tmp/archive 10000
//   build/native/broadsheet render /tmp/archive --out-dir /tmp/site --jobs 2
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [dir, countText = '10000'] = process.argv.slice(2);
if (!dir) {
  console.error('usage: node bench/gen-archive.mjs DIR [COUNT]');
  process.exit(2);
}
const count = Number(countText);

let seed = 12345;  // mulberry32
function random() {
  seed = (seed + 0x6d2b79f5) | 0;
  let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
  t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (list) => list[Math.floor(random() * list.length)];

const words = ('harbour council ferry tide survey quay skipper timetable vote budget committee island crossing ' +
  'night shift workers library steppe archive records dredging silt lighthouse season spring autumn winter ' +
  'residents officers report funding service evening morning weather storm coast bridge market school ' +
  'hospital station road river village town district minister plan review decision public gallery').split(' ');
const names = ['Ines Ferreira', 'Tom Achterberg', 'Priya Raman', 'Aigerim Sadykova', 'Jonas Berg', 'Mei Tanaka'];
const sections = ['Waterfront', 'Transport', 'Culture', 'Politics', 'Weather'];

function sentence() {
  const n = 8 + Math.floor(random() * 14);
  const s = Array.from({ length: n }, () => pick(words)).join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}
const paragraph = () => Array.from({ length: 3 + Math.floor(random() * 3) }, sentence).join(' ');

function body() {
  const parts = [];
  for (let i = 0; i < 7; i++) {
    if (i === 3) parts.push(`## ${sentence().slice(0, -1)}`);
    if (i === 5) parts.push(`- ${sentence()}\n- ${sentence()}\n- ${sentence()}`);
    parts.push(paragraph());
  }
  parts.push(`Read the [full report](https://gazette.example/reports/${Math.floor(random() * 1000)}) for details.`);
  return parts.join('\n\n');
}

for (let i = 0; i < count; i++) {
  const year = 2016 + (i % 10);
  const month = String(1 + (Math.floor(i / 10) % 12)).padStart(2, '0');
  const day = String(1 + (i % 28)).padStart(2, '0');
  const headline = sentence().slice(0, -1).slice(0, 90);
  const date = `${year}-${month}-${day}T08:00:00+00:00`;
  const folder = join(dir, String(year), month);
  mkdirSync(folder, { recursive: true });
  const author = pick(names);
  const section = pick(sections);
  const description = sentence();
  const text = body();
  const image = { src: `/media/${i}.jpg`, alt: `Photograph for story ${i}: ${sentence()}` };
  if (i % 2 === 0) {
    const md = `---\ntitle: "${headline}"\ndescription: "${description}"\ndate: ${date}\n` +
      `author:\n  - name: ${author}\nsection: ${section}\ntags: [${pick(words)}, ${pick(words)}]\nlang: en-GB\n` +
      `image:\n  src: ${image.src}\n  alt: "${image.alt}"\n---\n${text}\n`;
    writeFileSync(join(folder, `story-${i}.md`), md);
  } else {
    const article = {
      '@context': 'https://schema.org', '@type': 'NewsArticle', headline, description, datePublished: date,
      author: { '@type': 'Person', name: author }, articleSection: section, keywords: [pick(words), pick(words)],
      inLanguage: 'en-GB', image: { '@type': 'ImageObject', url: image.src, alt: image.alt }, articleBody: text,
    };
    writeFileSync(join(folder, `story-${i}.json`), JSON.stringify(article, null, 2) + '\n');
  }
}
console.log(`wrote ${count} articles to ${dir}`);
