// The hostile corpus (tests/security/*.txt) in a real browser: every case is
// rendered by the WebAssembly build (fragment and page mode) and loaded in
// headless Chromium in an instrumented page WITHOUT an enforcing CSP, so any
// script that got through would really run. The page records:
//   - calls to alert/confirm/prompt/print/open, string timers, fetch,
//     XMLHttpRequest, sendBeacon, document.write, and canary globals;
//   - script, fetch, xhr and frame requests (the routes answer everything);
//   - violations of a report-only policy that forbids all script (inline,
//     handlers, javascript: URLs, eval);
//   - on* attributes, <script> (other than JSON-LD), frames (but for an https
//     iframe that is sandboxed without allow-same-origin: allowHtml's embeds), forms, <base>
//     and non-http(s)/mailto/tel URLs, from a MutationObserver while the
//     document is parsed and from a scan of the finished DOM;
//   - handlers fired by dispatching the usual events at every element.
// Any record fails the test. A planted payload proves the page can see them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { setup } from './harness.mjs';
import { CSP } from '../../scripts/serve.mjs';
import { distUrl, importShim } from '../dist.mjs';
import { readCorpus } from '../security/corpus.mjs';

const only = process.env.BS_SECURITY_CASE;
const CASES = readCorpus().filter((c) => !only || c.name.includes(only));
// frame-src https: allowHtml's embeds are https frames (embedOrigins); no other frame may load.
const REPORT_ONLY = "script-src 'none'; object-src 'none'; frame-src https:; base-uri 'none'; form-action 'none'";

let env, page, renderer, fresh;
let current = null; // { url, html } of the document being loaded
let records = [];

// Runs in the page before any of its own script (Playwright init script).
function instrument() {
  const hits = [];
  const record = (what) => hits.push(String(what).slice(0, 200));
  Object.defineProperty(window, '__hits', { value: hits });
  for (const name of ['alert', 'confirm', 'prompt', 'print', 'open'])
    window[name] = (...args) => record(`${name}(${args.join(', ')})`);
  // eval and Function are left alone (Playwright's own evaluate needs them):
  // the report-only policy reports any use of them by the page.
  for (const name of ['setTimeout', 'setInterval']) {
    const real = window[name];
    window[name] = function (f, ...rest) {
      if (typeof f === 'string') record(`${name}(string)`);
      return real.call(this, f, ...rest);
    };
  }
  const realFetch = window.fetch;
  window.fetch = (what, ...rest) => {
    if (/\/dist\/broadsheet\.wasm$/.test(String(what))) return realFetch(what, ...rest); // the shim's own module
    record(`fetch(${what})`);
    return Promise.reject(new Error('blocked'));
  };
  XMLHttpRequest.prototype.open = function (m, url) { record(`XMLHttpRequest ${url}`); };
  navigator.sendBeacon = (url) => (record(`sendBeacon(${url})`), false);
  document.write = document.writeln = (...s) => record(`document.write(${s.join('')})`);
  for (const canary of ['xss', 'pwned'])
    Object.defineProperty(window, canary, { get: () => record(`read ${canary}`), set: (v) => record(`${canary} = ${v}`) });
  document.addEventListener('securitypolicyviolation', (e) =>
    record(`CSP ${e.violatedDirective} ${e.blockedURI || ''} ${e.sample || ''}`));

  const SAFE = new Set(['http:', 'https:', 'mailto:', 'tel:']);
  const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'poster', 'data', 'background', 'xlink:href', 'data-url', 'ping'];
  const BAD_ELEMENTS = new Set(['IFRAME', 'FRAME', 'FRAMESET', 'OBJECT', 'EMBED', 'BASE', 'FORM', 'STYLE', 'SVG', 'MATH',
    'TEMPLATE', 'INPUT', 'BUTTON', 'TEXTAREA', 'SELECT', 'APPLET', 'NOSCRIPT']);
  // As the HTML standard splits a srcset: a URL runs to whitespace (commas
  // inside it stay), trailing commas end it, descriptors run to a comma
  // outside parentheses.
  const srcsetUrls = (v) => {
    const urls = [];
    let i = 0;
    const space = (c) => /[ \t\n\r\f]/.test(c);
    while (i < v.length) {
      while (i < v.length && (space(v[i]) || v[i] === ',')) i++;
      if (i >= v.length) break;
      const start = i;
      while (i < v.length && !space(v[i])) i++;
      let url = v.slice(start, i);
      if (url.endsWith(',')) url = url.replace(/,+$/, '');
      else for (let depth = 0; i < v.length; i++) {
        if (v[i] === '(') depth++;
        else if (v[i] === ')' && depth > 0) depth--;
        else if (v[i] === ',' && depth === 0) break;
      }
      urls.push(url);
    }
    return urls;
  };
  // An embed allowHtml may write: https, sandboxed, never allow-same-origin
  // (with allow-scripts it could lift its own sandbox), no srcdoc.
  const safeEmbed = (el) => {
    const sandbox = el.getAttribute('sandbox');
    return sandbox !== null && !/allow-same-origin|allow-top-navigation/.test(sandbox) &&
      !el.hasAttribute('srcdoc') && /^https:\/\//.test(el.getAttribute('src') || '');
  };
  const check = (el) => {
    if (!(el instanceof Element)) return;
    const tag = el.tagName.toUpperCase();
    if (tag === 'IFRAME' && !safeEmbed(el)) record(`<iframe> ${el.outerHTML.slice(0, 120)}`);
    if (tag === 'SCRIPT' && el.type !== 'application/ld+json') record(`<script> ${el.outerHTML.slice(0, 80)}`);
    if (BAD_ELEMENTS.has(tag) && tag !== 'IFRAME') record(`<${tag.toLowerCase()}> element`);
    if (tag === 'META' && el.hasAttribute('http-equiv')) record(`<meta http-equiv="${el.getAttribute('http-equiv')}">`);
    for (const attr of el.attributes) {
      if (/^on/i.test(attr.name)) record(`${attr.name} on <${tag.toLowerCase()}>: ${attr.value}`);
      if (attr.name === 'style') record(`style attribute on <${tag.toLowerCase()}>`);
    }
    const urls = URL_ATTRS.filter((a) => el.hasAttribute(a)).map((a) => [a, el.getAttribute(a)]);
    if (el.hasAttribute('srcset')) for (const url of srcsetUrls(el.getAttribute('srcset'))) urls.push(['srcset', url]);
    for (const [name, value] of urls) {
      let protocol;
      try {
        protocol = new URL(value, document.baseURI).protocol;
      } catch {
        continue; // unparseable: the browser will not follow it
      }
      if (!SAFE.has(protocol)) record(`${protocol} URL in ${name} on <${tag.toLowerCase()}>: ${value}`);
    }
  };
  new MutationObserver((list) => {
    for (const m of list) {
      if (m.type === 'attributes') check(m.target);
      for (const n of m.addedNodes) {
        check(n);
        if (n.querySelectorAll) n.querySelectorAll('*').forEach(check);
      }
    }
  }).observe(document, { subtree: true, childList: true, attributes: true });
  Object.defineProperty(window, '__check', { value: check });
}

// After load: scan the whole DOM again, fire the usual events at every
// element (an inline handler would run and be recorded), and read JSON-LD.
function probe() {
  const els = [...document.querySelectorAll('*')];
  els.forEach(window.__check);
  for (const el of els)
    for (const type of ['mouseover', 'mouseenter', 'focus', 'blur', 'error', 'load', 'toggle', 'animationstart', 'input'])
      el.dispatchEvent(new Event(type));
  const jsonld = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent);
  return { hits: [...window.__hits], jsonld };
}

before(async () => {
  env = await setup();
  const shim = await importShim();
  const wasm = await readFile(distUrl('broadsheet.wasm'));
  fresh = () => shim.load(wasm);
  renderer = await fresh();
  page = await env.context.newPage();
  await page.addInitScript(instrument);
  page.on('dialog', (d) => {
    records.push(`dialog: ${d.message()}`);
    d.dismiss().catch(() => {});
  });
  page.on('pageerror', (e) => records.push(`page error: ${e.message}`));
  page.on('request', (r) => {
    const type = r.resourceType();
    if (['script', 'xhr', 'fetch', 'websocket', 'eventsource'].includes(type)) records.push(`${type} request: ${r.url()}`);
    if (r.isNavigationRequest() && current && r.url() !== current.url && r.frame() === page.mainFrame())
      records.push(`navigation to ${r.url()}`);
  });
  await page.route('**/*', async (route) => {
    const url = route.request().url();
    if (current && url === current.url) {
      await route.fulfill({
        status: 200,
        headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy-Report-Only': REPORT_ONLY },
        body: current.html,
      });
    } else if (url.startsWith(env.server.url)) {
      await route.fulfill({ status: 204, body: '' }); // images, the stylesheet: nothing to load
    } else {
      await route.abort(); // no request leaves the machine
    }
  });
});

after(async () => {
  await env?.close();
});

const wrap = (fragment) =>
  `<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>fragment</title></head><body>\n${fragment}</body></html>\n`;

let serial = 0;
async function visit(html) {
  records = [];
  current = { url: `${env.server.url}/__security/${++serial}.html`, html };
  await page.goto(current.url, { waitUntil: 'load' });
  await page.waitForTimeout(30); // violation and error events are async
  const { hits, jsonld } = await page.evaluate(probe);
  await page.waitForTimeout(20);
  const late = await page.evaluate(() => [...window.__hits]);
  return { problems: [...records, ...new Set([...hits, ...late])], jsonld };
}

test('the instrumented page catches a planted payload (the test can fail)', async () => {
  const planted = [
    '<img src="x" onerror="alert(1)">',
    '<a href=" JaVa&#x09;script:alert(2)">x</a>',
    '<script>window.xss = 1</script>',
    '<svg><animate onbegin="alert(3)" attributeName="x" dur="1s"/></svg>',
    '<p onmouseover="alert(4)">hover</p>',
    '<script type="application/ld+json">{"a":"</script><script>fetch(\'/steal\')</script>"}</script>',
    '<iframe src="https://x.example/" title="t"></iframe>',
    '<iframe src="https://x.example/" title="t" sandbox="allow-scripts allow-same-origin"></iframe>',
    '<iframe srcdoc="<p>x</p>" title="t" sandbox=""></iframe>',
  ];
  for (const html of planted) {
    const { problems } = await visit(wrap(html));
    assert.ok(problems.length > 0, `nothing recorded for ${html}`);
  }
  const clean = await visit(wrap('<article><p>Plain <a href="https://x.example/">text</a>.</p></article>'));
  assert.deepEqual(clean.problems, []);
  const embed = await visit(wrap('<article><iframe src="https://x.example/e" title="t" ' +
    'sandbox="allow-scripts allow-popups allow-presentation" loading="lazy"></iframe></article>'));
  assert.deepEqual(embed.problems, []);
});

test(`no hostile case runs anything in Chromium (${CASES.length} cases, fragment and page mode)`, async () => {
  assert.ok(CASES.length >= (only ? 1 : 80), `${CASES.length} cases`);
  const failures = [];
  let loaded = 0;
  for (const c of CASES) {
    if (c.expectError) continue;
    for (const mode of c.modes) {
      let out;
      try {
        out = renderer.render(c.source.toString('utf8'), { ...c.options, mode, ...(c.format ? { format: c.format } : {}) });
      } catch (err) {
        failures.push(`${c.file}:${c.line} ${c.name} (${mode}): render failed: ${err.message}`);
        if (/renderer stopped/.test(err.message)) renderer = await fresh(); // a trap: go on with a new instance
        continue;
      }
      const { problems, jsonld } = await visit(mode === 'page' ? out.html : wrap(out.html));
      loaded++;
      for (const text of jsonld) {
        try {
          JSON.parse(text);
        } catch (err) {
          problems.push(`JSON-LD does not parse: ${err.message}`);
        }
      }
      if (mode === 'page' && jsonld.length !== 1) problems.push(`${jsonld.length} JSON-LD blocks`);
      for (const p of problems) failures.push(`${c.file}:${c.line} ${c.name} (${mode}): ${p}`);
    }
  }
  assert.ok(loaded > 150, `${loaded} documents loaded`);
  assert.deepEqual(failures, []);
});

test('cases that must fail still fail, with an error and no HTML', async () => {
  renderer = await fresh();
  for (const c of CASES.filter((x) => x.expectError)) {
    assert.throws(
      () => renderer.render(c.source.toString('utf8'), { ...c.options, ...(c.format ? { format: c.format } : {}) }),
      (err) => err.name === 'BroadsheetError' && err.diagnostics.some((d) => d.message.includes(c.expectError)),
      `${c.file}:${c.line} ${c.name}`,
    );
  }
});

test('JSON-LD carries only URLs the policy allows', async () => {
  const failures = [];
  const isUrlKey = (k) => ['url', '@id', 'logo', 'image', 'contentUrl', 'sameAs', 'thumbnailUrl'].includes(k);
  const walk = (v, path, out) => {
    if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}/${i}`, out));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) {
      if (isUrlKey(k) && typeof x === 'string') out.push([`${path}/${k}`, x]);
      walk(x, `${path}/${k}`, out);
    }
    return out;
  };
  renderer = await fresh();
  for (const c of CASES) {
    if (c.expectError || !c.modes.includes('page')) continue;
    let out;
    try {
      out = renderer.render(c.source.toString('utf8'), { ...c.options, mode: 'page', ...(c.format ? { format: c.format } : {}) });
    } catch (err) {
      failures.push(`${c.file}:${c.line} ${c.name}: render failed: ${err.message}`);
      renderer = await fresh();
      continue;
    }
    for (const m of out.html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)) {
      for (const [path, url] of walk(JSON.parse(m[1]), '', [])) {
        const protocol = /^\s*([a-z][a-z0-9+.-]*):/i.exec(url.replace(/[\t\n\r]/g, ''))?.[1]?.toLowerCase();
        if (protocol && !['http', 'https', 'mailto', 'tel'].includes(protocol))
          failures.push(`${c.file}:${c.line} ${c.name}: ${path} = ${url}`);
      }
    }
  }
  assert.deepEqual(failures, []);
});

test('the shim in the page renders every case with innerHTML and nothing runs (strict CSP)', async () => {
  const sources = CASES.filter((c) => !c.expectError).map((c) => ({
    name: c.name, source: c.source.toString('utf8'), options: { ...c.options, ...(c.format ? { format: c.format } : {}) },
  }));
  const p = await env.context.newPage();
  await p.addInitScript(instrument);
  const dialogs = [];
  p.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  // A page of the demo server (strict CSP, the shim from BS_DIST) with the
  // cases handed over as data.
  await p.route('**/__security/shim.html', (route) => route.fulfill({
    status: 200,
    headers: { 'Content-Type': 'text/html; charset=utf-8', 'Content-Security-Policy': CSP },
    body: '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>shim</title></head><body><main id="out"></main></body></html>',
  }));
  await p.goto(`${env.server.url}/__security/shim.html`);
  const result = await p.evaluate(async (cases) => {
    const { load } = await import('/dist/broadsheet.js');
    let r = await load();
    const out = document.getElementById('out');
    const errors = [];
    for (const c of cases) {
      try {
        const el = document.createElement('div');
        el.innerHTML = r.render(c.source, c.options).html;
        out.append(el);
      } catch (err) {
        errors.push(`${c.name}: ${err.message}`);
        if (/renderer stopped/.test(err.message)) r = await load(); // load() hands out a fresh instance after a trap
      }
    }
    return { errors, count: out.children.length };
  }, sources);
  await p.waitForTimeout(300);
  const { hits } = await p.evaluate(probe);
  await p.waitForTimeout(100);
  const late = await p.evaluate(() => [...window.__hits]);
  await p.close();
  assert.deepEqual(result.errors, []);
  assert.equal(result.count, sources.length);
  // The demo CSP (default-src 'self') blocks allowHtml's https embeds: a frame
  // kept out is the policy working, not script running.
  const blockedEmbed = (h) => /^CSP frame-src https:\/\/[^ ]+ $/.test(h);
  assert.deepEqual([...dialogs, ...new Set([...hits, ...late])].filter((h) => !blockedEmbed(h)), []);
});
