// The front-matter corpus (tests/front-matter/, see its README): files written
// the way each site generator's documentation writes them, each with a sidecar
// NAME.expect.json saying what a reader must see. Every valid file is rendered
// in fragment mode through dist/ and each expected field is looked for where it
// belongs in the HTML (headline in the h1, section in the kicker, and so on),
// not merely somewhere in the output. The invalid or unusual files expect one
// error or warning, by substring and line.
//
// The test prints one line of pass counts per generator, and fails listing
// every file, field, expected and found value that did not match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { importShim, ROOT } from '../dist.mjs';

const { load, BroadsheetError } = await importShim();

const CORPUS = new URL('../front-matter/', import.meta.url);
const GENERATORS = ['jekyll', 'hugo-yaml', 'hugo-toml', 'hugo-json', 'eleventy', 'astro', 'zola', 'nextjs', 'go-blog',
  'schema-org'];
const EXPECT_KEYS = new Set(['headline', 'section', 'standfirst', 'subtitle', 'authors', 'datePublished',
  'dateModified', 'image', 'tags', 'lang', 'error', 'warning', 'line', 'path', 'note']);
const AUTHOR_KEYS = new Set(['name', 'url', 'role', 'affiliation']);

// ---------------------------------------------------------------------------
// A tiny strict HTML reader: enough for the renderer's own output, and loud
// about anything it does not understand (an unbalanced tag, an unknown
// character reference), so a malformed page fails instead of matching wrongly.
// ---------------------------------------------------------------------------

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track',
  'wbr']);
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

function decodeEntities(s) {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);?/g, (all, ref) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return String.fromCodePoint(cp);
    }
    if (!(ref in NAMED) || !all.endsWith(';')) throw new Error(`unknown character reference ${all}`);
    return NAMED[ref];
  });
}

/** Parses HTML into {tag, attrs, children} nodes; text children are strings (decoded). */
function parseHtml(html) {
  const root = { tag: '#root', attrs: {}, children: [] };
  const stack = [root];
  const attrs = '((?:\\s+[^\\s"\'>/=]+(?:\\s*=\\s*(?:"[^"]*"|\'[^\']*\'|[^\\s"\'=<>`]+))?)*)';
  const token = new RegExp([
    '<!--[\\s\\S]*?-->|<!DOCTYPE html>', // skipped
    '<\\/([a-zA-Z][a-zA-Z0-9-]*)\\s*>', // 1: end tag
    `<([a-zA-Z][a-zA-Z0-9-]*)${attrs}\\s*(\\/?)>`, // 2: start tag, 3: its attributes, 4: self-closing
    '([^<]+)', // 5: text
    '(<)', // 6: anything else is an error
  ].join('|'), 'g');
  let m;
  while ((m = token.exec(html))) {
    const top = stack[stack.length - 1];
    if (m[6]) throw new Error(`stray "<" at offset ${m.index}: ${html.slice(m.index, m.index + 40)}`);
    if (m[5] !== undefined) top.children.push(decodeEntities(m[5]));
    else if (m[1]) {
      const tag = m[1].toLowerCase();
      if (top.tag !== tag) throw new Error(`</${tag}> closes <${top.tag}> at offset ${m.index}`);
      stack.pop();
    } else if (m[2]) {
      const node = { tag: m[2].toLowerCase(), attrs: {}, children: [] };
      const attr = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
      let a;
      while ((a = attr.exec(m[3]))) {
        const name = a[1].toLowerCase();
        if (name in node.attrs) throw new Error(`attribute ${name} twice on <${node.tag}>`);
        node.attrs[name] = decodeEntities(a[2] ?? a[3] ?? a[4] ?? '');
      }
      top.children.push(node);
      if (node.tag === 'script') {
        // Raw text up to </script> (JSON-LD), kept as written.
        const end = html.indexOf('</script>', token.lastIndex);
        if (end < 0) throw new Error('<script> is never closed');
        node.children.push(html.slice(token.lastIndex, end));
        token.lastIndex = end + '</script>'.length;
      } else if (!VOID.has(node.tag) && !m[4]) stack.push(node);
    }
  }
  if (stack.length !== 1) throw new Error(`<${stack[stack.length - 1].tag}> is never closed`);
  return root;
}

const hasClass = (node, cls) => (node.attrs.class ?? '').split(/\s+/).includes(cls);

/** Every element under node (document order) that passes test. */
function findAll(node, test, out = []) {
  for (const c of node.children) {
    if (typeof c === 'string') continue;
    if (test(c)) out.push(c);
    findAll(c, test, out);
  }
  return out;
}

const byClass = (node, tag, cls) => findAll(node, (n) => (!tag || n.tag === tag) && (!cls || hasClass(n, cls)));

function textOf(node) {
  return node.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

// Typographic punctuation may be on by default (curly quotes and ellipses in the
// article's language): the corpus compares text with quotes and ellipses folded
// to their typewriter forms, and avoids "--" in the fields it checks.
const fold = (s) => s.replace(/[\u2018\u2019\u201a\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u2033]/g, '"')
  .replace(/\u2026/g, '...');

// ---------------------------------------------------------------------------
// Checking one file
// ---------------------------------------------------------------------------

const show = (v) => (v === undefined ? '(nothing)' : JSON.stringify(v));

/** The parsed document, or the problem to report when the HTML is not well formed. */
function parsedOrProblem(html, field) {
  try {
    return { doc: parseHtml(html) };
  } catch (err) {
    return { problem: { field, expected: 'well-formed HTML', found: err.message } };
  }
}

/** Compares what the page shows with the sidecar; returns [{field, expected, found}] (empty: it passes). */
function checkRendered(html, warnings, want) {
  const problems = [];
  const miss = (field, expected, found) => problems.push({ field, expected, found });
  const { doc, problem } = parsedOrProblem(html, 'html');
  if (problem) return [problem];
  const article = byClass(doc, 'article', 'bs-article');
  if (article.length !== 1) {
    return [{ field: 'html', expected: 'one <article class="bs-article">', found: article.length }];
  }
  const one = (tag, cls) => byClass(article[0], tag, cls);
  // The text of the one element found; else how many there were (none: undefined).
  const text = (nodes) => {
    if (nodes.length === 1) return fold(textOf(nodes[0]));
    return nodes.length ? `${nodes.length} elements` : undefined;
  };

  const h1 = one('h1');
  if (h1.length !== 1) miss('headline', 'one <h1>', `${h1.length} h1 elements`);
  else if (fold(textOf(h1[0])) !== fold(want.headline)) miss('headline', want.headline, text(h1));

  for (const [field, cls] of [['section', 'bs-kicker'], ['standfirst', 'bs-standfirst'], ['subtitle', 'bs-subtitle']]) {
    if (want[field] === undefined) continue;
    const found = text(one(null, cls));
    if (found !== fold(want[field])) miss(field, want[field], found);
  }

  if (want.authors) {
    const byline = one(null, 'bs-byline');
    const people = byline.length === 1 ? byClass(byline[0], null, 'bs-author') : [];
    if (byline.length !== 1) {
      miss('authors', want.authors.map((a) => a.name), byline.length ? 'several bylines' : undefined);
    }
    else if (people.length !== want.authors.length) {
      miss('authors', want.authors.map((a) => a.name),
        people.map((p) => fold(textOf(byClass(p, null, 'bs-author-name')[0] ?? p))));
    } else {
      want.authors.forEach((a, i) => {
        const person = people[i];
        const name = byClass(person, null, 'bs-author-name');
        const found = text(name);
        if (found !== fold(a.name)) miss(`authors[${i}].name`, a.name, found);
        if (a.url !== undefined) {
          const href = name.length === 1 && name[0].tag === 'a' ? name[0].attrs.href : undefined;
          if (href !== a.url) miss(`authors[${i}].url`, a.url, href);
        }
        if (a.role !== undefined) {
          const role = text(byClass(person, null, 'bs-author-role'));
          if (role !== fold(a.role)) miss(`authors[${i}].role`, a.role, role);
        }
        if (a.affiliation !== undefined) {
          const all = fold(textOf(person));
          if (!all.includes(fold(a.affiliation))) miss(`authors[${i}].affiliation`, a.affiliation, all);
        }
      });
    }
  }

  for (const [field, cls] of [['datePublished', 'bs-published'], ['dateModified', 'bs-updated']]) {
    if (want[field] === undefined) continue;
    const holder = one(null, cls);
    const time = holder.length === 1 ? byClass(holder[0], 'time') : [];
    let found;
    if (time.length === 1) found = time[0].attrs.datetime;
    else if (holder.length) found = `${time.length} <time> elements`;
    if (found !== want[field]) miss(field, want[field], found);
  }

  if (want.image !== undefined) {
    const lead = one('figure', 'bs-lead');
    const img = lead.length === 1 ? byClass(lead[0], 'img') : [];
    const found = img.length >= 1 ? img[0].attrs.src : undefined;
    if (found !== want.image) miss('image', want.image, found);
  }

  if (want.tags !== undefined) {
    const list = one('ul', 'bs-tags');
    const found = list.length === 1 ? byClass(list[0], 'li').map((li) => fold(textOf(li))) : undefined;
    if (JSON.stringify(found) !== JSON.stringify(want.tags.map(fold))) miss('tags', want.tags, found);
  }

  if (want.lang !== undefined && article[0].attrs.lang !== want.lang) miss('lang', want.lang, article[0].attrs.lang);

  // What a generator would have expanded, or a reader half-parsed, must not reach the page.
  const header = one('header', 'bs-header');
  for (const [what, re, where] of [
    ['template code', /\{%|%\}|\{\{|\}\}/, textOf(article[0])],
    ['a Markdown link left as text', /\[[^\]]*\]\([^)]*\)/, header.length === 1 ? textOf(header[0]) : ''],
    ['an encoded newline', /%0A/i, html],
  ]) {
    const m = re.exec(where);
    if (m) miss('artefact', `no ${what}`, where.slice(Math.max(0, m.index - 30), m.index + 30));
  }

  // Unknown keys are kept quiet unless they look like a typo: a valid file gets no "unknown field" warning.
  for (const w of warnings) {
    if (/unknown field/i.test(w.message)) {
      miss('quiet', 'no warning about its keys', `${w.line}:${w.column}: ${w.message}`);
    }
  }
  return problems;
}

/**
 * Page mode: the headline reaches <title>, the social tags and the JSON-LD as one clean line, and a
 * schema.org article keeps its own @type and every image in its JSON-LD.
 */
function checkPage(html, want, source) {
  const problems = [];
  const miss = (field, expected, found) => problems.push({ field, expected, found });
  const { doc, problem } = parsedOrProblem(html, 'page html');
  if (problem) return [problem];
  const headline = fold(want.headline);
  const title = byClass(doc, 'title').map((t) => fold(textOf(t)));
  if (title.length !== 1 || !title[0].startsWith(headline) || /\n/.test(title[0])) {
    miss('page <title>', `${want.headline} (one line)`, title.join(' | '));
  }
  const og = byClass(doc, 'meta').filter((m) => m.attrs.property === 'og:title').map((m) => fold(m.attrs.content));
  if (og.length !== 1 || og[0] !== headline) miss('page og:title', want.headline, og.join(' | '));
  const scripts = byClass(doc, 'script').filter((s) => s.attrs.type === 'application/ld+json');
  let ld;
  try {
    ld = scripts.length === 1 ? JSON.parse(textOf(scripts[0])) : undefined;
  } catch {
    ld = undefined;
  }
  if (!ld) return [...problems, { field: 'page JSON-LD', expected: 'one JSON-LD object', found: scripts.length }];
  if (typeof ld.headline !== 'string' || fold(ld.headline) !== headline) {
    miss('page JSON-LD headline', want.headline, ld.headline);
  }
  if (source) {
    if (ld['@type'] !== source['@type']) miss('page JSON-LD @type', source['@type'], ld['@type']);
    const count = (v) => (Array.isArray(v) ? v.length : v === undefined ? 0 : 1);
    if (count(ld.image) !== count(source.image)) miss('page JSON-LD images', count(source.image), count(ld.image));
  }
  const nl = /%0A/i.exec(html);
  if (nl) miss('artefact', 'no an encoded newline in the page', html.slice(Math.max(0, nl.index - 30), nl.index + 30));
  return problems;
}

/** Checks a file whose sidecar expects an error or a warning. */
function checkDiagnostic(diagnostics, want) {
  const severity = want.error !== undefined ? 'error' : 'warning';
  const needle = (want.error ?? want.warning).toLowerCase();
  const hit = diagnostics.find((d) => d.severity === severity && d.message.toLowerCase().includes(needle)
    && (want.line === undefined || d.line === want.line) && (want.path === undefined || d.path === want.path));
  if (hit) return [];
  const found = diagnostics.map((d) => `${d.severity} ${d.line}:${d.column}: ${d.message} (at ${d.path})`).join(' | ')
    || '(no diagnostics)';
  const where = (want.line === undefined ? '' : ` at line ${want.line}`) + (want.path === undefined ? '' : ` at ${want.path}`);
  return [{ field: severity, expected: `${severity} containing ${JSON.stringify(want.error ?? want.warning)}${where}`, found }];
}

async function corpusFiles() {
  const files = [];
  for (const gen of GENERATORS) {
    const names = (await readdir(new URL(`${gen}/`, CORPUS))).sort();
    for (const name of names) {
      if (name.endsWith('.expect.json')) {
        const stem = name.slice(0, -'.expect.json'.length);
        assert.ok(names.some((n) => n !== name && n.startsWith(`${stem}.`) && !n.endsWith('.expect.json')),
          `${gen}/${name} has no article beside it`);
        continue;
      }
      assert.match(name, /\.(md|markdown|json)$/, `${gen}/${name}: only articles and their sidecars`);
      const stem = name.replace(/\.(md|markdown|json)$/, '');
      const want = JSON.parse(await readFile(new URL(`${gen}/${stem}.expect.json`, CORPUS), 'utf8'));
      for (const key of Object.keys(want)) {
        assert.ok(EXPECT_KEYS.has(key), `${gen}/${stem}.expect.json: unknown key ${key}`);
      }
      for (const a of want.authors ?? []) {
        for (const key of Object.keys(a)) assert.ok(AUTHOR_KEYS.has(key), `${gen}/${stem}.expect.json: author key ${key}`);
      }
      const diagnostic = want.error !== undefined || want.warning !== undefined;
      assert.ok(diagnostic || typeof want.headline === 'string', `${gen}/${stem}.expect.json: a headline, an error or a warning`);
      files.push({
        gen, name, want, diagnostic,
        source: await readFile(new URL(`${gen}/${name}`, CORPUS), 'utf8'),
        // schema.org articles are JSON articles; everything else is Markdown with front matter (Hugo's JSON too).
        format: gen === 'schema-org' ? 'json' : 'markdown',
      });
    }
  }
  return files;
}

// TOML front matter (Hugo's "+++", Zola) is compiled into the native build
// only; the WebAssembly module refuses it with a clear error. So every TOML
// file is rendered by the native CLI (build/native/broadsheet, or BS_CLI) and
// checked the same way, and the module is checked for its error. A missing
// CLI fails the test: nothing is skipped.
const CLI = process.env.BS_CLI ? resolve(process.env.BS_CLI) : resolve(ROOT, 'build/native/broadsheet');
const isToml = (f) => /^\+\+\+[ \t]*\r?\n/.test(f.source);

/** Renders files through `broadsheet render --jsonl` in one mode; one result per file, in order. */
function renderNative(files, mode) {
  assert.ok(existsSync(CLI), `the native CLI ${CLI} renders the TOML files: build it (cmake --build --preset native) or set BS_CLI`);
  const input = files.map((f, i) => JSON.stringify({ source: f.source, format: f.format, id: i })).join('\n') + '\n';
  const run = spawnSync(CLI, ['render', '--jsonl', '-', '--mode', mode], { input, encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(run.status, 0, `${CLI} render --jsonl: ${run.stderr}`);
  const results = run.stdout.split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l));
  assert.equal(results.length, files.length, 'one result per TOML file');
  return results.sort((a, b) => a.id - b.id).map((r) => (r.ok
    ? { html: r.html, warnings: r.diagnostics, native: true }
    : { error: new BroadsheetError(r.diagnostics.map((d) => d.message).join('; '), r.diagnostics), native: true }));
}

test('the WebAssembly module refuses TOML front matter with a clear error', async () => {
  const renderer = await load();
  const toml = (await corpusFiles()).filter(isToml);
  assert.ok(toml.length >= 30, `${toml.length} TOML files`);
  for (const f of toml) {
    // A file whose "+++" is never closed gets that error first, as natively.
    const closed = /\n\+\+\+[ \t]*(\r?\n|$)/.test(f.source);
    const expected = closed ? /TOML front matter \(\+\+\+\) is not supported by this build/ : /closing "\+\+\+" line is missing/;
    assert.throws(() => renderer.render(f.source, { format: f.format }), (err) => err instanceof BroadsheetError
      && err.diagnostics.some((d) => d.severity === 'error' && expected.test(d.message)),
    `${f.gen}/${f.name}: ${expected}`);
  }
});

test('the corpus: at least 150 valid files and 10 error cases, each with its sidecar', async () => {
  const files = await corpusFiles();
  const valid = files.filter((f) => !f.diagnostic);
  assert.ok(valid.length >= 150, `${valid.length} valid files`);
  assert.ok(files.length - valid.length >= 10, `${files.length - valid.length} error and warning cases`);
  for (const gen of GENERATORS) assert.ok(files.some((f) => f.gen === gen && !f.diagnostic), `${gen} has valid files`);
});

test('the HTML reader is strict', () => {
  assert.throws(() => parseHtml('<p><b>x</p></b>'), /closes/);
  assert.throws(() => parseHtml('<p>x'), /never closed/);
  assert.throws(() => decodeEntities('&bogus;'), /unknown/);
  const doc = parseHtml('<article class="bs-article" lang="de"><h1>A &amp; B&#x2019;s <em>x</em></h1><img src="/a?b=1&amp;c=2"></article>');
  assert.equal(textOf(byClass(doc, 'h1')[0]), 'A & B\u2019s x');
  assert.equal(byClass(doc, 'img')[0].attrs.src, '/a?b=1&c=2');
  // A page with the headline anywhere but the h1 does not pass.
  const misplaced = '<article class="bs-article"><header class="bs-header"><h1>Other</h1><p class="bs-kicker">T</p></header></article>';
  assert.deepEqual(checkRendered(misplaced, [], { headline: 'T' }).map((p) => p.field), ['headline']);
});

test('every file in the corpus renders with every field where it belongs', async (t) => {
  const renderer = await load();
  const files = await corpusFiles();
  const failures = [];
  const counts = new Map(GENERATORS.map((g) => [g, { pass: 0, all: 0 }]));
  const toml = files.filter(isToml);
  const native = { fragment: renderNative(toml, 'fragment'), page: renderNative(toml, 'page') };
  const render = (f, mode) => {
    const i = toml.indexOf(f);
    if (i < 0) return renderer.render(f.source, { format: f.format, mode });
    const out = native[mode][i];
    if (out.error) throw out.error;
    return out;
  };
  for (const f of files) {
    let problems;
    try {
      const out = render(f, 'fragment');
      if (f.diagnostic) {
        problems = checkDiagnostic(out.warnings, f.want);
      } else {
        const page = render(f, 'page');
        problems = [...checkRendered(out.html, out.warnings, f.want),
          ...checkPage(page.html, f.want, f.format === 'json' ? JSON.parse(f.source) : undefined)];
      }
    } catch (err) {
      if (!(err instanceof BroadsheetError)) throw err;
      // A warning case must still render: only an error case may stop.
      problems = f.want.error !== undefined ? checkDiagnostic(err.diagnostics, f.want)
        : [{ field: 'render', expected: 'HTML', found: err.message }];
    }
    const c = counts.get(f.gen);
    c.all++;
    f.passed = problems.length === 0;
    if (f.passed) c.pass++;
    for (const p of problems) failures.push(`${f.gen}/${f.name}: ${p.field}: expected ${show(p.expected)}, found ${show(p.found)}`);
  }
  const sum = (pick) => files.filter(pick).length;
  const passed = (pick) => files.filter((f) => pick(f) && f.passed).length;
  t.diagnostic(`front matter corpus: ${[...counts].map(([g, c]) => `${g} ${c.pass}/${c.all}`).join(', ')}; `
    + `valid files ${passed((f) => !f.diagnostic)}/${sum((f) => !f.diagnostic)}, `
    + `errors and warnings ${passed((f) => f.diagnostic)}/${sum((f) => f.diagnostic)}`);
  assert.ok(failures.length === 0,
    `${failures.length} mismatches in ${files.length - passed(() => true)} files:\n${failures.join('\n')}`);
});
