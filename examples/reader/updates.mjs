// The service worker from the page's side: register it, and offer each new
// version to the reader ("A new version is ready — Reload").
const $ = (id) => document.getElementById(id);

export async function registerWorker() {
  const build = await import('./version.js').then((m) => m.BUILD, () => null);
  if (!build) {
    $('app-version').textContent = 'Offline reading is off: version.js is missing (run node examples/reader/stamp.mjs).';
    return;
  }
  $('app-version').textContent = `Version ${build.version}.`;
  if (!('serviceWorker' in navigator)) return;
  const registration = await navigator.serviceWorker.register('sw.mjs', { type: 'module', scope: './', updateViaCache: 'none' });
  let accepted = false;
  const offer = (worker) => {
    $('update').hidden = false;
    $('announce').textContent = 'A new version is ready. Reload to use it.';
    $('update-reload').onclick = () => {
      accepted = true;
      worker.postMessage({ type: 'skip-waiting' });
    };
  };
  // The new worker takes over only when the reader says so; then this page,
  // still running the old version, reloads into the new one.
  navigator.serviceWorker.addEventListener('controllerchange', () => {
    if (accepted) location.reload();
  });
  if (registration.waiting && navigator.serviceWorker.controller) offer(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed' && navigator.serviceWorker.controller) offer(worker);
    });
  });
  addEventListener('online', () => registration.update().catch(() => {}));
}
