// The interactive parts of a rendered article: the share buttons that need
// JavaScript (the system share sheet, copy link, Mastodon) and one
// "broadsheet:adslot" event per advertisement slot. Importing this module
// does nothing; enhance() is called after each render.

const announced = new WeakSet();

/**
 * Turns the share placeholders the core wrote into buttons and dispatches one
 * "broadsheet:adslot" event per advertisement slot. Safe to call again: what
 * is done is not done twice.
 * @param {ParentNode} root
 */
export function enhance(root) {
  for (const nav of root.querySelectorAll('.bs-share')) enhanceShare(nav);
  for (const slot of root.querySelectorAll('.bs-ad[data-slot]')) {
    if (announced.has(slot)) continue;
    announced.add(slot);
    const detail = { slot: Number(slot.dataset.slot), size: slot.dataset.size, element: slot.querySelector('.bs-ad-space') };
    slot.dispatchEvent(new CustomEvent('broadsheet:adslot', { bubbles: true, detail }));
  }
}

// The core writes each JavaScript-only network as a hidden <li> carrying its
// localised texts (data-label, data-done, data-prompt). No request to any
// third party is made before the reader clicks.
function enhanceShare(nav) {
  const url = nav.dataset.url || location.href;
  const title = nav.dataset.title || document.title;
  let status = nav.querySelector('.bs-share-status');
  if (!status) {
    status = document.createElement('p');
    status.className = 'bs-share-status';
    status.setAttribute('role', 'status'); // polite live region: "Link copied"
    nav.append(status);
  }
  for (const item of nav.querySelectorAll('li[data-network][hidden]')) {
    const network = item.dataset.network;
    if (network === 'native' && typeof navigator.share !== 'function') continue;
    const button = shareButton(item.dataset.label);
    button.addEventListener('click', () => {
      if (network === 'native') navigator.share({ title, url }).catch(() => {}); // the reader closed the sheet
      else if (network === 'copy') copyLink(item, url, status);
      else if (network === 'mastodon') shareOnMastodon(item, button, title, url);
    });
    item.replaceChildren(button);
    item.hidden = false;
    // The core hides the whole list when no network works without
    // JavaScript (an article with no absolute URL); a button brings it back.
    nav.hidden = false;
  }
}

function shareButton(text) {
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'bs-share-button';
  const icon = document.createElement('span');
  icon.className = 'bs-icon';
  icon.setAttribute('aria-hidden', 'true');
  button.append(icon, text);
  return button;
}

async function copyLink(item, url, status) {
  // Emptied at once (not after the clipboard answers), so that a second copy
  // is announced again and a stale "Link copied" never lingers.
  status.textContent = '';
  try {
    await navigator.clipboard.writeText(url);
  } catch {
    // No clipboard here (a page on http:, a refused permission): put the link
    // in a field, selected, for the reader to copy.
    const { input } = inlineForm(item, item.dataset.label);
    input.readOnly = true;
    input.value = url;
    input.select();
    return;
  }
  setTimeout(() => (status.textContent = item.dataset.done), 100);
}

const MASTODON_KEY = 'broadsheet:mastodon-server';

// Asks for the reader's server once, in a labelled field (remembered on this
// device), then opens that server's share page.
function shareOnMastodon(item, button, title, url) {
  const open = (server) =>
    window.open(`https://${server}/share?text=${encodeURIComponent(`${title} ${url}`)}`, '_blank', 'noopener');
  const saved = storage('getItem', MASTODON_KEY);
  if (saved && mastodonServer(saved)) return open(saved);
  const existing = item.querySelector('input');
  if (existing) return existing.focus();
  const { form, input } = inlineForm(item, item.dataset.prompt, item.dataset.label);
  input.inputMode = 'url';
  input.autocomplete = 'url';
  input.spellcheck = false;
  input.addEventListener('input', () => {
    input.removeAttribute('aria-invalid');
    input.setCustomValidity('');
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const server = mastodonServer(input.value);
    if (!server) {
      input.setAttribute('aria-invalid', 'true');
      input.setCustomValidity(item.dataset.prompt);
      input.reportValidity();
      return;
    }
    storage('setItem', MASTODON_KEY, server);
    form.remove();
    button.focus();
    open(server);
  });
}

// "mastodon.social", "https://mastodon.social/@me" and "@me@mastodon.social" all mean mastodon.social.
function mastodonServer(text) {
  const host = text.trim().replace(/^[a-z][a-z0-9+.-]*:\/\//i, '').replace(/^@?[^@/]*@/, '').split(/[/?#]/)[0].toLowerCase();
  return /^[a-z0-9-]+(\.[a-z0-9-]+)+(:\d{1,5})?$/.test(host) ? host : null;
}

// localStorage throws where storage is disabled; then the reader is asked each time.
function storage(method, ...args) {
  try {
    return localStorage[method](...args);
  } catch {
    return null;
  }
}

let fields = 0;

// A labelled field (and a submit button when submitText is given) under a share item.
function inlineForm(item, labelText, submitText) {
  const form = document.createElement('form');
  form.className = 'bs-share-form';
  const label = document.createElement('label');
  const input = document.createElement('input');
  input.id = `bs-share-field-${++fields}`;
  label.htmlFor = input.id;
  label.textContent = labelText;
  form.append(label, input);
  if (submitText) {
    const submit = document.createElement('button');
    submit.className = 'bs-share-button';
    submit.textContent = submitText;
    form.append(submit);
  }
  item.querySelector('form')?.remove();
  item.append(form);
  input.focus();
  return { form, input };
}
