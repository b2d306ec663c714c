// The published JSON Schema (web/article.schema.json) against the examples and
// the shared table of cases (tests/cases/) that the C++ parser is also held to
// (tests/unit/input_cases_test.cpp).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import Ajv2020 from 'ajv/dist/2020.js';

const root = new URL('../../', import.meta.url);
const readJson = async (path) => JSON.parse(await readFile(new URL(path, root), 'utf8'));
const schema = await readJson('web/article.schema.json');
// strict: the schema must not lean on anything a validator would have to guess.
const validate = new Ajv2020({ strict: true, allErrors: true }).compile(schema);

// Where ajv puts a problem, as the JSON Pointer the parser reports.
const pointer = (e) => e.instancePath + (e.keyword === 'required' ? `/${e.params.missingProperty}` : '');
const explain = () => validate.errors.map((e) => `  ${pointer(e)} ${e.message}`).join('\n');

async function names(dir, ext) {
  return (await readdir(new URL(dir, root))).filter((n) => n.endsWith(ext)).map((n) => n.slice(0, -ext.length)).sort();
}

test('the schema is a draft 2020-12 schema that ajv compiles in strict mode', () => {
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  // A headline is required: `headline`, or schema.org's `name` in its place.
  assert.deepEqual(schema.anyOf.map((s) => s.required), [['headline'], ['name']]);
});

test('every example article and golden JSON input is valid', async () => {
  // Golden inputs named *errors* are broken on purpose.
  const golden = (await names('tests/golden/', '.json')).filter((n) => !n.endsWith('.options') && !n.includes('errors'));
  const inputs = [
    ...(await names('examples/articles/', '.json')).map((n) => `examples/articles/${n}.json`),
    ...golden.map((n) => `tests/golden/${n}.json`),
  ];
  assert.ok(inputs.length >= 6);
  for (const path of inputs) assert.ok(validate(await readJson(path)), `${path}:\n${validate.errors && explain()}`);
});

test('the golden JSON inputs with errors on purpose are invalid', async () => {
  const broken = (await names('tests/golden/', '.json')).filter((n) => n.includes('errors'));
  assert.ok(broken.length >= 1);
  for (const name of broken) assert.equal(validate(await readJson(`tests/golden/${name}.json`)), false, name);
});

test('valid cases are valid', async () => {
  const cases = await names('tests/cases/valid/', '.json');
  assert.ok(cases.length >= 10);
  for (const name of cases) {
    assert.ok(validate(await readJson(`tests/cases/valid/${name}.json`)), `${name}:\n${validate.errors && explain()}`);
  }
});

test('invalid cases are invalid, at the place the parser reports', async () => {
  const cases = await names('tests/cases/invalid/', '.json');
  assert.ok(cases.length >= 10);
  for (const name of cases) {
    const [path] = (await readFile(new URL(`tests/cases/invalid/${name}.expect`, root), 'utf8')).split('\n');
    assert.equal(validate(await readJson(`tests/cases/invalid/${name}.json`)), false, `${name} passed the schema`);
    assert.ok(validate.errors.some((e) => pointer(e) === path), `${name}: no schema error at "${path}":\n${explain()}`);
  }
});

test('the schema rejects what it is there to catch (negative control)', () => {
  assert.equal(validate({ headline: 'x', datePublished: '2026-02-29' }), false);
  assert.equal(validate({ headline: 'x', datePublished: '2024-02-29' }), true);
  assert.equal(validate({ headline: 'x', inLanguage: 'en-GB-oxendict' }), true);
  assert.equal(validate({ headline: 'x', timeRequired: 'P0DT0H0M' }), false);
  assert.equal(validate({ headline: 'x', image: { url: '/a.jpg', srcset: '/a.jpg 800w,/b.jpg 1600w,' } }), true);
});
