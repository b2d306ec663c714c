// The reader: one page, two views. Without ?src= it shows the latest articles
// and the Saved list; with ?src=ARTICLE_URL it renders that article with the
// Broadsheet module and offers "Save for offline". Each article has its own
// address, so links, reloads and the back button are the browser's own.
// The service worker (sw.mjs) makes all of it work with the network off.
import { load, enhance, BroadsheetError } from '../../dist/broadsheet.js';
import { saveArticle, listSaved, getSaved, removeSaved, formatBytes, SaveError } from './saved.mjs';
import { setUpSettings } from './settings.mjs';

const $ = (id) => document.getElementById(id);
const POSITION = 'broadsheet-reader:position:';

// ---- Service worker: install, and offer each new version to the reader.

async function registerWorker() {
  const build = await import('./version.js').then((m) => m.BUILD, () => null);
  if (!build) {
    $('app-version').textContent = 'Offline reading is off: version.js is missing (run node examples/reader/stamp.mjs).';
    return;
  }
  $('app-version').textContent = `Version ${build.version}.`;
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('sw.mjs', { type: 'module', scope: './', updateViaCache: 'none' });
  let accepted = false;
  const offer = (worker) => {
    $('update').hidden = false;
    $('announce').textContent = 'A new version is ready. Reload to use it.';
    $('update-reload').onclick = () => {
      accepted = true;
      worker.postMessage({ type: 'skip-waiting' });
    };
  };
  // The new worker takes over only when the reader says so; then this page,
  // still running the old version, reloads into the new one.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  });
  addEventListener('online', () => registration.update().catch(() => {}));
}

function showConnection() {
  $('connection').textContent = navigator.onLine ? '' : 'Offline: saved articles only';
}

// ---- Storage: what the app uses, and whether the browser may clear it.

async function showStorage(saved) {
  const parts = [];
  const total = saved.reduce((sum, a) => sum + a.bytes, 0);
  if (saved.length) parts.push(`${saved.length} saved ${saved.length === 1 ? 'article' : 'articles'}, ${formatBytes(total)}.`);
  if (navigator.storage?.estimate) {
    const { usage, quota } = await navigator.storage.estimate();
    parts.push(`${saved.length ? 'With the app itself, this' : 'This'} site stores ${formatBytes(usage)} of the ${formatBytes(quota)} the browser allows it.`);
  }
  if (navigator.storage?.persisted) {
    parts.push(await navigator.storage.persisted()
      ? 'Storage is persistent: the browser keeps saved articles until you remove them.'
      : 'The browser may clear saved articles when the device runs low on space.');
  }
  $('storage').textContent = parts.join(' ');
}

// ---- Home: the latest articles and the Saved list.

const readerLink = (src) => `./?src=${encodeURIComponent(src).replace(/%2F/g, '/')}`;
const sitePath = (href) => {
  const url = new URL(href);
  return url.origin === location.origin ? url.pathname + url.search : href;
};

function savedCard(article) {
  const { meta } = article;
  const item = document.createElement('li');
  item.className = 'card';
  if (meta.lang) item.lang = meta.lang;
  const section = document.createElement('p');
  section.className = 'card-section';
  section.textContent = meta.section || '';
  const title = document.createElement('h3');
  title.className = 'card-title';
  const link = document.createElement('a');
  link.href = readerLink(sitePath(article.src));
  link.textContent = meta.headline;
  title.append(link);
  const info = document.createElement('p');
  info.className = 'card-meta';
  info.lang = 'en';
  // Each piece stays on one line; the line breaks between them.
  const pieces = [`${meta.minutes} min read`, formatBytes(article.bytes)].map((text) => {
    const span = document.createElement('span');
    span.textContent = text;
    return span;
  });
  if (meta.date) {
    const time = document.createElement('time');
    time.dateTime = meta.date;
    time.textContent = meta.dateText;
    time.lang = meta.lang || '';
    pieces.unshift(time);
  }
  pieces.forEach((piece, i) => info.append(...(i ? [' · ', piece] : [piece])));
  const remove = document.createElement('button');
  remove.type = 'button';
  remove.className = 'remove';
  remove.textContent = 'Remove';
  remove.setAttribute('aria-label', `Remove “${meta.headline}” from saved`);
  remove.addEventListener('click', async () => {
    await removeSaved(article.src);
    localStorage.removeItem(POSITION + article.src);
    $('saved-status').textContent = `Removed “${meta.headline}”.`;
    await showSaved();
    $('saved-title').tabIndex = -1;
    $('saved-title').focus();
  });
  if (meta.section) item.append(section);
  item.append(title, info, remove);
  return item;
}

async function showSaved() {
  const saved = await listSaved();
  $('saved').hidden = false;
  $('saved-empty').hidden = saved.length > 0;
  $('saved-list').replaceChildren(...saved.map(savedCard));
  // Offline, what can be read comes first (in the document, so also in focus order).
  if (!navigator.onLine) $('latest-shelf').before($('saved'));
  const savedSources = new Set(saved.map((a) => a.src));
  for (const card of document.querySelectorAll('#latest .card')) {
    const isSaved = savedSources.has(new URL(card.dataset.src, location.href).href);
    card.querySelector('.card-saved')?.remove();
    if (isSaved || !navigator.onLine) {
      const badge = document.createElement('span');
      badge.className = isSaved ? 'card-saved' : 'card-saved card-unavailable';
      badge.lang = 'en';
      badge.textContent = isSaved ? 'Saved' : 'Needs a connection';
      card.querySelector('.card-meta').append(' ', badge);
    }
  }
  await showStorage(saved);
}

// ---- Reading one article.

const FORMATS = { '.md': 'markdown', '.markdown': 'markdown', '.json': 'json' };
function formatOf(url, type = '') {
  const ext = /\.[a-z]+$/i.exec(url.pathname)?.[0].toLowerCase();
  if (FORMATS[ext]) return FORMATS[ext];
  if (/json/.test(type)) return 'json';
  if (/markdown/.test(type)) return 'markdown';
  return undefined; // the content decides
}

function notice(title, text) {
  const box = $('notice');
  const heading = document.createElement('h1');
  heading.className = 'notice-title';
  heading.textContent = title;
  const body = document.createElement('p');
  body.textContent = text;
  const back = document.createElement('p');
  const link = document.createElement('a');
  link.href = './';
  link.textContent = 'Your saved articles';
  back.append(link);
  box.replaceChildren(heading, body, back);
  box.hidden = false;
  document.title = `${title} — Broadsheet Reader`;
}

/** The rendered article, inert (a template loads no images), with relative URLs made absolute against the article's. */
function parse(html, base) {
  const template = document.createElement('template');
  template.innerHTML = html; // the core's output is safe as element content
  for (const [selector, attribute] of [['img[src]', 'src'], ['a[href]:not([href^="#"])', 'href']]) {
    for (const el of template.content.querySelectorAll(selector)) {
      try {
        el.setAttribute(attribute, new URL(el.getAttribute(attribute), base).href);
      } catch {
        // Not a URL the browser can parse: left as the core wrote it.
      }
    }
  }
  return template.content;
}

function metaOf(content, readingTime) {
  const article = content.querySelector('.bs-article');
  const time = content.querySelector('.bs-published time') ?? content.querySelector('.bs-meta time[datetime]:not(.bs-reading-time)');
  return {
    headline: content.querySelector('.bs-headline')?.textContent.trim() || 'Untitled',
    section: content.querySelector('.bs-kicker')?.textContent.trim() || '',
    date: time?.dateTime || '',
    dateText: time?.textContent.trim() || '',
    lang: article?.lang || '',
    minutes: readingTime.minutes,
  };
}

// The images a save keeps: those of this site (a page's fetch cannot read
// other sites' images under the CSP, and they are shown from the network).
const ownImages = (root) => [...new Set([...root.querySelectorAll('img[src]')].map((img) => img.src))]
  .filter((src) => new URL(src).origin === location.origin);

async function downloadImages(urls) {
  return Promise.all(urls.map(async (url) => {
    let response;
    try {
      response = await fetch(url);
    } catch {
      response = null;
    }
    if (!response?.ok) throw new SaveError(`An image could not be downloaded (${sitePath(url)}). Nothing was saved.`, 'image');
    const blob = await response.blob();
    return { url, type: response.headers.get('Content-Type') || blob.type, blob };
  }));
}

// The reading position of a saved article: which block of the article is at
// the top of the window, and how far into it. A block, not a pixel offset, so
// the place survives another text size, and images above it that load later
// (the browser's scroll anchoring keeps the block in place as they do).
const BLOCKS = '.bs-article :is(header > *, p, h2, h3, h4, h5, h6, li, figure, blockquote, pre, .bs-table, .bs-toc, .bs-share, .bs-tags)';

function rememberPosition(src, isSaved) {
  const key = POSITION + src;
  const blocks = [...document.querySelectorAll(BLOCKS)];
  try {
    const { block, offset } = JSON.parse(localStorage.getItem(key) || 'null') ?? {};
    if (isSaved() && blocks[block]) scrollTo(0, blocks[block].getBoundingClientRect().top + scrollY - offset);
  } catch {
    // An unreadable position: start at the top.
  }
  let pending = false;
  addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!isSaved()) return;
      const block = blocks.findIndex((el) => el.getBoundingClientRect().bottom > 0);
      if (block < 0) return;
      localStorage.setItem(key, JSON.stringify({ block, offset: Math.round(blocks[block].getBoundingClientRect().top) }));
    }, 250);
  }, { passive: true });
}

async function showArticle(param) {
  $('home').hidden = true;
  $('reading').hidden = false;
  const url = new URL(param, location.href);
  url.hash = '';
  if (url.origin !== location.origin || !/^https?:$/.test(url.protocol)) {
    notice('This article cannot be opened here.', 'The reader opens articles from this site only.');
    return;
  }
  const src = url.href;
  let source, type, fromSaved = false;
  try {
    const response = await fetch(src);
    if (!response.ok) {
      notice('This article could not be loaded.', `The server answered ${response.status} for ${sitePath(src)}.`);
      return;
    }
    source = await response.text();
    type = response.headers.get('Content-Type') || '';
    fromSaved = response.headers.get('X-Reader-Copy') === 'saved';
  } catch {
    // No network (and no service worker answering with the saved copy yet).
    const saved = await getSaved(src).catch(() => null);
    if (!saved) {
      notice("You are offline. This article isn't saved.", 'Connect to the internet to read it, and choose “Save for offline” to keep an article for next time.');
      return;
    }
    ({ source, type } = saved);
    fromSaved = true;
  }

  const format = formatOf(url, type);
  let out;
  try {
    const renderer = await load();
    out = renderer.render(source, { format });
  } catch (error) {
    const why = error instanceof BroadsheetError ? error.message : String(error);
    notice('This article could not be displayed.', why);
    return;
  }
  const content = parse(out.html, src);
  const meta = metaOf(content, out.readingTime);
  const images = ownImages(content);
  $('article').replaceChildren(content);
  enhance($('article'));
  document.title = `${meta.headline} — Broadsheet Reader`;

  const button = $('save');
  const status = $('save-status');
  const copy = fromSaved ? null : await getSaved(src).catch(() => null);
  let saved = fromSaved || Boolean(copy);
  if (copy && copy.source !== source) {
    // The article changed since it was saved: keep the saved copy current. A
    // failure leaves the old copy whole (the save is one transaction).
    downloadImages(images).then((files) => saveArticle({ src, format, type, source, meta, images: files })).catch(() => {});
  }
  const showState = () => {
    button.textContent = saved ? 'Remove from saved' : 'Save for offline';
  };
  showState();
  if (fromSaved) status.textContent = 'No connection: this is your saved copy.';
  else if (copy) status.textContent = `Saved for offline on ${new Date(copy.savedAt).toLocaleDateString('en-GB', { day: 'numeric', month: 'long' })}.`;
  button.addEventListener('click', async () => {
    button.disabled = true;
    try {
      if (saved) {
        await removeSaved(src);
        localStorage.removeItem(POSITION + src);
        saved = false;
        status.textContent = 'Removed from saved articles.';
      } else {
        status.textContent = 'Saving…';
        const bytes = await saveArticle({ src, format, type, source, meta, images: await downloadImages(images) });
        saved = true;
        // Ask once that the browser keep what the reader saves; the answer shows on the home page.
        await navigator.storage?.persist?.().catch(() => false);
        status.textContent = `Saved for offline (${formatBytes(bytes)}${images.length ? `, with ${images.length} ${images.length === 1 ? 'image' : 'images'}` : ''}).`;
      }
    } catch (error) {
      status.textContent = error instanceof SaveError ? error.message : `The article could not be saved (${error.message}). Nothing was saved.`;
    } finally {
      button.disabled = false;
      showState();
    }
  });
  $('reading-bar').hidden = false;
  rememberPosition(src, () => saved);
}

// ---- Start.

setUpSettings();
showConnection();
addEventListener('online', showConnection);
addEventListener('offline', showConnection);
const param = new URLSearchParams(location.search).get('src');
const view = param ? showArticle(param) : showSaved();
view.finally(() => { document.documentElement.dataset.ready = ''; });
registerWorker().catch((error) => console.warn('Offline reading is not available:', error));
