// The bench's servers and pages: the staged /__bench/ root, a page with the start-up probes, waiting for what a page shows, filter changes, memory.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { startServer } from '../static-server.mjs';
import { DESKTOP, PHONE, REPO_ROOT } from './profiles.mjs';
import { errText, heading } from './report.mjs';

export function stageBenchRoot(dataFile, seedFile) {
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
export async function startFront(distDir, benchDir, base) {
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
export const INIT_SCRIPT = (want) => {
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
export async function newPage(browser, { profile = DESKTOP, cdp = false, want = null } = {}) {
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
export function collect(page) {
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

export const WANTS = {
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
export async function waitFor(page, want, timeout) {
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
export async function loadOnce(browser, url, { profile, want, timeout }) {
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
export async function filterChanges(page, { from, to, perChangeTimeout, deadline = null }) {
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

export async function memoryOf(page, session) {
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
