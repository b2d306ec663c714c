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
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'

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

/**
 * Loads the WebAssembly core. Without an argument the module beside this
 * file is used and the result is shared by every caller.
 * @param {URL|string|Response|Promise<Response>|BufferSource|WebAssembly.Module} [source]
 */
export function load(source) {
  if (source === undefined) {
    loaded ??= instantiate(WASM_URL).then(createRenderer, (err) => {
      loaded = null; // a later call may retry (network back, file deployed)
      throw err;
    });
    return loaded;
  }
  return instantiate(source).then(createRenderer);
}

async function instantiate(source) {
  let memory = null;
  let pending = '';
  const imports = {
    env: { emscripten_notify_memory_growth() {} },
    wasi_snapshot_preview1: {
      // Only reached by libc's abort messages: forward them to the console.
      fd_write(fd, iov, iovcnt, pnum) {
        const view = new DataView(memory.buffer);
        let n = 0;
        for (let i = 0; i < iovcnt; i++) {
          const ptr = view.getUint32(iov + i * 8, true);
          const len = view.getUint32(iov + i * 8 + 4, true);
          pending += decoder.decode(new Uint8Array(memory.buffer, ptr, len));
          n += len;
        }
        view.setUint32(pnum, n, true);
        const nl = pending.lastIndexOf('\n');
        if (nl >= 0) {
          console.error(`broadsheet.wasm: ${pending.slice(0, nl)}`);
          pending = pending.slice(nl + 1);
        }
        return 0;
      },
      fd_seek: () => 70, // ESPIPE
      fd_close: () => 0,
      proc_exit(code) {
        throw new BroadsheetError(`broadsheet.wasm stopped (exit ${code})`);
      },
    },
  };

  let result;
  if (source instanceof WebAssembly.Module) {
    result = { instance: await WebAssembly.instantiate(source, imports) };
  } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
    result = await WebAssembly.instantiate(source, imports);
  } else if (isNode && (source instanceof URL || typeof source === 'string') && !/^https?:/.test(String(source))) {
    const { readFile } = await import('node:fs/promises');
    const path = source instanceof URL ? source : new URL(source, `file://${process.cwd()}/`);
    result = await WebAssembly.instantiate(await readFile(path), imports);
  } else {
    const response = await (source instanceof URL || typeof source === 'string' ? fetch(source) : source);
    if (!response.ok) {
      throw new BroadsheetError(`could not load ${response.url || 'broadsheet.wasm'}: HTTP ${response.status}`);
    }
    const type = (response.headers.get('Content-Type') || '').split(';')[0].trim();
    if (type !== 'application/wasm') {
      throw new BroadsheetError(
        `${response.url || 'broadsheet.wasm'} was served as "${type || 'no type'}"; ` +
          'configure the server to send .wasm files as application/wasm',
      );
    }
    result = await WebAssembly.instantiateStreaming(response, imports);
  }
  memory = result.instance.exports.memory;
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
      const res = wasm.bs_render(ptr, src, ptr + src, opt) >>> 0;
      // The memory may have grown during the call: take fresh views.
      const [status, htmlPtr, htmlLen, metaPtr, metaLen] = new Uint32Array(wasm.memory.buffer, res, 5);
      const bytes = new Uint8Array(wasm.memory.buffer);
      const meta = JSON.parse(decoder.decode(bytes.subarray(metaPtr, metaPtr + metaLen)));
      const html = status === 0 ? decoder.decode(bytes.subarray(htmlPtr, htmlPtr + htmlLen)) : '';
      wasm.bs_release();
      if (status !== 0) {
        const first = meta.diagnostics.find((d) => d.severity === 'error') ?? meta.diagnostics[0];
        const where = first && first.line ? `${first.line}:${first.column}: ` : first?.path ? `${first.path}: ` : '';
        throw new BroadsheetError(first ? where + first.message : 'the article could not be rendered', meta.diagnostics);
      }
      return { html, readingTime: meta.readingTime, warnings: meta.diagnostics };
    } finally {
      wasm.bs_free(ptr);
    }
  }

  const versionPtr = wasm.bs_version() >>> 0;
  const bytes = new Uint8Array(wasm.memory.buffer, versionPtr);
  const version = decoder.decode(bytes.subarray(0, bytes.indexOf(0)));
  return { render, version };
}

// --------------------------------------------------------------------------
// The drop-in: <div data-broadsheet-src="..."> and the interactive parts
// --------------------------------------------------------------------------

/**
 * Renders an article into an element. On failure the element's fallback
 * content stays, an accessible notice is added, one console error is logged
 * and a "broadsheet:error" event bubbles from the element.
 * @param {Element} element
 */
export async function renderInto(element, { src = element.dataset.broadsheetSrc, format, options } = {}) {
  element.dataset.broadsheetState = 'loading';
  element.setAttribute('aria-busy', 'true');
  try {
    format ??= element.dataset.broadsheetFormat || (/\.json(?:[?#]|$)/i.test(src) ? 'json' : 'markdown');
    options ??= element.dataset.broadsheetOptions ? JSON.parse(element.dataset.broadsheetOptions) : {};
    const [renderer, text] = await Promise.all([load(), fetchText(src)]);
    const out = renderer.render(text, { ...options, format });
    element.innerHTML = out.html; // escaped and sanitised by the core
    element.dataset.broadsheetState = 'rendered';
    enhance(element);
    element.dispatchEvent(new CustomEvent('broadsheet:render', { bubbles: true, detail: out }));
    return out;
  } catch (error) {
    element.dataset.broadsheetState = 'error';
    console.error(`Broadsheet: ${src}: ${error.message}`);
    showNotice(element, error);
    element.dispatchEvent(new CustomEvent('broadsheet:error', { bubbles: true, detail: { error, src } }));
    return null;
  } finally {
    element.removeAttribute('aria-busy');
  }
}

async function fetchText(src) {
  if (!src) throw new BroadsheetError('data-broadsheet-src is empty');
  const response = await fetch(src);
  if (!response.ok) throw new BroadsheetError(`could not load ${src}: HTTP ${response.status}`);
  return response.text();
}

function showNotice(element, error) {
  const notice = document.createElement('p');
  notice.className = 'bs-notice';
  notice.setAttribute('role', 'alert');
  notice.textContent = `This article could not be displayed in full (${error.message}).`;
  element.prepend(notice);
}

/** Adds the buttons that need JavaScript and announces the ad slots. */
export function enhance(root) {
  for (const nav of root.querySelectorAll('.bs-share')) enhanceShare(nav);
  const slots = root.querySelectorAll('.bs-ad');
  for (const slot of slots) {
    slot.dispatchEvent(
      new CustomEvent('broadsheet:adslot', {
        bubbles: true,
        detail: { slot: Number(slot.dataset.slot), size: slot.dataset.size, element: slot.querySelector('.bs-ad-space') },
      }),
    );
  }
}

function enhanceShare(nav) {
  const url = nav.dataset.url || location.href;
  const title = nav.dataset.title || document.title;
  let status = nav.querySelector('.bs-share-status');
  if (!status) {
    status = document.createElement('p');
    status.className = 'bs-share-status';
    status.setAttribute('role', 'status'); // polite live region for "Link copied"
    nav.append(status);
  }
  for (const item of nav.querySelectorAll('li[data-network][hidden]')) {
    const network = item.dataset.network;
    if (network === 'native' && typeof navigator.share !== 'function') continue;
    if (network === 'copy' && !navigator.clipboard) continue;
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'bs-share-button';
    const icon = document.createElement('span');
    icon.className = 'bs-icon';
    icon.setAttribute('aria-hidden', 'true');
    button.append(icon, item.dataset.label);
    button.addEventListener('click', () => {
      if (network === 'native') navigator.share({ title, url }).catch(() => {});
      else if (network === 'copy') {
        navigator.clipboard.writeText(url).then(() => {
          status.textContent = '';
          setTimeout(() => (status.textContent = item.dataset.done), 50);
        });
      } else if (network === 'mastodon') shareOnMastodon(item, title, url);
    });
    item.replaceChildren(button);
    item.hidden = false;
  }
}

const MASTODON_KEY = 'broadsheet:mastodon-server';

// Asks for the reader's server once (remembered on this device), then opens
// that server's share page. Nothing is requested before the reader clicks.
function shareOnMastodon(item, title, url) {
  const open = (server) =>
    window.open(`https://${server}/share?text=${encodeURIComponent(`${title} ${url}`)}`, '_blank', 'noopener');
  let saved = null;
  try {
    saved = localStorage.getItem(MASTODON_KEY);
  } catch {}
  if (saved) return open(saved);
  if (item.querySelector('form')) return item.querySelector('input').focus();
  const form = document.createElement('form');
  form.className = 'bs-mastodon-form';
  const label = document.createElement('label');
  const id = `bs-mastodon-${Math.random().toString(36).slice(2)}`;
  label.htmlFor = id;
  label.textContent = item.dataset.prompt;
  const input = document.createElement('input');
  input.id = id;
  input.type = 'text';
  input.inputMode = 'url';
  input.autocomplete = 'off';
  input.spellcheck = false;
  input.required = true;
  input.pattern = '[A-Za-z0-9.\\-]+\\.[A-Za-z]{2,}';
  const go = document.createElement('button');
  go.type = 'submit';
  go.textContent = item.dataset.label;
  form.append(label, input, go);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const server = input.value.trim().replace(/^https?:\/\//, '').replace(/\/.*$/, '');
    try {
      localStorage.setItem(MASTODON_KEY, server);
    } catch {}
    form.remove();
    open(server);
  });
  item.append(form);
  input.focus();
}

/** Renders every [data-broadsheet-src] element under root not yet rendered. */
export function hydrate(root = document) {
  const elements = [...root.querySelectorAll('[data-broadsheet-src]:not([data-broadsheet-state])')];
  return Promise.all(elements.map((el) => renderInto(el)));
}

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', () => hydrate(), { once: true });
  else hydrate();
}
