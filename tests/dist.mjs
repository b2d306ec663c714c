// Where the tests find the built module: dist/ by default, or the folder in
// BS_DIST (so several builds can be tested side by side).
import { resolve } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const DIST = process.env.BS_DIST ? resolve(process.env.BS_DIST) : resolve(ROOT, 'dist');
export const distUrl = (file) => pathToFileURL(resolve(DIST, file));

/** The shim module (web/broadsheet.js as deployed in dist/). */
export const importShim = () => import(distUrl('broadsheet.js').href);
