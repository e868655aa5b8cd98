// Part 2: desktop start-up, loads per page.

import { DESKTOP } from './profiles.mjs';
import { errText, fmtMs, heading, max, median, min, progress, round1, table, uniq } from './report.mjs';
import { loadOnce } from './browser.mjs';

export const stats = (runs, key) => {
  const xs = runs.map((r) => r[key]).filter((x) => x != null);
  return { median: round1(median(xs)), min: round1(min(xs)), max: round1(max(xs)), n: xs.length, runs: runs.map((r) => round1(r[key])) };
};

/** Loads each subject `runs` times, round-robin; returns {name: [figures per run]}. */
export async function loadRuns(browser, subjects, runs, profile, timeout, label) {
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

export function figureRows(name, runs, figures) {
  return figures.map(([key, label]) => {
    const s = stats(runs, key);
    return [name, label, fmtMs(s.median), fmtMs(s.min), fmtMs(s.max), `${s.n}/${runs.length}`];
  });
}

export function reportRuns(name, runs) {
  const notes = uniq(runs.flatMap((r) => [...(r.missing ?? []), ...(r.errors ?? [])]), 6);
  for (const n of notes) console.log(`  ${name}: ${n}`);
}

export async function partStartup(browser, site, o) {
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
