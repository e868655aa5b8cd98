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
// Each part is a module in scripts/bench-parts/ (sizes, startup, phone, large,
// compare, lighthouse; browser.mjs holds the servers, the probes and the page
// helpers, report.mjs the statistics and printing). This file reads the
// options, runs the parts in order and prints the summary.
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
import path from 'node:path';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from './chromium.mjs';
import { intOption, parseCli } from './usage.mjs';
import { PARTS, REPO_ROOT, TARGET } from './bench-parts/profiles.mjs';
import { errText, fmtBytes, fmtMs, fmtRatio, heading, max, met, min, progress, table } from './bench-parts/report.mjs';
import { stageBenchRoot, startFront } from './bench-parts/browser.mjs';
import { partSizes } from './bench-parts/sizes.mjs';
import { partStartup } from './bench-parts/startup.mjs';
import { partPhone } from './bench-parts/phone.mjs';
import { partLarge } from './bench-parts/large.mjs';
import { partCompare } from './bench-parts/compare.mjs';
import { partLighthouse } from './bench-parts/lighthouse.mjs';

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
