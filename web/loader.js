// The WebAssembly core and its ABI: finding and instantiating broadsheet.wasm
// (once), and render(), which moves UTF-8 across the boundary. This is the
// only module that knows the wasm exports (wasm/exports.txt lists them;
// tests/node/exports.test.mjs checks that they agree).

import { BroadsheetError, describe, nameOptionDiagnostic } from './errors.js';

const encoder = new TextEncoder();
const decoder = new TextDecoder();
const isNode = typeof process === 'object' && !!process.versions?.node && typeof document === 'undefined';
// Named through a variable, and marked for webpack and Vite, so that bundlers
// for the browser leave this Node-only import alone instead of failing on it.
const NODE_FS = 'node:fs/promises';

// One renderer per place the module comes from, shared by every caller that
// names the same place (many drop-in elements, many <broadsheet-article>s).
// Keys: the resolved URL (or path) as a string; objects (a Response, bytes, a
// WebAssembly.Module) by identity.
const byLocation = new Map();
const byObject = new WeakMap();
const DEFAULT = Symbol('beside this module');
// A renderer whose module trapped: its memory can no longer be trusted.
const broken = new WeakSet();

/**
 * Loads the WebAssembly core.
 *   load()                     broadsheet.wasm beside this module, shared by every caller
 *   load({ wasm })             from that URL, path (Node), Response, bytes or WebAssembly.Module, shared likewise
 *   load(source)               the same sources, as a separate instance of its own (never shared)
 * @param {{wasm?: URL|string|Response|Promise<Response>|BufferSource|WebAssembly.Module}
 *   |URL|string|Response|Promise<Response>|BufferSource|WebAssembly.Module} [source]
 */
export function load(source) {
  if (source === undefined) return shared(undefined);
  if (isPlainObject(source)) return shared(source.wasm ?? undefined);
  return instantiate(source).then(createRenderer);
}

const isPlainObject = (x) =>
  x !== null && typeof x === 'object' && [Object.prototype, null].includes(Object.getPrototypeOf(x));

function shared(wasm) {
  const cache = wasm !== null && typeof wasm === 'object' && !(wasm instanceof URL) ? byObject : byLocation;
  const key = wasm === undefined ? DEFAULT : cache === byObject ? wasm : resolve(wasm);
  let current = cache.get(key);
  if (!current) {
    const instance = wasm === undefined ? besideThisModule().then(instantiate) : instantiate(wasm);
    current = instance.then(createRenderer).catch((err) => {
      if (cache.get(key) === current) cache.delete(key); // a later call may retry (network back, file deployed)
      throw err;
    });
    cache.set(key, current);
  }
  return current.then((renderer) => {
    if (!broken.has(renderer)) return renderer;
    if (cache.get(key) === current) cache.delete(key); // after a trap, the next caller gets a fresh instance
    return shared(wasm);
  });
}

// "/assets/broadsheet.wasm" and its absolute form are one place.
function resolve(location) {
  if (typeof document === 'undefined') return String(location);
  try {
    return new URL(location, document.baseURI).href;
  } catch {
    return String(location);
  }
}

// Written as new URL('./broadsheet.wasm', import.meta.url) on purpose: Vite
// and webpack 5 recognise this form, copy the file into the build and put its
// final URL here. A non-module bundle (IIFE, UMD) has no import.meta.url;
// then the caller must say where the file is, and only the render fails.
async function besideThisModule() {
  try {
    return new URL('./broadsheet.wasm', import.meta.url);
  } catch {
    throw new BroadsheetError(
      'could not find broadsheet.wasm: this copy of the module has no address of its own (import.meta.url; ' +
        'a non-module bundle?); say where the file is with load({ wasm: url }) or data-broadsheet-wasm',
    );
  }
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
  let servedAs = '';
  const name = String(source instanceof URL || typeof source === 'string' ? source : source?.url || 'broadsheet.wasm');
  try {
    if (source instanceof WebAssembly.Module) {
      result = { instance: await WebAssembly.instantiate(source, imports) };
    } else if (source instanceof ArrayBuffer || ArrayBuffer.isView(source)) {
      result = await WebAssembly.instantiate(source, imports);
    } else if (isNode && (source instanceof URL || typeof source === 'string') && !/^https?:/.test(String(source))) {
      const { readFile } = await import(/* webpackIgnore: true */ /* @vite-ignore */ NODE_FS);
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
      const type = (response.headers.get('Content-Type') || '').split(';')[0].trim().toLowerCase();
      if (type === 'application/wasm' && WebAssembly.instantiateStreaming) {
        result = await WebAssembly.instantiateStreaming(response, imports);
      } else {
        // Object stores and some servers send .wasm as application/octet-stream,
        // which streaming compilation refuses: compile the bytes instead.
        servedAs = ` (served as "${type || 'no type'}")`;
        result = await WebAssembly.instantiate(await response.arrayBuffer(), imports);
      }
    }
  } catch (err) {
    if (err instanceof BroadsheetError) throw err;
    // A truncated or foreign file (an HTML error page), a build that does not
    // match this shim, or a Content-Security-Policy without 'wasm-unsafe-eval'.
    throw new BroadsheetError(`could not start ${name}: ${err.message}${servedAs}`);
  }
  return result.instance;
}

function createRenderer(instance) {
  const wasm = instance.exports;
  wasm._initialize(); // a reactor module: runs the C++ static constructors once

  /**
   * Renders an article. Throws BroadsheetError (with .diagnostics) on bad input.
   * @param {string} source JSON or Markdown with front matter
   * @param {object} [options] see broadsheet.d.ts
   */
  // The input buffer in wasm memory, allocated once, first, at the bottom of
  // the heap, and kept: an article of up to 20,000 characters needs no
  // allocation of its own. A larger one gets a buffer for the call only (a
  // kept buffer grown in the middle of the heap would fragment it, and the
  // heap would creep up over thousands of renders).
  const KEPT = 64 * 1024;
  const kept = wasm.bs_alloc(KEPT) >>> 0;
  let heap = new Uint8Array(wasm.memory.buffer);
  // A view of the whole memory, new only when the memory grew (the old one is
  // then detached).
  const memory = () => (heap.buffer === wasm.memory.buffer ? heap : (heap = new Uint8Array(wasm.memory.buffer)));

  function render(source, options) {
    if (typeof source !== 'string') throw new TypeError('render(source): source must be a string');
    if (broken.has(renderer)) throw new BroadsheetError('this renderer stopped after an earlier failure; call load() again');
    // The module keeps the options it parsed last, keyed by these bytes: the
    // same options on every call are parsed once.
    const opts = options == null ? '' : JSON.stringify(options);
    // UTF-16 -> UTF-8 needs at most 3 bytes per code unit. One buffer holds
    // both; encodeInto writes straight into wasm memory (one copy).
    const srcMax = source.length * 3;
    const optMax = opts.length * 3;
    const input = srcMax + optMax <= KEPT && kept ? kept : wasm.bs_alloc(srcMax + optMax) >>> 0;
    if (!input) throw new BroadsheetError('out of memory: the article is too large for this device');
    try {
      let bytes = memory();
      const src = encoder.encodeInto(source, bytes.subarray(input, input + srcMax)).written;
      const opt = encoder.encodeInto(opts, bytes.subarray(input + src, input + src + optMax)).written;
      let res;
      try {
        res = wasm.bs_render(input, src, input + src, opt) >>> 0;
      } catch (err) {
        broken.add(renderer); // a trap or abort mid-render: the heap is in an unknown state
        throw new BroadsheetError(`the renderer stopped: ${err.message}`);
      }
      bytes = memory(); // the memory may have grown during the call
      const [status, htmlPtr, htmlLen, metaPtr, metaLen] = new Uint32Array(bytes.buffer, res, 5);
      // TextDecoder straight from wasm memory (no copy). A 20 KB page with 62
      // non-ASCII bytes decodes in 24 µs in Node 20, the same bytes all ASCII in
      // 3: tried and dropped, fatal/ignoreBOM and Buffer#utf8Slice (24-26 µs),
      // ASCII runs apart (27-30), latin1 + a regex for the UTF-8 sequences (19,
      // but Node-only and slower as soon as the text is not mostly ASCII).
      const meta = JSON.parse(decoder.decode(bytes.subarray(metaPtr, metaPtr + metaLen)));
      const html = status === 0 ? decoder.decode(bytes.subarray(htmlPtr, htmlPtr + htmlLen)) : '';
      wasm.bs_release();
      const diagnostics = meta.diagnostics.map(nameOptionDiagnostic);
      if (status !== 0) {
        const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
        throw new BroadsheetError(first ? describe(first) : 'the article could not be rendered', diagnostics);
      }
      return { html, readingTime: meta.readingTime, warnings: diagnostics };
    } finally {
      if (input !== kept && !broken.has(renderer)) wasm.bs_free(input);
    }
  }

  const versionPtr = wasm.bs_version() >>> 0;
  const bytes = new Uint8Array(wasm.memory.buffer, versionPtr);
  const version = decoder.decode(bytes.subarray(0, bytes.indexOf(0)));
  const renderer = { render, version };
  return renderer;
}
