// The reader's service worker (a module worker).
//
// - The app's shell and dist/ (module, .wasm, CSS) are precached under a cache
//   named after the build's version (version.js, made by stamp.mjs from a hash
//   of those files) and served from it: the app opens with no network at all.
// - A rebuilt dist/ or shell changes version.js, so the browser installs a new
//   worker beside this one. It waits until the reader accepts "A new version
//   is ready — Reload" (the page sends "skip-waiting"), then takes over and
//   deletes the caches of older versions. Saved articles live in IndexedDB and
//   are not touched.
// - Everything else of this origin (articles, images): the network first, and
//   when that fails, the saved copy (saved.mjs), if the reader saved one.
import { BUILD } from './version.js';
import { savedResponse } from './saved.mjs';

const PREFIX = 'broadsheet-reader-';
const CACHE = `${PREFIX}${BUILD.version}`;
const SHELL = new URL('./', self.location);
const PRECACHED = new Set(BUILD.files.map((file) => new URL(file, self.location).href));

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const cache = await caches.open(CACHE);
    // cache: 'reload' skips the HTTP cache, so a new version never precaches an old file.
    await cache.addAll([...PRECACHED].map((url) => new Request(url, { cache: 'reload' })));
    // The first worker takes the page at once; later ones wait for the reader.
    if (!self.registration.active) await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => {
  event.waitUntil((async () => {
    for (const name of await caches.keys()) {
      if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
    }
    await self.clients.claim();
  })());
});

self.addEventListener('message', (event) => {
  if (event.data?.type === 'skip-waiting') self.skipWaiting();
});

async function fromPrecache(request, url) {
  const cache = await caches.open(CACHE);
  return (await cache.match(url)) ?? fetch(request);
}

async function networkThenSaved(request) {
  try {
    return await fetch(request);
  } catch (error) {
    const saved = await savedResponse(request.url).catch(() => null);
    if (saved) return saved;
    throw error; // the page sees a network error and says it is offline
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  if (request.method !== 'GET' || url.origin !== self.location.origin) return;
  url.hash = '';
  if (request.mode === 'navigate' && (url.pathname === SHELL.pathname || url.pathname === `${SHELL.pathname}index.html`)) {
    // Every address of the app (./?src=…) is the one shell page.
    event.respondWith(fromPrecache(request, SHELL.href));
    return;
  }
  url.search = '';
  if (PRECACHED.has(url.href) && !new URL(request.url).search) {
    event.respondWith(fromPrecache(request, url.href));
    return;
  }
  event.respondWith(networkThenSaved(request));
});
