// Where the reader stopped in each saved article, kept in localStorage: which
// block of the article is at the top of the window, and how far into it. A
// block, not a pixel offset, so the place survives another text size, and
// images above it that load later (the browser's scroll anchoring keeps the
// block in place as they do).
const KEY = 'broadsheet-reader:position:';
const BLOCKS = '.bs-article :is(header > *, p, h2, h3, h4, h5, h6, li, figure, blockquote, pre, .bs-table, .bs-toc, .bs-share, .bs-tags)';

/** Scrolls back to where the reader stopped, then keeps the place while isSaved() is true. */
export function rememberPosition(src, isSaved) {
  const key = KEY + src;
  const blocks = [...document.querySelectorAll(BLOCKS)];
  try {
    const { block, offset } = JSON.parse(localStorage.getItem(key) || 'null') ?? {};
    if (isSaved() && blocks[block]) scrollTo(0, blocks[block].getBoundingClientRect().top + scrollY - offset);
  } catch {
    // An unreadable position: start at the top.
  }
  let pending = false;
  addEventListener('scroll', () => {
    if (pending) return;
    pending = true;
    setTimeout(() => {
      pending = false;
      if (!isSaved()) return;
      const block = blocks.findIndex((el) => el.getBoundingClientRect().bottom > 0);
      if (block < 0) return;
      localStorage.setItem(key, JSON.stringify({ block, offset: Math.round(blocks[block].getBoundingClientRect().top) }));
    }, 250);
  }, { passive: true });
}

/** Forgets the position of an article that is no longer saved. */
export function forgetPosition(src) {
  localStorage.removeItem(KEY + src);
}
