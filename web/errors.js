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
// A problem in the options: "options.share.networks[2]: unknown network ...".
export const describe = (d) => (d.option ? `${d.option}: ${d.message}`
  : d.line ? `${d.line}:${d.column}: ${d.message}${d.path ? ` (at ${d.path})` : ''}`
  : d.path ? `${d.path}: ${d.message}` : d.message);

/**
 * The core reads the options from JSON.stringify(options), text the caller
 * never wrote, so its line and column mean nothing to them: a diagnostic about
 * the options is named instead by where it is in the options object, as the
 * caller would write it in JavaScript.
 * {message: "options: unknown network ...", line: 1, column: 38, path: "/share/networks/2"}
 *   -> {message: "unknown network ...", line: 0, column: 0, path: "/share/networks/2",
 *       option: "options.share.networks[2]"}
 */
export function nameOptionDiagnostic(d) {
  if (!d.message.startsWith('options: ')) return d;
  return { ...d, message: d.message.slice('options: '.length), line: 0, column: 0, option: optionPath(d.path) };
}

function optionPath(pointer) {
  let out = 'options';
  if (!pointer) return out;
  for (const raw of pointer.slice(1).split('/')) {
    const key = raw.replace(/~1/g, '/').replace(/~0/g, '~');
    if (/^(0|[1-9]\d*)$/.test(key)) out += `[${key}]`;
    else if (/^[A-Za-z_$][\w$]*$/.test(key)) out += `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
