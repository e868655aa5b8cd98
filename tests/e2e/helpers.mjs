// Shared harness for the end-to-end tests (node --test tests/e2e/).
//
// - Debian's Chromium driven by playwright-core (never `playwright install`:
//   it downloads, and these machines reach no download host).
// - The release builds are served by scripts/static-server.mjs the way GitHub
//   Pages serves them: `dist` at `/` and `dist-sub` at `/vienna/`
//   (`make test-e2e` builds both). An unknown path under the prefix gets
//   404.html, a copy of index.html, WITH STATUS 404, exactly as on GitHub
//   Pages, so deep links and reloads are tested as users will meet them.
// - Every page opened with `at.open(t, path)` / `openPage(t, url)` records
//   console errors, uncaught page errors and failed requests, and the test
//   fails if there are any when it ends.
//
//   The one console error that is expected and ignored: Chromium logs
//   "Failed to load resource: the server responded with a status of 404" for
//   a *document* answered by the 404 fallback (a deep link, a reload, an
//   unknown path). That is the host's status for the HTML page, not an error
//   of the app; it is ignored only for main-frame navigations that really got
//   a 404. A 404 for any other resource (a script, the wasm, a data file)
//   still fails the test.
//
// Environment overrides: E2E_DIST (default dist), E2E_DIST_SUB (default
// dist-sub), E2E_SUB_BASE (default /vienna/), CHROMIUM_PATH
// (default /usr/bin/chromium), E2E_TIMEOUT ms (default 15000).

import { after, before, describe } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';
import { startServer } from '../../scripts/static-server.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export { CHROMIUM_ARGS, CHROMIUM_PATH };
export const TIMEOUT = Number(process.env.E2E_TIMEOUT ?? 15_000);
/** Status the test servers give the SPA fallback (GitHub Pages gives 404). */
export const FALLBACK_STATUS = 404;
export const PRODUCT_NAME = 'Vienna Process Explorer';

/** The builds every test runs against. `base` always starts and ends with '/'. */
export const BASES = [
  { label: 'root', base: '/', dir: process.env.E2E_DIST ?? 'dist' },
  { label: 'sub-path', base: process.env.E2E_SUB_BASE ?? '/vienna/', dir: process.env.E2E_DIST_SUB ?? 'dist-sub' },
];

/** Directory of test fixtures served at /__fixtures/ by every test server. */
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures');

// ---------------------------------------------------------------------------
// Browser and servers: started lazily, shared by every test of one file
// (node --test runs each file in its own process), closed by teardown().

let browserPromise = null;
const servers = new Map(); // key -> Promise<server>

export function getBrowser() {
  browserPromise ??= chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
    timeout: 60_000,
  });
  return browserPromise;
}

/** Start (once) a static server for `dir` at `base`, GitHub-Pages-like. */
export function getServer({ dir, base, fallbackStatus = FALLBACK_STATUS }) {
  const key = `${dir}|${base}|${fallbackStatus}`;
  if (!servers.has(key)) {
    const root = path.resolve(REPO_ROOT, dir);
    if (!fs.existsSync(path.join(root, 'index.html'))) {
      const err = new Error(
        `${root}/index.html does not exist: build it first (make test-e2e builds dist at / and dist-sub at /vienna/)`,
      );
      servers.set(key, Promise.reject(err));
      servers.get(key).catch(() => {}); // reported where awaited
    } else {
      servers.set(
        key,
        startServer({
          root,
          prefix: base,
          port: 0,
          fallbackStatus,
          extra: fs.existsSync(FIXTURES_DIR) ? FIXTURES_DIR : undefined,
        }),
      );
    }
  }
  return servers.get(key);
}

export async function teardown() {
  const b = browserPromise;
  browserPromise = null;
  if (b) await (await b.catch(() => null))?.close();
  const all = [...servers.values()];
  servers.clear();
  await Promise.all(all.map((p) => p.then((s) => s.close(), () => {})));
}

// Registered while the test file loads, so it is a hook of the file's root
// (a hook registered from inside a running test would run after that test).
after(teardown);

// ---------------------------------------------------------------------------
// Pages that fail the test on console errors.

const FALLBACK_404_TEXT = 'Failed to load resource: the server responded with a status of 404';
const pageState = new WeakMap();

/**
 * Open `url` in a fresh browser context. The test `t` fails at its end if the
 * page logged a console error, threw, or a request failed (see the file header
 * for the one expected exception). Options:
 *   allowErrors: RegExp[]  console/page errors matching one of these are ignored
 *   viewport: {width, height}
 *   goto: false            only create the page, do not navigate
 * Returns the Playwright page; `page.e2eResponse` is the first navigation's response.
 */
export async function openPage(t, url, { allowErrors = [], viewport, goto = true } = {}) {
  const browser = await getBrowser();
  const context = await browser.newContext({
    viewport: viewport ?? { width: 1280, height: 800 },
    serviceWorkers: 'block',
  });
  context.setDefaultTimeout(TIMEOUT);
  context.setDefaultNavigationTimeout(TIMEOUT);
  const page = await context.newPage();
  const state = { consoleErrors: [], problems: [], fallbackDocs: new Set(), allowErrors: [...allowErrors] };
  pageState.set(page, state);

  page.on('response', (res) => {
    const req = res.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame() && res.status() === 404) {
      state.fallbackDocs.add(res.url());
    }
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error' || msg.type() === 'assert') {
      state.consoleErrors.push({ text: msg.text(), url: msg.location()?.url ?? '' });
    }
  });
  page.on('pageerror', (err) => state.problems.push(`uncaught page error: ${err.stack || err.message}`));
  page.on('crash', () => state.problems.push('the page crashed'));
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? 'failed';
    // A navigation away from a page aborts its pending requests: not an error.
    if (why === 'net::ERR_ABORTED') return;
    state.problems.push(`request failed: ${req.method()} ${req.url()} (${why})`);
  });

  t.after(async () => {
    let problems;
    try {
      problems = await pageProblems(page);
    } finally {
      await context.close().catch(() => {});
    }
    assert.deepEqual(problems, [], `the page at ${url} reported errors:\n  ${problems.join('\n  ')}`);
  });

  if (goto) page.e2eResponse = await page.goto(url, { waitUntil: 'load' });
  return page;
}

/** Allow further console errors on an open page (e.g. a test that provokes one). */
export function allowErrors(page, ...patterns) {
  pageState.get(page)?.allowErrors.push(...patterns);
}

/** The errors a page has reported so far (after letting pending events arrive). */
export async function pageProblems(page) {
  const state = pageState.get(page);
  if (!state) return [];
  if (!page.isClosed()) {
    // Let console events already queued in the browser reach us.
    await page.evaluate(() => new Promise((r) => setTimeout(r, 0))).catch(() => {});
  }
  const allowed = (text) => state.allowErrors.some((re) => re.test(text));
  const out = [...state.problems.filter((p) => !allowed(p))];
  for (const { text, url } of state.consoleErrors) {
    if (text.startsWith(FALLBACK_404_TEXT) && state.fallbackDocs.has(url)) continue;
    if (allowed(text)) continue;
    out.push(`console error: ${text}${url ? ` (at ${url})` : ''}`);
  }
  return out;
}

// ---------------------------------------------------------------------------
// Running each test at every base.

/**
 * Declare tests once, run them at `/` (dist) and at `/vienna/` (dist-sub):
 *
 *   forEachBase((at) => {
 *     test('mounts', async (t) => {
 *       const page = await at.open(t, 'about');   // <origin><base>about
 *       assert.equal(new URL(page.url()).pathname, at.path('about'));
 *     });
 *   });
 *
 * `at` has: label, base ('/' or '/vienna/'), dir, origin (set once the server
 * runs), url(rel), path(rel), open(t, rel, opts), server.
 */
export function forEachBase(fn) {
  for (const b of BASES) {
    describe(`at ${b.base} (${b.label}, ${b.dir}/)`, () => {
      const at = {
        ...b,
        origin: null,
        server: null,
        /** Path under the base: path('about') -> '/vienna/about'. */
        path: (rel = '') => b.base + String(rel).replace(/^\/+/, ''),
        /** Absolute URL under the base. */
        url: (rel = '') => {
          if (!at.origin) throw new Error('server not started yet (use at.url inside a test)');
          return at.origin + at.path(rel);
        },
        open: (t, rel = '', opts) => openPage(t, at.url(rel), opts),
      };
      before(async () => {
        at.server = await getServer(b);
        at.origin = at.server.origin;
      });
      fn(at);
    });
  }
}

// ---------------------------------------------------------------------------
// Small assertion helpers (playwright-core has no `expect`).

/** Retry `fn` (an async assertion) until it passes or `timeout` ms pass; then rethrow its last error. */
export async function eventually(fn, { timeout = TIMEOUT, interval = 50 } = {}) {
  const end = Date.now() + timeout;
  for (;;) {
    try {
      return await fn();
    } catch (err) {
      if (Date.now() >= end) throw err;
      await new Promise((r) => setTimeout(r, interval));
    }
  }
}

/** Normalised visible text of a locator's first match. */
export async function textOf(locator) {
  return ((await locator.first().innerText({ timeout: TIMEOUT })) ?? '').replace(/\s+/g, ' ').trim();
}

/** Wait until the locator's text matches `expected` (string: contains; RegExp: test). */
export async function waitForText(locator, expected, opts) {
  return eventually(async () => {
    const text = await textOf(locator);
    if (typeof expected === 'string') {
      assert.ok(text.includes(expected), `expected text containing ${JSON.stringify(expected)}, got ${JSON.stringify(text)}`);
    } else {
      assert.match(text, expected);
    }
    return text;
  }, opts);
}

/** The page's main heading: the first <h1> inside <main id="main">. */
export function mainHeading(page) {
  return page.locator('main#main h1').first();
}

/** Wait until the app has mounted (a main heading is visible); returns its text. */
export async function waitForApp(page) {
  await mainHeading(page).waitFor({ state: 'visible', timeout: TIMEOUT });
  return textOf(mainHeading(page));
}

/** Pathname of the page's current URL. */
export function pathnameOf(page) {
  return new URL(page.url()).pathname;
}
