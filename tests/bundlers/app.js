// A publisher's page script, bundled by tests/browser/bundlers.test.mjs with
// Vite, webpack and esbuild: the package's entry without side effects, and an
// article rendered into the page from wherever the bundler put broadsheet.wasm.
import { renderInto } from 'broadsheet';

window.__events = [];
document.addEventListener('broadsheet:render', () => window.__events.push('render'));
document.addEventListener('broadsheet:error', (e) => window.__events.push(`error: ${e.detail.error.message}`));
renderInto(document.querySelector('#article'), { src: 'article.json' })
  .then((out) => (window.__done = out ? 'rendered' : 'failed'));
