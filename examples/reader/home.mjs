// The home view: the latest articles (in the page) and the Saved list, with
// what the saved articles and the app take of the browser's storage.
import { listSaved, removeSaved, formatBytes } from './saved.mjs';
import { readerLink, sitePath } from './addresses.mjs';
import { forgetPosition } from './position.mjs';

const $ = (id) => document.getElementById(id);

// What the app uses, and whether the browser may clear it.
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
    forgetPosition(article.src);
    $('saved-status').textContent = `Removed “${meta.headline}”.`;
    await showHome();
    $('saved-title').tabIndex = -1;
    $('saved-title').focus();
  });
  if (meta.section) item.append(section);
  item.append(title, info, remove);
  return item;
}

export async function showHome() {
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
