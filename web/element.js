// <broadsheet-article>: the drop-in as a custom element. The article is
// rendered into the element itself (light DOM, so readers' tools, extensions
// and crawlers see it as part of the page); its children are the fallback.
//
//   <broadsheet-article src="/articles/tides.md" share="x mastodon copy" ads loading="lazy">
//     <p>Port authority rewrites the tide tables. <a href="/articles/tides">Read the article</a>.</p>
//   </broadsheet-article>
//
// Every element on the page shares one instance of the module (per wasm
// location), and each dispatches the drop-in's events. Importing this module
// defines nothing: broadsheet.js calls defineElement(); a bundled
// application calls it when it wants the element.

import { renderElement, parseOptions } from './drop-in.js';

// Options that read naturally as attributes; any other goes in the JSON
// `options` attribute, which these override.
const OPTION_ATTRIBUTES = {
  ads: ['ads', (v) => v !== 'false'],
  share: ['share', (v) => (v === 'false' || v === 'none' ? false : v.trim() ? { networks: v.trim().split(/\s+/) } : true)],
  toc: ['toc', (v) => (v === 'true' || v === '' ? true : v === 'false' ? false : v)],
  'tag-url': ['tagUrl', (v) => v],
  'allow-html': ['allowHtml', (v) => v !== 'false'],
  'url-schemes': ['urlSchemes', (v) => v.trim().split(/\s+/).filter(Boolean)],
  'embed-origins': ['embedOrigins', (v) => v.trim().split(/\s+/).filter(Boolean)],
};

// "Near the viewport" for loading="lazy": about a screen ahead, as browsers do for images.
const LAZY_MARGIN = '100% 0px';

/**
 * Defines <broadsheet-article> (or the name given) in this window, once.
 * Returns the element's class, or null where there are no custom elements (Node).
 * @param {string} [name]
 */
export function defineElement(name = 'broadsheet-article') {
  if (typeof customElements === 'undefined') return null;
  const existing = customElements.get(name);
  if (existing) return existing;
  // What decides the article: a change to any of these renders it again. Computed here, not at the
  // top of the module, so that a bundle of dist/ that never defines the element drops it and
  // OPTION_ATTRIBUTES (bundlers cannot prove a top-level Object.keys() call free of side effects).
  const RENDER_ATTRIBUTES = ['src', 'format', 'options', 'wasm', ...Object.keys(OPTION_ATTRIBUTES)];

  class BroadsheetArticle extends HTMLElement {
    static observedAttributes = RENDER_ATTRIBUTES;

    #observer = null;
    #renderedWith = null; // the attributes of the last render, to skip a render that changes nothing

    connectedCallback() {
      this.#schedule();
    }

    disconnectedCallback() {
      this.#observer?.disconnect();
      this.#observer = null;
    }

    attributeChangedCallback(_name, before, after) {
      // Before the first render (the parser setting attributes) there is nothing to redo.
      if (before !== after && this.isConnected && this.#renderedWith !== null) this.#schedule();
    }

    /** Renders now, whatever `loading` says. Resolves like renderInto. */
    render() {
      this.#observer?.disconnect();
      this.#observer = null;
      this.#renderedWith = this.#attributes();
      const attr = (n) => this.getAttribute(n) ?? undefined;
      return renderElement(this, {
        src: attr('src'),
        wasm: attr('wasm') || undefined,
        notice: attr('notice'),
        settings: () => {
          const options = { ...parseOptions(attr('options'), 'the options attribute') };
          for (const [attribute, [key, read]] of Object.entries(OPTION_ATTRIBUTES)) {
            if (this.hasAttribute(attribute)) options[key] = read(this.getAttribute(attribute));
          }
          return { format: attr('format'), options };
        },
      }, 'the src attribute');
    }

    #attributes() {
      return JSON.stringify(RENDER_ATTRIBUTES.map((n) => this.getAttribute(n)));
    }

    #schedule() {
      if (this.#renderedWith === this.#attributes()) return; // moved in the page, or nothing changed
      const lazy = this.getAttribute('loading') === 'lazy' && typeof IntersectionObserver === 'function';
      if (!lazy) {
        this.render();
        return;
      }
      this.#observer?.disconnect();
      this.#observer = new IntersectionObserver((entries) => {
        if (entries.some((e) => e.isIntersecting)) this.render();
      }, { rootMargin: LAZY_MARGIN });
      this.#observer.observe(this);
    }
  }

  customElements.define(name, BroadsheetArticle);
  return BroadsheetArticle;
}
