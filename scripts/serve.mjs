// A small static server for the demo and the browser tests: serves the
// repository on 127.0.0.1 with the MIME types WebAssembly needs and the strict
// Content-Security-Policy Broadsheet promises to work under.
//
//   node scripts/serve.mjs            # PORT=8080 by default
//   import { startServer } from './serve.mjs'; const s = await startServer({ port: 0 });
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data: https:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.md': 'text/markdown; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ts': 'text/plain; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * @param {{port?: number, root?: string, dist?: string, csp?: string|null, types?: object}} [options]
 *   dist: the folder served as /dist/ (default ROOT/dist, or $BS_DIST).
 *   types overrides MIME types by extension (the tests serve .wasm wrongly on purpose).
 * @returns {Promise<{url: string, port: number, close: () => Promise<void>}>}
 */
export function startServer({
  port = 8080,
  root = ROOT,
  dist = process.env.BS_DIST ? resolve(process.env.BS_DIST) : join(ROOT, 'dist'),
  csp = CSP,
  types = {},
} = {}) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      res.writeHead(204).end();
      return;
    }
    const inDist = url.pathname.startsWith('/dist/');
    const base = inDist ? dist : root;
    let path = normalize(join(base, decodeURIComponent(inDist ? url.pathname.slice(5) : url.pathname)));
    if (path !== base && !path.startsWith(base + sep)) {
      res.writeHead(403).end('forbidden');
      return;
    }
    try {
      if ((await stat(path)).isDirectory()) path = join(path, 'index.html');
      const body = await readFile(path);
      const type = { ...TYPES, ...types }[extname(path).toLowerCase()] || 'application/octet-stream';
      const headers = { 'Content-Type': type, 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-cache' };
      if (csp) headers['Content-Security-Policy'] = csp;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      const { port: actual } = server.address();
      resolvePromise({
        url: `http://127.0.0.1:${actual}`,
        port: actual,
        close: () => new Promise((r) => server.close(() => r())),
      });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT || 8080);
  const { url } = await startServer({ port });
  console.log(`Broadsheet demo: ${url}/examples/index.html  (Ctrl-C to stop)`);
  console.log(`  live editor:   ${url}/examples/editor.html`);
  console.log(`  pre-rendered:  ${url}/build/prerendered/harbour-tides-json.html (and the other articles)`);
}
