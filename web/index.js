// Broadsheet for bundlers and Node: the whole API, with no side effects on
// import (nothing on the page is touched until a function is called).
//
//   import { load } from 'broadsheet';
//   const renderer = await load();
//   const { html, readingTime, warnings } = renderer.render(source, { mode: 'fragment' });
//
// broadsheet.js is the same API plus the drop-in, which renders the page's
// [data-broadsheet-src] elements as soon as it is imported.

export { BroadsheetError } from './errors.js';
export { load } from './loader.js';
export { renderInto, hydrate } from './drop-in.js';
export { enhance } from './enhance.js';
export { defineElement } from './element.js';
