// The theme beyond what axe checks: the article fits a light and a dark host
// page (examples/host-*.html) and takes its own colours only when asked, with
// 4.5:1 text and 3:1 controls and focus rings (WCAG 1.4.3, 1.4.11) in every
// mode; nothing is set on the host's own elements; forced colours (Windows
// high contrast), reduced motion, a publisher's custom properties winning over
// the defaults; and the layout details a reader notices on a phone.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { setup, VIEWPORTS, SCREENSHOTS, axe, screenshot, overflow, loadImages } from './harness.mjs';

let env;
before(async () => (env = await setup()));
after(async () => env?.close());

const OPTIONS = encodeURIComponent(JSON.stringify({ ads: { after: 2, every: 3, max: 3 } }));
const PAGE = `/tests/browser/pages/article.html?src=/examples/articles/harbour-tides.json&options=${OPTIONS}`;
const rendered = '[data-broadsheet-state="rendered"]';

// WCAG's relative luminance and contrast ratio, from computed rgb() colours.
function contrast(a, b) {
  const lum = (c) => {
    const [r, g, bl] = c.match(/[\d.]+/g).slice(0, 3).map((v) => {
      const s = Number(v) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [x, y] = [lum(a), lum(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
}

// The colour a reader sees behind an element: the first opaque background up
// the tree (the article paints none unless a theme is chosen), else the canvas.
function colours(page, selectors) {
  return page.evaluate((sels) => {
    const behind = (el) => {
      for (; el; el = el.parentElement) {
        const bg = getComputedStyle(el).backgroundColor;
        if (!/, 0\)$|transparent/.test(bg)) return bg;
      }
      return 'rgb(255, 255, 255)';
    };
    const out = {};
    for (const sel of sels) {
      const el = document.querySelector(sel);
      if (el) out[sel] = { fg: getComputedStyle(el).color, bg: behind(el) };
    }
    const link = document.querySelector('.bs-share-list a');
    link.focus({ focusVisible: true });
    const s = getComputedStyle(link);
    out.focus = { fg: s.outlineColor, bg: behind(link) };
    out.border = { fg: s.borderTopColor, bg: behind(link) };
    link.blur();
    return out;
  }, selectors);
}

const TEXT = ['.bs-kicker', '.bs-headline', '.bs-standfirst', '.bs-meta', '.bs-byline', '.bs-lead figcaption', '.bs-toc a',
  '.bs-byline a', '.bs-body p', '.bs-body p a', '.bs-body blockquote', '.bs-table td', '.bs-ad-label', '.bs-tags li', '.bs-share-title', '.bs-share-list a'];

async function assertContrast(page, label) {
  const c = await colours(page, TEXT);
  assert.ok(Object.keys(c).length >= TEXT.length - 2, `${label}: ${Object.keys(c)}`);
  for (const [sel, { fg, bg }] of Object.entries(c)) {
    const min = sel === 'focus' || sel === 'border' ? 3 : 4.5;
    assert.ok(contrast(fg, bg) >= min, `${label}: ${sel} ${fg} on ${bg} is ${contrast(fg, bg).toFixed(2)}:1, under ${min}:1`);
  }
}

const LIGHT_HOST = '/examples/host-light.html';
const DARK_HOST = '/examples/host-dark.html';
const style = (page, sel, ...props) => page.evaluate(([s, p]) => {
  const cs = getComputedStyle(document.querySelector(s));
  return p.map((x) => cs[x]);
}, [sel, props]);

test('on a light host the article takes the page as it is, even when the reader prefers dark', async () => {
  const { page, allProblems } = await env.open(LIGHT_HOST, { waitFor: rendered, colorScheme: 'dark' });
  const [bodyBg, bodyText] = await style(page, 'body', 'backgroundColor', 'color');
  assert.equal(bodyBg, 'rgb(255, 255, 255)');
  const [bg, text, scheme] = await style(page, '.bs-article', 'backgroundColor', 'color', 'colorScheme');
  assert.equal(bg, 'rgba(0, 0, 0, 0)', 'no card: the host page shows through');
  assert.equal(text, bodyText, "the host's text colour");
  assert.equal(scheme, 'normal', "the host's colour scheme");
  assert.deepEqual(await style(page, '.bs-byline a', 'color'), ['rgb(11, 79, 138)'], 'links from the light pair');
  for (const colorScheme of ['dark', 'light']) {
    await page.emulateMedia({ colorScheme });
    await assertContrast(page, `light host, reader ${colorScheme}`);
    assert.deepEqual(await axe(page), [], `axe, reader ${colorScheme}`);
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('on a dark host (color-scheme: dark) the article is dark, even when the reader prefers light', async () => {
  const { page, allProblems } = await env.open(DARK_HOST, { waitFor: rendered, colorScheme: 'light' });
  const [bodyText] = await style(page, 'body', 'color');
  const [bg, text] = await style(page, '.bs-article', 'backgroundColor', 'color');
  assert.equal(bg, 'rgba(0, 0, 0, 0)');
  assert.equal(text, bodyText);
  assert.deepEqual(await style(page, '.bs-byline a', 'color'), ['rgb(140, 196, 255)'], 'links from the dark pair');
  for (const colorScheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme });
    await assertContrast(page, `dark host, reader ${colorScheme}`);
    assert.deepEqual(await axe(page), [], `axe, reader ${colorScheme}`);
  }
  assert.deepEqual(await allProblems(), []);
  await page.close();
});

test('both host pages at a phone and a desktop size, reader light and dark: nothing sticks out sideways (screenshots)', async () => {
  for (const [host, path] of [['host-light', LIGHT_HOST], ['host-dark', DARK_HOST]]) {
    const { page } = await env.open(path, { waitFor: rendered });
    await page.waitForLoadState('load');
    await loadImages(page);
    for (const size of ['phone', 'desktop']) {
      await page.setViewportSize(VIEWPORTS[size]);
      for (const colorScheme of ['light', 'dark']) {
        await page.emulateMedia({ colorScheme });
        assert.deepEqual(await overflow(page), [], `${host} ${size} ${colorScheme}`);
        await screenshot(page, `${host}-${size}-${colorScheme}`);
      }
    }
    await page.close();
  }
});

test('data-broadsheet-theme gives the article its own colours: light, dark, or the reader\'s choice', async () => {
  const { page } = await env.open(LIGHT_HOST, { waitFor: rendered });
  const setTheme = (where, theme) => page.evaluate(([w, t]) => {
    for (const el of document.querySelectorAll('[data-broadsheet-theme]')) el.removeAttribute('data-broadsheet-theme');
    if (t) document.querySelector(w).setAttribute('data-broadsheet-theme', t);
  }, [where, theme]);
  const PAPER = { light: 'rgb(253, 252, 249)', dark: 'rgb(21, 21, 21)' };
  const cases = [
    // [attribute on, theme, reader's preference, the article's background]
    ['[data-broadsheet-src]', 'dark', 'light', PAPER.dark],
    ['body', 'dark', 'light', PAPER.dark], // on any ancestor
    ['[data-broadsheet-src]', 'light', 'dark', PAPER.light],
    ['html', 'auto', 'dark', PAPER.dark],
    ['html', 'auto', 'light', PAPER.light],
  ];
  for (const [where, theme, colorScheme, paper] of cases) {
    await setTheme(where, theme);
    await page.emulateMedia({ colorScheme });
    const [bg, scheme] = await style(page, '.bs-article', 'backgroundColor', 'colorScheme');
    assert.equal(bg, paper, `${theme} on ${where}, reader ${colorScheme}`);
    assert.notEqual(scheme, 'normal');
    await assertContrast(page, `theme ${theme} on ${where}, reader ${colorScheme}`);
  }
  // Control: without the attribute the article paints nothing again.
  await setTheme('html', null);
  assert.deepEqual(await style(page, '.bs-article', 'backgroundColor'), ['rgba(0, 0, 0, 0)']);
  await page.close();
});

test('the theme sets nothing on the host page: its html, body, header and footer compute the same without it', async () => {
  const { page } = await env.open(LIGHT_HOST, { waitFor: rendered, viewport: VIEWPORTS.phone });
  const snapshot = () => page.evaluate(() => Object.fromEntries(['html', 'body', '.site-header', '.site-footer', 'main'].map((sel) => {
    const cs = getComputedStyle(document.querySelector(sel));
    return [sel, Object.fromEntries([...cs].filter((p) => !p.startsWith('--')).map((p) => [p, cs.getPropertyValue(p)]))];
  })));
  const toggle = (disabled) => page.evaluate((d) => {
    for (const sheet of document.styleSheets) if (sheet.href?.endsWith('/broadsheet.css')) sheet.disabled = d;
  }, disabled);
  // Geometry differs (the article is taller with its theme): compare what is not layout.
  const layout = /^(block-size|height|inline-size|width|inset|top|bottom|perspective-origin|transform-origin)/;
  const strip = (snap) => Object.fromEntries(Object.entries(snap).map(([k, v]) => [k, Object.fromEntries(Object.entries(v).filter(([p]) => !layout.test(p)))]));
  const themed = strip(await snapshot());
  await toggle(true);
  const bare = strip(await snapshot());
  await toggle(false);
  assert.deepEqual(themed, bare);
  // Control: the comparison sees a rule on html when there is one.
  await page.evaluate(() => document.documentElement.setAttribute('data-broadsheet-gutter', ''));
  assert.notDeepEqual(strip(await snapshot()), bare);
  await page.close();
});

test('forced colours: icons, ad boxes and focus stay visible', async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered, viewport: VIEWPORTS.phone });
  await page.emulateMedia({ forcedColors: 'active' });
  const s = await page.evaluate(() => {
    const link = document.querySelector('.bs-share-list a');
    const icon = link.querySelector('.bs-icon');
    const button = document.querySelector('.bs-share-button');
    return {
      icon: getComputedStyle(icon).backgroundColor,
      text: getComputedStyle(link).color,
      buttonIcon: getComputedStyle(button.querySelector('.bs-icon')).backgroundColor,
      buttonText: getComputedStyle(button).color,
      ad: getComputedStyle(document.querySelector('.bs-ad-space')).borderTopStyle,
    };
  });
  assert.equal(s.icon, s.text, 'the icon is painted in the forced text colour');
  assert.equal(s.buttonIcon, s.buttonText, 'and on buttons too');
  assert.equal(s.ad, 'solid', 'the reserved ad box keeps an edge');
  assert.deepEqual(await overflow(page), []);
  await screenshot(page, 'harbour-tides-json-phone-forced-colors');
  await page.close();
});

test('reduced motion: no transitions', async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered });
  const duration = () => page.evaluate(() => getComputedStyle(document.querySelector('.bs-share-list a')).transitionDuration);
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  assert.notEqual(await duration(), '0s');
  await page.emulateMedia({ reducedMotion: 'reduce' });
  assert.equal(await duration(), '0s');
  await page.close();
});

test("a publisher's custom properties win over the defaults, whatever the order of the stylesheets", async () => {
  const { page } = await env.open(PAGE, { waitFor: rendered });
  const kicker = () => page.evaluate(() => getComputedStyle(document.querySelector('.bs-kicker')).color);
  const before = await kicker();
  await page.evaluate(() => new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'stylesheet';
    link.href = '/tests/browser/pages/publisher.css';
    link.onload = resolve;
    document.head.prepend(link); // before broadsheet.css
  }));
  assert.notEqual(before, 'rgb(0, 90, 140)');
  assert.equal(await kicker(), 'rgb(0, 90, 140)');
  await page.close();
});

test('scrollbar-gutter, asked for with data-broadsheet-gutter on html: the page is as wide before the article arrives as after', async (t) => {
  // Classic scrollbars that take room, as on a desktop; the layout width is the
  // body's (the root's clientWidth ignores an empty gutter).
  const desktop = await setup({}, { scrollbars: true });
  t.after(() => desktop.close());
  const short = await desktop.open('/tests/browser/pages/article.html?src=/examples/articles/no-such-article.json', {
    waitFor: '[data-broadsheet-state="error"]',
  });
  const long = await desktop.open(PAGE, { waitFor: rendered });
  for (const { page } of [short, long]) await page.evaluate(() => document.documentElement.setAttribute('data-broadsheet-gutter', ''));
  const measure = (p) => p.evaluate(() => ({
    width: document.body.getBoundingClientRect().width,
    scrolls: document.documentElement.scrollHeight > innerHeight,
  }));
  const before = await measure(short.page);
  const after = await measure(long.page);
  assert.equal(before.scrolls, false);
  assert.equal(after.scrolls, true);
  assert.ok(after.width < 1280, 'a scrollbar takes room');
  assert.equal(before.width, after.width);
  // Without the attribute the host's html is left alone, and the short page is wider.
  await short.page.evaluate(() => document.documentElement.removeAttribute('data-broadsheet-gutter'));
  assert.equal(await short.page.evaluate(() => getComputedStyle(document.documentElement).scrollbarGutter), 'auto');
  assert.equal((await measure(short.page)).width, 1280);
});

const article = (src) => `/tests/browser/pages/article.html?src=${src}`;

test('the reading time never wraps inside itself on a phone, in English or Russian', async () => {
  for (const [src, text] of [['/examples/articles/harbour-tides.json', '2 min read'], ['/examples/articles/steppe-library.md', /чтения$/]]) {
    const { page } = await env.open(article(src), { waitFor: rendered, viewport: VIEWPORTS.phone });
    for (const viewport of [VIEWPORTS.phone, VIEWPORTS.zoom400]) {
      await page.setViewportSize(viewport);
      const time = await page.evaluate(() => {
        const el = document.querySelector('.bs-reading-time');
        const meta = document.querySelector('.bs-meta').getClientRects();
        return { text: el.textContent, lines: el.getClientRects().length, metaHeight: meta[0].height };
      });
      if (typeof text === 'string') assert.equal(time.text, text);
      else assert.match(time.text, text);
      assert.equal(time.lines, 1, `"${time.text}" at ${viewport.width}px`);
    }
    await page.close();
  }
});

test('on a phone the share list is a compact row of named icons; on a desktop the names show', async () => {
  const { page } = await env.open(LIGHT_HOST, { waitFor: rendered, viewport: VIEWPORTS.phone });
  await page.waitForSelector('.bs-share-copy button');
  const measure = () => page.evaluate(() => {
    const list = document.querySelector('.bs-share-list').getBoundingClientRect();
    const controls = [...document.querySelectorAll('.bs-share-list > li > :is(a, button)')].map((el) => el.getBoundingClientRect());
    return { height: list.height, count: controls.length, widths: controls.map((r) => r.width), heights: controls.map((r) => r.height) };
  });
  const phone = await measure();
  assert.ok(phone.count >= 9, `${phone.count} controls`);
  // Nine labelled pills stacked one under another were 442 px; icons wrap in two rows.
  assert.ok(phone.height <= 2 * 44 + 8 + 1, `the list is ${phone.height}px tall`);
  assert.ok(phone.widths.every((w) => w >= 44) && phone.heights.every((h) => h >= 44), 'each target is at least 44×44');
  // The label is still each control's name, for screen readers and voice control.
  for (const name of ['Share on X', 'Share on Facebook', 'Share by email']) {
    assert.equal(await page.getByRole('link', { name, exact: true }).isVisible(), true, name);
  }
  assert.equal(await page.getByRole('button', { name: 'Copy link', exact: true }).isVisible(), true);
  assert.deepEqual(await overflow(page), []);
  await page.locator('.bs-share').screenshot({ path: `${SCREENSHOTS}/share-phone-compact.png` });
  await page.setViewportSize(VIEWPORTS.desktop);
  const desktop = await measure();
  assert.ok(desktop.widths.every((w) => w > 80), `labels show on a desktop: ${desktop.widths.map(Math.round)}`);
  await page.close();
});

test('subheads sit clearly below the headline in size, on a phone and a desktop', async () => {
  const { page } = await env.open(article('/examples/articles/harbour-tides.json'), { waitFor: rendered, viewport: VIEWPORTS.phone });
  for (const viewport of [VIEWPORTS.phone, VIEWPORTS.desktop]) {
    await page.setViewportSize(viewport);
    const [h1, h2, p] = await page.evaluate(() => ['.bs-headline', '.bs-body h2', '.bs-body p']
      .map((s) => parseFloat(getComputedStyle(document.querySelector(s)).fontSize)));
    assert.ok(h1 >= 1.35 * h2, `${viewport.width}px: headline ${h1}px, subhead ${h2}px`);
    assert.ok(h2 >= 1.15 * p, `${viewport.width}px: subhead ${h2}px, text ${p}px`);
  }
  await page.close();
});

test('data-broadsheet-layout="wide-lead": the lead image fills a wider column on a desktop, the text keeps its measure', async () => {
  const { page } = await env.open(article('/examples/articles/harbour-tides.json'), { waitFor: rendered });
  await loadImages(page);
  const measure = () => page.evaluate(() => {
    const box = (s) => document.querySelector(s).getBoundingClientRect();
    const [lead, body, headline, share] = ['.bs-lead img', '.bs-body p', '.bs-headline', '.bs-footer'].map(box);
    return { lead, body, headline, share };
  });
  const normal = await measure();
  await page.evaluate(() => document.querySelector('[data-broadsheet-src]').setAttribute('data-broadsheet-layout', 'wide-lead'));
  const wide = await measure();
  assert.ok(normal.lead.width <= normal.body.width + 0.5, 'without the option the lead keeps the measure');
  assert.ok(wide.lead.width >= 1.3 * wide.body.width, `lead ${wide.lead.width}px, text ${wide.body.width}px`);
  assert.ok(Math.abs(wide.lead.left + wide.lead.right - wide.body.left - wide.body.right) < 1, 'centred on the text');
  assert.ok(Math.abs(wide.lead.height / wide.lead.width - 675 / 1200) < 0.01, 'the image keeps its shape');
  for (const part of ['body', 'headline', 'share']) {
    assert.ok(Math.abs(wide[part].width - normal[part].width) < 1 && Math.abs(wide[part].left - normal[part].left) < 1, `${part} unchanged`);
  }
  assert.deepEqual(await overflow(page), []);
  await screenshot(page, 'wide-lead-desktop');
  // On a phone there is no room to widen into: the lead is as wide as the text.
  await page.setViewportSize(VIEWPORTS.phone);
  const phone = await measure();
  assert.ok(Math.abs(phone.lead.width - phone.body.width) < 1, `${phone.lead.width} vs ${phone.body.width}`);
  assert.deepEqual(await overflow(page), []);
  await page.close();
});

// An article with a lead image and a lazy figure further down, both with
// their sizes; the images are held back by the server until released.
const HELD = `---
title: Pictures that take their time
date: 2026-03-04T09:00:00+00:00
image: { src: /examples/media/low-tide.svg, alt: Boats on the mud, width: 1200, height: 675 }
---
${'The survey boat crossed the inner harbour forty times in January. '.repeat(12)}

![The night ferry at the pier](/examples/media/night-ferry.svg#1200x675 "The ferry | Illustration: Gazette")

The sonar sends 400 pings a second and logs each depth with its position.
`;

test('an image keeps its box and shows a quiet placeholder until it arrives', async () => {
  let release;
  const held = new Promise((r) => (release = r));
  const { page } = await env.open(article('/held/pictures.md'), {
    waitFor: rendered, viewport: VIEWPORTS.phone,
    route: async (ctx) => {
      await ctx.route((url) => url.pathname === '/held/pictures.md', (route) => route.fulfill({ contentType: 'text/markdown', body: HELD }));
      await ctx.route((url) => url.pathname.startsWith('/examples/media/'), async (route) => { await held; await route.continue(); });
    },
  });
  const boxes = () => page.evaluate(() => [...document.querySelectorAll('.bs-article figure img')].map((img) => {
    const r = img.getBoundingClientRect();
    return { w: r.width, h: r.height, lazy: img.loading === 'lazy', loaded: img.complete && img.naturalWidth > 0,
      bg: getComputedStyle(img).backgroundColor };
  }));
  const waiting = await boxes();
  assert.deepEqual(waiting.map((i) => i.lazy), [false, true], 'a lead image and a lazy one');
  for (const img of waiting) {
    assert.equal(img.loaded, false);
    assert.ok(Math.abs(img.w / img.h - 1200 / 675) < 0.01, `a ${img.w}×${img.h} box for a 1200×675 image`);
    assert.ok(!/, 0\)$/.test(img.bg) && contrast(img.bg, 'rgb(253, 252, 249)') < 1.3, `placeholder ${img.bg}: there, and quiet`);
  }
  await screenshot(page, 'images-held-phone');
  release();
  await loadImages(page);
  const loaded = await boxes();
  assert.ok(loaded.every((i) => i.loaded));
  assert.deepEqual(loaded.map(({ w, h }) => [w, h]), waiting.map(({ w, h }) => [w, h]), 'the box did not change when the image came');
  await page.close();
});
