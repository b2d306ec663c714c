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
 * Arguments win over the element's data-broadsheet-* attributes.
 * @param {Element} element
 * @param {{src?: string, format?: string, options?: object, wasm?: any, notice?: string}} [init]
 */
export function renderInto(element, init = {}) {
  const data = element.dataset;
  return renderElement(element, {
    src: init.src ?? data.broadsheetSrc,
    wasm: init.wasm ?? (data.broadsheetWasm || undefined),
    notice: init.notice ?? data.broadsheetNotice,
    settings: () => ({
      format: init.format ?? data.broadsheetFormat,
      options: init.options ?? parseOptions(data.broadsheetOptions, 'data-broadsheet-options'),
    }),
  }, 'data-broadsheet-src');
}

/**
 * What renderInto and <broadsheet-article> share: the states, the events, the
 * notice. settings() runs inside the error handling (it parses what the
 * publisher wrote); srcName names the attribute in "no article to load".
 * @internal
 */
export async function renderElement(element, { src, wasm, notice, settings }, srcName) {
  element.dataset.broadsheetState = 'loading';
  element.setAttribute('aria-busy', 'true');
  try {
    if (!src) throw new BroadsheetError(`no article to load: ${srcName} is empty`);
    let { format, options } = settings();
    options ??= {};
    format ||= options.format || formatOf(src);
    const [renderer, text] = await Promise.all([load({ wasm }), fetchText(src)]);
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
    if (element.dispatchEvent(event)) showNotice(element, notice);
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

/** @internal JSON written by the publisher in an attribute. */
export function parseOptions(text, attribute) {
  if (!text) return {};
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new BroadsheetError(`${attribute} is not valid JSON (${err.message})`);
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
function showNotice(element, text) {
  element.querySelector(':scope > .bs-notice')?.remove();
  const notice = document.createElement('p');
  notice.className = 'bs-notice';
  notice.setAttribute('role', 'alert');
  if (!text) notice.lang = 'en';
  notice.textContent = text || 'The full article could not be displayed.';
  element.prepend(notice);
}

/**
 * Renders every [data-broadsheet-src] element under root not yet rendered.
 * wasm: where broadsheet.wasm is, for elements without data-broadsheet-wasm.
 */
export function hydrate(root = document, { wasm } = {}) {
  const elements = [...root.querySelectorAll('[data-broadsheet-src]:not([data-broadsheet-state])')];
  return Promise.all(elements.map((el) => renderInto(el, { wasm: el.dataset.broadsheetWasm || wasm })));
}

// A page pre-rendered in page mode (option `script`) has its article in the
// document already: only the interactive parts are added.
export function scanPage() {
  for (const article of document.querySelectorAll('.bs-article')) {
    if (!article.closest('[data-broadsheet-src]')) enhance(article);
  }
  return hydrate();
}
