// Broadsheet: news articles (JSON or Markdown) to accessible HTML, in the
// browser and in Node, through one WebAssembly module.
//
// As a drop-in, this module renders every element with data-broadsheet-src
// as soon as the page is ready:
//   <script type="module" src="/dist/broadsheet.js"></script>
//   <div data-broadsheet-src="/articles/x.json">fallback text</div>
//
// It exports the same API as index.js (the entry without side effects, for
// bundlers and Node), where the modules are, one job each:
//   errors.js   BroadsheetError and the wording of diagnostics
//   loader.js   finding and starting broadsheet.wasm; render() across the ABI
//   drop-in.js  renderInto, hydrate and the page scan: fallback, notice, events
//   enhance.js  share buttons, copy link, Mastodon, ad-slot events
//
// No eval, no new Function, no inline styles: it runs under
//   Content-Security-Policy: default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'

import { scanPage } from './drop-in.js';

export * from './index.js';

if (typeof document !== 'undefined') {
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', scanPage, { once: true });
  else scanPage();
}
