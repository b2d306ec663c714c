// The npm package as a publisher gets it: `npm pack`, installed from the
// tarball into a fresh project (no registry needed: it has no dependencies),
// imported in Node by its name, and its types checked with tsc --strict.
// npm pack runs the prepack script (make package); BS_SKIP_WASM_BUILD=1 lets it
// take the broadsheet.wasm that make dist already put in dist/.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { cp, copyFile, mkdtemp, readFile, rm, writeFile, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST, ROOT } from '../dist.mjs';

const run = promisify(execFile);
const TSC = join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
let tmp;
let app;
let packed;

before(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'broadsheet-package-'));
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', tmp], {
    cwd: ROOT, env: { ...process.env, BS_SKIP_WASM_BUILD: '1' }, maxBuffer: 1 << 24,
  });
  // make's own lines may come before npm's JSON ("make[1]: Entering directory …"
  // when `make test` runs this), so the JSON starts at the first line that is "[".
  [packed] = JSON.parse(stdout.slice(stdout.search(/^\[$/m)));
  app = join(tmp, 'app');
  await run('mkdir', [app]);
  await writeFile(join(app, 'package.json'), JSON.stringify({ name: 'app', private: true, type: 'module' }));
  await run('npm', ['install', '--no-audit', '--no-fund', '--offline', join(tmp, packed.filename)], { cwd: app });
});
after(async () => {
  if (tmp) await rm(tmp, { recursive: true, force: true });
});

test('the tarball holds dist/, the licenses and nothing of the repository besides', async () => {
  const files = packed.files.map((f) => f.path).sort();
  assert.deepEqual(files, [
    'LICENSE', 'README.md', 'THIRD_PARTY_NOTICES.md',
    'dist/article.schema.json', 'dist/broadsheet-core.js', 'dist/broadsheet.css', 'dist/broadsheet.d.ts',
    'dist/broadsheet.js', 'dist/broadsheet.wasm', 'dist/index.js', 'package.json',
  ]);
  const pkg = JSON.parse(await readFile(join(app, 'node_modules/broadsheet/package.json'), 'utf8'));
  assert.equal(pkg.private, undefined, 'publishable');
  assert.equal(pkg.license, 'MIT');
  const notices = await readFile(join(app, 'node_modules/broadsheet/THIRD_PARTY_NOTICES.md'), 'utf8');
  for (const name of ['md4c', 'nlohmann/json', 'libyaml', 'toml++']) assert.ok(notices.includes(name), name);
});

test('import "broadsheet" in Node renders an article, with the version of the C++ project', async () => {
  const script = `
    import { load, defineElement } from 'broadsheet';
    const r = await load();
    const { html } = r.render('---\\ntitle: Installed\\ndate: 2026-03-02\\n---\\nFrom the tarball.\\n');
    console.log(JSON.stringify({ h1: /<h1[^>]*>Installed<\\/h1>/.test(html), version: r.version, element: defineElement() }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
  const out = JSON.parse(stdout);
  const cmake = /project\(broadsheet VERSION (\d+\.\d+\.\d+)/.exec(await readFile(join(ROOT, 'CMakeLists.txt'), 'utf8'))[1];
  const pkg = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  assert.deepEqual(out, { h1: true, version: cmake, element: null });
  assert.equal(pkg.version, cmake, 'package.json and CMakeLists.txt agree');
});

test('the exports map: the drop-in, the CSS, the wasm and the schema by name; deep paths closed', async () => {
  const script = `
    const names = ['broadsheet/broadsheet.js', 'broadsheet/broadsheet.css', 'broadsheet/broadsheet.wasm',
      'broadsheet/article.schema.json', 'broadsheet/package.json'];
    const paths = names.map((n) => new URL(import.meta.resolve(n)).pathname);
    let deep = 'open';
    try { import.meta.resolve('broadsheet/dist/broadsheet-core.js'); } catch (e) { deep = e.code; }
    const dropIn = Object.keys(await import('broadsheet/broadsheet.js')).length;
    console.log(JSON.stringify({ paths, deep, dropIn }));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { cwd: app });
  const { paths, deep, dropIn } = JSON.parse(stdout);
  for (const p of paths) assert.ok((await stat(p)).size > 0, p);
  assert.equal(deep, 'ERR_PACKAGE_PATH_NOT_EXPORTED');
  assert.equal(dropIn, 6, 'the drop-in entry imports in Node too, and scans nothing');
  const schema = JSON.parse(await readFile(paths[3], 'utf8'));
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
});

test('tsc --strict accepts a publisher\'s usage file and catches the mistakes in another', async () => {
  for (const f of ['usage.ts', 'usage-errors.ts']) await copyFile(join(ROOT, 'tests/package', f), join(app, f));
  // One run for both files (tsc is slow on a busy machine): every error must be one of usage-errors.ts's.
  const failed = await run(process.execPath, [TSC, '--strict', '--noEmit', '--module', 'nodenext',
    '--moduleResolution', 'nodenext', '--target', 'es2022', '--lib', 'es2022,dom', 'usage.ts', 'usage-errors.ts'],
  { cwd: app }).then(() => null, (err) => err.stdout);
  assert.ok(failed, 'tsc must reject usage-errors.ts');
  const errors = [...failed.matchAll(/^(\S+)\((\d+),\d+\): error/gm)].map((m) => `${m[1]}:${m[2]}`);
  assert.deepEqual([...new Set(errors)], ['usage-errors.ts:6', 'usage-errors.ts:7', 'usage-errors.ts:8'], failed);
});

test('npm pack refuses to make a package without dist/ or with a stale one', async () => {
  // A checkout with web/ but nothing built: prepack (make package) stops npm pack.
  const bare = join(tmp, 'bare');
  await cp(join(ROOT, 'web'), join(bare, 'web'), { recursive: true });
  for (const f of ['package.json', 'Makefile', 'LICENSE', 'THIRD_PARTY_NOTICES.md']) await copyFile(join(ROOT, f), join(bare, f));
  const pack = () => run('npm', ['pack', '--dry-run'], { cwd: bare, env: { ...process.env, BS_SKIP_WASM_BUILD: '1' } })
    .then(() => 'packed', (err) => err.stderr);
  assert.match(await pack(), /make package: dist\/broadsheet\.js is missing \(run make dist\)/);
  // Built once, then a bundle edited by hand: refused.
  await cp(DIST, join(bare, 'dist'), { recursive: true });
  const core = join(bare, 'dist', 'broadsheet-core.js');
  const built = await readFile(core);
  await writeFile(core, '// edited\n', { flag: 'a' });
  assert.match(await pack(), /make package: dist\/broadsheet-core\.js is not what make dist made \(run make dist\)/);
  // Put back, then a module of web/ edited without make dist (it is bundled, not copied): refused.
  await writeFile(core, built);
  assert.equal(await pack(), 'packed');
  await writeFile(join(bare, 'web', 'loader.js'), '// edited\n', { flag: 'a' });
  assert.match(await pack(), /make package: dist\/ was not made from web\/loader\.js as it is now \(run make dist\)/);
});
