// The browser half of bench/bench.mjs: the same generated inputs and the same
// interleaved timing, with Broadsheet loaded by the shim exactly as a page
// loads it (instantiateStreaming from /dist/). bench.mjs drives this page
// with playwright-core and calls window.benchmark(plan).
import { load } from '/dist/broadsheet.js';
import { init as initMd4w, mdToHtml } from '/node_modules/md4w/js/index.js';
import { article, bodyOf, corpus } from '../generate.mjs';
import { interleave, renderCases } from '../timing.mjs';

const status = document.getElementById('status');

async function setup() {
  const [renderer] = await Promise.all([load(), initMd4w('small')]);
  const mdit = window.markdownit();
  const renderers = {
    'markdown-it': { takes: 'body', render: (t) => mdit.render(t) },
    marked: { takes: 'body', render: (t) => window.marked.parse(t) },
    'md4w (small)': { takes: 'body', render: (t) => mdToHtml(t) },
    'Broadsheet commonmark': { takes: 'body', render: (t) => renderer.render(t, { mode: 'commonmark' }).html },
    'Broadsheet fragment': { takes: 'article', render: (t) => renderer.render(t).html },
    'Broadsheet page + ads': { takes: 'article', render: (t) => renderer.render(t, { mode: 'page', ads: true }).html },
  };
  const one = article(1);
  const all = corpus();
  const spec = await (await fetch('/node_modules/commonmark-spec/spec.txt')).text();
  const inputs = {
    article: { articles: [one], bodies: [bodyOf(one)] },
    corpus: { articles: all, bodies: all.map(bodyOf) },
    spec: { articles: [`---\ntitle: CommonMark Spec\n---\n${spec}`], bodies: [spec] },
  };
  return { renderers, inputs, version: renderer.version };
}

const ready = setup();

/**
 * plan: {input: {rounds}}; returns {version, isolated, results: {input: {renderer: {median}}}}.
 * Without cross-origin isolation Chromium rounds performance.now() to 0.1 ms,
 * so calls are then timed in batches of about 2 ms.
 */
window.benchmark = async (plan) => {
  const { renderers, inputs, version } = await ready;
  const isolated = globalThis.crossOriginIsolated === true;
  const results = {};
  for (const [input, options] of Object.entries(plan)) {
    status.textContent = `running ${input}`;
    results[input] = interleave(renderCases(renderers, inputs[input]), { ...options, batchMs: isolated ? 0.2 : 2 });
  }
  status.textContent = 'done';
  return { version, isolated, results };
};
window.benchmarkReady = ready.then(() => true);
