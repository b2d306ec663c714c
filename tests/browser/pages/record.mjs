// Test pages: the query string chooses what the page renders (?src=, ?format=,
// ?options=, ?notice=, ?wasm= become the data-broadsheet-* attributes; ?cancel cancels
// the error event), and every event the shim dispatches is recorded.
const params = new URLSearchParams(location.search);
const element = document.querySelector('[data-broadsheet-src]');
for (const [param, key] of [['src', 'broadsheetSrc'], ['format', 'broadsheetFormat'],
  ['options', 'broadsheetOptions'], ['notice', 'broadsheetNotice'], ['wasm', 'broadsheetWasm']]) {
  if (params.has(param)) element.dataset[key] = params.get(param);
}

window.__events = [];
window.__adslots = [];
document.addEventListener('broadsheet:render', () => window.__events.push({ type: 'render' }));
document.addEventListener('broadsheet:error', (e) => {
  window.__events.push({ type: 'error', message: e.detail.error.message, src: e.detail.src, name: e.detail.error.name });
  if (params.has('cancel')) e.preventDefault(); // the page shows its own message
});
document.addEventListener('broadsheet:adslot', (e) => {
  window.__events.push({ type: 'adslot', slot: e.detail.slot, size: e.detail.size });
  window.__adslots.push(e.detail);
});
