// Shared set-up for the browser tests: the demo server (strict CSP), Debian's
// Chromium driven by playwright-core, and pages that record console errors
// and Content-Security-Policy violations.
import { mkdtemp, mkdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { startServer, ROOT } from '../../scripts/serve.mjs';

export const SCREENSHOTS = join(ROOT, 'test-output', 'screenshots');

export const VIEWPORTS = {
  phone: { width: 390, height: 844 },
  desktop: { width: 1280, height: 800 },
};

const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';

/** Starts the server and the browser; returns helpers and a close(). */
export async function setup(serverOptions = {}) {
  const server = await startServer({ port: 0, ...serverOptions });
  const profile = await mkdtemp(join(tmpdir(), 'broadsheet-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
  await mkdir(SCREENSHOTS, { recursive: true });

  /**
   * Opens a path of the server. The page records console errors, page errors
   * and CSP violations (listener installed before any page script runs).
   */
  async function open(path, { viewport = VIEWPORTS.desktop, colorScheme = 'light', waitFor } = {}) {
    const page = await context.newPage();
    await page.setViewportSize(viewport);
    await page.emulateMedia({ colorScheme });
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
    await page.goto(server.url + path);
    if (waitFor) await page.waitForSelector(waitFor, { timeout: 15000 });
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
    context,
    open,
    async close() {
      await context.close();
      await server.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
