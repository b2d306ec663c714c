// The live editor: the JavaScript API without the drop-in. One load(), then
// render() on each edit (it takes well under a millisecond for an article of
// this size, so there is no need to wait for the writer to pause for long).
import { load, enhance, BroadsheetError } from '/dist/broadsheet.js';

const input = document.getElementById('editor-input');
const status = document.getElementById('editor-status'); // announced: changes only with the outcome
const stats = document.getElementById('editor-stats'); // not announced: changes with every keystroke
const problems = document.getElementById('editor-problems');
const output = document.getElementById('editor-output');

// Puts the caret on a diagnostic's line and column ("3:7" in the list).
function goTo(line, column) {
  const lines = input.value.split('\n');
  let offset = 0;
  for (let i = 0; i < line - 1 && i < lines.length; i++) offset += lines[i].length + 1;
  offset += Math.max(0, column - 1);
  input.focus();
  input.setSelectionRange(offset, offset);
}

function listProblems(diagnostics) {
  problems.replaceChildren(...diagnostics.map((d) => {
    const item = document.createElement('li');
    item.className = `editor-problem editor-${d.severity}`;
    const text = `${d.severity}: ${d.message}${d.path ? ` (at ${d.path})` : ''}`;
    if (d.line) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'editor-goto';
      button.textContent = `${d.line}:${d.column}`;
      button.setAttribute('aria-label', `Go to line ${d.line}, column ${d.column}`);
      button.addEventListener('click', () => goTo(d.line, d.column));
      item.append(button, ' ');
    }
    item.append(text);
    return item;
  }));
}

const plural = (n, word) => `${n} ${word}${n === 1 ? '' : 's'}`;
// The live region is written only when what it says changes, so a screen
// reader is not interrupted at every keystroke.
const say = (text) => {
  if (status.textContent !== text) status.textContent = text;
};

let renderer;
function update() {
  const start = performance.now();
  try {
    const out = renderer.render(input.value, { ads: { after: 2, every: 4, max: 2 } });
    const ms = performance.now() - start;
    output.innerHTML = out.html; // the core's output is safe as element content
    enhance(output);
    listProblems(out.warnings);
    say(out.warnings.length ? `Rendered, with ${plural(out.warnings.length, 'warning')}.` : 'Rendered.');
    stats.textContent = `${ms.toFixed(1)} ms, ${out.readingTime.words} words, ${out.readingTime.minutes} min read`;
  } catch (err) {
    if (!(err instanceof BroadsheetError)) throw err;
    listProblems(err.diagnostics);
    const errors = err.diagnostics.filter((d) => d.severity === 'error').length;
    say(`Not rendered: ${plural(errors, 'error')}. The preview shows the last version that rendered.`);
    stats.textContent = '';
  }
}

let pending = 0;
input.addEventListener('input', () => {
  cancelAnimationFrame(pending);
  pending = requestAnimationFrame(update);
});

try {
  const [r, response] = await Promise.all([load(), fetch('/examples/articles/night-ferry.md')]);
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  renderer = r;
  input.value = await response.text();
  input.disabled = false;
  update();
} catch (err) {
  say(`The editor could not start: ${err.message}`);
  console.error('Broadsheet editor:', err);
}
