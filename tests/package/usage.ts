// A publisher's TypeScript, type-checked against the installed package with
// tsc --strict by tests/node/package.test.mjs. It must compile as written.
import { load, renderInto, hydrate, enhance, defineElement, BroadsheetError } from 'broadsheet';
import type { RenderOptions, RenderResult, Diagnostic, BroadsheetArticleElement } from 'broadsheet';

const options: RenderOptions = {
  mode: 'fragment',
  share: { networks: ['x', 'mastodon', 'copy'] },
  ads: { after: 2, size: '300x250' },
  strings: { minRead: '{n} Min. Lesezeit', advertisement: 'Anzeige' },
};

export async function renderArticle(text: string): Promise<string> {
  const renderer = await load({ wasm: new URL('https://cdn.example/broadsheet.wasm') });
  try {
    const out: RenderResult = renderer.render(text, options);
    return `${out.html}<!-- ${out.readingTime.minutes} min, ${renderer.version} -->`;
  } catch (err) {
    if (err instanceof BroadsheetError) {
      const first: Diagnostic | undefined = err.diagnostics[0];
      return first?.option ?? `${first?.line}:${first?.column}`;
    }
    throw err;
  }
}

export async function onPage(root: HTMLElement): Promise<void> {
  await renderInto(root, { src: '/a.md', wasm: '/static/broadsheet.wasm', notice: 'Nicht verfügbar.' });
  await hydrate(document, { wasm: await fetch('/static/broadsheet.wasm') });
  enhance(root);
  defineElement();
  const el: BroadsheetArticleElement = document.createElement('broadsheet-article');
  el.setAttribute('src', '/b.json');
  document.body.append(el);
  await el.render();
  document.addEventListener('broadsheet:adslot', ({ detail }) => detail.element.append(String(detail.slot)));
}
