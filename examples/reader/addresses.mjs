// The reader's addresses: each article is ./?src=ARTICLE_URL, and messages
// name this site's files by their path alone.

/** The reader's address of an article (slashes kept readable). */
export const readerLink = (src) => `./?src=${encodeURIComponent(src).replace(/%2F/g, '/')}`;

/** "/examples/articles/x.md" for this site's URLs; other URLs whole. */
export function sitePath(href) {
  const url = new URL(href);
  return url.origin === location.origin ? url.pathname + url.search : href;
}
