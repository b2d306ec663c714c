// What went wrong, worded for the person who has to fix it: the error class
// every entry point throws or reports, and the one line each diagnostic
// becomes in a message or the console.

/** Bad input, bad options or a module that could not load. */
export class BroadsheetError extends Error {
  constructor(message, diagnostics = []) {
    super(message);
    this.name = 'BroadsheetError';
    this.diagnostics = diagnostics;
  }
}

// "2:15: expected text, found a number (at /author/0/name)": the place in the
// file, and for a field the JSON path (front matter keys read the same way).
export const describe = (d) => (d.line ? `${d.line}:${d.column}: ${d.message}${d.path ? ` (at ${d.path})` : ''}`
  : d.path ? `${d.path}: ${d.message}` : d.message);
