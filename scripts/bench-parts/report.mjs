// Figures and how they are printed: medians, percentiles, units, tables, progress.



// ---------------------------------------------------------------- small helpers

export const median = (xs) => {
  xs = xs.filter((x) => x != null);
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
/** Nearest-rank percentile. */
export const percentile = (xs, p) => {
  if (!xs.length) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
export const min = (xs) => (xs.some((x) => x != null) ? Math.min(...xs.filter((x) => x != null)) : null);
export const max = (xs) => (xs.some((x) => x != null) ? Math.max(...xs.filter((x) => x != null)) : null);
export const round1 = (x) => (x == null ? null : Math.round(x * 10) / 10);
export const fmtMs = (x) => (x == null ? 'n/a' : Math.abs(x) >= 1000 ? `${(x / 1000).toFixed(2)} s` : `${x.toFixed(0)} ms`);
export const fmtBytes = (n) => {
  if (n == null) return 'n/a';
  if (n < 1000) return `${n} B`;
  if (n < 1_000_000) return `${+(n / 1000).toFixed(1)} KB`;
  return `${(n / 1_000_000).toFixed(2)} MB`;
};
export const fmtSigned = (n) => (n == null ? 'n/a' : `${n < 0 ? '-' : '+'}${fmtBytes(Math.abs(n))}`);
export const ratio = (ours, theirs) => (ours == null || theirs == null || theirs === 0 ? null : ours / theirs);
export const fmtRatio = (r) => (r == null ? 'n/a' : `x${r.toFixed(r < 0.1 ? 3 : 2)}`);
export const errText = (err) => String(err?.message ?? err).split('\n')[0];
export const met = (ok) => (ok == null ? 'n/a' : ok ? 'met' : 'not met');

export function table(headers, rows, { left = 1 } = {}) {
  const cells = [headers, ...rows].map((r) => r.map((c) => String(c ?? '')));
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i].length)));
  const line = (r) => '  ' + r.map((c, i) => (i < left ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join('   ').trimEnd();
  console.log(line(cells[0]));
  console.log('  ' + widths.map((w) => '-'.repeat(w)).join('   '));
  for (const r of cells.slice(1)) console.log(line(r));
}
export const heading = (s) => console.log(`\n== ${s}`);
/** Progress, only to an interactive terminal (stdout stays the report). */
export const progress = (s) => {
  if (process.stderr.isTTY) process.stderr.write(`  ... ${s}\n`);
};
export const uniq = (xs, n = 5) => [...new Set(xs)].slice(0, n);
export const printErrors = (errors) => {
  for (const e of uniq(errors)) console.log(`  page reported: ${e}`);
};

// ---------------------------------------------------------------- servers

/**
 * Copies the comparison pages, their libraries and the two datasets into
 * target/bench/www (served at /__bench/).
 */
