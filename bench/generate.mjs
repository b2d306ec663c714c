// Deterministic benchmark inputs: news articles in Markdown with YAML front
// matter, as a newsroom writes them (paragraphs with emphasis and links, h2
// sections, a list, a quote, an image with a caption, a table). The same seed
// gives the same bytes in Node and in the browser (no Node imports here), so
// both measure exactly the same text.
//
//   import { article, corpus, bodyOf } from './generate.mjs';
//   article(1)        // ≈ 8.9 KB, ≈ 1,230 words: the benchmark article
//   corpus()          // ≈ 120 articles, 1 MB in all

// mulberry32: a small, well-mixed 32-bit PRNG; a seed gives one sequence.
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = (
  'the of and to in a that for on with as was at by from said it were is his her their its has have had but not this ' +
  'council harbour city budget report minister police court school hospital river bridge station market election ' +
  'ferry rail road housing water energy library museum festival survey board union workers residents officials ' +
  'plan proposal decision meeting vote week month year morning evening spring winter summer autumn night ' +
  'new old first last local national public private small large major early late recent final annual ' +
  'announced confirmed reported warned agreed rejected approved opened closed raised reduced expected published ' +
  'million thousand percent figures costs prices rents wages jobs services schools roads trains buses ' +
  'because although while after before since during until across along between against without within ' +
  'people families children teachers doctors nurses drivers farmers traders visitors students engineers ' +
  'north south east west centre district quarter coast valley island harbourside old-town riverside ' +
  'according spokesperson chair director mayor inspector researchers analysts campaigners lawyers ' +
  'would could should might will may must can also still already only more most less about nearly almost'
).split(' ');
const NAMES = ['Ines Ferreira', 'Colm Devlin', 'Amara Okafor', 'Jonas Lindqvist', 'Mei Tanaka', 'Rosa Delgado',
  'Tomasz Nowak', 'Leila Haddad', 'Pieter de Vries', 'Saoirse Byrne', 'Kwame Mensah', 'Anouk Laurent'];
const SECTIONS = ['What happened', 'Why it matters', 'What the figures show', 'What residents say',
  'The council responds', 'What comes next', 'How we got here', 'The cost', 'Who decides', 'The numbers'];

function generator(seed) {
  const rnd = prng(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1));
  const pick = (list) => list[Math.floor(rnd() * list.length)];
  const word = () => pick(WORDS);
  const words = (n) => Array.from({ length: n }, word).join(' ');
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

  // A sentence of 9-20 words; now and then emphasis, strong text, a link or a number.
  function sentence() {
    const parts = [];
    const n = int(9, 20);
    for (let i = 0; i < n; i++) {
      const r = rnd();
      if (r < 0.025) parts.push(`*${words(int(1, 3))}*`);
      else if (r < 0.035) parts.push(`**${words(int(1, 2))}**`);
      else if (r < 0.05) {
        const text = words(int(2, 4));
        parts.push(rnd() < 0.5 ? `[${text}](https://news.example/${int(2019, 2026)}/${slug(text)})` : `[${text}](/archive/${slug(text)})`);
        i += 2;
      } else if (r < 0.065) parts.push(String(int(2, 980)));
      else parts.push(word());
    }
    const text = cap(parts.join(' ')).replace(/^(\*+|\[)?([a-z])/, (m) => m.toUpperCase());
    return rnd() < 0.15 ? `“${text},” said ${pick(NAMES)}.` : `${text}${rnd() < 0.1 ? '?' : '.'}`;
  }
  const paragraph = () => Array.from({ length: int(3, 5) }, sentence).join(' ');

  function frontMatter() {
    const title = cap(words(int(7, 11)));
    const author = pick(NAMES);
    const day = String(int(1, 28)).padStart(2, '0');
    const month = String(int(1, 12)).padStart(2, '0');
    return [
      '---',
      `title: ${title}`,
      `subtitle: ${cap(words(int(10, 14)))}`,
      'description: >-',
      `  ${cap(words(int(12, 16)))}.`,
      `  ${cap(words(int(10, 14)))}.`,
      `date: 2026-${month}-${day}T07:${String(int(0, 59)).padStart(2, '0')}:00+00:00`,
      'author:',
      `  name: ${author}`,
      `  role: ${pick(['Staff Reporter', 'City Correspondent', 'Transport Editor', 'Science Writer'])}`,
      `  url: https://news.example/staff/${slug(author)}`,
      'publisher:',
      '  name: The Example Gazette',
      '  url: https://news.example/',
      'image:',
      `  src: /media/lead-${seed}.jpg`,
      `  alt: ${cap(words(int(8, 12)))}`,
      `  caption: ${cap(words(int(6, 10)))}.`,
      '  width: 1200',
      '  height: 675',
      'lang: en-GB',
      `section: ${pick(['City', 'Transport', 'Science', 'Business', 'Waterfront'])}`,
      `tags: [${Array.from({ length: 4 }, word).join(', ')}]`,
      `url: https://news.example/2026/${month}/${slug(title)}`,
      '---',
      '',
    ].join('\n');
  }

  function table() {
    const rows = Array.from({ length: int(4, 6) }, () =>
      `| ${cap(words(2))} | ${int(10, 990)} | ${int(10, 990)} | ${rnd() < 0.5 ? '−' : '+'}${int(1, 40)} % |`);
    return [`Table: ${cap(words(int(5, 8)))}`, '', '| Area | Last year | This year | Change |', '|:--|--:|--:|--:|', ...rows].join('\n');
  }

  function body(sections) {
    const blocks = [paragraph(), paragraph()];
    const titles = [...SECTIONS].sort(() => rnd() - 0.5).slice(0, sections);
    titles.forEach((title, i) => {
      blocks.push(`## ${title}`);
      const paragraphs = int(2, 3);
      for (let p = 0; p < paragraphs; p++) blocks.push(paragraph());
      if (i === 0) blocks.push(`![${cap(words(int(6, 10)))}](/media/photo-${seed}-${i}.jpg "${cap(words(int(5, 9)))}. | Photo: ${pick(NAMES)}")`);
      if (i === 1) blocks.push(table());
      if (i === 2) blocks.push(Array.from({ length: int(3, 5) }, () => `- ${cap(words(int(6, 12)))}.`).join('\n'));
      if (i === 3) blocks.push(`> ${sentence()} ${sentence()}`);
      if (i === sections - 1) blocks.push(paragraph());
    });
    return `${blocks.join('\n\n')}\n`;
  }

  return { frontMatter, body };
}

/** Article number `seed`: front matter + body, about 8.9 KB for seed 1 (the length varies a little by seed). */
export function article(seed = 1) {
  const g = generator(seed);
  return g.frontMatter() + g.body(5);
}

/** The Markdown after the front matter: what a plain Markdown renderer is given. */
export function bodyOf(text) {
  return text.replace(/^---\n[\s\S]*?\n---\n/, '');
}

/** Articles 1, 2, 3, … until they add up to `bytes` (UTF-8); about 120 for 1 MB. */
export function corpus(bytes = 1_000_000) {
  const list = [];
  const encoder = new TextEncoder();
  for (let seed = 1, total = 0; total < bytes; seed++) {
    const text = article(seed);
    list.push(text);
    total += encoder.encode(text).length;
  }
  return list;
}
