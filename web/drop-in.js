// The drop-in: renders each <div data-broadsheet-src="..."> on the page into
// its element. On failure the publisher's fallback stays, with a notice for
// readers, one console error and a "broadsheet:error" event. Importing this
// module does nothing; broadsheet.js runs scanPage() when the page is ready.

import { BroadsheetError, describe } from './errors.js';
import { load } from './loader.js';
import { enhance } from './enhance.js';

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

// A page pre-rendered in page mode (option `script`) has its article in the
// document already: only the interactive parts are added.
export function scanPage() {
  for (const article of document.querySelectorAll('.bs-article')) {
    if (!article.closest('[data-broadsheet-src]')) enhance(article);
  }
  return hydrate();
}
