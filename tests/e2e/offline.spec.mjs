// Offline: the service worker the build writes (sw.js, from
// src/prerender/sw.js), registered by public/offline.js.
//
// After one visit every page, filter and export works with no network, in
// every edition, also after a reload; a new deployment is offered with the
// "new version" notice and its Reload brings it; a damaged cache, a failed
// update and a worker that cannot install leave the site working.
//
// The other specs run with service workers blocked; these allow them. Tests
// that deploy a new version serve their own copy of the build (a temporary
// folder, scripts/static-server.mjs on a free port) and change it.

import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import AxeBuilder from '@axe-core/playwright';
import { startServer } from '../../scripts/static-server.mjs';
import { DATA, expect, facetBox, mainHeading, norm, REPO_ROOT, ROUNDS, started, test as base } from './fixtures.mjs';

const DIST = { root: process.env.E2E_DIST ?? 'dist', 'sub-path': process.env.E2E_DIST_SUB ?? 'dist-sub' };

/** The constants of a built sw.js, read by running it (with a stand-in for the worker's global). */
function workerConstants(js) {
  const self = { addEventListener() {} };
  return vm.runInNewContext(`${js}\n;({ version: VERSION, base: BASE, app: APP, files: FILES, shells: SHELLS })`, { self });
}

/** Lists what `dir` holds now in its sw.js, with the build's own code (`prerender --worker-only`). */
function relist(dir, base) {
  execFileSync('cargo', ['run', '--quiet', '--offline', '--features', 'ssr', '--bin', 'prerender', '--', '--worker-only', '--dist', dir, '--base', base], {
    cwd: REPO_ROOT,
    stdio: 'pipe',
  });
}

const test = base.extend({
  /** A copy of the build under test, served on its own port, that a test may redeploy. */
  site: async ({ at }, use, testInfo) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vpe-offline-'));
    fs.cpSync(path.join(REPO_ROOT, DIST[testInfo.project.name]), dir, { recursive: true });
    const server = await startServer({ root: dir, prefix: at.base, port: 0 });
    const file = (rel) => path.join(dir, rel);
    const site = {
      dir,
      url: (rel = '') => server.url + rel,
      worker: () => workerConstants(fs.readFileSync(file('sw.js'), 'utf8')),
      /** Deploys a new version: `rel` changed by `edit`, and sw.js listing it as the build does. */
      deploy(rel, edit) {
        const before = site.worker();
        const url = at.base + rel;
        expect(before.files[url], `${url} is precached`).toBeTruthy();
        fs.writeFileSync(file(rel), edit(fs.readFileSync(file(rel))));
        relist(dir, at.base);
        const after = site.worker();
        expect(after.files[url], `${url} is listed with its new hash`).not.toBe(before.files[url]);
        expect(after.version, 'a new version').not.toBe(before.version);
      },
      /** Half a deployment: sw.js lists a new `rel`, but the server still has the old one. */
      deployHalf(rel) {
        const old = fs.readFileSync(file(rel));
        site.deploy(rel, (b) => Buffer.concat([b, Buffer.from('\n')]));
        fs.writeFileSync(file(rel), old);
      },
      /** Rewrites a file as it is, without telling the worker. */
      write: (rel, edit) => fs.writeFileSync(file(rel), edit(fs.readFileSync(file(rel), 'utf8'))),
    };
    await use(site);
    await server.close();
    fs.rmSync(dir, { recursive: true, force: true });
  },
});

test.use({ serviceWorkers: 'allow' });

/** Waits until the service worker controls the page: it has installed, so its cache is full. */
async function controlled(page) {
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null, null, { timeout: 30_000 });
}

/** Goes to `url` and waits for the app. */
async function visit(page, url) {
  const response = await page.goto(url);
  await started(page);
  return response;
}

/** The first heading of the built page at `url`, as text. */
async function builtHeading(request, url) {
  const html = await (await request.get(url)).text();
  const h1 = html.match(/<main id="main"[^>]*>[\s\S]*?<h1[^>]*>([\s\S]*?)<\/h1>/)[1];
  const text = h1.replace(/<!--[\s\S]*?-->|<!>|<[^>]+>/g, '');
  return norm(text.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&'));
}

/** Everything in the worker's caches, as paths with their query. */
async function cachedPaths(page) {
  return page.evaluate(async () => {
    const out = [];
    for (const name of await caches.keys()) {
      for (const req of await (await caches.open(name)).keys()) {
        const u = new URL(req.url);
        out.push(u.pathname + u.search);
      }
    }
    return out;
  });
}

const list = (page) => page.locator('#timeline-items');

/** Whether the page gets deployment `n` (the tests mark one in the Pashto catalog). */
const deployed = (page, n) => page.evaluate((n) => fetch('i18n/ps-AF.ftl').then((r) => r.text()).then((t) => t.includes(`# deployed ${n}`)), n);

/** Opens the facet holding a checkbox, then returns the checkbox. */
test('the worker is registered under the base, with the manifest and icons beside it', async ({ page, at, request }) => {
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__violations.push(`${e.violatedDirective}: ${e.blockedURI}`));
  });
  await visit(page, at.url(''));
  await controlled(page);
  const reg = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.getRegistration();
    return { scope: r.scope, script: r.active.scriptURL };
  });
  expect(reg).toEqual({ scope: at.url(''), script: at.url('sw.js') });
  expect(await page.evaluate(() => window.__violations)).toEqual([]);

  // What the worker precaches is all under the base, and all there.
  const worker = workerConstants(await (await request.get(at.url('sw.js'))).text());
  expect(worker.base).toBe(at.base);
  const listed = Object.keys(worker.files);
  const datasets = ['data/edition/base.json', 'data/edition/fa.json', 'data/edition/ps.json'];
  for (const want of ['', 'fa/', 'ps/', ...datasets, 'i18n/fa-AF.ftl', 'i18n/ps-AF.ftl', 'manifest.webmanifest']) {
    expect(listed).toContain(at.base + want);
  }
  // The whole dataset is a download: every edition starts from the base and its texts.
  expect(listed).not.toContain(at.base + 'data/vienna-process.json');
  expect(listed.filter((u) => /\/offline-[0-9a-f]{16}\.js$/.test(u))).toHaveLength(1);
  for (const ext of ['.wasm', '.js', '.svg', '.png']) expect(listed.some((u) => u.endsWith(ext)), ext).toBe(true);
  for (const u of listed) {
    expect(u.startsWith(at.base), u).toBe(true);
    expect(u).not.toMatch(/sw\.js$|\/404(\.html)?$|\/og\/|sitemap|\?/);
  }
  const cached = await cachedPaths(page);
  for (const u of listed) expect(cached, u).toContain(u);

  // The manifest makes the site installable wherever it is served.
  const link = await page.locator('link[rel="manifest"]').evaluate((l) => l.href);
  expect(link).toBe(at.url('manifest.webmanifest'));
  const manifest = await (await request.get(link)).json();
  expect(manifest).toMatchObject({ name: 'Vienna Process Explorer', display: 'standalone', start_url: './', scope: './' });
  expect(new URL(manifest.start_url, link).href).toBe(at.url(''));
  const sizes = [];
  for (const icon of manifest.icons) {
    const res = await request.get(new URL(icon.src, link).href);
    expect(res.status(), icon.src).toBe(200);
    expect(res.headers()['content-type']).toBe('image/png');
    sizes.push(`${icon.sizes} ${icon.purpose}`);
  }
  expect(sizes).toEqual(['192x192 any', '512x512 any', '512x512 maskable']);
  await expect(page.locator('meta[name="theme-color"]')).toHaveCount(2);
});

test('after one visit, rounds, filters, reload and export work offline', async ({ page, context, at }) => {
  const [first, second, never] = [ROUNDS[0], ROUNDS[1], ROUNDS[3]];
  await visit(page, at.url(`rounds/${first}`));
  await controlled(page);
  // A page opened while the worker is there is kept.
  await visit(page, at.url(`rounds/${ROUNDS.at(-1)}`));
  await context.setOffline(true);

  // A page kept when it was opened: the built page itself.
  await visit(page, at.url(`rounds/${ROUNDS.at(-1)}`));
  await expect(mainHeading(page)).toContainText(`Round ${ROUNDS.at(-1)}:`);
  await expect(page.locator('body')).toHaveAttribute('data-page', `/rounds/${ROUNDS.at(-1)}`);

  // A page never opened: the home page is the shell, and the app draws the round.
  const response = await visit(page, at.url(`rounds/${never}`));
  expect(response.fromServiceWorker()).toBe(true);
  expect(response.status()).toBe(200);
  await expect(page.locator('body')).toHaveAttribute('data-page', '/');
  await expect(mainHeading(page)).toHaveText(`Round ${never}: ${DATA.rounds.find((r) => r.number === never).name}`);
  await expect(page).toHaveTitle(new RegExp(`^Round ${never}:`));

  // Inside the app: the pager.
  await visit(page, at.url(`rounds/${first}`));
  await page.locator('nav.pager a[rel="next"]').first().click();
  await expect(page).toHaveURL(at.url(`rounds/${second}`));
  await expect(mainHeading(page)).toContainText(`Round ${second}:`);
  await page.reload();
  await started(page);
  await expect(mainHeading(page)).toContainText(`Round ${second}:`);

  // The timeline: a filter, kept over a reload, and its export.
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Timeline', exact: true }).click();
  await expect(list(page)).toHaveAttribute('data-count', String(DATA.rounds.length + DATA.events.length));
  await (await facetBox(page, 'kind', 'round')).click();
  await expect(page).toHaveURL(at.url('timeline?kind=round'));
  await expect(list(page)).toHaveAttribute('data-count', String(DATA.rounds.length));
  await page.reload();
  await started(page);
  await expect(list(page)).toHaveAttribute('data-count', String(DATA.rounds.length));
  await expect(page.locator('#timeline-items li.item')).toHaveCount(DATA.rounds.length);
  await expect(page.locator('form#filters input[name="kind"][value="round"]')).toBeChecked();
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csv.suggestedFilename()).toBe('vienna-process-timeline.csv');
  const lines = fs.readFileSync(await csv.path(), 'utf8').trim().split(/\r?\n/);
  expect(lines[0]).toMatch(/^\uFEFF?kind,id,title/);
  expect(lines.filter((l) => l.startsWith('round,')).length).toBe(DATA.rounds.length);

  // The matrix, through the address bar.
  await visit(page, at.url('matrix?sort=r2'));
  await expect(page.locator('table.matrix tbody tr').first()).toBeVisible();
  await context.setOffline(false);
});

test('a page in Dari works offline, drawn in Dari from the Dari home page', async ({ page, context, at, request }) => {
  const round = ROUNDS[2];
  const heading = await builtHeading(request, at.url(`fa/rounds/${round}`));
  expect(heading).toMatch(/[\u0600-\u06FF]/);
  await visit(page, at.url('fa/'));
  await controlled(page);
  await context.setOffline(true);
  await visit(page, at.url(`fa/rounds/${round}`));
  await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
  await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
  await expect(page.locator('body')).toHaveAttribute('data-page', '/');
  await expect(mainHeading(page)).toHaveText(heading);
  await page.reload();
  await started(page);
  await expect(mainHeading(page)).toHaveText(heading);
  // Pashto too: its own home page and catalog were precached.
  await visit(page, at.url('ps/matrix'));
  await expect(page.locator('html')).toHaveAttribute('lang', 'ps-AF');
  await expect(page.locator('table.matrix tbody tr').first()).toBeVisible();
  await context.setOffline(false);
});

test('what must not be kept is not: errors, other datasets, addresses with a query', async ({ page, context, at }) => {
  await visit(page, at.url(''));
  await controlled(page);
  const missing = await page.goto(at.url('no/such/page'));
  expect(missing.status()).toBe(404);
  await started(page);
  const address = `${at.origin}/__fixtures/alt-valid.json`;
  await visit(page, at.url(`about?data=${encodeURIComponent(address)}`));
  await expect(page.locator('.dataset-banner .banner.loaded')).toBeVisible();
  await visit(page, at.url('timeline?kind=round'));
  const cached = await cachedPaths(page);
  expect(cached.filter((p) => /no\/such|__fixtures|\?|sw\.js|\/404(\.html)?$/.test(p))).toEqual([]);
  expect(cached).toContain(at.path('about'));
  expect(cached).toContain(at.path('timeline'));
  // Offline, the unknown address still gets the app's own answer.
  await context.setOffline(true);
  await visit(page, at.url('no/such/page'));
  await expect(mainHeading(page)).toHaveText('Page not found');
  await context.setOffline(false);
});

test('a new deployment is offered; Reload brings it, and it works offline', async ({ page, context, site }) => {
  test.slow(); // two versions of the worker install
  await visit(page, site.url('rounds/1'));
  await controlled(page);
  expect(await deployed(page, 2)).toBe(false);
  // Deploy: a catalog changes, so sw.js lists another hash and version.
  site.deploy('i18n/ps-AF.ftl', (b) => Buffer.concat([b, Buffer.from('\n# deployed 2\n')]));
  // The reader opens another page; the browser checks the worker and installs the new one.
  await visit(page, site.url('about'));
  const notice = page.locator('.update-notice');
  await expect(notice).toContainText('A new version is available.', { timeout: 30_000 });
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeVisible();
  await expect(notice).toHaveAttribute('role', 'status');
  // Until the reader chooses, the page runs the version it started with.
  expect(await deployed(page, 2)).toBe(false);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);

  await Promise.all([page.waitForEvent('load'), notice.getByRole('button', { name: 'Reload' }).click()]);
  await started(page);
  expect(await deployed(page, 2)).toBe(true);
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeHidden();
  const { version } = site.worker();
  const names = await page.evaluate(() => caches.keys());
  expect(names.length).toBe(1);
  expect(names[0]).toContain(version);

  // The new version works offline too.
  await context.setOffline(true);
  await visit(page, site.url('rounds/2'));
  await expect(mainHeading(page)).toContainText('Round 2:');
  expect(await deployed(page, 2)).toBe(true);
  await context.setOffline(false);
});

test('"Not now" hides the notice; a second tab shows it too, and one Reload updates both', async ({ page, context, site }) => {
  test.slow(); // two versions of the worker install
  await visit(page, site.url(''));
  await controlled(page);
  site.deploy('i18n/ps-AF.ftl', (b) => Buffer.concat([b, Buffer.from('\n# deployed 3\n')]));
  await visit(page, site.url('about'));
  const notice = page.locator('.update-notice');
  await expect(notice.getByRole('button', { name: 'Not now' })).toBeVisible({ timeout: 30_000 });
  await notice.getByRole('button', { name: 'Not now' }).click();
  await expect(notice.getByRole('button', { name: 'Reload' })).toBeHidden();
  const other = await context.newPage();
  await visit(other, site.url('matrix'));
  const otherNotice = other.locator('.update-notice');
  await expect(otherNotice.getByRole('button', { name: 'Reload' })).toBeVisible();
  await Promise.all([other.waitForEvent('load'), page.waitForEvent('load'), otherNotice.getByRole('button', { name: 'Reload' }).click()]);
  await started(other);
  await started(page);
  expect(await deployed(other, 3)).toBe(true);
  expect(await deployed(page, 3)).toBe(true);
});

test('the notice in Dari on a phone: right to left, inside the screen, reachable by keyboard', async ({ page, at }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await visit(page, at.url('fa/rounds/2'));
  const notice = page.locator('.update-notice');
  // Every page holds it, hidden until a new version waits.
  await expect(notice.locator('button')).toHaveCount(2);
  await expect(notice.locator('button').first()).toBeHidden();
  // What offline.js does when a new version waits.
  await page.evaluate(() => document.documentElement.setAttribute('data-update', ''));
  await expect(notice).toContainText('نسخهٔ تازه در دسترس است.');
  const reload = notice.getByRole('button', { name: 'بارگذاری دوباره' });
  await expect(reload).toBeVisible();
  const box = await notice.locator('> div').boundingBox();
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(390);
  expect(box.y + box.height).toBeLessThanOrEqual(844);
  // Right to left: the reload button comes first from the right.
  const later = notice.getByRole('button', { name: 'حالا نه' });
  expect((await reload.boundingBox()).x).toBeGreaterThan((await later.boundingBox()).x);
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(' ')}`)).toEqual([]);
  await reload.focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  await expect(reload).toBeFocused();
  expect(await reload.evaluate((b) => getComputedStyle(b).outlineStyle)).toBe('solid');
  await page.keyboard.press('Tab');
  await expect(later).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(reload).toBeHidden();
});

test('a damaged or emptied cache falls back to the network, then is repaired', async ({ page, context, at }) => {
  test.slow(); // the cache is filled three times
  await visit(page, at.url(''));
  await controlled(page);
  const wasm = await page.evaluate(() => performance.getEntriesByType('resource').map((e) => new URL(e.name).pathname).find((p) => p.endsWith('.wasm')));
  expect(wasm).toBeTruthy();
  const damage = (what) =>
    page.evaluate(async ({ what, wasm }) => {
      for (const name of await caches.keys()) {
        if (what === 'delete') await caches.delete(name);
        else await (await caches.open(name)).put(wasm, new Response('not wasm', { headers: { 'Content-Type': 'application/wasm' } }));
      }
    }, { what, wasm });
  const repaired = () =>
    page.waitForFunction(async (wasm) => {
      const names = await caches.keys();
      const hit = names.length && (await (await caches.open(names[0])).match(wasm));
      return Boolean(hit) && (await hit.arrayBuffer()).byteLength > 1000;
    }, wasm, { timeout: 30_000 });
  for (const what of ['junk', 'delete']) {
    await damage(what);
    await page.reload();
    await started(page);
    await expect(mainHeading(page)).toContainText(/timeline/i);
    await repaired();
    // Repaired: the whole site works offline again.
    await context.setOffline(true);
    await visit(page, at.url('rounds/3'));
    await expect(mainHeading(page)).toContainText('Round 3:');
    await visit(page, at.url('fa/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'fa-AF');
    await context.setOffline(false);
    await visit(page, at.url(''));
  }
});

test('a page of a newer deployment is not mixed into the running version', async ({ page, site }) => {
  await visit(page, site.url(''));
  await controlled(page);
  // The host already serves the next deployment's round 4 (it loads another app script).
  const app = site.worker().app.split('/').pop();
  site.write('rounds/4.html', (html) => html.replaceAll(app, app.replace(/-[0-9a-f]{16}\./, '-0123456789abcdef.')));
  await visit(page, site.url('rounds/4'));
  // The worker answered with this version's home page, and the app drew round 4.
  await expect(page.locator('body')).toHaveAttribute('data-page', '/');
  await expect(mainHeading(page)).toContainText('Round 4:');
  expect(await cachedPaths(page)).not.toContain(new URL(site.url('rounds/4')).pathname);
});

test('a failed update leaves the running version in place', async ({ page, context, site }) => {
  await visit(page, site.url(''));
  await controlled(page);
  const before = site.worker().version;
  // The new sw.js lists a dataset the server does not have (a half-finished deployment).
  site.deployHalf('data/edition/base.json');
  const outcome = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.getRegistration();
    await reg.update();
    const w = reg.installing;
    if (w && w.state !== 'redundant') {
      await new Promise((resolve) => w.addEventListener('statechange', () => ['redundant', 'installed'].includes(w.state) && resolve()));
    }
    return { state: w?.state ?? null, waiting: Boolean(reg.waiting) };
  });
  expect(outcome).toEqual({ state: 'redundant', waiting: false });
  await expect(page.locator('.update-notice button').first()).toBeHidden();
  // The running version and its cache stay (what the failed install fetched is
  // kept for its next attempt, and dropped when a version is activated).
  expect(await page.evaluate(() => caches.keys())).toContainEqual(expect.stringContaining(before));
  expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration()).active.state)).toBe('activated');
  await context.setOffline(true);
  await visit(page, site.url('rounds/2'));
  await expect(mainHeading(page)).toContainText('Round 2:');
  await context.setOffline(false);
});

test('a worker that cannot install leaves the site working as without one', async ({ page, site }) => {
  // sw.js lists a file the server does not have: the install fails on every visit.
  site.deployHalf('i18n/ps-AF.ftl');
  await visit(page, site.url('rounds/2'));
  await expect(mainHeading(page)).toContainText('Round 2:');
  // Wait for the install to fail (registering again joins the registration under way).
  const state = await page.evaluate(async () => {
    const reg = await navigator.serviceWorker.register('sw.js', { scope: './', updateViaCache: 'none' });
    const w = reg.installing;
    if (w && w.state !== 'redundant') await new Promise((resolve) => w.addEventListener('statechange', () => w.state === 'redundant' && resolve()));
    return { controller: Boolean(navigator.serviceWorker.controller), active: Boolean(reg.active) };
  });
  expect(state).toEqual({ controller: false, active: false });
  await page.reload();
  await started(page);
  await expect(mainHeading(page)).toContainText('Round 2:');
  await page.locator('nav[aria-label="Main"]').getByRole('link', { name: 'Matrix', exact: true }).click();
  await expect(page.locator('table.matrix tbody tr').first()).toBeVisible();

  // A worker script that does not even run: the same.
  site.write('sw.js', () => 'this is not javascript {');
  await visit(page, site.url('about'));
  await expect(mainHeading(page)).toContainText('About');
});
