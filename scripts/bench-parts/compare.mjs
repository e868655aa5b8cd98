// Part 5: the peers (vis-timeline, TimelineJS) on the same dataset.

import { errText, fmtBytes, fmtMs, fmtRatio, heading, median, progress, ratio, table } from './report.mjs';
import { measureLarge, printLarge } from './large.mjs';

export async function partCompare(browser, origin, o, ours) {
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
