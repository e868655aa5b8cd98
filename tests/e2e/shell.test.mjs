// The app shell, at `/` (dist) and at `/vienna/` (dist-sub), served like
// GitHub Pages (unknown paths get 404.html with status 404; see helpers.mjs).
//
// Contract with the app:
//   <header> contains the product name "Vienna Process Explorer";
//   <nav aria-label="Main"> links Timeline, Matrix, Factions, People, Sources, About;
//   <main id="main"> whose first <h1> names the page;
//   routes /, /timeline, /matrix, /factions, /people, /sources, /about (under the base);
//   anything else: <h1>Page not found</h1>, the requested path in a <code>,
//   and links to existing pages.
// Every page must load without console errors (helpers.mjs fails the test).

import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import {
  BASES,
  FALLBACK_STATUS,
  PRODUCT_NAME,
  forEachBase,
  getServer,
  mainHeading,
  pathnameOf,
  textOf,
  waitForApp,
  waitForText,
  eventually,
} from './helpers.mjs';

/** The main navigation, in order. `heading` is what the page's h1 must contain. */
const PAGES = [
  { link: 'Timeline', route: 'timeline', heading: /timeline/i },
  { link: 'Matrix', route: 'matrix', heading: /matrix/i },
  { link: 'Factions', route: 'factions', heading: /factions/i },
  { link: 'People', route: 'people', heading: /people/i },
  { link: 'Sources', route: 'sources', heading: /sources/i },
  { link: 'About', route: 'about', heading: /about/i },
];
const NOT_FOUND = 'Page not found';

const mainNav = (page) => page.locator('nav[aria-label="Main"]');
const navLink = (page, name) => mainNav(page).getByRole('link', { name, exact: true });

forEachBase((at) => {
  test('the app mounts: header with the product name, main navigation, main heading', async (t) => {
    const page = await at.open(t, '');
    assert.equal(page.e2eResponse.status(), 200, 'the base URL serves index.html');
    const heading = await waitForApp(page);
    assert.notEqual(heading, NOT_FOUND, 'the home page is a real page');
    assert.ok(heading.length > 0, 'the home page has a non-empty h1');

    await waitForText(page.locator('header'), PRODUCT_NAME);
    assert.equal(await mainNav(page).count(), 1, 'exactly one <nav aria-label="Main">');
    for (const p of PAGES) {
      const link = navLink(page, p.link);
      assert.equal(await link.count(), 1, `the main nav has one "${p.link}" link`);
      const href = await link.evaluate((a) => a.href); // resolved absolute URL
      assert.equal(new URL(href).pathname, at.path(p.route), `"${p.link}" links under the base`);
      assert.equal(new URL(href).origin, at.origin, `"${p.link}" stays on this site`);
    }
    // The main landmark exists once, with the id the skip link / tests use.
    assert.equal(await page.locator('main#main').count(), 1);
  });

  test('a loading message shows while the wasm downloads, and goes when the app starts', async (t) => {
    const page = await at.open(t, '', { goto: false });
    let release;
    const held = new Promise((r) => (release = r));
    await page.route(/\.wasm$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(at.url(''), { waitUntil: 'domcontentloaded' });
    await waitForText(page.locator('#boot [role="status"]'), 'Loading the explorer…');
    await waitForText(page.locator('#boot'), PRODUCT_NAME);
    assert.equal(await page.locator('main#main').count(), 0, 'the app has not started yet');
    release();
    await waitForApp(page);
    assert.equal(await page.locator('#boot').count(), 0, 'the placeholder is gone');
  });

  test('clicking each nav link navigates in the app: URL under the base, new heading, back works', async (t) => {
    const page = await at.open(t, '');
    await waitForApp(page);
    // A marker that a full page load would erase: navigation must be client-side.
    await page.evaluate(() => {
      window.__e2eNoReload = true;
    });

    let previous = null;
    for (const p of PAGES) {
      await navLink(page, p.link).click();
      await page.waitForURL((u) => u.pathname === at.path(p.route));
      await waitForText(mainHeading(page), p.heading);
      assert.notEqual(await textOf(mainHeading(page)), NOT_FOUND);
      previous = p;
    }
    assert.equal(await page.evaluate(() => window.__e2eNoReload === true), true, 'nav links must not reload the page');

    // Browser back returns to the page before the last one.
    const beforeLast = PAGES[PAGES.length - 2];
    await page.goBack();
    await page.waitForURL((u) => u.pathname === at.path(beforeLast.route));
    await waitForText(mainHeading(page), beforeLast.heading);
    await page.goForward();
    await page.waitForURL((u) => u.pathname === at.path(previous.route));
    await waitForText(mainHeading(page), previous.heading);
  });

  test('every page loads from a deep link and survives a reload', async (t) => {
    for (const p of PAGES) {
      await t.test(p.route, async (t) => {
        const page = await at.open(t, p.route);
        // GitHub Pages answers a deep link with 404.html (status 404).
        assert.ok([200, FALLBACK_STATUS].includes(page.e2eResponse.status()));
        await waitForText(mainHeading(page), p.heading);
        await waitForText(page.locator('header'), PRODUCT_NAME);

        await page.reload({ waitUntil: 'load' });
        assert.equal(pathnameOf(page), at.path(p.route), 'the URL is kept across the reload');
        await waitForText(mainHeading(page), p.heading);
      });
    }
  });

  test('an unknown path shows the not-found page, naming the path and linking to real pages', async (t) => {
    for (const rel of ['no-such-page', 'no/such/deep/page']) {
      await t.test(rel, async (t) => {
        const page = await at.open(t, rel);
        assert.equal(page.e2eResponse.status(), FALLBACK_STATUS, 'the host answers an unknown path with the fallback');
        await waitForText(mainHeading(page), new RegExp(`^${NOT_FOUND}$`));
        assert.equal(pathnameOf(page), at.path(rel), 'the URL is not rewritten');
        // The shell is still there (nested paths must not break asset URLs).
        await waitForText(page.locator('header'), PRODUCT_NAME);
        assert.equal(await mainNav(page).count(), 1);

        const codes = await page.locator('main#main code').allInnerTexts();
        assert.ok(
          codes.some((c) => c.includes(rel)),
          `a <code> in main names the requested path "${rel}"; found ${JSON.stringify(codes)}`,
        );

        // Links in main that lead to existing pages, under the base.
        const known = new Set([at.path(''), ...PAGES.map((p) => at.path(p.route))]);
        const hrefs = await page.locator('main#main a[href]').evaluateAll((as) => as.map((a) => a.href));
        const good = hrefs.filter((h) => new URL(h).origin === at.origin && known.has(new URL(h).pathname));
        assert.ok(good.length > 0, `main links to an existing page under ${at.base}; found ${JSON.stringify(hrefs)}`);

        // Following such a link works.
        const target = new URL(good[0]).pathname;
        const index = hrefs.indexOf(good[0]);
        await page.locator('main#main a[href]').nth(index).click();
        await page.waitForURL((u) => u.pathname === target);
        await eventually(async () => assert.notEqual(await textOf(mainHeading(page)), NOT_FOUND));
      });
    }
  });
});

// The harness itself must behave like GitHub Pages, or the tests above prove
// nothing about the deployed site. Plain HTTP, no browser.
describe('test server serves the builds like GitHub Pages', () => {
  for (const b of BASES) {
    test(`${b.dir}/ at ${b.base}`, async () => {
      const s = await getServer(b);
      const index = await fetch(s.url);
      assert.equal(index.status, 200);
      assert.match(index.headers.get('content-type'), /^text\/html/);
      const html = await index.text();

      // Every script/stylesheet/wasm URL in index.html is absolute under the base.
      const refs = [...html.matchAll(/\b(?:src|href)="([^"]+)"/g)]
        .map((m) => m[1])
        .filter((u) => /\.(js|wasm|css)(\?|$)/.test(u));
      assert.ok(refs.length > 0, 'index.html references the app assets');
      for (const ref of refs) {
        const u = new URL(ref, s.origin + b.base + 'a/deep/path'); // as seen from a nested deep link
        assert.ok(u.pathname.startsWith(b.base), `${ref} resolves under ${b.base} from a nested path`);
        const res = await fetch(u, { headers: { 'Accept-Encoding': 'gzip' } });
        assert.equal(res.status, 200, `${u.pathname} is served`);
        await res.arrayBuffer();
      }
      const wasm = [...html.matchAll(/["']([^"']+\.wasm)["']/g)].map((m) => m[1]);
      for (const w of wasm) {
        const res = await fetch(new URL(w, s.url));
        assert.equal(res.headers.get('content-type'), 'application/wasm');
        await res.arrayBuffer();
      }

      const deep = await fetch(s.url + 'about');
      assert.equal(deep.status, FALLBACK_STATUS, 'deep links get the 404.html fallback');
      assert.equal(await deep.text(), html, '404.html is a copy of index.html');

      if (b.base !== '/') {
        const outside = await fetch(s.origin + '/about');
        assert.equal(outside.status, 404);
        assert.match(outside.headers.get('content-type'), /^text\/plain/);
        await outside.arrayBuffer();
      }
    });
  }
});
