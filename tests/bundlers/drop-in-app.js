// A page script that bundles the drop-in entry as a classic script (esbuild's
// IIFE format), where import.meta.url does not exist. The page must live on:
// this script's own code runs, the drop-in shows its notice, and an element
// that names its wasm (data-broadsheet-wasm) still renders.
import 'broadsheet/broadsheet.js';

window.__events = [];
document.addEventListener('broadsheet:render', () => window.__events.push('render'));
document.addEventListener('broadsheet:error', (e) => window.__events.push(`error: ${e.detail.error.message}`));
window.__app = 'alive';
