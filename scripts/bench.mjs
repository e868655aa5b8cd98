#!/usr/bin/env node
// `make bench`: measures the release build in dist/ and PRINTS the figures. It
// asserts nothing and builds nothing (the Makefile target runs `make dist` and
// scripts/gen-dataset.mjs first); a part that fails prints why, the rest still
// run, and the exit code is 0 unless the bench itself cannot start.
//
//   node scripts/bench.mjs [--dist dist] [--base /] [--data target/bench/large.json]
//                          [--out target/bench/results.json] [--round 3]
//                          [--runs 5] [--phone-runs 3] [--cycles 20]
//                          [--compare-cycles 20] [--compare-budget 90] [--timeout 120000]
//                          [--lighthouse-runs 3]
//                          [--skip sizes,startup,phone,large,compare,lighthouse]
//                          [--only PART,...]
//
//   --dist, --base       the build and the URL path it was built for (make dist BASE=...)
//   --data               the large dataset (scripts/gen-dataset.mjs; generated if missing)
//   --round N            the round page measured (/rounds/N)
//   --runs N             desktop start-up loads per page (part 2; part 4: up to 3)
//   --phone-runs N       phone loads per page, ours and the peers' (part 3)
//   --cycles N           filter cycles (a kind off, then on) in part 4; --compare-cycles in part 5
//   --compare-budget S   seconds each peer may spend on filter changes (part 5)
//   --timeout MS         limit of a page load (large dataset) and of one of our filter changes
//   --lighthouse-runs N  Lighthouse runs per page; the run with the median performance counts
//   --skip, --only       parts to leave out / the only parts to run (comma-separated)
//
// Parts (tables and ratios are printed once, when a part is done):
//   1. sizes       bytes transferred on a first load of `/` and of `/rounds/3`
//                  (gzip, as served), by type: HTML, CSS, JS, wasm, data, images,
//                  other; the wasm's gzipped size against the 250 KB (250,000 B)
//                  target; whether the HTML preloads the wasm and the dataset.
//   2. startup     desktop (1280x800), unthrottled: median of --runs fresh loads
//                  of `/` and of `/rounds/3`: first contentful paint (paint
//                  entry), "first readable" and app-started (the app's
//                  performance.mark('app-started'): it has hydrated the page).
//   3. phone       the headline figures, under the phone profile: 412x823 at
//                  1.75x, touch; Lighthouse's slow-4G numbers applied with CDP:
//                  150 ms latency per request, 1.6 Mbit/s (1638.4 kbit/s) down,
//                  750 kbit/s up (Network.emulateNetworkConditions), CPU slowed
//                  4x (Emulation.setCPUThrottlingRate), cache disabled, a fresh
//                  context per load. On the seed events (dist/data/
//                  vienna-process.json, served to the peers as /__bench/seed.json),
//                  --phone-runs loads of each, interleaved: ours: first readable
//                  on `/rounds/3`, the timeline painted on `/` (both from the
//                  prerendered HTML), app-started on both; vis-timeline's and
//                  TimelineJS's painted timeline (their 'timeline-painted' mark).
//                  Ratios: our first readable / the faster peer's painted
//                  timeline (target <= 0.5); targets: first readable <= 1.0 s,
//                  app interactive (app-started) <= 2.5 s.
//   4. large       the generated dataset (10,000 events) at /__bench/large.json,
//                  opened as /?data=/__bench/large.json: start-up (median of up
//                  to 3 loads), filter change -> next paint (median, p95, max
//                  over 2 x --cycles changes), JS heap + wasm memory after the
//                  first and after the last cycle, and the growth between them.
//   5. compare     the same items in vis-timeline and Knight Lab TimelineJS (our
//                  own pages, scripts/bench/*.html), measured the same way; our
//                  figures as ratios of theirs. One of their filter changes can
//                  take minutes with 10,000 items (vis-timeline re-adding a kind:
//                  ~2 min), so each stops at the end of the cycle in which
//                  --compare-budget seconds are spent (after at least one cycle),
//                  and "median of the same first n" compares our first n changes
//                  of the same fixed sequence with their n.
//   6. lighthouse  Lighthouse (default: mobile, simulated throttling) on `/`,
//                  `/rounds/3` and `/matrix`, --lighthouse-runs times each (the
//                  run with the median performance score counts): performance,
//                  accessibility, best practices, SEO, and FCP, LCP, TBT, CLS,
//                  Speed Index; also what the unthrottled load observed (the
//                  simulation puts every request that ended before the observed
//                  LCP on the simulated LCP's path, e.g. a preloaded wasm).
// At the end, a summary: each target, the measured value, met / not met.
//
// How the page figures are taken (an init script in every page, from navigation
// start, i.e. performance.now() / PerformanceEntry.startTime):
//   first readable   a MutationObserver (and DOMContentLoaded) sees `main h1` and
//                    the round's dates (the list after the "Dates" heading, or a
//                    `main time`) in the DOM; the time of the next
//                    requestAnimationFrame (the frame that draws them; rAF does
//                    not run while rendering is blocked), and never earlier than
//                    first-contentful-paint.
//   timeline painted ours: `#timeline-items` holds an item (`li`/`article`), then
//                    the next rAF, not earlier than FCP; with ?data=: the moment
//                    `#timeline-items` has data-origin="url", then the next rAF.
//                    Peers: their own performance.mark('timeline-painted')
//                    (after their first render + 1 rAF).
//   filter change    a `form#filters input[type=checkbox][name=kind]` is clicked;
//                    until #timeline-items[data-count] changes, plus one rAF.
//   memory           CDP HeapProfiler.collectGarbage + Runtime.getHeapUsage (JS
//                    heap), and the wasm's WebAssembly.Memory (Trunk's
//                    'TrunkApplicationStarted' event detail).
//
// Everything runs against 127.0.0.1: dist/ is served by scripts/static-server.mjs
// (gzip, like GitHub Pages), and /__bench/ (the datasets, the comparison pages and
// their libraries from node_modules) by a second one behind the same origin.
// Chromium is Debian's /usr/bin/chromium driven by playwright-core. Results also
// go to --out (target/bench/results.json); Lighthouse reports to target/bench/.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './static-server.mjs';
import { intOption, parseCli } from './usage.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = ['sizes', 'startup', 'phone', 'large', 'compare', 'lighthouse'];

// The issue's targets.
const TARGET = {
  readableRatio: 0.5, // our first readable / the faster peer's painted timeline
  readableMs: 1000,
  interactiveMs: 2500,
  wasmGzipBytes: 250_000, // 250 KB
  lighthousePerf: 95,
  lighthouseOther: 100,
};

// The phone profile: Lighthouse's mobile device and its "slow 4G" numbers.
const PHONE = {
  context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  latencyMs: 150,
  downKbps: 1.6 * 1024,
  upKbps: 750,
  cpuSlowdown: 4,
};
const DESKTOP = { context: { viewport: { width: 1280, height: 800 } } };

// ---------------------------------------------------------------- options

function parseOptions(argv) {
  const { values: v } = parseCli(import.meta.url, argv, {
    dist: { type: 'string', default: 'dist' },
    base: { type: 'string', default: '/' },
    data: { type: 'string', default: 'target/bench/large.json' },
    out: { type: 'string', default: 'target/bench/results.json' },
    round: { type: 'string' },
    runs: { type: 'string' },
    'phone-runs': { type: 'string' },
    cycles: { type: 'string' },
    'compare-cycles': { type: 'string' },
    'compare-budget': { type: 'string' },
    timeout: { type: 'string' },
    'lighthouse-runs': { type: 'string' },
    skip: { type: 'string', multiple: true, default: [] },
    only: { type: 'string', multiple: true, default: [] },
  });
  const list = (name, xs) => {
    const parts = xs.flatMap((x) => x.split(',')).map((x) => x.trim()).filter(Boolean);
    for (const p of parts) if (!PARTS.includes(p)) throw new Error(`--${name}: unknown part ${p} (parts: ${PARTS.join(', ')})`);
    return parts;
  };
  const only = list('only', v.only);
  const skip = new Set(list('skip', v.skip));
  if (only.length) for (const p of PARTS) if (!only.includes(p)) skip.add(p);
  return {
    dist: v.dist,
    base: `/${v.base.replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'),
    data: v.data,
    out: v.out,
    round: intOption('round', v.round, 3, { min: 1 }),
    runs: intOption('runs', v.runs, 5, { min: 1 }),
    phoneRuns: intOption('phone-runs', v['phone-runs'], 3, { min: 1 }),
    cycles: intOption('cycles', v.cycles, 20, { min: 1 }),
    compareCycles: intOption('compare-cycles', v['compare-cycles'], 20, { min: 1 }),
    compareBudget: intOption('compare-budget', v['compare-budget'], 90, { min: 0 }),
    timeout: intOption('timeout', v.timeout, 120_000, { min: 1000 }),
    lighthouseRuns: intOption('lighthouse-runs', v['lighthouse-runs'], 3, { min: 1 }),
    skip,
  };
}

// ---------------------------------------------------------------- small helpers

const median = (xs) => {
  xs = xs.filter((x) => x != null);
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
const percentile = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
const min = (xs) => (xs.some((x) => x != null) ? Math.min(...xs.filter((x) => x != null)) : null);
const max = (xs) => (xs.some((x) => x != null) ? Math.max(...xs.filter((x) => x != null)) : null);
const round1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
const fmtMs = (x) => (x == null ? 'n/a' : Math.abs(x) >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
const fmtBytes = (n) => {
  if (n == null) return 'n/a';
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${+(n / 1000).toFixed(1)} KB`;
  return `${(n / 1_000_000).toFixed(2)} MB`;
};
const fmtSigned = (n) => (n == null ? 'n/a' : `${n < 0 ? '-' : '+'}${fmtBytes(Math.abs(n))}`);
const ratio = (ours, theirs) => (ours == null || theirs == null || theirs === 0 ? null : ours / theirs);
const fmtRatio = (r) => (r == null ? 'n/a' : `x${r.toFixed(r < 0.1 ? 3 : 2)}`);
const errText = (err) => String(err?.message ?? err).split('\n')[0];
const met = (ok) => (ok == null ? 'n/a' : ok ? 'met' : 'not met');

function table(headers, rows, { left = 1 } = {}) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => '  ' + r.map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ').trimEnd();
  console.log(line(cells[0]));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('   '));
  for (const r of cells.slice(1)) console.log(line(r));
}
const heading = (s) => console.log(`\n== ${s}`);
/** Progress, only to an interactive terminal (stdout stays the report). */
const progress = (s) => {
  if (process.stderr.isTTY) process.stderr.write(`  ... ${s}\n`);
};
const uniq = (xs, n = 5) => [...new Set(xs)].slice(0, n);
const printErrors = (errors) => {
  for (const e of uniq(errors)) console.log(`  page reported: ${e}`);
};

// ---------------------------------------------------------------- servers

/**
 * Copies the comparison pages, their libraries and the two datasets into
 * target/bench/www (served at /__bench/).
 */
function stageBenchRoot(dataFile, seedFile) {
  const www = path.join(REPO_ROOT, 'target/bench/www');
  fs.rmSync(www, { recursive: true, force: true });
  fs.mkdirSync(www, { recursive: true });
  for (const f of fs.readdirSync(path.join(REPO_ROOT, 'scripts/bench'))) {
    fs.cpSync(path.join(REPO_ROOT, 'scripts/bench', f), path.join(www, f), { recursive: true });
  }
  const nm = (p) => path.join(REPO_ROOT, 'node_modules', p);
  const vendor = [
    ['vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', 'vendor/vis-timeline/vis-timeline-graph2d.min.js'],
    ['vis-timeline/styles/vis-timeline-graph2d.min.css', 'vendor/vis-timeline/vis-timeline-graph2d.min.css'],
    ['@knight-lab/timelinejs/dist/js', 'vendor/timelinejs/js'],
    ['@knight-lab/timelinejs/dist/css', 'vendor/timelinejs/css'],
  ];
  const missing = [];
  for (const [from, to] of vendor) {
    if (!fs.existsSync(nm(from))) {
      missing.push(from);
      continue;
    }
    fs.cpSync(nm(from), path.join(www, to), { recursive: true, filter: (src) => !src.endsWith('.map') });
  }
  fs.copyFileSync(dataFile, path.join(www, 'large.json'));
  if (seedFile) fs.copyFileSync(seedFile, path.join(www, 'seed.json'));
  return { www, missing };
}

/**
 * One origin for everything: /__bench/ goes to a static server of the staging
 * dir, the rest to a static server of dist/. Both gzip, as GitHub Pages does.
 */
async function startFront(distDir, benchDir, base) {
  const app = distDir ? await startServer({ root: distDir, prefix: base, port: 0 }) : null;
  const bench = await startServer({ root: benchDir, prefix: '/__bench/', port: 0 });
  const server = http.createServer((req, res) => {
    const target = req.url.startsWith('/__bench/') || !app ? bench : app;
    const up = http.request(
      { host: '127.0.0.1', port: target.port, path: req.url, method: req.method, headers: req.headers },
      (ur) => {
        res.writeHead(ur.statusCode, ur.headers);
        ur.pipe(res);
      },
    );
    up.on('error', (err) => {
      if (!res.headersSent) res.writeHead(502, { 'Content-Type': 'text/plain' });
      res.end(`bench proxy: ${err.message}`);
    });
    req.pipe(up);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${server.address().port}`;
  return {
    origin,
    close: async () => {
      await new Promise((r) => {
        server.close(() => r());
        server.closeAllConnections?.();
      });
      await Promise.all([app?.close(), bench.close()]);
    },
  };
}

// ---------------------------------------------------------------- page helpers

// Runs in every page before its own scripts (see "How the page figures are
// taken" above). Also grabs the wasm exports Trunk hands to its
// 'TrunkApplicationStarted' event, for the wasm memory. `want` (names of
// WANTS, or null for all): once those are seen, it stops observing the DOM.
const INIT_SCRIPT = (want) => {
  if (window !== window.top) return;
  const b = (window.__bench = {
    wasm: null,
    fcp: null,
    lcp: null,
    lcpElement: null,
    readableSeen: null,
    readable: null,
    readableHow: null,
    readableInView: null,
    itemsSeen: null,
    itemsPainted: null,
    urlSeen: null,
    urlPainted: null,
    longTasks: [],
  });
  addEventListener('TrunkApplicationStarted', (e) => {
    b.wasm = e.detail?.wasm ?? null;
  });
  const describe = (el) => {
    if (!el || !el.tagName) return null;
    const text = (el.textContent || '').trim().replace(/\s+/g, ' ').slice(0, 40);
    return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ')[0]}` : ''}${text ? ` "${text}"` : ''}`;
  };
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (e.name === 'first-contentful-paint') b.fcp = e.startTime;
    }).observe({ type: 'paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        b.lcp = e.startTime;
        b.lcpElement = describe(e.element);
      }
    }).observe({ type: 'largest-contentful-paint', buffered: true });
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    /* older browsers: the figures stay null */
  }
  const inView = (el) => {
    const r = el.getBoundingClientRect();
    return r.bottom > 0 && r.top < innerHeight && r.width > 0 && r.height > 0;
  };
  // The round's dates: the list (or paragraph) after a "Dates"/"When" heading
  // that holds a digit, else a <time> in main.
  const datesOf = (main) => {
    for (const h of main.querySelectorAll('h2, h3, h4, dt')) {
      if (/^\s*(dates?|when)\b/i.test(h.textContent)) {
        const next = h.nextElementSibling;
        if (next && /\d/.test(next.textContent)) return { el: next, how: `main h1 + the element after the "${h.textContent.trim()}" heading` };
      }
    }
    const t = main.querySelector('time');
    if (t && /\d/.test(t.textContent)) return { el: t, how: 'main h1 + main time' };
    return null;
  };
  let mo = null;
  const check = () => {
    const now = performance.now();
    if (b.readableSeen == null) {
      const main = document.querySelector('main');
      const h1 = main?.querySelector('h1');
      const dates = h1 && h1.textContent.trim() ? datesOf(main) : null;
      if (dates) {
        b.readableSeen = now;
        b.readableHow = dates.how;
        requestAnimationFrame(() => {
          b.readable = performance.now();
          b.readableInView = inView(h1) && inView(dates.el);
        });
      }
    }
    const el = document.getElementById('timeline-items');
    if (el) {
      if (b.itemsSeen == null && el.querySelector('li, article')) {
        b.itemsSeen = now;
        requestAnimationFrame(() => (b.itemsPainted = performance.now()));
      }
      if (b.urlSeen == null && el.getAttribute('data-origin') === 'url') {
        b.urlSeen = now;
        requestAnimationFrame(() => (b.urlPainted = performance.now()));
      }
    }
    // Everything wanted is seen: stop observing (filter changes mutate a lot).
    const seen = { readable: b.readableSeen, timeline: b.itemsSeen, url: b.urlSeen };
    const watched = (want ?? Object.keys(seen)).filter((w) => w in seen);
    if (watched.every((w) => seen[w] != null)) mo?.disconnect();
  };
  mo = new MutationObserver(check);
  mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-origin', 'id'] });
  document.addEventListener('DOMContentLoaded', check);
};

/** A fresh context (and page) with the profile; the phone profile throttles through CDP. */
async function newPage(browser, { profile = DESKTOP, cdp = false, want = null } = {}) {
  const context = await browser.newContext({ ...profile.context, serviceWorkers: 'block' });
  await context.addInitScript(INIT_SCRIPT, want);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${errText(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text().slice(0, 200)}`);
  });
  page.on('response', (r) => {
    if (r.status() >= 400) errors.push(`HTTP ${r.status()} ${new URL(r.url()).pathname}`);
  });
  let session = null;
  if (cdp || profile === PHONE) {
    session = await context.newCDPSession(page);
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
  }
  if (profile === PHONE) {
    // Set on about:blank, before the navigation: both stay with the page.
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency: PHONE.latencyMs,
      downloadThroughput: (PHONE.downKbps * 1024) / 8,
      uploadThroughput: (PHONE.upKbps * 1024) / 8,
    });
    await session.send('Emulation.setCPUThrottlingRate', { rate: PHONE.cpuSlowdown });
  }
  return { context, page, session, errors };
}

/** Everything the init script and the performance timeline know about this load. */
function collect(page) {
  return page.evaluate(() => {
    const b = window.__bench ?? {};
    const mark = (n) => performance.getEntriesByName(n, 'mark')[0]?.startTime ?? null;
    const fcp = b.fcp ?? performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null;
    const notBefore = (t) => (t == null ? null : Math.max(t, fcp ?? 0));
    const res = performance.getEntriesByType('resource');
    const wasm = res.find((e) => /\.wasm(\?|$)/.test(e.name));
    // The main thread from first paint to app-started: its longest task, and
    // the time tasks held it beyond 50 ms each (what Lighthouse's TBT counts).
    const started = mark('app-started');
    const tasks = fcp == null || started == null ? null : (b.longTasks ?? []).filter(([t]) => t >= fcp && t <= started);
    return {
      longestTask: tasks && Math.max(0, ...tasks.map(([, d]) => d)),
      blocking: tasks && tasks.reduce((sum, [, d]) => sum + Math.max(0, d - 50), 0),
      error: window.__benchError ?? null,
      fcp,
      lcp: b.lcp,
      lcpElement: b.lcpElement,
      readable: notBefore(b.readable),
      readableHow: b.readableHow,
      readableInView: b.readableInView,
      timelinePainted: notBefore(b.itemsPainted),
      urlPainted: b.urlPainted,
      urlSeen: b.urlSeen,
      appStarted: mark('app-started'),
      peerPainted: mark('timeline-painted'),
      wasmLoaded: wasm ? wasm.responseEnd : null,
      count: document.getElementById('timeline-items')?.getAttribute('data-count') ?? null,
    };
  });
}

const WANTS = {
  readable: 'b.readable',
  timeline: 'b.itemsPainted',
  url: 'b.urlPainted',
  app: "mark 'app-started'",
  peer: "mark 'timeline-painted'",
};

/**
 * Waits until every figure in `want` is known (or `timeout` ms, or the page's
 * own error), then returns collect()'s figures plus `missing` (figures that
 * did not arrive).
 */
async function waitFor(page, want, timeout) {
  await page
    .waitForFunction(
      (want) => {
        if (window.__benchError) return true;
        const b = window.__bench;
        if (!b) return false;
        const has = {
          readable: b.readable != null,
          timeline: b.itemsPainted != null,
          url: b.urlPainted != null,
          app: performance.getEntriesByName('app-started').length > 0,
          peer: performance.getEntriesByName('timeline-painted').length > 0,
        };
        return want.every((w) => has[w]);
      },
      want,
      { timeout, polling: 100 },
    )
    .catch(() => {});
  // The paint entry is reported a little after the frame it times.
  await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout: 1000, polling: 50 }).catch(() => {});
  const r = await collect(page);
  const value = { readable: r.readable, timeline: r.timelinePainted, url: r.urlPainted, app: r.appStarted, peer: r.peerPainted };
  r.missing = want.filter((w) => value[w] == null).map((w) => `${WANTS[w]} not within ${Math.round(timeout / 1000)} s`);
  return r;
}

/** One fresh load of `url`; the figures in `want` (see WANTS). */
async function loadOnce(browser, url, { profile, want, timeout }) {
  const { context, page, errors } = await newPage(browser, { profile, want });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    const r = await waitFor(page, want, timeout);
    r.errors = [...errors, ...(r.error ? [`bench page error: ${r.error}`] : [])];
    return r;
  } finally {
    await context.close();
  }
}

/**
 * Toggles kind checkboxes: changes number `from` .. `to`-1 of one fixed
 * sequence (off/on pairs, cycling through the kinds), ms per change. With a
 * `deadline` (the page's performance.now()), stops at the first cycle boundary
 * after it.
 */
async function filterChanges(page, { from, to, perChangeTimeout, deadline = null }) {
  return page.evaluate(
    async ({ from, to, perChangeTimeout, deadline }) => {
      const q = () => [...document.querySelectorAll('form#filters input[type=checkbox][name=kind]')];
      const count = () => document.querySelector('#timeline-items')?.getAttribute('data-count');
      if (!q().length) throw new Error('no form#filters input[type=checkbox][name=kind] on the page');
      const times = [];
      const notes = new Set();
      const started = performance.now();
      for (let i = from; i < to; i++) {
        if (deadline != null && i >= 2 && i % 2 === 0 && performance.now() > deadline) {
          notes.add(`stopped after ${i} changes (${i / 2} cycle${i === 2 ? '' : 's'}): the time budget was spent`);
          break;
        }
        const boxes = q();
        const box = boxes[Math.floor(i / 2) % boxes.length];
        const before = count();
        let firstMutation = null;
        const done = new Promise((resolve) => {
          let timer;
          const finish = (how) => {
            mo.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => resolve({ t: performance.now(), how }));
          };
          const mo = new MutationObserver(() => {
            firstMutation ??= performance.now();
            if (count() !== before) finish('data-count');
          });
          mo.observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-count'] });
          timer = setTimeout(() => finish(firstMutation == null ? 'timeout' : 'mutation'), perChangeTimeout);
        });
        const t0 = performance.now();
        box.click();
        const { t, how } = await done;
        if (how === 'timeout') throw new Error(`toggling kind "${box.value}" changed nothing within ${perChangeTimeout} ms`);
        if (how === 'mutation') notes.add(`kind "${box.value}": data-count did not change; timed to the first DOM mutation + rAF`);
        times.push(how === 'mutation' ? firstMutation - t0 : t - t0);
        // Let the page settle between changes.
        await new Promise((r) => setTimeout(r, 30));
      }
      return { times, notes: [...notes], started };
    },
    { from, to, perChangeTimeout, deadline },
  );
}

async function memoryOf(page, session) {
  const out = {};
  try {
    await session.send('HeapProfiler.collectGarbage');
    const h = await session.send('Runtime.getHeapUsage');
    out.jsHeapUsed = h.usedSize;
    out.jsHeapTotal = h.totalSize;
  } catch (err) {
    out.cdpError = errText(err);
  }
  Object.assign(
    out,
    await page.evaluate(() => {
      const r = {};
      if (performance.memory) r.perfMemoryUsed = performance.memory.usedJSHeapSize;
      const mem = window.__bench?.wasm?.memory ?? null;
      if (mem?.buffer) {
        r.wasmMemory = mem.buffer.byteLength;
        r.wasmSource = "TrunkApplicationStarted event: detail.wasm.memory";
      }
      return r;
    }),
  );
  out.total = out.jsHeapUsed == null ? null : out.jsHeapUsed + (out.wasmMemory ?? 0);
  return out;
}

// ---------------------------------------------------------------- 1. sizes

const TYPES = ['HTML', 'CSS', 'JS', 'wasm', 'data', 'images', 'other'];

function typeOf(r) {
  const p = new URL(r.url).pathname.toLowerCase();
  if (r.type === 'Document' || p.endsWith('.html') || p.endsWith('/')) return 'HTML';
  if (p.endsWith('.css')) return 'CSS';
  if (p.endsWith('.wasm')) return 'wasm';
  if (p.endsWith('.js') || p.endsWith('.mjs')) return 'JS';
  if (p.endsWith('.json')) return 'data';
  if (r.type === 'Image' || /\.(svg|png|jpe?g|gif|webp|avif|ico)$/.test(p)) return 'images';
  return 'other';
}

/** Every response of a first load of `url` (no cache), from CDP: gzip body, wire and decoded bytes. */
async function firstLoadBytes(browser, url, o) {
  const { context, page, session, errors } = await newPage(browser, { cdp: true, want: ['app'] });
  try {
    const reqs = new Map();
    session.on('Network.responseReceived', (e) => {
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      reqs.set(e.requestId, {
        url: e.response.url,
        type: e.type,
        status: e.response.status,
        encoding: h['content-encoding'] ?? null,
        body: h['content-length'] != null ? Number(h['content-length']) : null,
        decoded: 0,
        wire: null,
      });
    });
    session.on('Network.dataReceived', (e) => {
      const r = reqs.get(e.requestId);
      if (r) r.decoded += e.dataLength;
    });
    session.on('Network.loadingFinished', (e) => {
      const r = reqs.get(e.requestId);
      if (r) r.wire = e.encodedDataLength;
    });
    await page.goto(url, { waitUntil: 'load', timeout: o.timeout });
    const r = await waitFor(page, ['app'], 30_000);
    await page.waitForTimeout(1000); // anything the app fetches once it runs
    const byType = Object.fromEntries(TYPES.map((t) => [t, { requests: 0, body: 0, wire: 0, decoded: 0 }]));
    const files = [];
    for (const x of reqs.values()) {
      if (!/^https?:/.test(x.url)) continue;
      const t = typeOf(x);
      const body = x.body ?? x.wire ?? 0;
      Object.assign(byType[t], {
        requests: byType[t].requests + 1,
        body: byType[t].body + body,
        wire: byType[t].wire + (x.wire ?? 0),
        decoded: byType[t].decoded + x.decoded,
      });
      files.push({ type: t, path: new URL(x.url).pathname, status: x.status, encoding: x.encoding, body, decoded: x.decoded });
    }
    const total = TYPES.reduce(
      (a, t) => ({ requests: a.requests + byType[t].requests, body: a.body + byType[t].body, wire: a.wire + byType[t].wire, decoded: a.decoded + byType[t].decoded }),
      { requests: 0, body: 0, wire: 0, decoded: 0 },
    );
    return { url, byType, total, files, appStarted: r.appStarted != null, pageErrors: uniq([...errors, ...r.missing]) };
  } finally {
    await context.close();
  }
}

/** Whether an HTML file preloads the wasm and the dataset. */
function preloadsOf(file) {
  if (!fs.existsSync(file)) return null;
  const links = fs.readFileSync(file, 'utf8').match(/<link\b[^>]*>/gi) ?? [];
  const rel = (l) => /\brel\s*=\s*"?([^"\s>]+)/i.exec(l)?.[1]?.toLowerCase();
  const href = (l) => /\bhref\s*=\s*"?([^"\s>]+)/i.exec(l)?.[1] ?? '';
  const pre = links.filter((l) => ['preload', 'modulepreload'].includes(rel(l)));
  return {
    wasm: pre.some((l) => /\.wasm$/.test(href(l))),
    data: pre.some((l) => /\.json$/.test(href(l))),
    js: pre.some((l) => /\.m?js$/.test(href(l))),
  };
}

async function partSizes(browser, site, o, distDir) {
  const pages = ['/', `/rounds/${o.round}`];
  const loads = [];
  for (const p of pages) {
    progress(`sizes: first load of ${p}`);
    loads.push(await firstLoadBytes(browser, site + p, o));
  }
  heading(`1. Sizes: bytes of a first load (no cache), gzip as served; "raw" = uncompressed`);
  table(
    ['type', ...pages.flatMap((p) => [`${p} requests`, 'gzip', 'raw'])],
    [...TYPES, 'total'].map((t) => [
      t,
      ...loads.flatMap((l) => {
        const b = t === 'total' ? l.total : l.byType[t];
        return [b.requests, fmtBytes(b.body), fmtBytes(b.decoded)];
      }),
    ]),
  );
  console.log('  files (gzip / raw; * = not compressed):');
  const seen = new Set();
  for (const l of loads) {
    for (const f of l.files) {
      if (seen.has(f.path)) continue;
      seen.add(f.path);
      console.log(`    ${f.type.padEnd(6)} ${f.path}  ${fmtBytes(f.body)} / ${fmtBytes(f.decoded)}${f.encoding ? '' : ' *'}${f.status !== 200 ? ` (HTTP ${f.status})` : ''}`);
    }
  }
  const wasmFile = loads.flatMap((l) => l.files).find((f) => f.type === 'wasm');
  const wasmGzip = wasmFile?.body ?? null;
  console.log(
    `  wasm gzipped: ${wasmGzip == null ? 'n/a (no wasm was loaded)' : `${fmtBytes(wasmGzip)} (${wasmGzip.toLocaleString('en')} B)`}` +
      ` vs target <= ${fmtBytes(TARGET.wasmGzipBytes)}: ${met(wasmGzip == null ? null : wasmGzip <= TARGET.wasmGzipBytes)}`,
  );
  const htmlFiles = { '/': 'index.html', [`/rounds/${o.round}`]: `rounds/${o.round}.html` };
  const preloads = {};
  for (const [p, f] of Object.entries(htmlFiles)) {
    const pl = preloadsOf(path.join(distDir, f));
    preloads[p] = pl;
    if (pl) console.log(`  ${p} (${f}) preloads: wasm ${pl.wasm ? 'yes' : 'NO'}, JS ${pl.js ? 'yes' : 'NO'}, dataset ${pl.data ? 'yes' : 'NO'}`);
  }
  for (const l of loads) {
    if (!l.appStarted) console.log(`  ${new URL(l.url).pathname}: no app-started mark (sizes may miss what the app loads)`);
    for (const e of l.pageErrors) console.log(`  ${new URL(l.url).pathname} reported: ${e}`);
  }
  return {
    pages: Object.fromEntries(loads.map((l, i) => [pages[i], { byType: l.byType, total: l.total, files: l.files, pageErrors: l.pageErrors }])),
    wasmGzipBytes: wasmGzip,
    wasmRawBytes: wasmFile?.decoded ?? null,
    preloads,
  };
}

// ---------------------------------------------------------------- 2. startup / 3. phone

/** Median, min and max of `key` over runs. */
const stats = (runs, key) => {
  const xs = runs.map((r) => r[key]).filter((x) => x != null);
  return { median: round1(median(xs)), min: round1(min(xs)), max: round1(max(xs)), n: xs.length, runs: runs.map((r) => round1(r[key])) };
};

/** Loads each subject `runs` times, round-robin; returns {name: [figures per run]}. */
async function loadRuns(browser, subjects, runs, profile, timeout, label) {
  const out = Object.fromEntries(subjects.map((s) => [s.name, []]));
  for (let i = 0; i < runs; i++) {
    for (const s of subjects) {
      progress(`${label}: ${s.name}, run ${i + 1}/${runs}`);
      try {
        out[s.name].push(await loadOnce(browser, s.url, { profile, want: s.want, timeout }));
      } catch (err) {
        out[s.name].push({ errors: [`load failed: ${errText(err)}`], missing: [] });
      }
    }
  }
  return out;
}

function figureRows(name, runs, figures) {
  return figures.map(([key, label]) => {
    const s = stats(runs, key);
    return [name, label, fmtMs(s.median), fmtMs(s.min), fmtMs(s.max), `${s.n}/${runs.length}`];
  });
}

function reportRuns(name, runs) {
  const notes = uniq(runs.flatMap((r) => [...(r.missing ?? []), ...(r.errors ?? [])]), 6);
  for (const n of notes) console.log(`  ${name}: ${n}`);
}

async function partStartup(browser, site, o) {
  const round = `/rounds/${o.round}`;
  const subjects = [
    { name: '/', url: `${site}/`, want: ['timeline', 'app'] },
    { name: round, url: `${site}${round}`, want: ['readable', 'app'] },
  ];
  const res = await loadRuns(browser, subjects, o.runs, DESKTOP, 30_000, 'startup');
  heading(`2. Start-up, desktop 1280x800, unthrottled: ${o.runs} fresh load${o.runs === 1 ? '' : 's'} of each page (from navigation start)`);
  table(
    ['page', 'figure', 'median', 'min', 'max', 'n'],
    [
      ...figureRows('/', res['/'], [
        ['fcp', 'first contentful paint'],
        ['timelinePainted', 'timeline painted (prerendered list)'],
        ['lcp', 'largest contentful paint'],
        ['appStarted', 'app-started (interactive)'],
      ]),
      ...figureRows(round, res[round], [
        ['fcp', 'first contentful paint'],
        ['readable', 'first readable (h1 + dates)'],
        ['lcp', 'largest contentful paint'],
        ['appStarted', 'app-started (interactive)'],
      ]),
    ],
    { left: 2 },
  );
  const how = res[round].find((r) => r.readableHow)?.readableHow;
  if (how) console.log(`  first readable on ${round}: ${how}`);
  for (const [p, runs] of Object.entries(res)) {
    const lcpEl = runs.find((r) => r.lcpElement)?.lcpElement;
    if (lcpEl) console.log(`  LCP element on ${p}: ${lcpEl}`);
    reportRuns(p, runs);
  }
  return Object.fromEntries(
    Object.entries(res).map(([p, runs]) => [
      p,
      Object.fromEntries(['fcp', 'readable', 'timelinePainted', 'lcp', 'appStarted'].map((k) => [k, stats(runs, k)])),
    ]),
  );
}

async function partPhone(browser, site, origin, o, { haveDist, haveSeed }) {
  const round = `/rounds/${o.round}`;
  const subjects = [];
  if (haveDist) {
    subjects.push({ name: `ours ${round}`, url: `${site}${round}`, want: ['readable', 'app'] });
    subjects.push({ name: 'ours /', url: `${site}/`, want: ['timeline', 'app'] });
  }
  if (haveSeed) {
    subjects.push({ name: 'vis-timeline', url: `${origin}/__bench/vis.html?data=/__bench/seed.json`, want: ['peer'] });
    subjects.push({ name: 'TimelineJS', url: `${origin}/__bench/timelinejs.html?data=/__bench/seed.json`, want: ['peer'] });
  }
  if (!subjects.length) throw new Error('neither dist/ nor a seed dataset to measure');
  const res = await loadRuns(browser, subjects, o.phoneRuns, PHONE, 60_000, 'phone');
  const get = (name, key) => (res[name] ? stats(res[name], key) : null);

  heading(
    `3. Phone: ${PHONE.context.viewport.width}x${PHONE.context.viewport.height} @${PHONE.context.deviceScaleFactor}x, ` +
      `${PHONE.latencyMs} ms latency, ${(PHONE.downKbps / 1024).toFixed(1)} Mbit/s down, ${PHONE.upKbps} kbit/s up, CPU /${PHONE.cpuSlowdown}, ` +
      `no cache; seed events; ${o.phoneRuns} fresh load${o.phoneRuns === 1 ? '' : 's'} each`,
  );
  const rows = [];
  // Our two pages differ only in what counts as read: a round's facts, or the timeline.
  const ours = (read) => [
    ['fcp', 'first contentful paint'],
    read,
    ['lcp', 'largest contentful paint'],
    ['wasmLoaded', 'wasm downloaded'],
    ['appStarted', 'app-started (interactive)'],
    ['longestTask', 'longest main-thread task, first paint to app-started'],
    ['blocking', 'blocking time (tasks over 50 ms), first paint to app-started'],
  ];
  if (res[`ours ${round}`]) {
    rows.push(...figureRows(`ours ${round}`, res[`ours ${round}`], ours(['readable', 'first readable (h1 + dates)'])));
  }
  if (res['ours /']) {
    rows.push(...figureRows('ours /', res['ours /'], ours(['timelinePainted', 'timeline painted (prerendered list)'])));
  }
  for (const peer of ['vis-timeline', 'TimelineJS']) {
    if (res[peer]) rows.push(...figureRows(peer, res[peer], [['fcp', 'first contentful paint'], ['peerPainted', 'timeline painted']]));
  }
  table(['page', 'figure', 'median', 'min', 'max', 'n'], rows, { left: 2 });

  const peers = ['vis-timeline', 'TimelineJS'].map((n) => [n, get(n, 'peerPainted')?.median ?? null]).filter(([, v]) => v != null);
  const faster = peers.length ? peers.reduce((a, b) => (b[1] < a[1] ? b : a)) : null;
  const readable = get(`ours ${round}`, 'readable')?.median ?? null;
  const timeline = get('ours /', 'timelinePainted')?.median ?? null;
  const appRound = get(`ours ${round}`, 'appStarted')?.median ?? null;
  const appHome = get('ours /', 'appStarted')?.median ?? null;
  const readableRatio = faster ? ratio(readable, faster[1]) : null;
  const timelineRatio = faster ? ratio(timeline, faster[1]) : null;
  const fasterText = faster ? `${faster[0]}, ${fmtMs(faster[1])}` : 'no peer figure';
  console.log('\n  Medians against the targets:');
  table(
    ['figure', 'value', 'target', ''],
    [
      [`first readable (${round}) / faster peer's painted timeline (${fasterText})`, fmtRatio(readableRatio), `<= ${TARGET.readableRatio}`, met(readableRatio == null ? null : readableRatio <= TARGET.readableRatio)],
      [`first readable (${round})`, fmtMs(readable), `<= ${fmtMs(TARGET.readableMs)}`, met(readable == null ? null : readable <= TARGET.readableMs)],
      [`app interactive (app-started, ${round})`, fmtMs(appRound), `<= ${fmtMs(TARGET.interactiveMs)}`, met(appRound == null ? null : appRound <= TARGET.interactiveMs)],
      [`app interactive (app-started, /)`, fmtMs(appHome), `<= ${fmtMs(TARGET.interactiveMs)}`, met(appHome == null ? null : appHome <= TARGET.interactiveMs)],
      [`timeline painted (/) / faster peer's painted timeline`, fmtRatio(timelineRatio), '(info)', ''],
      ...peers.map(([n, v]) => [`first readable (${round}) / ${n}'s painted timeline`, fmtRatio(ratio(readable, v)), '(info)', '']),
    ],
  );
  // A reader's first tap: the Hazara box ticked at first paint, before the app
  // has started; the figure is when the address holds it (the app applied it).
  const ticks = [];
  if (haveDist) {
    for (let i = 0; i < o.phoneRuns; i++) ticks.push(await earlyTickOnce(browser, `${site}/`, 60_000));
  }
  const tickMs = stats(ticks, 'heldAt').median ?? null;
  if (ticks.length) {
    console.log('\n  An early filter tick (at first paint, before the app has started):');
    table(
      ['figure', 'value', 'target', ''],
      [
        ['ticked at (median)', fmtMs(stats(ticks, 'tickAt').median ?? null), '', ''],
        ['takes effect at (the address holds it)', fmtMs(tickMs), '<= 2.00 s', met(tickMs == null ? null : tickMs <= 2000)],
        [`takes effect / faster peer's painted timeline (${fasterText})`, fmtRatio(faster ? ratio(tickMs, faster[1]) : null), '<= 1.00', met(faster && tickMs != null ? tickMs <= faster[1] : null)],
        ['ticks lost', `${ticks.filter((t) => t.heldAt == null).length} of ${ticks.length}`, '0', met(ticks.every((t) => t.heldAt != null))],
      ],
    );
  }
  const how = res[`ours ${round}`]?.find((r) => r.readableHow);
  if (how) console.log(`  first readable on ${round}: ${how.readableHow}; in the phone's first screen: ${how.readableInView ? 'yes' : 'no (below the fold)'}`);
  for (const [n, runs] of Object.entries(res)) {
    const lcpEl = runs.find((r) => r.lcpElement)?.lcpElement;
    if (lcpEl && n.startsWith('ours')) console.log(`  LCP element, ${n}: ${lcpEl}`);
    reportRuns(n, runs);
  }
  return {
    profile: { ...PHONE.context, latencyMs: PHONE.latencyMs, downKbps: PHONE.downKbps, upKbps: PHONE.upKbps, cpuSlowdown: PHONE.cpuSlowdown },
    figures: Object.fromEntries(
      Object.entries(res).map(([n, runs]) => [
        n,
        Object.fromEntries(['fcp', 'readable', 'timelinePainted', 'lcp', 'wasmLoaded', 'appStarted', 'peerPainted'].map((k) => [k, stats(runs, k)]).filter(([, s]) => s.n > 0)),
      ]),
    ),
    fasterPeer: faster ? { name: faster[0], paintedMs: faster[1] } : null,
    readableMs: readable,
    readableRatio,
    timelineMs: timeline,
    timelineRatio,
    appStartedMs: { [round]: appRound, '/': appHome },
    earlyTick: { runs: ticks, heldMs: tickMs, ratio: faster ? ratio(tickMs, faster[1]) : null },
    pageErrors: Object.fromEntries(Object.entries(res).map(([n, runs]) => [n, uniq(runs.flatMap((r) => r.errors ?? []))])),
  };
}

/** One phone load of `url`: ticks the Hazara filter at first paint; when does the address hold it? */
async function earlyTickOnce(browser, url, timeout) {
  const { context, page } = await newPage(browser, { profile: PHONE });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    await page.waitForSelector('#f-ethnicity-hazara', { state: 'attached', timeout });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout, polling: 20 });
    const tickAt = await page.evaluate(() => {
      const box = document.querySelector('#f-ethnicity-hazara');
      for (const d of [box.closest('.filter-panel'), box.closest('details.facet')]) if (d) d.open = true;
      box.click();
      return performance.now();
    });
    const held = await page
      .waitForFunction(() => ((new URLSearchParams(location.search).get('ethnicity') ?? '').includes('hazara') ? performance.now() : null), null, { timeout: 20_000, polling: 20 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    return { tickAt, heldAt: held };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- 4. large / 5. compare

/**
 * Start-up, filter changes and memory (after the first and the last cycle) of
 * one page showing the large dataset.
 */
async function measureLarge(browser, url, o, cycles, label, { perChangeTimeout = o.timeout, budgetMs = null } = {}) {
  const want = [label === 'ours' ? 'url' : 'peer'];
  const { context, page, session, errors } = await newPage(browser, { cdp: true, want });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: o.timeout });
    const start = await waitFor(page, want, o.timeout);
    if (start.error) throw new Error(start.error);
    const startupMs = label === 'ours' ? start.urlPainted : start.peerPainted;
    if (startupMs == null) throw new Error(`not painted: ${start.missing.join('; ')}`);
    const itemsShown = Number(start.count);
    const first = await filterChanges(page, { from: 0, to: 2, perChangeTimeout });
    const memFirst = await memoryOf(page, session);
    const deadline = budgetMs == null ? null : first.started + budgetMs;
    const rest = await filterChanges(page, { from: 2, to: 2 * cycles, perChangeTimeout, deadline });
    const memLast = await memoryOf(page, session);
    const times = [...first.times, ...rest.times];
    return {
      label,
      url,
      startupMs: round1(startupMs),
      appStartedMs: round1(start.appStarted),
      itemsShown,
      changes: times.length,
      cycles: Math.floor(times.length / 2),
      filterMedianMs: round1(median(times)),
      filterP95Ms: round1(percentile(times, 95)),
      filterMaxMs: round1(Math.max(...times)),
      filterTimesMs: times.map(round1),
      filterNotes: [...first.notes, ...rest.notes],
      memoryAfterFirstCycle: memFirst,
      memory: memLast,
      memoryGrowth: memFirst.total == null || memLast.total == null ? null : memLast.total - memFirst.total,
      pageErrors: uniq(errors),
    };
  } catch (err) {
    err.message += errors.length ? ` (page reported: ${uniq(errors, 2).join(' | ')})` : '';
    throw err;
  } finally {
    await context.close();
  }
}

function printLarge(r) {
  const a = r.memoryAfterFirstCycle;
  const m = r.memory;
  const cycles = `${r.cycles} cycle${r.cycles === 1 ? '' : 's'}`;
  const rows = [
    ['items shown at start', r.itemsShown],
    ['start-up (navigation start -> painted)', fmtMs(r.startupMs)],
    [`filter change -> paint, median (n=${r.changes})`, fmtMs(r.filterMedianMs)],
    ['filter change -> paint, p95', fmtMs(r.filterP95Ms)],
    ['filter change -> paint, max', fmtMs(r.filterMaxMs)],
  ];
  const hasWasm = a.wasmMemory != null || m.wasmMemory != null;
  if (r.cycles > 1) rows.push(['JS heap after cycle 1 (after GC)', fmtBytes(a.jsHeapUsed)]);
  rows.push([`JS heap after ${cycles} (after GC)`, fmtBytes(m.jsHeapUsed)]);
  if (hasWasm && r.cycles > 1) rows.push(['wasm memory after cycle 1', fmtBytes(a.wasmMemory)]);
  if (hasWasm) rows.push([`wasm memory after ${cycles}`, fmtBytes(m.wasmMemory)]);
  if (r.cycles > 1) rows.push([`growth, cycle 1 -> ${r.cycles} (JS heap${hasWasm ? ' + wasm' : ''})`, fmtSigned(r.memoryGrowth)]);
  table(['measure', 'value'], rows);
  for (const n of r.filterNotes) console.log(`  note: ${n}`);
  printErrors(r.pageErrors);
}

async function partLarge(browser, site, origin, o) {
  progress('large: one load with filter cycles');
  let r;
  let retried = null;
  try {
    r = await measureLarge(browser, `${site}/?data=/__bench/large.json`, o, o.cycles, 'ours');
  } catch (err) {
    // The app may want an absolute address: try once more before giving up.
    retried = errText(err);
    r = await measureLarge(browser, `${site}/?data=${encodeURIComponent(`${origin}/__bench/large.json`)}`, o, o.cycles, 'ours');
  }
  // Start-up again a few times for a median (fresh loads; no filter changes).
  const more = [r.startupMs];
  for (let i = 1; i < Math.min(o.runs, 3); i++) {
    progress(`large: start-up, load ${i + 1}`);
    try {
      const s = await loadOnce(browser, r.url, { profile: DESKTOP, want: ['url'], timeout: o.timeout });
      if (s.urlPainted != null) more.push(round1(s.urlPainted));
    } catch {
      /* the first run's figure stands */
    }
  }
  r.startupRunsMs = more;
  r.startupMs = round1(median(more));
  heading(`4. Large dataset (${r.itemsShown} items): /?data=/__bench/large.json, desktop, unthrottled; ${o.cycles} filter cycles`);
  if (retried) console.log(`  the relative ?data= failed (${retried}); measured with an absolute URL`);
  printLarge(r);
  console.log(`  start-up runs: ${more.map((x) => fmtMs(x)).join(', ')} (median above); app-started at ${fmtMs(r.appStartedMs)} in the first`);
  return r;
}

async function partCompare(browser, origin, o, ours) {
  const out = { ours: ours ? { startupMs: ours.startupMs, filterMedianMs: ours.filterMedianMs, filterP95Ms: ours.filterP95Ms } : null };
  const libs = [
    ['vis-timeline', `${origin}/__bench/vis.html?data=/__bench/large.json`],
    ['TimelineJS', `${origin}/__bench/timelinejs.html?data=/__bench/large.json`],
  ];
  const seconds = {};
  for (const [name, url] of libs) {
    progress(`compare: ${name}`);
    try {
      const t0 = Date.now();
      out[name] = await measureLarge(browser, url, o, o.compareCycles, name, { perChangeTimeout: 300_000, budgetMs: o.compareBudget * 1000 });
      seconds[name] = Math.round((Date.now() - t0) / 1000);
    } catch (err) {
      out[name] = { error: errText(err) };
    }
  }
  heading('5. The same 10,000 items in vis-timeline and Knight Lab TimelineJS, desktop, unthrottled (one load each)');
  for (const [name] of libs) {
    if (out[name].error) {
      console.log(`\n  ${name}: FAILED: ${out[name].error}`);
      continue;
    }
    console.log(`\n  ${name} (${seconds[name]} s):`);
    printLarge(out[name]);
  }
  if (!ours) {
    console.log('\n  (no figures of ours to compare: part 4 did not run or failed)');
    return out;
  }
  // A library that spent its time budget made fewer changes than we did. The
  // changes follow one fixed sequence, so our median over the same first n
  // changes is the like-for-like figure.
  const oursFirst = (r) => median(ours.filterTimesMs.slice(0, r.changes));
  const rows = [
    ['start-up', fmtMs(ours.startupMs), (r) => ratio(ours.startupMs, r.startupMs)],
    ['filter change, median', fmtMs(ours.filterMedianMs), (r) => ratio(ours.filterMedianMs, r.filterMedianMs)],
    ['filter change, p95', fmtMs(ours.filterP95Ms), (r) => ratio(ours.filterP95Ms, r.filterP95Ms)],
    ['filter change, median of the same first n', null, (r) => ratio(oursFirst(r), r.filterMedianMs)],
    ['JS heap after the last cycle', fmtBytes(ours.memory.jsHeapUsed), (r) => ratio(ours.memory.jsHeapUsed, r.memory.jsHeapUsed)],
    ['JS heap + wasm memory after the last cycle', fmtBytes(ours.memory.total), (r) => ratio(ours.memory.total, r.memory.total)],
  ];
  const names = libs.map(([n]) => n);
  rows[3][1] = `n = ${names.map((n) => out[n]?.changes ?? '-').join(' / ')}`;
  console.log('\n  Ours as a ratio of theirs (x0.50 = half the time / memory; below 1 is better for us):');
  table(
    ['figure', 'ours', ...names.map((n) => `vs ${n}`)],
    rows.map(([label, value, f]) => [label, value, ...names.map((n) => (out[n]?.error ? 'failed' : fmtRatio(f(out[n]))))]),
  );
  out.ratios = Object.fromEntries(names.filter((n) => !out[n]?.error).map((n) => [n, Object.fromEntries(rows.map(([label, , f]) => [label, f(out[n])]))]));
  return out;
}

// ---------------------------------------------------------------- 6. lighthouse

const LH_METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];
const LH_CATEGORIES = [
  ['performance', 'perf'],
  ['accessibility', 'a11y'],
  ['best-practices', 'best pr.'],
  ['seo', 'SEO'],
];

function lighthouseOnce(url, report) {
  const cli = path.join(REPO_ROOT, 'node_modules/lighthouse/cli/index.js');
  if (!fs.existsSync(cli)) return Promise.reject(new Error('node_modules/lighthouse is missing (npm ci)'));
  fs.rmSync(report, { force: true });
  const args = [
    cli,
    url,
    '--quiet',
    '--output=json',
    `--output-path=${report}`,
    `--only-categories=${LH_CATEGORIES.map(([id]) => id).join(',')}`,
    '--no-enable-error-reporting',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { env: { ...process.env, CHROME_PATH: CHROMIUM_PATH }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.on('data', () => {});
    const timer = setTimeout(() => child.kill('SIGTERM'), 240_000);
    child.on('close', (code) => {
      clearTimeout(timer);
      if (code !== 0 || !fs.existsSync(report)) {
        return reject(new Error(`lighthouse exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' / ')}`));
      }
      const lhr = JSON.parse(fs.readFileSync(report, 'utf8'));
      const scores = {};
      for (const [id] of LH_CATEGORIES) {
        const c = lhr.categories[id];
        scores[id] = c?.score == null ? null : Math.round(c.score * 100);
      }
      const metrics = {};
      for (const [id] of LH_METRICS) {
        const a = lhr.audits[id];
        if (a) metrics[id] = { value: a.numericValue, display: a.displayValue };
      }
      // Audits that cost points outside performance, and performance's biggest savings.
      const failing = Object.values(lhr.categories)
        .filter((c) => c.id !== 'performance')
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && lhr.audits[r.id]?.score != null && lhr.audits[r.id].score < 1).map((r) => `${c.id}: ${r.id}`));
      const opportunities = Object.values(lhr.audits)
        .filter((a) => a.details?.overallSavingsMs > 0)
        .sort((a, b) => b.details.overallSavingsMs - a.details.overallSavingsMs)
        .slice(0, 3)
        .map((a) => `${a.id} (~${Math.round(a.details.overallSavingsMs)} ms)`);
      // The LCP element and its phases (TTFB, load delay, load time, render delay).
      let lcp = null;
      const lcpDetails = lhr.audits['largest-contentful-paint-element']?.details?.items ?? [];
      const node = lcpDetails[0]?.items?.[0]?.node;
      if (node) {
        const phases = (lcpDetails[1]?.items ?? []).map((x) => `${x.phase} ${Math.round(x.timing)} ms`);
        lcp = { selector: node.selector, label: node.nodeLabel, phases };
      }
      // What the unthrottled load observed. Lantern (the simulation) puts every
      // request that ENDED before the observed LCP (low-priority images aside)
      // on the simulated LCP's path: a wasm that finished before the first
      // paint locally is then downloaded at 1.6 Mbit/s before the LCP.
      const m = lhr.audits.metrics?.details?.items?.[0] ?? {};
      const wasmReq = (lhr.audits['network-requests']?.details?.items ?? []).find((x) => /\.wasm(\?|$)/.test(x.url));
      const observed = {
        fcp: m.observedFirstContentfulPaint ?? null,
        lcp: m.observedLargestContentfulPaint ?? null,
        wasmEnd: wasmReq?.networkEndTime ?? null,
      };
      resolve({
        scores,
        metrics,
        observed,
        lcp,
        failingAudits: failing,
        opportunities,
        runWarnings: lhr.runWarnings ?? [],
        report: path.relative(REPO_ROOT, report),
        lighthouseVersion: lhr.lighthouseVersion,
      });
    });
  });
}

async function partLighthouse(site, o) {
  const pages = ['/', `/rounds/${o.round}`, '/matrix'];
  const out = {};
  for (const p of pages) {
    const slug = p === '/' ? 'home' : p.slice(1).replace(/\W+/g, '-');
    const report = path.join(REPO_ROOT, `target/bench/lighthouse-${slug}.json`);
    const runs = [];
    const errors = [];
    for (let i = 0; i < o.lighthouseRuns; i++) {
      progress(`lighthouse: ${p}, run ${i + 1}/${o.lighthouseRuns}`);
      const file = i === 0 ? report : report.replace(/\.json$/, `-${i + 1}.json`);
      try {
        runs.push({ ...(await lighthouseOnce(site + p, file)), file });
      } catch (err) {
        errors.push(errText(err));
      }
    }
    if (!runs.length) {
      out[p] = { error: errors[0] };
      continue;
    }
    // The run with the median performance score stands for the page (its report
    // is kept as lighthouse-<page>.json); the others are only counted.
    const sorted = [...runs].sort((a, b) => (a.scores.performance ?? -1) - (b.scores.performance ?? -1));
    const chosen = sorted[Math.floor((sorted.length - 1) / 2)];
    if (chosen.file !== report) fs.renameSync(chosen.file, report);
    for (const r of runs) if (r !== chosen && r.file !== report) fs.rmSync(r.file, { force: true });
    const perf = runs.map((r) => r.scores.performance).filter((x) => x != null);
    const { file, ...kept } = chosen;
    out[p] = {
      ...kept,
      report: path.relative(REPO_ROOT, report),
      runs: runs.length,
      performanceScores: perf,
      lcpSimulatedMs: runs.map((r) => round1(r.metrics['largest-contentful-paint']?.value)),
      failedRuns: errors,
    };
  }
  heading(`6. Lighthouse, default mobile profile (simulated throttling); the median of ${o.lighthouseRuns} run${o.lighthouseRuns === 1 ? '' : 's'} by performance score`);
  const fmtMetric = (m, id) => {
    if (!m) return 'n/a';
    if (id === 'cumulative-layout-shift') return m.value.toFixed(3);
    return fmtMs(m.value);
  };
  const perfCell = (r) => {
    const s = r.scores.performance ?? 'n/a';
    const xs = r.performanceScores;
    return xs.length > 1 && min(xs) !== max(xs) ? `${s} (${min(xs)}-${max(xs)})` : String(s);
  };
  table(
    ['page', ...LH_CATEGORIES.map(([, l]) => l), ...LH_METRICS.map(([, l]) => l)],
    pages.map((p) =>
      out[p].error
        ? [p, 'failed', ...Array(LH_CATEGORIES.length + LH_METRICS.length - 1).fill('')]
        : [
            p,
            perfCell(out[p]),
            ...LH_CATEGORIES.slice(1).map(([id]) => out[p].scores[id] ?? 'n/a'),
            ...LH_METRICS.map(([id]) => fmtMetric(out[p].metrics[id], id)),
          ],
    ),
  );
  for (const p of pages) {
    const r = out[p];
    if (r.error) {
      console.log(`  ${p}: FAILED: ${r.error}`);
      continue;
    }
    if (r.failedRuns.length) console.log(`  ${p}: ${r.failedRuns.length} run(s) failed: ${r.failedRuns[0]}`);
    if (r.runs > 1) console.log(`  ${p}: performance ${r.performanceScores.join(', ')}; simulated LCP ${r.lcpSimulatedMs.map((x) => fmtMs(x)).join(', ')}`);
    if (r.failingAudits.length) console.log(`  ${p}: audits below 100 outside performance: ${r.failingAudits.join(', ')}`);
    if (r.lcp) console.log(`  ${p}: LCP element ${r.lcp.selector} "${String(r.lcp.label).slice(0, 40)}"${r.lcp.phases.length ? `: ${r.lcp.phases.join(', ')}` : ''}`);
    const ob = r.observed;
    if (ob.lcp != null) {
      const wasmFirst = ob.wasmEnd != null && ob.wasmEnd <= ob.lcp;
      console.log(
        `  ${p}: observed (unthrottled): FCP ${fmtMs(ob.fcp)}, LCP ${fmtMs(ob.lcp)}, wasm loaded at ${fmtMs(ob.wasmEnd)}` +
          (wasmFirst ? ' - before the LCP, so the simulated LCP includes its download' : ''),
      );
    }
    if (r.opportunities.length) console.log(`  ${p}: biggest savings: ${r.opportunities.join(', ')}`);
    if (r.runWarnings.length) console.log(`  ${p}: warnings: ${r.runWarnings.join(' | ').slice(0, 300)}`);
  }
  const reports = pages.filter((p) => out[p].report).map((p) => out[p].report);
  if (reports.length) console.log(`  full reports (the median runs): ${reports.join(', ')}`);
  const ok = pages.filter((p) => !out[p].error);
  if (!ok.length) throw new Error(`every Lighthouse run failed: ${out[pages[0]].error}`);
  return out;
}

// ---------------------------------------------------------------- summary

function summary(results, o) {
  const p = results.parts;
  const round = `/rounds/${o.round}`;
  const rows = [];
  const add = (what, target, value, ok) => rows.push([what, target, value, met(ok)]);
  const ph = p.phone;
  const why = (part) => (results.failures[part] ? `n/a (${part} failed)` : o.skip.has(part) ? `n/a (${part} skipped)` : 'n/a');
  const faster = ph?.fasterPeer ? `${ph.fasterPeer.name} ${fmtMs(ph.fasterPeer.paintedMs)}` : null;
  add(
    `phone: first readable (${round}) / faster peer's painted timeline${faster ? ` (${faster})` : ''}`,
    `<= ${TARGET.readableRatio}`,
    ph?.readableRatio != null ? fmtRatio(ph.readableRatio) : why('phone'),
    ph?.readableRatio == null ? null : ph.readableRatio <= TARGET.readableRatio,
  );
  add(`phone: first readable (${round})`, `<= ${fmtMs(TARGET.readableMs)}`, ph?.readableMs != null ? fmtMs(ph.readableMs) : why('phone'), ph?.readableMs == null ? null : ph.readableMs <= TARGET.readableMs);
  for (const page of [round, '/']) {
    const v = ph?.appStartedMs?.[page];
    add(`phone: app interactive (app-started, ${page})`, `<= ${fmtMs(TARGET.interactiveMs)}`, v != null ? fmtMs(v) : why('phone'), v == null ? null : v <= TARGET.interactiveMs);
  }
  const wasm = p.sizes?.wasmGzipBytes;
  add('wasm, gzipped', `<= ${fmtBytes(TARGET.wasmGzipBytes)}`, wasm != null ? fmtBytes(wasm) : why('sizes'), wasm == null ? null : wasm <= TARGET.wasmGzipBytes);
  const pre = p.sizes?.preloads ? Object.values(p.sizes.preloads).filter(Boolean) : [];
  add('wasm preloaded (index.html, round page)', 'yes', pre.length ? (pre.every((x) => x.wasm) ? 'yes' : 'no') : why('sizes'), pre.length ? pre.every((x) => x.wasm) : null);
  for (const page of ['/', round, '/matrix']) {
    const lh = p.lighthouse?.[page];
    const s = lh && !lh.error ? lh.scores : null;
    const xs = lh?.performanceScores ?? [];
    const range = xs.length > 1 && min(xs) !== max(xs) ? ` (runs ${min(xs)}-${max(xs)})` : '';
    add(`Lighthouse mobile performance, ${page}`, `>= ${TARGET.lighthousePerf}`, s ? `${s.performance ?? 'n/a'}${range}` : why('lighthouse'), s?.performance == null ? null : s.performance >= TARGET.lighthousePerf);
    const others = ['accessibility', 'best-practices', 'seo'];
    add(
      `Lighthouse a11y / best practices / SEO, ${page}`,
      `${TARGET.lighthouseOther} each`,
      s ? others.map((k) => s[k] ?? 'n/a').join(' / ') : why('lighthouse'),
      s ? others.every((k) => s[k] === TARGET.lighthouseOther) : null,
    );
  }
  heading('Summary: targets (figures, not assertions)');
  table(['target', 'wanted', 'measured', ''], rows);
  const tl = ph?.timelineRatio;
  if (tl != null) console.log(`  (info) phone: timeline painted on / (${fmtMs(ph.timelineMs)}) / faster peer's painted timeline: ${fmtRatio(tl)}`);
  return rows.map(([target, wanted, measured, verdict]) => ({ target, wanted, measured, verdict }));
}

// ---------------------------------------------------------------- main

async function main() {
  let o;
  try {
    o = parseOptions(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${err.message}`);
    process.exit(2);
  }
  const distDir = path.resolve(REPO_ROOT, o.dist);
  const dataFile = path.resolve(REPO_ROOT, o.data);
  const results = { date: new Date().toISOString(), chromium: null, dist: o.dist, base: o.base, data: o.data, options: { ...o, skip: [...o.skip] }, parts: {}, failures: {} };

  const haveDist = fs.existsSync(path.join(distDir, 'index.html'));
  if (!haveDist) console.log(`bench: ${o.dist}/index.html does not exist (run make dist): only the peers are measured`);
  if (!fs.existsSync(dataFile)) {
    console.log(`bench: ${o.data} does not exist; generating it (scripts/gen-dataset.mjs)`);
    const { generate } = await import('./gen-dataset.mjs');
    fs.mkdirSync(path.dirname(dataFile), { recursive: true });
    fs.writeFileSync(dataFile, JSON.stringify(generate()) + '\n');
  }
  // The seed events: the site's own dataset as built (else its source).
  const seedFile = [path.join(distDir, 'data/vienna-process.json'), path.join(REPO_ROOT, 'public/data/vienna-process.json')].find((f) => fs.existsSync(f)) ?? null;
  const { www, missing } = stageBenchRoot(dataFile, seedFile);
  if (missing.length) console.log(`bench: missing in node_modules (npm ci): ${missing.join(', ')}`);
  const front = await startFront(haveDist ? distDir : null, www, o.base);
  const site = front.origin + o.base.slice(0, -1); // + '/...'
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  results.chromium = browser.version();
  console.log(`bench: Chromium ${results.chromium}; ${o.dist}/ at ${site}/, /__bench/ at ${front.origin}/__bench/`);
  console.log(
    `bench: large dataset ${o.data} (${fmtBytes(fs.statSync(dataFile).size)}); seed events ${seedFile ? `${path.relative(REPO_ROOT, seedFile)} (${fmtBytes(fs.statSync(seedFile).size)})` : 'none found'}`,
  );

  const run = async (name, needsDist, fn) => {
    if (o.skip.has(name)) return null;
    if (needsDist && !haveDist) {
      results.failures[name] = `no ${o.dist}/index.html`;
      console.log(`\n== ${name}: not run: no ${o.dist}/index.html`);
      return null;
    }
    const t0 = Date.now();
    try {
      const r = await fn();
      results.parts[name] = r;
      return r;
    } catch (err) {
      console.log(`\n== ${name}: FAILED: ${errText(err)}`);
      results.failures[name] = errText(err);
      return null;
    } finally {
      results.parts[`${name}Seconds`] = Math.round((Date.now() - t0) / 100) / 10;
      progress(`${name} took ${Math.round((Date.now() - t0) / 1000)} s`);
    }
  };

  try {
    await run('sizes', true, () => partSizes(browser, site, o, distDir));
    await run('startup', true, () => partStartup(browser, site, o));
    await run('phone', false, () => partPhone(browser, site, front.origin, o, { haveDist, haveSeed: seedFile != null }));
    const ours = await run('large', true, () => partLarge(browser, site, front.origin, o));
    await run('compare', false, () => partCompare(browser, front.origin, o, ours));
    await browser.close();
    await run('lighthouse', true, () => partLighthouse(site, o));
  } finally {
    await browser.close().catch(() => {});
    await front.close();
  }

  results.summary = summary(results, o);
  const outFile = path.resolve(REPO_ROOT, o.out);
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  fs.writeFileSync(outFile, JSON.stringify(results, null, 2) + '\n');
  const failed = Object.entries(results.failures);
  console.log(`\nbench: results written to ${path.relative(REPO_ROOT, outFile)}${failed.length ? `; parts that failed: ${failed.map(([k, v]) => `${k} (${v})`).join('; ')}` : ''}`);
}

main().catch((err) => {
  console.error(`bench: ${err.stack || err}`);
  process.exit(1);
});
