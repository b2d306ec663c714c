// Cold start in the browser: navigation start (time 0 of performance.now())
// to the moment the drop-in has put the article into the page, with the
// navigation and resource timings that explain it.
document.addEventListener('broadsheet:render', () => {
  performance.mark('broadsheet-rendered');
  const rendered = performance.now();
  const nav = performance.getEntriesByType('navigation')[0];
  const requests = performance.getEntriesByType('resource').filter((e) => e.name.endsWith('/broadsheet.wasm'));
  const wasm = requests[requests.length - 1];
  window.__cold = {
    rendered,
    responseEnd: nav?.responseEnd,
    wasmFetched: wasm?.responseEnd,
    wasmRequests: requests.length, // 2 would mean a preload the shim's fetch did not use
    domContentLoaded: nav?.domContentLoadedEventStart,
  };
}, { once: true });
document.addEventListener('broadsheet:error', (e) => {
  window.__cold = { error: String(e.detail.error) };
}, { once: true });
