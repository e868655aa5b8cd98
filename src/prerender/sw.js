// The service worker of the Vienna Process Explorer: the site works offline
// after one visit, and a new deployment is offered, not forced.
//
// `prerender` (src/prerender/offline.rs) writes it to dist/sw.js with these
// constants in front:
//   VERSION  a hash of every file this worker may cache
//   BASE     the site's path ("/" or "/vienna/"); nothing outside it is touched
//   APP      the app's script: a page that loads another one is another version's
//   SHELLS   each edition's home page, longest first: the page shown (and redrawn
//            by the app for its address) when the address is not cached
//   FILES    what is precached: address -> FNV-1a hash of its content
//
// One cache per version holds FILES and the pages opened since. Everything the
// worker caches is served from that cache, so a tab runs one version
// throughout. A new deployment changes this file; the browser installs the new
// worker beside the old one, and offline.js offers a reload, which activates it.
// Anything that goes wrong with the cache falls back to the network.

const PREFIX = `vpe-offline ${BASE} `;
const CACHE = PREFIX + VERSION;
// Trunk's hashed names never change content: the HTTP cache's copy will do.
const HASHED = /-[0-9a-f]{16}(?:_bg)?\.[a-z]+$/;

/** FNV-1a (32 bits) of the bytes as 8 hex digits, as the build computes it. */
function hash(buffer) {
  const bytes = new Uint8Array(buffer);
  let h = 0x811c9dc5;
  for (let i = 0; i < bytes.length; i++) h = Math.imul(h ^ bytes[i], 0x01000193);
  return (h >>> 0).toString(16).padStart(8, '0');
}

/** A response of `body` that keeps only its type (not a stale length or encoding). */
const stored = (body, type) => new Response(body, { headers: type ? { 'Content-Type': type } : {} });

/** The cached copy of a listed file, if it is intact (a damaged one is dropped if `drop`). */
async function intact(cache, path, drop = false) {
  const hit = await cache.match(path, { ignoreVary: true });
  if (!hit) return undefined;
  const body = await hit.arrayBuffer();
  if (hash(body) === FILES[path]) return stored(body, hit.headers.get('Content-Type'));
  if (drop) await cache.delete(path, { ignoreVary: true });
  return undefined;
}

/** A listed file from the network, checked against its hash. */
async function download(path) {
  for (const mode of [HASHED.test(path) ? 'force-cache' : 'no-cache', 'reload']) {
    const res = await fetch(path, { cache: mode });
    const body = res.ok ? await res.arrayBuffer() : null;
    if (body && hash(body) === FILES[path]) return stored(body, res.headers.get('Content-Type'));
  }
  throw new Error(`${path} is not the file of version ${VERSION}`);
}

/** Fills this version's cache. What an older version (or an interrupted
 *  install) holds intact is copied; the rest is downloaded. Any failure fails
 *  the install, and the site goes on as before. */
async function precache() {
  const cache = await caches.open(CACHE);
  const names = (await caches.keys()).filter((n) => n.startsWith(PREFIX) && n !== CACHE);
  await Promise.all(
    Object.keys(FILES).map(async (path) => {
      for (const name of [CACHE, ...names]) {
        const copy = await intact(await caches.open(name), path).catch(() => undefined);
        if (copy) return name === CACHE ? undefined : cache.put(path, copy);
      }
      await cache.put(path, await download(path));
    }),
  );
}

/** Puts back what is missing (the page asks once it has started; a damaged
 *  copy was dropped when it was read). */
let repairing = null;
async function missing() {
  const cache = await caches.open(CACHE);
  const held = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
  return Object.keys(FILES).some((path) => !held.has(path));
}
function repair() {
  repairing ??= missing()
    .then((yes) => yes && precache())
    .catch(() => {})
    .finally(() => {
      repairing = null;
    });
  return repairing;
}

/** The cached home page of the edition `path` belongs to. */
async function shell(cache, path) {
  const home = SHELLS.find((s) => path.startsWith(s));
  return home ? intact(cache, home, true) : undefined;
}

/** A page: from the cache; else from the network, and kept if it is this
 *  version's; offline, its edition's home page, which the app redraws. */
async function page(event, url) {
  const path = url.pathname;
  let cache = null;
  try {
    cache = await caches.open(CACHE);
    const hit = Object.hasOwn(FILES, path) ? await intact(cache, path, true) : await cache.match(path, { ignoreVary: true });
    if (hit) return hit;
  } catch {
    cache = null;
  }
  let res;
  try {
    res = await fetch(event.request);
  } catch (err) {
    const home = cache && (await shell(cache, path).catch(() => undefined));
    if (home) return home;
    throw err;
  }
  // Only this site's own pages that worked: never an error, a redirect or another file.
  if (cache && res.ok && res.type === 'basic' && /^text\/html/.test(res.headers.get('Content-Type') ?? '')) {
    const text = await res.clone().text();
    if (text.includes(APP)) {
      event.waitUntil(cache.put(path, res.clone()).catch(() => {}));
    } else if (text.includes('<body data-page=')) {
      // A newer deployment's page: this tab stays on the version it runs.
      const home = await shell(cache, path).catch(() => undefined);
      if (home) return home;
    }
  }
  return res;
}

/** A listed file: from the cache if intact there, else from the network. */
async function file(event, path) {
  try {
    const hit = await intact(await caches.open(CACHE), path, true);
    if (hit) return hit;
  } catch {
    // The cache cannot be read: the network answers.
  }
  return fetch(event.request);
}

self.addEventListener('install', (event) => event.waitUntil(precache()));

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const name of await caches.keys()) {
        if (name.startsWith(PREFIX) && name !== CACHE) await caches.delete(name);
      }
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  if (event.data === 'activate') self.skipWaiting();
  if (event.data === 'repair') event.waitUntil(repair());
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  const url = new URL(request.url);
  // Other sites (a dataset loaded with ?data=), other paths and other methods go to the network.
  if (request.method !== 'GET' || url.origin !== location.origin || !url.pathname.startsWith(BASE)) return;
  if (request.mode === 'navigate') event.respondWith(page(event, url));
  else if (!url.search && Object.hasOwn(FILES, url.pathname)) event.respondWith(file(event, url.pathname));
});
