#!/usr/bin/env node
// Minifies the shim's modules and the stylesheet from web/ into dist/ (make
// dist-web), one file at a time with esbuild: every module stays an ES module
// with the same imports of the same sibling files, and
// new URL('./broadsheet.wasm', import.meta.url) stays as written, so bundlers
// still find the wasm. web/ stays the readable source.
//
// esbuild drops every comment, including the bundlers' magic comments on
// loader.js's Node-only import(NODE_FS) (`webpackIgnore: true`,
// `@vite-ignore`), without which webpack warns and Vite tries to resolve it.
// They are put back on each import() whose argument is a name, exactly as
// many as the source has; anything else stops the build.
//
//   node scripts/minify-web.mjs OUT_DIR web/FILE...
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { transformSync } from 'esbuild';

const MAGIC = '/* webpackIgnore: true */ /* @vite-ignore */';
const [outDir, ...files] = process.argv.slice(2);

for (const file of files) {
  const source = readFileSync(file, 'utf8');
  const css = file.endsWith('.css');
  let { code } = transformSync(source, { loader: css ? 'css' : 'js', format: css ? undefined : 'esm', minify: true });
  if (!css) {
    const wanted = source.split(`import(${MAGIC} `).length - 1;
    let found = 0;
    code = code.replace(/\bimport\(([A-Za-z_$][\w$]*)\)/g, (_, name) => (++found, `import(${MAGIC}${name})`));
    if (found !== wanted) {
      throw new Error(`${file}: ${wanted} import() with bundler comments in the source, ${found} import(name) minified`);
    }
  }
  writeFileSync(join(outDir, basename(file)), code);
}
