// Reader controls, as progressive enhancement: the form is hidden until this
// runs, each choice is a radio button in a named group (so it is reached with
// Tab and the arrow keys, and announced as "Theme, Dark, 3 of 4"), and the
// choices are kept in localStorage. early.js applies them before first paint;
// reader.css turns the data attributes into sizes and colours.
const KEY = 'broadsheet-reader:settings';
const DEFAULTS = { text: 'standard', theme: 'auto', width: 'standard' };

function stored() {
  try {
    return { ...DEFAULTS, ...JSON.parse(localStorage.getItem(KEY) || '{}') };
  } catch {
    return { ...DEFAULTS };
  }
}

// The browser's own bar (theme-color) follows a chosen theme too; "auto"
// leaves the page's light and dark colours to the media queries.
const BAR = { light: '#a3122a', dark: '#151515', sepia: '#f4ecd8' };
const bars = [...document.querySelectorAll('meta[name="theme-color"]')].map((meta) => [meta, meta.content]);

function apply(settings) {
  const root = document.documentElement;
  for (const [name, value] of Object.entries(settings)) {
    if (value === DEFAULTS[name]) delete root.dataset[name];
    else root.dataset[name] = value;
  }
  for (const [meta, content] of bars) meta.content = BAR[settings.theme] ?? content;
}

export function setUpSettings() {
  const details = document.getElementById('settings');
  const form = document.getElementById('settings-form');
  const settings = stored();
  for (const [name, value] of Object.entries(settings)) {
    const input = form.querySelector(`input[name="${name}"][value="${CSS.escape(value)}"]`);
    if (input) input.checked = true;
  }
  apply(settings);
  form.addEventListener('change', () => {
    const chosen = Object.fromEntries(new FormData(form));
    apply(chosen);
    try {
      localStorage.setItem(KEY, JSON.stringify(chosen));
    } catch {
      // Not kept (storage blocked), but applied for this page.
    }
  });
  // Escape closes the panel and gives focus back to its button.
  details.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && details.open) {
      details.open = false;
      details.querySelector('summary').focus();
    }
  });
  details.hidden = false;
}
