#!/usr/bin/env node
// `make bench`: measures the release build in dist/ and PRINTS the figures (it
// asserts nothing and builds nothing: the Makefile target runs `make dist` and
// scripts/gen-dataset.mjs first).
//
//   node scripts/bench.mjs [--dist dist] [--data target/bench/large.json]
//                          [--out target/bench/results.json] [--runs 5]
//                          [--changes 40] [--compare-changes 40] [--compare-budget 90]
//                          [--skip sizes,startup,large,compare,lighthouse]
//
// Parts (a part that fails prints why, and the rest still run):
//   1. sizes       bytes transferred (gzip, as served) on a first load of `/`,
//                  by type: HTML, CSS, JS, wasm, data, other
//   2. startup     navigation start -> performance.mark('timeline-painted'),
//                  median of --runs fresh loads of `/`
//   3. large       the generated dataset (10,000 events) at /__bench/large.json,
//                  opened as /?data=/__bench/large.json: start-up (navigation
//                  start -> 'timeline-painted' once #timeline-items has
//                  data-origin="url"), filter change -> next paint (median, p95;
//                  a `kind` checkbox in form#filters is toggled, then we wait for
//                  #timeline-items[data-count] to change and one
//                  requestAnimationFrame), JS heap and wasm memory after the cycles
//   4. compare     the same items in vis-timeline and Knight Lab TimelineJS (our
//                  own pages, scripts/bench/*.html), measured the same way; our
//                  figures as ratios against theirs. With 10,000 items one of
//                  their filter changes can take minutes (vis-timeline re-adding
//                  a kind: ~2 min), so each library stops making changes once
//                  --compare-budget seconds are spent (after at least 2), and
//                  the ratio "same changes" compares our first n changes of the
//                  same fixed sequence with their n
//   5. lighthouse  performance / accessibility / best-practices / SEO of `/`
//
// Everything runs against 127.0.0.1: dist/ is served by scripts/static-server.mjs
// (gzip, like GitHub Pages), and /__bench/ (the dataset, the comparison pages and
// their vendored libraries from node_modules) by a second one behind the same
// origin. Chromium is Debian's /usr/bin/chromium driven by playwright-core.
// Results also go to target/bench/results.json.

import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { startServer } from './static-server.mjs';
import { printUsage } from './usage.mjs';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const PARTS = ['sizes', 'startup', 'large', 'compare', 'lighthouse'];

// ---------------------------------------------------------------- options

function parseArgs(argv) {
  const o = {
    dist: 'dist',
    base: '/',
    data: 'target/bench/large.json',
    out: 'target/bench/results.json',
    runs: 5,
    changes: 40,
    compareChanges: 40,
    compareBudget: 90,
    timeout: 120_000,
    skip: new Set(),
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const v = () => {
      if (i + 1 >= argv.length) throw new Error(`${a} needs a value`);
      return argv[++i];
    };
    switch (a) {
      case '--dist': o.dist = v(); break;
      case '--base': o.base = `/${v().replace(/^\/+|\/+$/g, '')}/`.replace('//', '/'); break;
      case '--data': o.data = v(); break;
      case '--out': o.out = v(); break;
      case '--runs': o.runs = Math.max(1, Number(v())); break;
      case '--changes': o.changes = Math.max(2, Number(v())); break;
      case '--compare-changes': o.compareChanges = Math.max(2, Number(v())); break;
      case '--compare-budget': o.compareBudget = Number(v()); break;
      case '--timeout': o.timeout = Number(v()); break;
      case '--skip': for (const p of v().split(',')) o.skip.add(p.trim()); break;
      case '-h':
      case '--help':
        printUsage(import.meta.url);
      // eslint-disable-next-line no-fallthrough
      default:
        throw new Error(`unknown option ${a} (see --help)`);
    }
  }
  for (const p of o.skip) if (!PARTS.includes(p)) throw new Error(`--skip: unknown part ${p} (parts: ${PARTS.join(', ')})`);
  return o;
}

// ---------------------------------------------------------------- small helpers

const median = (xs) => {
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
const round1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
const fmtMs = (x) => (x == null ? 'n/a' : `${x.toFixed(1)} ms`);
const fmtBytes = (n) => {
  if (n == null) return 'n/a';
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KiB`;
  return `${(n / 1048576).toFixed(2)} MiB`;
};
const ratio = (ours, theirs) => (ours == null || theirs == null || theirs === 0 ? null : ours / theirs);
const fmtRatio = (r) => (r == null ? 'n/a' : `x${r.toFixed(r < 0.1 ? 3 : 2)}`);
const errText = (err) => String(err?.message ?? err).split('\n')[0];

function table(headers, rows) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => '  ' + r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ');
  console.log(line(cells[0]));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('   '));
  for (const r of cells.slice(1)) console.log(line(r));
}
const heading = (s) => console.log(`\n== ${s}`);

// ---------------------------------------------------------------- servers

/** Copies the comparison pages, their libraries and the dataset into target/bench/www. */
function stageBenchRoot(dataFile) {
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
    fs.cpSync(nm(from), path.join(www, to), {
      recursive: true,
      filter: (src) => !src.endsWith('.map'),
    });
  }
  fs.copyFileSync(dataFile, path.join(www, 'large.json'));
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

// Runs in every page before its own scripts: records when #timeline-items first
// appears / first has data-origin="url" (plus one rAF, i.e. painted), and grabs
// the wasm exports Trunk hands to the 'TrunkApplicationStarted' event.
const INIT_SCRIPT = () => {
  const b = (window.__bench = { wasm: null, seen: null, seenPainted: null, urlSeen: null, urlPainted: null });
  addEventListener('TrunkApplicationStarted', (e) => {
    b.wasm = e.detail?.wasm ?? null;
  });
  const check = () => {
    const el = document.querySelector('#timeline-items');
    if (!el) return;
    const now = performance.now();
    if (b.seen == null) {
      b.seen = now;
      requestAnimationFrame(() => (b.seenPainted = performance.now()));
    }
    if (b.urlSeen == null && el.getAttribute('data-origin') === 'url') {
      b.urlSeen = now;
      requestAnimationFrame(() => (b.urlPainted = performance.now()));
    }
  };
  new MutationObserver(check).observe(document, {
    subtree: true,
    childList: true,
    attributes: true,
    attributeFilter: ['data-origin', 'id'],
  });
};

async function newPage(browser, { cdp = false } = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, serviceWorkers: 'block' });
  await context.addInitScript(INIT_SCRIPT);
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(`page error: ${errText(e)}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console error: ${m.text().slice(0, 200)}`);
  });
  const session = cdp ? await context.newCDPSession(page) : null;
  return { context, page, session, errors };
}

/**
 * Waits for the start-up figure. `fromUrl`: the loaded dataset must be shown
 * (#timeline-items[data-origin="url"]). Returns {ms, how}: `how` says whether the
 * app's 'timeline-painted' mark was used or the observer's fallback.
 */
async function waitPainted(page, { fromUrl, timeout }) {
  await page.waitForFunction(
    (fromUrl) => {
      const b = window.__bench;
      const marks = performance.getEntriesByName('timeline-painted');
      if (window.__benchError) return true;
      if (fromUrl) return b.urlPainted != null && (marks.length > 0 || performance.now() - b.urlPainted > 3000);
      return marks.length > 0 || (b.seenPainted != null && performance.now() - b.seenPainted > 3000);
    },
    fromUrl,
    { timeout, polling: 50 },
  );
  // Let a mark that follows the DOM update in the same frame arrive.
  await page.waitForTimeout(100);
  return page.evaluate((fromUrl) => {
    if (window.__benchError) return { error: window.__benchError };
    const b = window.__bench;
    const marks = performance.getEntriesByName('timeline-painted').map((m) => m.startTime);
    const shown = fromUrl ? b.urlSeen : b.seen;
    const painted = fromUrl ? b.urlPainted : b.seenPainted;
    // The mark that belongs to this render: the last one, unless it clearly
    // precedes the moment the (loaded) timeline appeared.
    const last = marks.length ? marks[marks.length - 1] : null;
    if (last != null && (!fromUrl || last >= shown - 250)) return { ms: last, how: 'mark', marks: marks.length };
    return { ms: painted, how: 'observer (#timeline-items shown + 1 rAF): no matching timeline-painted mark', marks: marks.length };
  }, fromUrl);
}

/** Toggles kind checkboxes `n` times (off/on pairs, cycling through the kinds); ms per change. */
async function filterChanges(page, n, perChangeTimeout, budgetMs = Infinity) {
  return page.evaluate(
    async ({ n, perChangeTimeout, budgetMs }) => {
      const q = () => [...document.querySelectorAll('form#filters input[type=checkbox][name=kind]')];
      const count = () => document.querySelector('#timeline-items')?.getAttribute('data-count');
      if (!q().length) throw new Error('no form#filters input[type=checkbox][name=kind] on the page');
      const times = [];
      const notes = new Set();
      const started = performance.now();
      for (let i = 0; i < n; i++) {
        if (budgetMs != null && i >= 2 && performance.now() - started > budgetMs) {
          notes.add(`stopped after ${i} changes: the ${Math.round(budgetMs / 1000)} s budget was spent`);
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
      return { times, notes: [...notes] };
    },
    { n, perChangeTimeout, budgetMs: budgetMs ?? null },
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
      const ev = window.__bench?.wasm;
      if (ev?.memory?.buffer) r.wasmMemory = ev.memory.buffer.byteLength;
      const wb = window.wasmBindings;
      if (wb) {
        r.wasmBindingsKeys = Object.keys(wb).slice(0, 30);
        const exp = wb.__wbindgen_export_0;
        if (exp?.buffer) r.wasmMemoryViaExport0 = exp.buffer.byteLength;
      }
      r.wasmSource = r.wasmMemory != null ? "TrunkApplicationStarted event: detail.wasm.memory" : r.wasmMemoryViaExport0 != null ? 'window.wasmBindings.__wbindgen_export_0' : null;
      if (r.wasmMemory == null && r.wasmMemoryViaExport0 != null) r.wasmMemory = r.wasmMemoryViaExport0;
      return r;
    }),
  );
  return out;
}

// ---------------------------------------------------------------- parts

async function partSizes(browser, origin, o) {
  const { context, page, session, errors } = await newPage(browser, { cdp: true });
  try {
    await session.send('Network.enable');
    await session.send('Network.setCacheDisabled', { cacheDisabled: true });
    const reqs = new Map();
    session.on('Network.responseReceived', (e) => {
      const h = Object.fromEntries(Object.entries(e.response.headers).map(([k, v]) => [k.toLowerCase(), v]));
      reqs.set(e.requestId, {
        url: e.response.url,
        type: e.type,
        mime: e.response.mimeType,
        status: e.response.status,
        encoding: h['content-encoding'] ?? null,
        body: h['content-length'] != null ? Number(h['content-length']) : null,
        decoded: 0,
        transferred: null,
      });
    });
    session.on('Network.dataReceived', (e) => {
      const r = reqs.get(e.requestId);
      if (r) r.decoded += e.dataLength;
    });
    session.on('Network.loadingFinished', (e) => {
      const r = reqs.get(e.requestId);
      if (r) r.transferred = e.encodedDataLength;
    });
    await page.goto(origin + '/', { waitUntil: 'load', timeout: o.timeout });
    try {
      await waitPainted(page, { fromUrl: false, timeout: 30_000 });
    } catch {
      /* sizes still count; the start-up part reports the missing mark */
    }
    await page.waitForTimeout(1000);
    const cat = (r) => {
      const p = new URL(r.url).pathname.toLowerCase();
      if (r.type === 'Document' || p.endsWith('.html') || p.endsWith('/')) return 'HTML';
      if (p.endsWith('.css')) return 'CSS';
      if (p.endsWith('.wasm')) return 'wasm';
      if (p.endsWith('.js') || p.endsWith('.mjs')) return 'JS';
      if (p.endsWith('.json')) return 'data';
      return 'other';
    };
    const byType = {};
    for (const t of ['HTML', 'CSS', 'JS', 'wasm', 'data', 'other']) byType[t] = { requests: 0, body: 0, transferred: 0, decoded: 0, files: [] };
    for (const r of reqs.values()) {
      if (r.url.startsWith('data:')) continue;
      const b = byType[cat(r)];
      b.requests += 1;
      b.body += r.body ?? 0;
      b.transferred += r.transferred ?? 0;
      b.decoded += r.decoded;
      b.files.push({ path: new URL(r.url).pathname, status: r.status, encoding: r.encoding, body: r.body, decoded: r.decoded });
    }
    const total = Object.values(byType).reduce(
      (a, b) => ({ requests: a.requests + b.requests, body: a.body + b.body, transferred: a.transferred + b.transferred, decoded: a.decoded + b.decoded }),
      { requests: 0, body: 0, transferred: 0, decoded: 0 },
    );
    heading('1. First load of / : bytes transferred (gzip as served; body = Content-Length, wire = incl. headers)');
    table(
      ['type', 'requests', 'body (gzip)', 'on the wire', 'uncompressed'],
      [
        ...Object.entries(byType).map(([t, b]) => [t, b.requests, fmtBytes(b.body), fmtBytes(b.transferred), fmtBytes(b.decoded)]),
        ['total', total.requests, fmtBytes(total.body), fmtBytes(total.transferred), fmtBytes(total.decoded)],
      ],
    );
    for (const [t, b] of Object.entries(byType)) {
      for (const f of b.files) console.log(`    ${t.padEnd(5)} ${f.path}  ${fmtBytes(f.body)}${f.encoding ? ` (${f.encoding})` : ''}, ${fmtBytes(f.decoded)} uncompressed`);
    }
    if (errors.length) console.log(`  page reported: ${errors.slice(0, 3).join(' | ')}`);
    return { byType, total, pageErrors: errors };
  } finally {
    await context.close();
  }
}

async function partStartup(browser, origin, o) {
  const runs = [];
  let how = null;
  const errors = [];
  for (let i = 0; i < o.runs; i++) {
    const { context, page, errors: pe } = await newPage(browser);
    try {
      await page.goto(origin + '/', { waitUntil: 'commit', timeout: o.timeout });
      const r = await waitPainted(page, { fromUrl: false, timeout: 30_000 });
      if (r.error) throw new Error(r.error);
      runs.push(r.ms);
      how = r.how;
      const count = await page.getAttribute('#timeline-items', 'data-count').catch(() => null);
      if (i === 0) console.log(`  (run 1: #timeline-items data-count=${count})`);
    } finally {
      errors.push(...pe);
      await context.close();
    }
  }
  heading(`2. Start-up of / : navigation start -> timeline painted (${o.runs} fresh loads)`);
  table(['measure', 'median', 'min', 'max', 'source'], [['start-up', fmtMs(median(runs)), fmtMs(Math.min(...runs)), fmtMs(Math.max(...runs)), how]]);
  console.log(`  runs: ${runs.map((x) => x.toFixed(1)).join(', ')} ms`);
  return { runsMs: runs.map(round1), medianMs: round1(median(runs)), source: how, pageErrors: errors.slice(0, 5) };
}

/** Start-up, filter changes and memory of one page showing the large dataset. */
async function measureLarge(browser, url, o, changes, label, { perChangeTimeout = o.timeout, budgetMs } = {}) {
  const { context, page, session, errors } = await newPage(browser, { cdp: true });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout: o.timeout });
    const start = await waitPainted(page, { fromUrl: true, timeout: o.timeout });
    if (start.error) throw new Error(start.error);
    const count = Number(await page.getAttribute('#timeline-items', 'data-count'));
    const { times, notes } = await filterChanges(page, changes, perChangeTimeout, budgetMs);
    const mem = await memoryOf(page, session);
    const res = {
      label,
      url,
      startupMs: round1(start.ms),
      startupSource: start.how,
      itemsShown: count,
      changes: times.length,
      filterMedianMs: round1(median(times)),
      filterP95Ms: round1(percentile(times, 95)),
      filterMaxMs: round1(Math.max(...times)),
      filterTimesMs: times.map(round1),
      filterNotes: notes,
      memory: mem,
      pageErrors: errors.slice(0, 5),
    };
    return res;
  } catch (err) {
    err.message += errors.length ? ` (page reported: ${errors.slice(0, 2).join(' | ')})` : '';
    throw err;
  } finally {
    await context.close();
  }
}

function printLarge(r) {
  const m = r.memory;
  table(
    ['measure', 'value'],
    [
      ['items shown at start', r.itemsShown],
      ['start-up (nav start -> painted)', `${fmtMs(r.startupMs)}  [${r.startupSource}]`],
      [`filter change -> paint, median (n=${r.changes})`, fmtMs(r.filterMedianMs)],
      [`filter change -> paint, p95 (n=${r.changes})`, fmtMs(r.filterP95Ms)],
      ['filter change -> paint, max', fmtMs(r.filterMaxMs)],
      [`JS heap used after ${Math.floor(r.changes / 2)} filter cycles (after GC, CDP)`, fmtBytes(m.jsHeapUsed)],
      ['JS heap (performance.memory)', fmtBytes(m.perfMemoryUsed)],
      ['wasm memory (WebAssembly.Memory)', m.wasmMemory != null ? `${fmtBytes(m.wasmMemory)}  [${m.wasmSource}]` : 'n/a (no wasm found)'],
    ],
  );
  for (const n of r.filterNotes) console.log(`  note: ${n}`);
  if (r.pageErrors.length) console.log(`  page reported: ${r.pageErrors.slice(0, 3).join(' | ')}`);
}

async function partLarge(browser, site, origin, o) {
  heading('3. Large dataset (/?data=/__bench/large.json)');
  let r;
  try {
    r = await measureLarge(browser, `${site}/?data=/__bench/large.json`, o, o.changes, 'ours');
  } catch (err) {
    // The app may want an absolute address: try once more before giving up.
    console.log(`  relative ?data= failed (${errText(err)}); retrying with an absolute URL`);
    r = await measureLarge(browser, `${site}/?data=${encodeURIComponent(`${origin}/__bench/large.json`)}`, o, o.changes, 'ours');
  }
  // Start-up again a few times for a median (fresh loads; no filter changes).
  const more = [r.startupMs];
  for (let i = 1; i < Math.min(o.runs, 3); i++) {
    const { context, page } = await newPage(browser);
    try {
      await page.goto(r.url, { waitUntil: 'commit', timeout: o.timeout });
      const s = await waitPainted(page, { fromUrl: true, timeout: o.timeout });
      if (s.ms != null) more.push(round1(s.ms));
    } catch {
      /* the first run's figure stands */
    } finally {
      await context.close();
    }
  }
  r.startupRunsMs = more;
  r.startupMedianMs = round1(median(more));
  printLarge(r);
  console.log(`  start-up runs: ${more.join(', ')} ms (median ${fmtMs(r.startupMedianMs)})`);
  if (r.memory.wasmBindingsKeys) console.log(`  window.wasmBindings exposes: ${r.memory.wasmBindingsKeys.join(', ') || '(nothing)'}`);
  return r;
}

async function partCompare(browser, origin, o, ours) {
  heading('4. The same items in vis-timeline and Knight Lab TimelineJS (one run each)');
  const out = { ours: ours ? { startupMs: ours.startupMs, filterMedianMs: ours.filterMedianMs, filterP95Ms: ours.filterP95Ms } : null };
  const libs = [
    ['vis-timeline', `${origin}/__bench/vis.html?data=/__bench/large.json`],
    ['TimelineJS', `${origin}/__bench/timelinejs.html?data=/__bench/large.json`],
  ];
  for (const [name, url] of libs) {
    try {
      const t0 = Date.now();
      const r = await measureLarge(browser, url, o, o.compareChanges, name, { perChangeTimeout: 300_000, budgetMs: o.compareBudget * 1000 });
      console.log(`\n  ${name} (${((Date.now() - t0) / 1000).toFixed(0)} s):`);
      printLarge(r);
      out[name] = r;
    } catch (err) {
      console.log(`\n  ${name}: FAILED: ${errText(err)}`);
      out[name] = { error: errText(err) };
    }
  }
  if (!ours) {
    console.log('\n  (no figures of ours to compare: part 3 did not run or failed)');
    return out;
  }
  const oursMem = (ours.memory.jsHeapUsed ?? 0) + (ours.memory.wasmMemory ?? 0);
  // A library that spent its time budget made fewer changes than we did. The
  // changes follow one fixed sequence, so our median over the same first n
  // changes is the like-for-like figure.
  const oursFirst = (r) => median(ours.filterTimesMs.slice(0, r.changes));
  const rows = [
    ['start-up', (r) => ratio(ours.startupMs, r.startupMs)],
    ['filter change median', (r) => ratio(ours.filterMedianMs, r.filterMedianMs)],
    ['filter change p95', (r) => ratio(ours.filterP95Ms, r.filterP95Ms)],
    ['same changes, median', (r) => ratio(oursFirst(r), r.filterMedianMs)],
    ['JS heap', (r) => ratio(ours.memory.jsHeapUsed, r.memory.jsHeapUsed)],
    ['JS heap + wasm memory', (r) => ratio(oursMem, r.memory.jsHeapUsed)],
  ];
  console.log('\n  Ours as a ratio of theirs (x0.50 = we take half the time / memory; below 1 is better for us):');
  const okLibs = libs.map(([n]) => n);
  table(
    ['figure', 'ours', ...okLibs.map((n) => `vs ${n}`)],
    rows.map(([label, f]) => [
      label,
      label.startsWith('start') ? fmtMs(ours.startupMs)
        : label.startsWith('same') ? `n = ${okLibs.map((n) => out[n]?.changes ?? '-').join(' / ')}`
        : label.endsWith('median') ? fmtMs(ours.filterMedianMs)
        : label.endsWith('p95') ? fmtMs(ours.filterP95Ms)
        : label === 'JS heap' ? fmtBytes(ours.memory.jsHeapUsed)
        : fmtBytes(oursMem),
      ...okLibs.map((n) => (out[n]?.error ? 'failed' : fmtRatio(f(out[n])))),
    ]),
  );
  out.ratios = Object.fromEntries(
    okLibs.filter((n) => !out[n]?.error).map((n) => [n, Object.fromEntries(rows.map(([label, f]) => [label, f(out[n])]))]),
  );
  return out;
}

function partLighthouse(origin, o) {
  heading('5. Lighthouse on / (default mobile profile, simulated throttling)');
  const cli = path.join(REPO_ROOT, 'node_modules/lighthouse/cli/index.js');
  if (!fs.existsSync(cli)) throw new Error('node_modules/lighthouse is missing (npm ci)');
  const report = path.join(REPO_ROOT, 'target/bench/lighthouse.json');
  const args = [
    cli,
    origin + '/',
    '--quiet',
    '--output=json',
    `--output-path=${report}`,
    '--only-categories=performance,accessibility,best-practices,seo',
    '--no-enable-error-reporting',
    `--chrome-flags=--headless=new ${CHROMIUM_ARGS.join(' ')}`,
  ];
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, {
      env: { ...process.env, CHROME_PATH: CHROMIUM_PATH },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
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
      for (const [id, c] of Object.entries(lhr.categories)) scores[id] = c.score == null ? null : Math.round(c.score * 100);
      const metrics = {};
      for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index', 'interactive']) {
        if (lhr.audits[id]) metrics[id] = lhr.audits[id].displayValue;
      }
      const failing = Object.values(lhr.categories)
        .filter((c) => c.id !== 'performance')
        .flatMap((c) => c.auditRefs.filter((r) => r.weight > 0 && lhr.audits[r.id]?.score === 0).map((r) => `${c.id}: ${r.id}`));
      table(['category', 'score'], Object.entries(scores).map(([k, v]) => [k, v ?? 'n/a']));
      console.log(`  metrics: ${Object.entries(metrics).map(([k, v]) => `${k} ${v}`).join(', ')}`);
      if (lhr.runWarnings?.length) console.log(`  warnings: ${lhr.runWarnings.join(' | ').slice(0, 300)}`);
      if (failing.length) console.log(`  failing audits: ${failing.join(', ')}`);
      console.log(`  full report: ${path.relative(REPO_ROOT, report)}`);
      resolve({ scores, metrics, failingAudits: failing, report: path.relative(REPO_ROOT, report), lighthouseVersion: lhr.lighthouseVersion });
    });
  });
}

// ---------------------------------------------------------------- main

async function main() {
  const o = parseArgs(process.argv.slice(2));
  const distDir = path.resolve(REPO_ROOT, o.dist);
  const dataFile = path.resolve(REPO_ROOT, o.data);
  const results = { date: new Date().toISOString(), chromium: null, dist: o.dist, data: o.data, parts: {}, failures: {} };

  const haveDist = fs.existsSync(path.join(distDir, 'index.html'));
  if (!haveDist) console.log(`bench: ${o.dist}/index.html does not exist (run make dist): parts 1, 2, 3 and 5 are skipped`);
  if (!fs.existsSync(dataFile)) {
    console.log(`bench: ${o.data} does not exist; generating it (scripts/gen-dataset.mjs)`);
    const { generate } = await import('./gen-dataset.mjs');
    fs.mkdirSync(path.dirname(dataFile), { recursive: true });
    fs.writeFileSync(dataFile, JSON.stringify(generate()) + '\n');
  }
  const { www, missing } = stageBenchRoot(dataFile);
  if (missing.length) console.log(`bench: missing in node_modules (npm ci): ${missing.join(', ')}`);
  const front = await startFront(haveDist ? distDir : null, www, o.base);
  const site = front.origin + o.base.slice(0, -1); // + '/...'
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true, timeout: 60_000 });
  results.chromium = browser.version();
  console.log(`bench: Chromium ${results.chromium}, serving ${o.dist}/ at ${site}/ and /__bench/ at ${front.origin}/__bench/`);
  console.log(`bench: dataset ${o.data} (${fmtBytes(fs.statSync(dataFile).size)})`);

  const run = async (name, needsDist, fn) => {
    if (o.skip.has(name)) return null;
    if (needsDist && !haveDist) {
      results.failures[name] = `no ${o.dist}/index.html`;
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
    }
  };

  try {
    await run('sizes', true, () => partSizes(browser, site, o));
    await run('startup', true, () => partStartup(browser, site, o));
    const ours = await run('large', true, () => partLarge(browser, site, front.origin, o));
    await run('compare', false, () => partCompare(browser, front.origin, o, ours));
    await browser.close();
    await run('lighthouse', true, () => partLighthouse(site, o));
  } finally {
    await browser.close().catch(() => {});
    await front.close();
  }

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
