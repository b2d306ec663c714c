// Broadsheet: news articles (JSON or Markdown) to accessible HTML, in the
// browser and in Node, through one WebAssembly module.
//
//   import { load } from './broadsheet.js';
//   const renderer = await load();
//   const { html, readingTime, warnings } = renderer.render(source, { mode: 'fragment' });
//
// As a drop-in, the module renders every element with data-broadsheet-src:
//   <script type="module" src="/dist/broadsheet.js"></script>
//   <div data-broadsheet-src="/articles/x.json">fallback text</div>
//
// No eval, no new Function, no inline styles: it runs under
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'

const WASM_URL = new URL('./broadsheet.wasm', import.meta.url);
const encoder = new TextEncoder();
const decoder = new TextDecoder();
const isNode = typeof process === 'object' && !!process.versions?.node && typeof document === 'undefined';

/** Bad input, bad options or a module that could not load. */
export class BroadsheetError extends Error {
  constructor(message, diagnostics = []) {
    super(message);
    this.name = 'BroadsheetError';
    this.diagnostics = diagnostics;
  }
}

// --------------------------------------------------------------------------
// Loading the module (once)
// --------------------------------------------------------------------------

let loaded = null;
// A renderer whose module trapped: its memory can no longer be trusted.
const broken = new WeakSet();

/**
 * Loads the WebAssembly core. Without an argument the module beside this
 * file is used and the result is shared by every caller.
 * @param {URL|string|Response|Promise<Response>|BufferSource|WebAssembly.Module} [source]
 */
export function load(source) {
  if (source !== undefined) return instantiate(source).then(createRenderer);
  const current = (loaded ??= instantiate(WASM_URL).then(createRenderer, (err) => {
    loaded = null; // a later call may retry (network back, file deployed)
    throw err;
  }));
  return current.then((renderer) => {
    if (!broken.has(renderer)) return renderer;
    if (loaded === current) loaded = null; // after a trap, the next caller gets a fresh instance
    return load();
  });
}

async function instantiate(source) {
  // The module needs only these two imports: it is built without stdio
  // (wasm/small_libc.c), so nothing in it writes to a file descriptor.
  const imports = {
    env: { emscripten_notify_memory_growth() {} },
    wasi_snapshot_preview1: {
      proc_exit(code) {
        throw new BroadsheetError(`broadsheet.wasm stopped (exit ${code})`);
      },
    },
  };

  let result;
  const name = String(source instanceof URL || typeof source === 'string' ? source : source?.url || 'broadsheet.wasm');
  try {
    if (source instanceof WebAssembly.Module) {
      result = { instance: await WebAssembly.instantiate(source, imports) };
    } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
      result = await WebAssembly.instantiate(source, imports);
    } else if (isNode && (source instanceof URL || typeof source === 'string') && !/^https?:/.test(String(source))) {
      const { readFile } = await import('node:fs/promises');
      const path = source instanceof URL ? source : new URL(source, `file://${process.cwd()}/`);
      const bytes = await readFile(path).catch((err) => {
        throw new BroadsheetError(`could not load ${name}: ${err.message}`);
      });
      result = await WebAssembly.instantiate(bytes, imports);
    } else {
      let response;
      try {
        response = await (source instanceof URL || typeof source === 'string' ? fetch(source) : source);
      } catch (err) {
        throw new BroadsheetError(`could not load ${name}: the request failed (${err.message})`);
      }
      if (!response.ok) {
        throw new BroadsheetError(`could not load ${response.url || name}: HTTP ${response.status}`);
      }
      const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
      if (type !== 'application/wasm') {
        throw new BroadsheetError(
          `${response.url || name} was served as "${type || 'no type'}"; ` +
            'configure the server to send .wasm files as application/wasm',
        );
      }
      result = await WebAssembly.instantiateStreaming(response, imports);
    }
  } catch (err) {
    if (err instanceof BroadsheetError) throw err;
    // A truncated or foreign file, a build that does not match this shim, or
    // a Content-Security-Policy without 'wasm-unsafe-eval'.
    throw new BroadsheetError(`could not start ${name}: ${err.message}`);
  }
  return result.instance;
}

// --------------------------------------------------------------------------
// Rendering
// --------------------------------------------------------------------------

function createRenderer(instance) {
  const wasm = instance.exports;
  wasm._initialize(); // a reactor module: runs the C++ static constructors once

  /**
   * Renders an article. Throws BroadsheetError (with .diagnostics) on bad input.
   * @param {string} source JSON or Markdown with front matter
   * @param {object} [options] see broadsheet.d.ts
   */
  function render(source, options) {
    if (typeof source !== 'string') throw new TypeError('render(source): source must be a string');
    if (broken.has(renderer)) throw new BroadsheetError('this renderer stopped after an earlier failure; call load() again');
    const opts = options == null ? '' : JSON.stringify(options);
    // UTF-16 -> UTF-8 needs at most 3 bytes per code unit. One allocation
    // holds both; encodeInto writes straight into wasm memory (one copy).
    const srcMax = source.length * 3;
    const optMax = opts.length * 3;
    const ptr = wasm.bs_alloc(srcMax + optMax) >>> 0;
    if (!ptr) throw new BroadsheetError('out of memory: the article is too large for this device');
    try {
      const heap = new Uint8Array(wasm.memory.buffer);
      const src = encoder.encodeInto(source, heap.subarray(ptr, ptr + srcMax)).written;
      const opt = encoder.encodeInto(opts, heap.subarray(ptr + src, ptr + src + optMax)).written;
      let res;
      try {
        res = wasm.bs_render(ptr, src, ptr + src, opt) >>> 0;
      } catch (err) {
        broken.add(renderer); // a trap or abort mid-render: the heap is in an unknown state
        throw new BroadsheetError(`the renderer stopped: ${err.message}`);
      }
      // The memory may have grown during the call: take fresh views.
      const [status, htmlPtr, htmlLen, metaPtr, metaLen] = new Uint32Array(wasm.memory.buffer, res, 5);
      const bytes = new Uint8Array(wasm.memory.buffer);
      const meta = JSON.parse(decoder.decode(bytes.subarray(metaPtr, metaPtr + metaLen)));
      const html = status === 0 ? decoder.decode(bytes.subarray(htmlPtr, htmlPtr + htmlLen)) : '';
      wasm.bs_release();
      if (status !== 0) {
        const first = meta.diagnostics.find((d) => d.severity === 'error') ?? meta.diagnostics[0];
        throw new BroadsheetError(first ? describe(first) : 'the article could not be rendered', meta.diagnostics);
      }
      return { html, readingTime: meta.readingTime, warnings: meta.diagnostics };
    } finally {
      if (!broken.has(renderer)) wasm.bs_free(ptr);
    }
  }

  const versionPtr = wasm.bs_version() >>> 0;
  const bytes = new Uint8Array(wasm.memory.buffer, versionPtr);
  const version = decoder.decode(bytes.subarray(0, bytes.indexOf(0)));
  const renderer = { render, version };
  return renderer;
}

// "2:15: expected text, found a number (at /author/0/name)": the place in the
// file, and for a field the JSON path (front matter keys read the same way).
const describe = (d) => (d.line ? `${d.line}:${d.column}: ${d.message}${d.path ? ` (at ${d.path})` : ''}`
  : d.path ? `${d.path}: ${d.message}` : d.message);

// --------------------------------------------------------------------------
// The drop-in: <div data-broadsheet-src="...">
// --------------------------------------------------------------------------

/**
 * Renders an article into an element. On failure the element's fallback
 * content stays, one console error is logged, a cancelable
 * "broadsheet:error" event bubbles from the element and, unless the page
 * cancelled it, an accessible notice (role="alert") is put above the fallback.
 * @param {Element} element
 */
export async function renderInto(element, { src = element.dataset.broadsheetSrc, format, options } = {}) {
  element.dataset.broadsheetState = 'loading';
  element.setAttribute('aria-busy', 'true');
  try {
    if (!src) throw new BroadsheetError('no article to load: data-broadsheet-src is empty');
    options ??= parseOptions(element.dataset.broadsheetOptions);
    format ??= element.dataset.broadsheetFormat || options.format || formatOf(src);
    const [renderer, text] = await Promise.all([load(), fetchText(src)]);
    const out = renderer.render(text, format ? { ...options, format } : options);
    element.innerHTML = out.html; // escaped and sanitised by the core
    element.dataset.broadsheetState = 'rendered';
    enhance(element);
    element.dispatchEvent(new CustomEvent('broadsheet:render', { bubbles: true, detail: out }));
    return out;
  } catch (error) {
    element.dataset.broadsheetState = 'error';
    // One message, with every error the core found: the publisher's first clue.
    const more = (error.diagnostics || []).filter((d) => d.severity === 'error').slice(1);
    console.error([`Broadsheet could not render ${src || 'an element'}: ${error.message}`,
      ...more.map((d) => `  ${describe(d)}`)].join('\n'));
    const event = new CustomEvent('broadsheet:error', { bubbles: true, cancelable: true, detail: { error, src } });
    if (element.dispatchEvent(event)) showNotice(element);
    return null;
  } finally {
    element.removeAttribute('aria-busy');
  }
}

// .json and .md say what they are; anything else (a CMS endpoint) is left to
// the core, which reads JSON when the text starts with "{".
function formatOf(src) {
  const ext = /\.(json|md|markdown)(?:[?#]|$)/i.exec(src)?.[1].toLowerCase();
  return ext && (ext === 'json' ? 'json' : 'markdown');
}

function parseOptions(text) {
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BroadsheetError(`data-broadsheet-options is not valid JSON (${err.message})`);
  }
}

async function fetchText(src) {
  let response;
  try {
    response = await fetch(src);
  } catch (err) {
    throw new BroadsheetError(`could not load ${src}: the request failed (${err.message})`);
  }
  if (!response.ok) throw new BroadsheetError(`could not load ${src}: HTTP ${response.status}`);
  return response.text();
}

// The notice is for readers: what happened, not why (that is in the console).
// data-broadsheet-notice gives it in the page's language.
function showNotice(element) {
  element.querySelector(':scope > .bs-notice')?.remove();
  const notice = document.createElement('p');
  notice.className = 'bs-notice';
  notice.setAttribute('role', 'alert');
  const text = element.dataset.broadsheetNotice;
  if (!text) notice.lang = 'en';
  notice.textContent = text || 'The full article could not be displayed.';
  element.prepend(notice);
}

/** Renders every [data-broadsheet-src] element under root not yet rendered. */
export function hydrate(root = document) {
  const elements = [...root.querySelectorAll('[data-broadsheet-src]:not([data-broadsheet-state])')];
  return Promise.all(elements.map((el) => renderInto(el)));
}

// --------------------------------------------------------------------------
// The interactive parts: share buttons and ad slots
// --------------------------------------------------------------------------

const announced = new WeakSet();

/**
 * Turns the share placeholders the core wrote into buttons and dispatches one
 * "broadsheet:adslot" event per advertisement slot. Safe to call again: what
 * is done is not done twice.
 * @param {ParentNode} root
 */
export function enhance(root) {
  for (const nav of root.querySelectorAll('.bs-share')) enhanceShare(nav);
  for (const slot of root.querySelectorAll('.bs-ad[data-slot]')) {
    if (announced.has(slot)) continue;
    announced.add(slot);
    const detail = { slot: Number(slot.dataset.slot), size: slot.dataset.size, element: slot.querySelector('.bs-ad-space') };
    slot.dispatchEvent(new CustomEvent('broadsheet:adslot', { bubbles: true, detail }));
  }
}

// The core writes each JavaScript-only network as a hidden <li> carrying its
// localised texts (data-label, data-done, data-prompt). No request to any
// third party is made before the reader clicks.
function enhanceShare(nav) {
  const url = nav.dataset.url || location.href;
  const title = nav.dataset.title || document.title;
  let status = nav.querySelector('.bs-share-status');
  if (!status) {
    status = document.createElement('p');
    status.className = 'bs-share-status';
    status.setAttribute('role', 'status'); // polite live region: "Link copied"
    nav.append(status);
  }
  for (const item of nav.querySelectorAll('li[data-network][hidden]')) {
    const network = item.dataset.network;
    if (network === 'native' && typeof navigator.share !== 'function') continue;
    const button = shareButton(item.dataset.label);
    button.addEventListener('click', () => {
      if (network === 'native') navigator.share({ title, url }).catch(() => {}); // the reader closed the sheet
      else if (network === 'copy') copyLink(item, url, status);
      else if (network === 'mastodon') shareOnMastodon(item, button, title, url);
    });
    item.replaceChildren(button);
    item.hidden = false;
    // The core hides the whole list when no network works without
    // JavaScript (an article with no absolute URL); a button brings it back.
    nav.hidden = false;
  }
}

function shareButton(text) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'bs-share-button';
  const icon = document.createElement('span');
  icon.className = 'bs-icon';
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon, text);
  return button;
}

async function copyLink(item, url, status) {
  // Emptied at once (not after the clipboard answers), so that a second copy
  // is announced again and a stale "Link copied" never lingers.
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    // No clipboard here (a page on http:, a refused permission): put the link
    // in a field, selected, for the reader to copy.
    const { input } = inlineForm(item, item.dataset.label);
    input.readOnly = true;
    input.value = url;
    input.select();
    return;
  }
  setTimeout(() => (status.textContent = item.dataset.done), 100);
}

const MASTODON_KEY = 'broadsheet:mastodon-server';

// Asks for the reader's server once, in a labelled field (remembered on this
// device), then opens that server's share page.
function shareOnMastodon(item, button, title, url) {
  const open = (server) =>
    window.open(`https://${server}/share?text=${encodeURIComponent(`${title} ${url}`)}`, '_blank', 'noopener');
  const saved = storage('getItem', MASTODON_KEY);
  if (saved && mastodonServer(saved)) return open(saved);
  const existing = item.querySelector('input');
  if (existing) return existing.focus();
  const { form, input } = inlineForm(item, item.dataset.prompt, item.dataset.label);
  input.inputMode = 'url';
  input.autocomplete = 'url';
  input.spellcheck = false;
  input.addEventListener('input', () => {
    input.removeAttribute('aria-invalid');
    input.setCustomValidity('');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const server = mastodonServer(input.value);
    if (!server) {
      input.setAttribute('aria-invalid', 'true');
      input.setCustomValidity(item.dataset.prompt);
      input.reportValidity();
      return;
    }
    storage('setItem', MASTODON_KEY, server);
    form.remove();
    button.focus();
    open(server);
  });
}

// "mastodon.social", "https://mastodon.social/@me" and "@me@mastodon.social" all mean mastodon.social.
function mastodonServer(text) {
  const host = text.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^@?[^@/]*@/, '').split(/[/?#]/)[0].toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/.test(host) ? host : null;
}

// localStorage throws where storage is disabled; then the reader is asked each time.
function storage(method, ...args) {
  try {
    return localStorage[method](...args);
  } catch {
    return null;
  }
}

let fields = 0;

// A labelled field (and a submit button when submitText is given) under a share item.
function inlineForm(item, labelText, submitText) {
  const form = document.createElement('form');
  form.className = 'bs-share-form';
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.id = `bs-share-field-${++fields}`;
  label.htmlFor = input.id;
  label.textContent = labelText;
  form.append(label, input);
  if (submitText) {
    const submit = document.createElement('button');
    submit.className = 'bs-share-button';
    submit.textContent = submitText;
    form.append(submit);
  }
  item.querySelector('form')?.remove();
  item.append(form);
  input.focus();
  return { form, input };
}

// A page pre-rendered in page mode (option `script`) has its article in the
// document already: only the interactive parts are added.
function start() {
  for (const article of document.querySelectorAll('.bs-article')) {
    if (!article.closest('[data-broadsheet-src]')) enhance(article);
  }
  return hydrate();
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start, { once: true });
  else start();
}
