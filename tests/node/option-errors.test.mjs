// A problem in the options is named by where it is in the options object, as
// the caller wrote it, never by a line and column of JSON they never saw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { distUrl } from '../dist.mjs';

const { load, BroadsheetError } = await import(distUrl('index.js').href);
const renderer = await load();
const ARTICLE = '{"headline": "Tide tables", "datePublished": "2026-03-02", "articleBody": "The harbour."}';

const failure = (options) => {
  try {
    renderer.render(ARTICLE, options);
  } catch (err) {
    assert.ok(err instanceof BroadsheetError);
    return err;
  }
  assert.fail('expected a BroadsheetError');
};

test('the message names the option: options.share.networks[2]', () => {
  const err = failure({ share: { networks: ['x', 'email', 'myspace'] } });
  assert.match(err.message, /^options\.share\.networks\[2\]: unknown network "myspace"; expected x, facebook/);
  assert.deepEqual(err.diagnostics.map(({ option, path, line, column }) => ({ option, path, line, column })),
    [{ option: 'options.share.networks[2]', path: '/share/networks/2', line: 0, column: 0 }]);
});

test('nested objects, and keys that are not identifiers', () => {
  assert.match(failure({ readingTime: { wordsPerMinute: 0 } }).message,
    /^options\.readingTime\.wordsPerMinute: expected a number from 1 to 10000$/);
  assert.match(failure({ ads: { after: 'three' } }).message, /^options\.ads\.after: expected a whole number, found text$/);
  assert.match(failure({ strings: { 'by/line': 1, minRead: 2 } }).message, /^options\.strings\["by\/line"\]: /);
});

test('warnings about options are named the same way', () => {
  const { warnings } = renderer.render(ARTICLE, { shareNetworks: ['x'] });
  const w = warnings.find((d) => d.option);
  assert.equal(w.option, 'options.shareNetworks');
  assert.match(w.message, /^unknown field "shareNetworks"/);
});

test('problems in the article keep their line and column', () => {
  assert.throws(() => renderer.render('{\n  "headline": 5\n}', { mode: 'fragment' }),
    (err) => err.message === '2:15: expected text, found a number (at /headline)' && !err.diagnostics[0].option);
});
