// Runs before the first paint (a blocking classic script: the CSP allows no
// inline script), so a reader who chose dark or sepia never sees a flash of
// the other theme. settings.mjs wires the controls that change these.
try {
  const settings = JSON.parse(localStorage.getItem('broadsheet-reader:settings') || '{}');
  for (const name of ['text', 'theme', 'width']) {
    if (typeof settings[name] === 'string') document.documentElement.dataset[name] = settings[name];
  }
} catch {
  // Storage blocked or a bad value: the defaults apply.
}
