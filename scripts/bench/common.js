// Shared by the bench's comparison pages (vis.html, timelinejs.html).
//
// Each page follows the same contract as the app, so scripts/bench.mjs measures
// all three the same way:
//   - it loads the dataset named by `?data=URL` (default /__bench/large.json;
//     the bench's phone part uses /__bench/seed.json, the site's own dataset);
//   - `form#filters` holds one `input[type=checkbox][name=kind]` per item kind;
//   - `#timeline-items` carries `data-count` (items shown) and
//     `data-origin="url"` once the loaded dataset is shown;
//   - `performance.mark('timeline-painted')` after the first render (+1 rAF):
//     their start-up figure. (The app has no such mark: the bench times it from
//     `data-origin="url"` + 1 rAF, which these pages also satisfy.)
//
// Items are the dataset's rounds (kind "round") and events, each at its first
// (best-supported) date, exactly what the app's timeline shows.

export const KINDS = ['round', 'takeover', 'founding', 'meeting', 'document', 'report', 'repression', 'statement'];

/** `YYYY[-MM[-DD]]` -> {year, month?, day?} */
export function parseDate(s) {
  const [y, m, d] = String(s).split('-').map(Number);
  const out = { year: y };
  if (m) out.month = m;
  if (d) out.day = d;
  return out;
}

/** `YYYY[-MM[-DD]]` -> ISO date of its first day (for libraries that need a Date). */
export function isoStart(s) {
  const { year, month = 1, day = 1 } = parseDate(s);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The dataset's rounds + events as plain items: {id, kind, title, summary, start, end?}. */
export function toItems(data) {
  const items = [];
  for (const r of data.rounds ?? []) {
    const d = r.dates?.[0];
    if (!d) continue;
    items.push({ id: `round-${r.number}`, kind: 'round', title: r.name, summary: r.headline, start: d.start, end: d.end });
  }
  for (const e of data.events ?? []) {
    const d = e.dates?.[0];
    if (!d) continue;
    items.push({ id: e.id, kind: e.kind, title: e.title, summary: e.summary, start: d.start, end: d.end });
  }
  return items;
}

export async function loadData() {
  const url = new URLSearchParams(location.search).get('data') ?? '/__bench/large.json';
  const res = await fetch(url);
  if (!res.ok) throw new Error(`GET ${url}: ${res.status}`);
  return res.json();
}

/** Builds the kind checkboxes; `onChange(enabledKinds: Set)` runs on every toggle. */
export function buildFilters(form, items, onChange) {
  const present = new Set(items.map((i) => i.kind));
  const enabled = new Set();
  for (const kind of KINDS.filter((k) => present.has(k))) {
    const label = document.createElement('label');
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.name = 'kind';
    box.value = kind;
    box.checked = true;
    enabled.add(kind);
    box.addEventListener('change', () => {
      if (box.checked) enabled.add(kind);
      else enabled.delete(kind);
      onChange(enabled);
    });
    label.append(box, ' ', kind);
    form.append(label);
  }
  return enabled;
}

export const nextFrame = () => new Promise((r) => requestAnimationFrame(() => r()));

export function showError(err) {
  const p = document.createElement('p');
  p.id = 'bench-error';
  p.textContent = `error: ${err && err.stack ? err.stack : err}`;
  document.body.prepend(p);
  window.__benchError = String(err && err.message ? err.message : err);
}
