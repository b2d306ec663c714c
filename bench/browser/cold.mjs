// Cold start in the browser: navigation start (time 0 of performance.now())
// to the moment the drop-in has put the article into the page, with the
// navigation and resource timings that explain it.
document.addEventListener('broadsheet:render', () => {
  performance.mark('broadsheet-rendered');
  const rendered = performance.now();
  const nav = performance.getEntriesByType('navigation')[0];
  const wasm = performance.getEntriesByType('resource').find((e) => e.name.endsWith('/broadsheet.wasm'));
  window.__cold = {
    rendered,
    responseEnd: nav?.responseEnd,
    wasmFetched: wasm?.responseEnd,
    domContentLoaded: nav?.domContentLoadedEventStart,
  };
}, { once: true });
document.addEventListener('broadsheet:error', (e) => {
  window.__cold = { error: String(e.detail.error) };
}, { once: true });
