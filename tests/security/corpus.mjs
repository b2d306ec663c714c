// Reads the hostile corpus (tests/security/*.txt; format in README.md) for the
// JavaScript side: the browser test and the fuzz seed generator. The C++
// reader is in corpus_test.cpp; both must agree on the format.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CORPUS_DIR = fileURLToPath(new URL('.', import.meta.url));

// `\xNN` is the byte NN and `\\` a backslash; everything else is UTF-8 text.
function unescape(text) {
  const parts = [];
  let run = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && text[i + 1] === '\\') {
      run += '\\';
      i++;
    } else if (text[i] === '\\' && text[i + 1] === 'x' && /^[0-9A-Fa-f]{2}$/.test(text.slice(i + 2, i + 4))) {
      parts.push(Buffer.from(run, 'utf8'), Buffer.from([parseInt(text.slice(i + 2, i + 4), 16)]));
      run = '';
      i += 3;
    } else {
      run += text[i];
    }
  }
  parts.push(Buffer.from(run, 'utf8'));
  return Buffer.concat(parts);
}

/**
 * @returns {{file: string, line: number, name: string, format?: string, options: object, modes: string[],
 *            present: string[], absent: string[], expectError?: string, source: Buffer}[]}
 */
export function readCorpus(dir = CORPUS_DIR) {
  const cases = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) {
    const lines = readFileSync(join(dir, file), 'utf8').split('\n');
    if (lines.at(-1) === '') lines.pop();
    let c = null;
    let body = null;
    const finish = () => {
      if (!c) return;
      while (body.length && !body.at(-1).trim()) body.pop();
      const text = body.map((l) => `${l}\n`).join('');
      c.source = c.escapes ? unescape(text) : Buffer.from(text, 'utf8');
      delete c.escapes;
      cases.push(c);
    };
    lines.forEach((line, i) => {
      if (line.startsWith('=== case: ')) {
        finish();
        c = { file, line: i + 1, name: line.slice(10), options: {}, modes: ['fragment', 'page'], present: [], absent: [] };
        body = null;
      } else if (!c) {
        // comments before the first case
      } else if (body) {
        body.push(line);
      } else if (line === '=== source') {
        body = [];
      } else if (line.startsWith('format: ')) c.format = line.slice(8);
      else if (line.startsWith('options: ')) c.options = JSON.parse(line.slice(9));
      else if (line === 'escapes: yes') c.escapes = true;
      else if (line.startsWith('modes: ')) c.modes = line.slice(7).split(/\s+/);
      else if (line.startsWith('present: ')) c.present.push(line.slice(9));
      else if (line.startsWith('absent: ')) c.absent.push(line.slice(8));
      else if (line.startsWith('expect-error: ')) c.expectError = line.slice(14);
      else if (line) throw new Error(`${file}:${i + 1}: unknown header line: ${line}`);
    });
    finish();
  }
  return cases;
}
