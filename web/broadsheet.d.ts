// Types for index.js (the entry without side effects, for bundlers and Node)
// and broadsheet.js (the same API plus the drop-in, which renders the page's
// [data-broadsheet-src] elements on import): render news articles (JSON or
// Markdown) to accessible HTML with the Broadsheet WebAssembly core.

/** Where a problem is: 1-based line and column (0 when unknown) and a JSON Pointer. */
export interface Diagnostic {
  severity: 'error' | 'warning';
  /** Written for the person who wrote the article, e.g. "expected a date like 2024-05-21". */
  message: string;
  /** In the article; 0 for a problem in the options (see `option`). */
  line: number;
  column: number;
  /** JSON Pointer of the field, e.g. "/author/0/name" (or "/share/networks/2" in the options); "" for the whole document. */
  path: string;
  /** Only for a problem in the options: where it is, as you would write it, e.g. "options.share.networks[2]". */
  option?: string;
}

export type ShareNetwork =
  | 'x' | 'facebook' | 'linkedin' | 'whatsapp' | 'telegram' | 'reddit' | 'email' | 'mastodon' | 'native' | 'copy';

export interface Publisher {
  name?: string;
  slogan?: string;
  /** The home page the masthead links to. */
  url?: string;
  logo?: string;
}

/** The interface text, by key, with the English default. `{…}` is filled in by the renderer. */
export interface InterfaceStrings {
  /** "By" */
  by?: string;
  /** "and" (between authors) */
  and?: string;
  /** "Published {date}" (beside an update) */
  published?: string;
  /** "Updated {date}" */
  updated?: string;
  /** "{n} min read"; one form per plural category of the language may be separated by "|" */
  minRead?: string;
  /** "Share this article" */
  shareTitle?: string;
  /** "Share on {network}" */
  shareOn?: string;
  /** "Share by email" */
  shareByEmail?: string;
  /** "Share…" */
  shareNative?: string;
  /** "Copy link" */
  copyLink?: string;
  /** "Link copied" */
  linkCopied?: string;
  /** "Your Mastodon server (for example mastodon.social)" */
  mastodonPrompt?: string;
  /** "Advertisement" */
  advertisement?: string;
  /** "{label} {i} of {n}" (a slot's accessible name) */
  advertisementN?: string;
  /** "Contents" */
  contents?: string;
  /** "Topics" (the name of the tag list) */
  topics?: string;
  /** "{credit}" */
  photoCredit?: string;
}

export interface RenderOptions {
  /** Input format. Default: JSON when the first non-space character is "{", else Markdown. */
  format?: 'json' | 'markdown';
  /**
   * "fragment" (default): an <article> element.
   * "page": a whole HTML document with <title>, meta tags and JSON-LD.
   * "commonmark": the Markdown alone as plain CommonMark HTML (no front matter).
   */
  mode?: 'fragment' | 'page' | 'commonmark';
  /** Site-wide defaults; the article's own publisher fields win. */
  publisher?: Publisher;
  /** Advertisement slots between paragraphs. Default: false. */
  ads?: false | true | {
    /** First slot after paragraph N (default 3). */
    after?: number;
    /** Then every M paragraphs (default 6). */
    every?: number;
    /** At most K slots (default 3). */
    max?: number;
    /** Visible label; default "Advertisement" in the article's language. */
    label?: string;
    /** Reserved size (default "300x250"). */
    size?: '300x250' | '336x280' | '300x600' | '320x50' | '320x100' | '728x90' | '970x90' | '970x250' | 'fluid';
  };
  /** The "Share this article" list. Default: every network, in this order. */
  share?: false | true | { networks?: ShareNetwork[] };
  readingTime?: {
    /** Space-separated scripts (default 230). */
    wordsPerMinute?: number;
    /** Chinese, Japanese, Korean (default 500). */
    charactersPerMinute?: number;
  };
  /**
   * Table of contents, placed after the body's first paragraph: "auto" (default: articles of at least 1,500 words
   * in four or more sections), true (one section is enough) or false.
   */
  toc?: 'auto' | boolean;
  /**
   * Tags link to this URL: `{tag}` is the tag, `{slug}` its slug, each percent-encoded as one path segment.
   * @example "/topics/{tag}"
   */
  tagUrl?: string;
  /**
   * "wide-lead": the lead image's `sizes` fit the wider box of `data-broadsheet-layout="wide-lead"`, and page mode
   * writes that attribute on its <body>. Default "standard".
   */
  layout?: 'standard' | 'wide-lead';
  /** Page mode: the page's colours, written as `data-broadsheet-theme` on <html>. Default "auto". */
  theme?: 'auto' | 'host' | 'light' | 'dark';
  /**
   * Let allowlisted HTML through, sanitized: inline tags (sub, sup, kbd, mark, abbr, span, img, ...) and, in HTML
   * blocks, figure, picture, details, div, p, tables, video and audio (README "Security"). Default false: raw HTML
   * is shown as text. HTML comments are dropped either way.
   */
  allowHtml?: boolean;
  /**
   * Typographic punctuation in the body's prose: quotes of the article's language (“…”, « … », „…“, 「…」),
   * `--` → –, `---` → —, `...` → …; never in code, URLs, attributes or raw HTML. Default true; off in commonmark mode.
   */
  typography?: boolean;
  /**
   * With allowHtml, the https origins an iframe may come from; others become links. Frames are sandboxed
   * ("allow-scripts allow-popups allow-presentation"), lazy, and need a title. Default [] (no iframes).
   * @example ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
   */
  embedOrigins?: string[];
  /** URL schemes allowed in links and images besides relative URLs. Default ["http", "https", "mailto"]. */
  urlSchemes?: string[];
  /**
   * Overrides of the interface text the renderer writes itself; `{…}` marks what it fills in.
   * @example { advertisement: "Anzeige", minRead: "{n} Min. Lesezeit" }
   */
  strings?: InterfaceStrings;
  /** Page mode: the stylesheet's URL (default "broadsheet.css"). */
  stylesheet?: string;
  /**
   * Page mode: the URL of broadsheet.js. When set, the page loads it as a module, which adds the share buttons
   * that need JavaScript and announces the ad slots. Default: none (the page has no script).
   */
  script?: string;
  /**
   * The site's language (a BCP 47 tag such as "en-GB") for articles that give none: their `lang`, the interface
   * text's language and, in page mode, `<html lang>`. Without it and without the article's, a page says "und".
   */
  lang?: string;
  /** The site's writing direction for articles that give none (default "auto": from the language). */
  dir?: 'ltr' | 'rtl' | 'auto';
  /** Largest accepted input (default 8 MiB). */
  maxInputBytes?: number;
  /** Deepest nesting of JSON, YAML, lists and quotes (default 64). */
  maxDepth?: number;
  /** Most diagnostics reported (default 100). */
  maxDiagnostics?: number;
  /** Largest HTML produced (default 64 MiB). */
  maxOutputBytes?: number;
}

export interface RenderResult {
  html: string;
  readingTime: {
    /** Rounded up, at least 1, or the author's override. */
    minutes: number;
    /** Words of the body; each CJK character counts as one. */
    words: number;
  };
  /** Problems that did not stop rendering (an image without alt text, an unknown field, ...). */
  warnings: Diagnostic[];
}

export interface Renderer {
  /**
   * Renders one article. Throws BroadsheetError, with every problem in
   * `.diagnostics`, when the input or the options have errors.
   * @example
   * const { html } = renderer.render(markdown, { mode: 'page' });
   */
  render(source: string, options?: RenderOptions): RenderResult;
  /** The core's version, "MAJOR.MINOR.PATCH". */
  version: string;
}

/**
 * Thrown for bad input (then `message` is the first error, as
 * "LINE:COLUMN: message (at /json/path)", or "options.share.networks[2]: message"
 * for the options, and `diagnostics` holds every error and warning) and when
 * the core cannot be loaded (`diagnostics` is empty).
 */
export class BroadsheetError extends Error {
  name: 'BroadsheetError';
  diagnostics: Diagnostic[];
}

/**
 * Where broadsheet.wasm comes from: a URL (or, in Node, a path), a fetch
 * Response, its bytes, or a compiled module. A Response with another type
 * than application/wasm (e.g. application/octet-stream) is compiled from its
 * bytes.
 */
export type WasmSource = URL | string | Response | Promise<Response> | BufferSource | WebAssembly.Module;

export interface LoadOptions {
  /** Default: broadsheet.wasm beside this module (`new URL('./broadsheet.wasm', import.meta.url)`). */
  wasm?: WasmSource;
}

/**
 * Loads the WebAssembly core.
 * - `load()`: broadsheet.wasm beside this module (fetched in browsers, read
 *   from disk in Node), one instance shared by every caller.
 * - `load({ wasm })`: from there instead, one instance shared by every caller
 *   that names the same URL (or the same object).
 * - `load(source)`: a separate instance of its own, never shared.
 * Rejects with a BroadsheetError that names the file and the reason.
 * @example
 * const renderer = await load({ wasm: '/static/broadsheet.wasm' });
 */
export function load(options?: LoadOptions): Promise<Renderer>;
export function load(source: WasmSource): Promise<Renderer>;

/**
 * Renders an article into an element, as the drop-in does for every element
 * with `data-broadsheet-src` (also read, each overridden by the argument of the
 * same name: `data-broadsheet-format`, `data-broadsheet-options` as JSON,
 * `data-broadsheet-wasm`, where broadsheet.wasm is, and `data-broadsheet-notice`,
 * the text of the failure notice in the page's language). Without a format (argument,
 * attribute or `options.format`), `.json` and `.md` URLs say what they are;
 * otherwise the content decides (JSON when it starts with "{").
 *
 * Resolves to the result, or to null on failure — the module or the article
 * could not load, the input or the options have errors, a limit was hit. Then
 * the element's fallback content stays, one console error names the source and
 * every error, a cancelable "broadsheet:error" event bubbles from the element,
 * and unless the page calls preventDefault() on it, a notice with
 * role="alert" is put above the fallback. `data-broadsheet-state` is
 * "loading", then "rendered" or "error".
 */
export function renderInto(
  element: Element,
  init?: { src?: string; format?: 'json' | 'markdown'; options?: RenderOptions; wasm?: WasmSource; notice?: string },
): Promise<RenderResult | null>;

/**
 * Renders every [data-broadsheet-src] element under root that is not rendered
 * yet. `wasm` is for the elements without `data-broadsheet-wasm`.
 */
export function hydrate(root?: ParentNode, init?: { wasm?: WasmSource }): Promise<Array<RenderResult | null>>;

/**
 * Makes rendered HTML interactive; renderInto calls it. The share list gets
 * "Share…" (where navigator.share exists), "Copy link" (announces "Link
 * copied" through a polite live region; without a clipboard, shows the link
 * selected in a field) and Mastodon (asks once for the reader's server in a
 * labelled field and remembers it in localStorage). Each advertisement slot
 * gets one "broadsheet:adslot" event. Calling it again does nothing twice.
 */
export function enhance(root: ParentNode): void;

/**
 * `<broadsheet-article>`: the drop-in as a custom element, rendered into
 * itself (light DOM); its children are the fallback. Attributes: `src`,
 * `format`, `options` (JSON), `wasm`, `notice`, `loading="lazy"` (render when
 * it comes near the viewport), and these options, which win over the JSON:
 * `ads` (boolean), `share` ("false" or the networks, space-separated), `toc`
 * ("auto", "true", "false"), `allow-html` (boolean), `url-schemes`
 * (space-separated). Changing one of them renders it again. Every element
 * naming the same wasm shares one instance; the events are the drop-in's.
 */
export interface BroadsheetArticleElement extends HTMLElement {
  /** Renders now, even when lazy. Resolves like renderInto. */
  render(): Promise<RenderResult | null>;
}

/**
 * Defines `<broadsheet-article>` (or `name`) once; broadsheet.js does this on
 * import, index.js never does. Returns the class, or null without custom
 * elements (Node).
 */
export function defineElement(name?: string): (new () => BroadsheetArticleElement) | null;

/**
 * One per advertisement slot, bubbling from its `<section class="bs-ad">`.
 * `element` is the empty box reserved at the slot's size: put the creative
 * inside it and nothing on the page moves.
 * @example
 * document.addEventListener('broadsheet:adslot', ({ detail }) => {
 *   myAdLibrary.display(detail.element, { size: detail.size, position: detail.slot });
 * });
 */
export interface AdSlotDetail {
  /** 1-based position in the article. */
  slot: number;
  /** The reserved size, e.g. "300x250" (or "fluid"). */
  size: string;
  element: HTMLElement;
}

declare global {
  interface HTMLElementTagNameMap {
    'broadsheet-article': BroadsheetArticleElement;
  }
  interface HTMLElementEventMap {
    'broadsheet:render': CustomEvent<RenderResult>;
    /** Cancelable: preventDefault() keeps the notice from being shown. */
    'broadsheet:error': CustomEvent<{ error: Error; src: string }>;
    'broadsheet:adslot': CustomEvent<AdSlotDetail>;
  }
  interface DocumentEventMap {
    'broadsheet:render': CustomEvent<RenderResult>;
    'broadsheet:error': CustomEvent<{ error: Error; src: string }>;
    'broadsheet:adslot': CustomEvent<AdSlotDetail>;
  }
}
