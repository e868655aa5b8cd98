// Part 6: Lighthouse, the median run of each page.

import fs from 'node:fs';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium.mjs';
import { REPO_ROOT } from './profiles.mjs';
import { errText, fmtMs, heading, max, median, min, progress, round1, table } from './report.mjs';

// ---------------------------------------------------------------- 6. lighthouse

export const LH_METRICS = [
  ['first-contentful-paint', 'FCP'],
  ['largest-contentful-paint', 'LCP'],
  ['total-blocking-time', 'TBT'],
  ['cumulative-layout-shift', 'CLS'],
  ['speed-index', 'SI'],
];
export const LH_CATEGORIES = [
  ['performance', 'perf'],
  ['accessibility', 'a11y'],
  ['best-practices', 'best pr.'],
  ['seo', 'SEO'],
];

export function lighthouseOnce(url, report) {
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

export async function partLighthouse(site, o) {
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
