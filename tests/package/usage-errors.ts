// The control for usage.ts: each line below is a mistake the types must catch
// (tests/node/package.test.mjs expects tsc to report exactly these lines).
import { load } from 'broadsheet';
import type { RenderOptions } from 'broadsheet';

export const a: RenderOptions = { strings: { minread: '{n} min' } }; // a misspelt strings key
export const b: RenderOptions = { share: { networks: ['myspace'] } }; // an unknown network
export const c = load().then((r) => r.render(42)); // the article is text
