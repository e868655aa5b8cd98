// Part 4: the 10,000-event dataset: start-up, filter changes, memory.

import { DESKTOP } from './profiles.mjs';
import { errText, fmtBytes, fmtMs, fmtSigned, heading, max, median, percentile, printErrors, progress, round1, table, uniq } from './report.mjs';
import { filterChanges, loadOnce, memoryOf, newPage, waitFor } from './browser.mjs';

export async function measureLarge(browser, url, o, cycles, label, { perChangeTimeout = o.timeout, budgetMs = null } = {}) {
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

export function printLarge(r) {
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

export async function partLarge(browser, site, origin, o) {
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
