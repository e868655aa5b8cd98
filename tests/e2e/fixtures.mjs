// What every end-to-end test shares: the dataset, the `at` fixture (the base
// path of the build under test), a page that fails the test on any console
// error, uncaught error or failed request, and small helpers.
//
// The one console error that is expected and ignored: Chromium logs "Failed to
// load resource: the server responded with a status of 404" for a *document*
// the host answered with 404.html (an unknown path). It is ignored only for
// main-frame navigations that really got a 404; a 404 for any other resource
// still fails the test. Console warnings fail the test too: the app must take
// over the built page without any.

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';

export { expect };
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const FIXTURES_DIR = path.join(REPO_ROOT, 'tests', 'fixtures');
export const PRODUCT_NAME = 'Vienna Process Explorer';

/** The site's dataset, as the build embeds it. */
export const DATA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'public/data/vienna-process.json'), 'utf8'));
export const TOTAL = DATA.rounds.length + DATA.events.length;
export const ROUNDS = DATA.rounds.map((r) => r.number).sort((a, b) => a - b);

/** Whitespace collapsed, as innerText and textContent differ in it. */
export const norm = (s) => String(s).replace(/\s+/g, ' ').trim();
/** A string as a RegExp that matches it literally. */
export const literal = (s) => new RegExp(String(s).replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));

const FALLBACK_404 = 'Failed to load resource: the server responded with a status of 404';
// Playwright's own stand-in for navigator.serviceWorker.register where service
// workers are blocked (every spec but offline.spec.mjs) logs this; the app did nothing wrong.
const SW_BLOCKED = 'Service Worker registration blocked by Playwright';

/** Records what a page reports that a test must not ignore. */
export function watch(page) {
  const state = { messages: [], fallbackDocs: new Set(), allow: [] };
  page.on('response', (res) => {
    const req = res.request();
    if (req.isNavigationRequest() && req.frame() === page.mainFrame() && res.status() === 404) {
      state.fallbackDocs.add(res.url());
    }
  });
  page.on('console', (msg) => {
    if (['error', 'assert', 'warning'].includes(msg.type())) {
      state.messages.push({ text: `console ${msg.type()}: ${msg.text()}`, raw: msg.text(), url: msg.location()?.url ?? '' });
    }
  });
  page.on('pageerror', (err) => state.messages.push({ text: `uncaught: ${err.stack || err.message}`, raw: err.message }));
  page.on('crash', () => state.messages.push({ text: 'the page crashed', raw: '' }));
  page.on('requestfailed', (req) => {
    const why = req.failure()?.errorText ?? 'failed';
    // Leaving a page aborts its pending requests: not an error.
    if (why === 'net::ERR_ABORTED') return;
    state.messages.push({ text: `request failed: ${req.method()} ${req.url()} (${why})`, raw: why });
  });
  return {
    /** Also accept messages matching `re` (a test that provokes them). */
    allow: (...res) => state.allow.push(...res),
    problems: () =>
      state.messages
        .filter((m) => !(m.raw.startsWith(FALLBACK_404) && state.fallbackDocs.has(m.url)))
        .filter((m) => m.raw !== SW_BLOCKED)
        .filter((m) => !state.allow.some((re) => re.test(m.raw)))
        .map((m) => m.text),
  };
}

export const test = base.extend({
  /** The build under test: its base path and addresses under it. */
  at: async ({ baseURL }, use) => {
    const u = new URL(baseURL);
    const at = {
      base: u.pathname,
      origin: u.origin,
      /** 'rounds/3' -> '/vienna/rounds/3' */
      path: (rel = '') => u.pathname + String(rel).replace(/^\/+/, ''),
      /** 'rounds/3' -> 'http://127.0.0.1:4311/vienna/rounds/3' */
      url: (rel = '') => u.origin + u.pathname + String(rel).replace(/^\/+/, ''),
    };
    await use(at);
  },
  /** Every page of the test's context is watched; problems fail the test. */
  reports: [
    async ({ context }, use) => {
      // Allowed messages apply to the pages open now and to those opened later
      // (a beforeEach may allow before the test's page exists).
      const watched = [];
      const allowed = [];
      const add = (p) => {
        const w = watch(p);
        w.allow(...allowed);
        watched.push(w);
      };
      context.on('page', add);
      for (const p of context.pages()) add(p);
      const api = {
        allow: (...res) => {
          allowed.push(...res);
          watched.forEach((w) => w.allow(...res));
        },
        all: watched,
      };
      await use(api);
      // Let messages already queued in the browser arrive (a page without
      // JavaScript runs no timer: do not wait for one there).
      const settle = (p) => Promise.race([p.evaluate(() => new Promise((r) => setTimeout(r, 0))), new Promise((r) => setTimeout(r, 250))]);
      await Promise.all(context.pages().map((p) => settle(p).catch(() => {})));
      const problems = watched.flatMap((w) => w.problems());
      expect(problems, 'the pages reported errors or warnings').toEqual([]);
    },
    { auto: true },
  ],
});

/** Waits until the app has taken over the page (start.rs marks it). */
export async function started(page) {
  await page.waitForFunction(() => performance.getEntriesByName('app-started').length > 0);
}

/** Opens `rel` under the base and waits for the app. */
export async function open(page, at, rel = '') {
  const response = await page.goto(at.url(rel));
  await started(page);
  return response;
}

export const mainHeading = (page) => page.locator('main#main h1').first();

/** A filter checkbox, with the filter panel and its facet opened so a reader could tick it. */
export async function facetBox(page, name, value) {
  const sel = `input[name="${name}"][value="${value}"]`;
  const panel = page.locator('form#filters details.filter-panel');
  if (!(await panel.evaluate((d) => d.open))) await panel.locator('summary.filter-toggle').click();
  const details = page.locator('form#filters details.facet', { has: page.locator(sel) });
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return page.locator(`form#filters ${sel}`);
}
