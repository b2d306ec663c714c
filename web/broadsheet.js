// Broadsheet: news articles (JSON or Markdown) to accessible HTML, in the
// browser and in Node, through one WebAssembly module.
//
// As a drop-in, this module renders every element with data-broadsheet-src
// as soon as the page is ready, and defines <broadsheet-article>:
//   <script type="module" src="/dist/broadsheet.js"></script>
//   <div data-broadsheet-src="/articles/x.json">fallback text</div>
//   <broadsheet-article src="/articles/y.md" loading="lazy">fallback text</broadsheet-article>
//
// It exports the same API as index.js (the entry without side effects, for
// bundlers and Node), where the modules are, one job each:
//   errors.js   BroadsheetError and the wording of diagnostics
//   loader.js   finding and starting broadsheet.wasm; render() across the ABI
//   drop-in.js  renderInto, hydrate and the page scan: fallback, notice, events
//   enhance.js  share buttons, copy link, Mastodon, ad-slot events
//   element.js  <broadsheet-article>, the drop-in as a custom element
//
// No eval, no new Function, no inline styles: it runs under
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'

import { scanPage } from './drop-in.js';
import { defineElement } from './element.js';
// Imported here too, though index.js imports them, so that the browser asks
// for every module as soon as it has read this one: one round trip, not three.
import './errors.js';
import './loader.js';
import './enhance.js';

export * from './index.js';

if (typeof document !== 'undefined') {
  defineElement();
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scanPage, { once: true });
  else scanPage();
}
