#!/usr/bin/env node
// A dependency-free static file server that behaves like GitHub Pages for a
// single-page app, used by the end-to-end tests and for a local preview of a
// release build:
//
//   node scripts/static-server.mjs --root dist --prefix / --port 8080
//   node scripts/static-server.mjs --root dist-sub --prefix /vienna/ --port 0
//
// Options:
//   --root DIR               directory to serve (required)
//   --prefix /path/          URL prefix the site lives under (default /)
//   --port N                 0 picks a free port (default 8080)
//   --host ADDR              default 127.0.0.1
//   --fallback-status 404|200
//                            status of the SPA fallback: an unknown path under
//                            the prefix gets <root>/404.html (or index.html if
//                            there is no 404.html). GitHub Pages answers 404,
//                            so that is the default.
//   --extra DIR              serve DIR at /__fixtures/ (CORS: *), plus
//                              /__fixtures/slow/[MS/]FILE  FILE from DIR after MS ms
//                                                          (default --slow-ms; or ?ms=N)
//                              /__fixtures/status/NNN      an empty response with status NNN
//   --slow-ms MS             default delay of /__fixtures/slow/ (default 1500)
//   --no-gzip                never compress
//   --quiet                  no request log (default: quiet; --verbose logs requests)
//   -h, --help               this text
//
// Options may also be written --name=value.
//
// On start it prints `listening on http://127.0.0.1:PORT` (first line).
// Tests can also import { startServer } and run it in-process.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { intOption, parseCli } from './usage.mjs';

export const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};

// Already-compressed formats are sent as they are.
const NO_GZIP = new Set(['.png', '.jpg', '.jpeg', '.gif', '.webp', '.woff', '.woff2']);
const MIN_GZIP_BYTES = 256;
const FIXTURES = '/__fixtures/';

export function contentTypeFor(file) {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function normalizePrefix(prefix) {
  let p = String(prefix ?? '/').trim();
  if (!p.startsWith('/')) p = '/' + p;
  if (!p.endsWith('/')) p += '/';
  return p.replace(/\/{2,}/g, '/');
}

/** Resolve a URL path (relative to a mount) to a file inside `dir`, or null if it escapes. */
function resolveInside(dir, relUrlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(relUrlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const full = path.resolve(dir, '.' + path.posix.normalize('/' + decoded));
  if (full !== dir && !full.startsWith(dir + path.sep)) return null;
  return full;
}

async function statFile(file) {
  try {
    const st = await fsp.stat(file);
    return st;
  } catch {
    return null;
  }
}

function acceptsGzip(req) {
  // Accept-Encoding: gzip, deflate, br;q=0.9, *;q=0.1  ->  gzip unless q=0.
  const q = {};
  for (const part of String(req.headers['accept-encoding'] ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const qp = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    q[name] = qp ? Number(qp.slice(2)) : 1;
  }
  if ('gzip' in q) return q.gzip > 0;
  return '*' in q && q['*'] > 0;
}

/**
 * Start the server. Resolves once it listens.
 * @param {object} opts
 * @param {string} opts.root            directory to serve
 * @param {string} [opts.prefix='/']    URL prefix
 * @param {number} [opts.port=0]        0 = any free port
 * @param {string} [opts.host='127.0.0.1']
 * @param {number} [opts.fallbackStatus=404]
 * @param {string} [opts.extra]         directory served at /__fixtures/
 * @param {boolean} [opts.gzip=true]
 * @param {number} [opts.slowMs=1500]   default delay of /__fixtures/slow/
 * @param {(line: string) => void} [opts.log]  request log (none by default)
 * @returns {Promise<{server: http.Server, port: number, origin: string, url: string, prefix: string, close: () => Promise<void>}>}
 */
export async function startServer(opts = {}) {
  if (!opts.root) throw new Error('startServer: root is required');
  const root = path.resolve(opts.root);
  const rootStat = await statFile(root);
  if (!rootStat?.isDirectory()) throw new Error(`startServer: root ${root} is not a directory`);
  const extra = opts.extra ? path.resolve(opts.extra) : null;
  if (extra && !(await statFile(extra))?.isDirectory()) {
    throw new Error(`startServer: extra ${extra} is not a directory`);
  }
  const prefix = normalizePrefix(opts.prefix);
  const host = opts.host ?? '127.0.0.1';
  const fallbackStatus = Number(opts.fallbackStatus ?? 404);
  if (![200, 404].includes(fallbackStatus)) throw new Error('fallbackStatus must be 200 or 404');
  const gzip = opts.gzip !== false;
  const slowMs = Number(opts.slowMs ?? 1500);
  const log = opts.log ?? null;
  const gzCache = new Map(); // file -> { mtimeMs, size, body }

  function plain(res, status, text, headers = {}) {
    const body = Buffer.from(text + '\n');
    res.writeHead(status, {
      'Content-Type': 'text/plain; charset=utf-8',
      'Content-Length': body.length,
      'Cache-Control': 'no-store',
      ...headers,
    });
    res.end(res.req.method === 'HEAD' ? undefined : body);
  }

  async function sendFile(req, res, file, st, status = 200, headers = {}) {
    let body = await fsp.readFile(file);
    const ext = path.extname(file).toLowerCase();
    const out = {
      'Content-Type': contentTypeFor(file),
      'Cache-Control': 'no-cache',
      'Last-Modified': st.mtime.toUTCString(),
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    };
    if (gzip && !NO_GZIP.has(ext) && body.length >= MIN_GZIP_BYTES) {
      out.Vary = 'Accept-Encoding';
      if (acceptsGzip(req)) {
        const hit = gzCache.get(file);
        if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) {
          body = hit.body;
        } else {
          const raw = body;
          body = zlib.gzipSync(raw, { level: 6 });
          gzCache.set(file, { mtimeMs: st.mtimeMs, size: st.size, body });
        }
        out['Content-Encoding'] = 'gzip';
      }
    }
    out['Content-Length'] = body.length;
    res.writeHead(status, out);
    res.end(req.method === 'HEAD' ? undefined : body);
  }

  /**
   * Find a file for `rel` in `dir` in GitHub Pages' order: the file itself; a
   * folder (redirected to `x/` when the slash is missing, then its index.html),
   * which wins over a same-named page; then `x.html` for `/x`.
   * Returns {file, st} | {redirect} | null.
   */
  async function lookup(dir, rel, urlPath, search) {
    const file = resolveInside(dir, rel);
    if (!file) return null;
    const st = await statFile(file);
    if (st?.isFile()) return { file, st };
    if (st?.isDirectory()) {
      if (!urlPath.endsWith('/')) return { redirect: urlPath + '/' + search };
      const index = path.join(file, 'index.html');
      const ist = await statFile(index);
      if (ist?.isFile()) return { file: index, st: ist };
      return null;
    }
    if (!urlPath.endsWith('/')) {
      const page = file + '.html';
      const pst = await statFile(page);
      if (pst?.isFile()) return { file: page, st: pst };
    }
    return null;
  }

  async function handleFixtures(req, res, rest, search, query) {
    const cors = {
      'Access-Control-Allow-Origin': '*',
      'Access-Control-Allow-Methods': 'GET, HEAD, OPTIONS',
      'Access-Control-Allow-Headers': '*',
      'Cache-Control': 'no-store',
    };
    if (req.method === 'OPTIONS') {
      res.writeHead(204, cors);
      return res.end();
    }
    const status = /^status\/(\d{3})\/?$/.exec(rest);
    if (status) {
      const code = Number(status[1]);
      if (code < 200 || code > 599) return plain(res, 400, 'status must be 200-599', cors);
      return plain(res, code, `status ${code}`, cors);
    }
    let delay = 0;
    const slow = /^slow\/(?:(\d+)\/)?(.*)$/.exec(rest);
    if (slow) {
      delay = Number(slow[1] ?? query.get('ms') ?? slowMs);
      rest = slow[2];
    }
    if (!extra) return plain(res, 404, 'no --extra directory is mounted', cors);
    if (delay > 0) await new Promise((r) => setTimeout(r, Math.min(delay, 60_000)));
    const found = await lookup(extra, rest, FIXTURES + rest, search);
    if (!found) return plain(res, 404, 'Not found', cors);
    if (found.redirect) return plain(res, 301, 'Moved', { ...cors, Location: found.redirect });
    return sendFile(req, res, found.file, found.st, 200, cors);
  }

  async function handle(req, res) {
    if (!['GET', 'HEAD', 'OPTIONS'].includes(req.method)) {
      return plain(res, 405, 'Method not allowed', { Allow: 'GET, HEAD, OPTIONS' });
    }
    const url = new URL(req.url, 'http://localhost');
    const urlPath = url.pathname;

    if (urlPath.startsWith(FIXTURES)) {
      return handleFixtures(req, res, urlPath.slice(FIXTURES.length), url.search, url.searchParams);
    }
    if (req.method === 'OPTIONS') return plain(res, 405, 'Method not allowed');

    // The prefix without its trailing slash redirects, as GitHub Pages does.
    if (prefix !== '/' && urlPath === prefix.slice(0, -1)) {
      return plain(res, 301, 'Moved', { Location: prefix + url.search });
    }
    if (!urlPath.startsWith(prefix)) return plain(res, 404, 'Not found');

    const rel = urlPath.slice(prefix.length);
    const found = await lookup(root, rel, urlPath, url.search);
    if (found?.redirect) return plain(res, 301, 'Moved', { Location: found.redirect });
    if (found) return sendFile(req, res, found.file, found.st);

    // SPA fallback: the app's 404.html (a copy of index.html) routes client-side.
    for (const name of ['404.html', 'index.html']) {
      const file = path.join(root, name);
      const st = await statFile(file);
      if (st?.isFile()) return sendFile(req, res, file, st, fallbackStatus);
    }
    return plain(res, 404, 'Not found');
  }

  const server = http.createServer((req, res) => {
    const t0 = Date.now();
    res.on('finish', () => log?.(`${req.method} ${req.url} ${res.statusCode} ${Date.now() - t0}ms`));
    handle(req, res).catch((err) => {
      if (!res.headersSent) plain(res, 500, 'Internal error: ' + err.message);
      else res.destroy(err);
    });
  });
  server.keepAliveTimeout = 1000;

  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(Number(opts.port ?? 0), host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const port = server.address().port;
  const origin = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  return {
    server,
    port,
    origin,
    prefix,
    url: origin + prefix,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections?.();
      }),
  };
}

function parseArgs(argv) {
  const { values: v } = parseCli(import.meta.url, argv, {
    root: { type: 'string' },
    prefix: { type: 'string', default: '/' },
    port: { type: 'string' },
    host: { type: 'string' },
    'fallback-status': { type: 'string' },
    extra: { type: 'string' },
    'slow-ms': { type: 'string' },
    'no-gzip': { type: 'boolean', default: false },
    verbose: { type: 'boolean', default: false },
    quiet: { type: 'boolean', default: false },
  });
  if (!v.root) throw new Error('--root DIR is required (see --help)');
  const opts = {
    root: v.root,
    prefix: v.prefix,
    port: intOption('port', v.port, 8080, { min: 0, max: 65535 }),
    fallbackStatus: intOption('fallback-status', v['fallback-status'], 404),
    gzip: !v['no-gzip'],
  };
  if (![200, 404].includes(opts.fallbackStatus)) throw new Error('--fallback-status must be 404 or 200');
  if (v.host !== undefined) opts.host = v.host;
  if (v.extra !== undefined) opts.extra = v.extra;
  if (v['slow-ms'] !== undefined) opts.slowMs = intOption('slow-ms', v['slow-ms'], 1500, { min: 0 });
  // --quiet is the default; --verbose logs requests (the later of the two wins).
  const verbose = v.verbose && argv.lastIndexOf('--verbose') > argv.lastIndexOf('--quiet');
  if (verbose) opts.log = (line) => console.log(line);
  return opts;
}

const isMain = process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href;
if (isMain) {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`static-server: ${err.message}`);
    process.exit(2);
  }
  startServer(opts).then(
    (s) => {
      console.log(`listening on ${s.origin}`);
      console.log(`serving ${path.resolve(opts.root)} at ${s.url} (fallback status ${opts.fallbackStatus})` +
        (opts.extra ? `; ${path.resolve(opts.extra)} at ${s.origin}${FIXTURES}` : ''));
      const stop = () => s.close().then(() => process.exit(0));
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    },
    (err) => {
      console.error(`static-server: ${err.message}`);
      process.exit(1);
    },
  );
}
