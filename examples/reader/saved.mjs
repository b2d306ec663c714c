// The saved articles, in IndexedDB: one record per article (its source and
// what the Saved list shows) and one per image. A save writes the article and
// all its images in one transaction, so it is all or nothing: if any write
// fails (most often the storage quota), the transaction is aborted and the
// records already written in it are rolled back. Used by the page (save, list,
// remove) and by the service worker (the saved copy of a URL when offline).

const DB_NAME = 'broadsheet-reader';
const DB_VERSION = 1;

/** Largest article we save, source and images together (documented in the README). */
export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;

/** A save that did not happen; `message` is written for the reader and says nothing was kept. */
export class SaveError extends Error {
  constructor(message, reason) {
    super(message);
    this.name = 'SaveError';
    this.reason = reason; // 'quota' | 'too-large' | 'image' | 'storage'
  }
}

let opened;
function open() {
  opened ??= new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, DB_VERSION);
    request.onupgradeneeded = () => {
      const db = request.result;
      db.createObjectStore('articles', { keyPath: 'src' });
      // Keyed by article and URL, so two articles may share an image and
      // removing one leaves the other's copy.
      db.createObjectStore('images', { keyPath: ['article', 'url'] }).createIndex('url', 'url');
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
  return opened;
}

const done = (tx) => new Promise((resolve, reject) => {
  tx.oncomplete = () => resolve();
  tx.onabort = tx.onerror = () => reject(tx.error ?? new DOMException('The transaction was aborted.', 'AbortError'));
});
const result = (request) => new Promise((resolve, reject) => {
  request.onsuccess = () => resolve(request.result);
  request.onerror = () => reject(request.error);
});
const imagesOf = (src) => IDBKeyRange.bound([src, ''], [src, '\uffff']);

/** "4 KB", with a no-break space so the unit never wraps away from its number. */
export function formatBytes(n) {
  if (n < 1024) return `${n}\u00a0bytes`;
  if (n < 1024 ** 2) return `${Math.round(n / 1024)}\u00a0KB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)}\u00a0MB`;
  return `${(n / 1024 ** 3).toFixed(1)}\u00a0GB`;
}

/**
 * Saves an article and its images, or nothing.
 * @param {{src: string, format?: string, type: string, source: string, meta: object,
 *   images: Array<{url: string, type: string, blob: Blob}>}} article   src and image URLs absolute
 * @throws {SaveError}
 */
export async function saveArticle({ src, format, type, source, meta, images }) {
  const bytes = new Blob([source]).size + images.reduce((sum, image) => sum + image.blob.size, 0);
  if (bytes > MAX_ARTICLE_BYTES) {
    throw new SaveError(`This article is too large to save (${formatBytes(bytes)} with its images; the limit is ${formatBytes(MAX_ARTICLE_BYTES)}). Nothing was saved.`, 'too-large');
  }
  const db = await open();
  const tx = db.transaction(['articles', 'images'], 'readwrite');
  const finished = done(tx);
  try {
    // A save again replaces the old copy, images included.
    tx.objectStore('images').delete(imagesOf(src));
    tx.objectStore('articles').put({ src, format, type, source, meta, bytes, savedAt: Date.now(), imageUrls: images.map((i) => i.url) });
    for (const { url, type: imageType, blob } of images) tx.objectStore('images').put({ article: src, url, type: imageType, blob });
  } catch (error) {
    // A write refused at once: undo the ones already made in this transaction.
    tx.abort();
    await finished.catch(() => {});
    throw failed(error);
  }
  try {
    await finished; // a write refused later (the quota is usually checked at commit) aborts it too
  } catch (error) {
    throw failed(error);
  }
  return bytes;
}

function failed(error) {
  if (error?.name === 'QuotaExceededError') {
    return new SaveError("There isn't enough storage space to save this article. Nothing was saved; remove a saved article or free some space and try again.", 'quota');
  }
  return new SaveError(`The article could not be saved (${error?.message || error}). Nothing was saved.`, 'storage');
}

/** Every saved article, newest first, without its source. */
export async function listSaved() {
  const db = await open();
  const all = await result(db.transaction('articles').objectStore('articles').getAll());
  return all.sort((a, b) => b.savedAt - a.savedAt).map(({ source, ...rest }) => rest);
}

/** The saved record of an article (with its source), or undefined. */
export async function getSaved(src) {
  const db = await open();
  return result(db.transaction('articles').objectStore('articles').get(src));
}

/** Removes an article and its images (one transaction, so also all or nothing). */
export async function removeSaved(src) {
  const db = await open();
  const tx = db.transaction(['articles', 'images'], 'readwrite');
  tx.objectStore('articles').delete(src);
  tx.objectStore('images').delete(imagesOf(src));
  return done(tx);
}

/**
 * The saved copy of a URL as a Response — an article's source or one of its
 * images — or null when nothing saved has that URL.
 */
export async function savedResponse(url) {
  const db = await open();
  const tx = db.transaction(['articles', 'images']);
  const article = await result(tx.objectStore('articles').get(url));
  // The header tells the page that it is reading the saved copy.
  if (article) return new Response(article.source, { headers: { 'Content-Type': article.type, 'X-Reader-Copy': 'saved' } });
  const image = await result(tx.objectStore('images').index('url').get(url));
  if (image) return new Response(image.blob, { headers: { 'Content-Type': image.type, 'X-Reader-Copy': 'saved' } });
  return null;
}
