// The article view: fetch the article (the service worker answers with the
// saved copy when the network fails), render it with the Broadsheet module,
// and offer "Save for offline" — or say why it cannot be shown.
import { load, enhance, BroadsheetError } from '../../dist/broadsheet.js';
import { saveArticle, getSaved, removeSaved, formatBytes, SaveError } from './saved.mjs';
import { sitePath } from './addresses.mjs';
import { rememberPosition, forgetPosition } from './position.mjs';

const $ = (id) => document.getElementById(id);

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

export async function showArticle(param) {
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
        forgetPosition(src);
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
