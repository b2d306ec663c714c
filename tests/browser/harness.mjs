// Shared set-up for the browser tests: the demo server (strict CSP), Debian's
// Chromium driven by playwright-core, and pages that record console errors
// and Content-Security-Policy violations. Also the checks the accessibility
// and layout tests share: axe-core, horizontal overflow, layout shifts.
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, ROOT } from '../../scripts/serve.mjs';

export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

/**
 * Browser zoom is emulated the way the browser does it: a 1280×800 window at
 * 200 % lays the page out in 640×400 CSS pixels drawn at twice the density;
 * at 400 % it is 320 CSS pixels wide, the width WCAG 1.4.10 (reflow) names.
 */
export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
  zoom200: { width: 640, height: 400, scale: 2 },
  zoom400: { width: 320, height: 200, scale: 4 },
};

/** The rule sets the issue names; best-practice included. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/**
 * Starts the server and the browser; returns helpers and a close().
 * scrollbars: classic scrollbars that take room, as on a desktop (headless
 * Chromium hides them by default).
 */
export async function setup(serverOptions = {}, { scrollbars = false } = {}) {
  const server = await startServer({ port: 0, ...serverOptions });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    ignoreDefaultArgs: scrollbars ? ['--hide-scrollbars'] : [],
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  // Kept for tests that want one shared context; open() gives each page its
  // own, so storage, permissions and zoom never leak between tests.
  const context = await browser.newContext();
  await mkdir(SCREENSHOTS, { recursive: true });

  /**
   * Opens a path of the server (or an absolute URL). The page records console
   * errors, page errors and CSP violations (listener installed before any
   * page script runs).
   * @param {string} path
   * @param {{viewport?: {width:number,height:number,scale?:number}, colorScheme?: 'light'|'dark',
   *   waitFor?: string, permissions?: string[], init?: Function, route?: Function}} [options]
   *   init: a function run in the page before its scripts (page.addInitScript).
   *   route: called with the new context before navigation, to intercept requests.
   */
  async function open(path, { viewport = VIEWPORTS.desktop, colorScheme = 'light', waitFor, permissions, init, route } = {}) {
    const ctx = await browser.newContext({
      viewport: { width: viewport.width, height: viewport.height },
      deviceScaleFactor: viewport.scale ?? 1,
      colorScheme,
    });
    if (permissions) await ctx.grantPermissions(permissions, { origin: server.url });
    if (route) await route(ctx);
    const page = await ctx.newPage();
    page.on('close', () => ctx.close().catch(() => {}));
    const problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`);
    });
    page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) =>
        window.__violations.push(`${e.violatedDirective} blocked ${e.blockedURI || '(inline)'}`),
      );
    });
    if (init) await page.addInitScript(init);
    await page.goto(/^https?:/.test(path) ? path : server.url + path);
    if (waitFor) await page.waitForSelector(waitFor, { timeout: 15000, state: 'attached' });
    return {
      page,
      problems,
      /** Console errors, page errors and CSP violations so far (violation events are async: wait a little). */
      async allProblems() {
        await page.waitForTimeout(300);
        return [...problems, ...(await page.evaluate(() => window.__violations)).map((v) => `CSP violation: ${v}`)];
      },
    };
  }

  return {
    server,
    browser,
    context,
    open,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

/**
 * Runs axe-core in the page and returns its violations as readable lines
 * (empty when there are none). axe is loaded from this server as a same-origin
 * script, so the page's strict CSP stays exactly as a publisher would send it.
 */
export async function axe(page, { tags = AXE_TAGS } = {}) {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.addScriptTag({ url: '/node_modules/axe-core/axe.min.js' });
  }
  const violations = await page.evaluate(
    (values) => window.axe.run(document, { runOnly: { type: 'tag', values }, resultTypes: ['violations'] })
      .then((r) => r.violations.map((v) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary.replace(/\s+/g, ' ')}`) }))),
    tags,
  );
  return violations.flatMap((v) => v.nodes.map((n) => `${v.id} (${v.help}) at ${n}`));
}

/**
 * What sticks out sideways: the document scrolls horizontally, or an element
 * reaches past either edge of the viewport. Content inside a box that scrolls
 * or clips horizontally (a wide table, a code block) is left to that box, as
 * WCAG 1.4.10 allows for content that needs two dimensions.
 */
export async function overflow(page) {
  return page.evaluate(() => {
    const out = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`the document scrolls sideways: ${root.scrollWidth} > ${root.clientWidth}`);
    const vw = root.clientWidth;
    const clipped = (el) => {
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
        if (getComputedStyle(p).overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (el) => el.tagName.toLowerCase() + (el.className && typeof el.className === 'string' ? `.${el.className.trim().split(/\s+/).join('.')}` : '');
    for (const el of document.body.querySelectorAll('*')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 && r.height === 0) continue;
      if ((r.right > vw + 0.5 || r.left < -0.5) && !clipped(el)) {
        out.push(`${describe(el)} spans ${Math.round(r.left)}..${Math.round(r.right)} in a ${vw}px viewport`);
      }
    }
    return out;
  });
}

/**
 * Fills every advertisement slot the way an ad script does (a creative of the
 * slot's size), each slot scrolled into view first so that anything the fill
 * pushed would be inside the viewport, and returns the layout shifts the
 * browser reported after the fills. `unreserved` first strips the size class
 * and the containment from each slot, as a theme without reserved space would
 * leave it (the control: then the fill must shift what follows).
 */
export async function fillAdSlotsAndMeasureShifts(page, { unreserved = false } = {}) {
  return page.evaluate(async (strip) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const slots = window.__adslots || [];
    const shifts = [];
    for (const { element, size } of slots) {
      element.closest('.bs-ad').scrollIntoView({ block: 'center' });
      await frame();
      await new Promise((r) => setTimeout(r, 50));
      if (strip) {
        element.closest('.bs-ad').classList.remove(`bs-ad-${size}`);
        element.style.contain = 'none';
      }
      await frame();
      const observer = new PerformanceObserver((list) => shifts.push(...list.getEntries().map((e) => e.value)));
      observer.observe({ type: 'layout-shift' });
      const [w, h] = size === 'fluid' ? [element.clientWidth, 250] : size.split('x').map(Number);
      const creative = document.createElement('div');
      creative.className = 'test-creative';
      creative.style.width = `${w}px`; // CSSOM, which style-src does not restrict (unlike style="")
      creative.style.height = `${h}px`;
      creative.textContent = `creative ${w}×${h}`;
      element.append(creative);
      await frame();
      await new Promise((r) => setTimeout(r, 100));
      shifts.push(...observer.takeRecords().map((e) => e.value));
      observer.disconnect();
    }
    return { slots: slots.length, shifts };
  }, unreserved);
}

/**
 * Loads every lazy image now and waits for all images, so that checks and
 * screenshots see the page as a reader who scrolled through it does (a
 * full-page screenshot does not scroll, so lazy images would stay empty).
 */
export async function loadImages(page) {
  await page.evaluate(() => Promise.all([...document.images].map((img) => {
    img.loading = 'eager';
    if (img.complete) return null;
    return new Promise((done) => {
      img.addEventListener('load', done, { once: true });
      img.addEventListener('error', done, { once: true });
    });
  })));
}

/** "name-viewport-scheme.png" under SCREENSHOTS; fullPage at CSS pixel size. */
export async function screenshot(page, name) {
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage: true, scale: 'css' });
  return path;
}
