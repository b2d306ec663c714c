// Imports the entry without side effects, as a bundled application would, and
// hands it to the test (which checks that importing it rendered nothing).
window.__broadsheet = await import('/dist/index.js');
