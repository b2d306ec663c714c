// The reader: one page, two views. Without ?src= it shows the latest articles
// and the Saved list (home.mjs); with ?src=ARTICLE_URL it renders that article
// and offers "Save for offline" (article.mjs). Each article has its own
// address, so links, reloads and the back button are the browser's own. The
// service worker (sw.mjs, registered by updates.mjs) makes all of it work
// with the network off.
import { showHome } from './home.mjs';
import { showArticle } from './article.mjs';
import { registerWorker } from './updates.mjs';
import { setUpSettings } from './settings.mjs';

function showConnection() {
  document.getElementById('connection').textContent = navigator.onLine ? '' : 'Offline: saved articles only';
}

setUpSettings();
showConnection();
addEventListener('online', showConnection);
addEventListener('offline', showConnection);
const param = new URLSearchParams(location.search).get('src');
const view = param ? showArticle(param) : showHome();
view.finally(() => { document.documentElement.dataset.ready = ''; });
registerWorker().catch((error) => console.warn('Offline reading is not available:', error));
