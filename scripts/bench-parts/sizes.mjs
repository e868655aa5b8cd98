// Part 1: bytes transferred on a first load, by type, against the wasm target.

import fs from 'node:fs';
import path from 'node:path';
import { TARGET } from './profiles.mjs';
import { fmtBytes, heading, max, met, min, progress, table, uniq } from './report.mjs';
import { newPage, waitFor } from './browser.mjs';

// ---------------------------------------------------------------- 1. sizes

export const TYPES = ['HTML', 'CSS', 'JS', 'wasm', 'data', 'images', 'other'];

export function typeOf(r) {
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
export async function firstLoadBytes(browser, url, o) {
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
export function preloadsOf(file) {
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

export async function partSizes(browser, site, o, distDir) {
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
