// Data by address: every page in the sitemap links its data files (in its
// head and visibly), and each answers 200 with JSON or CSV; round 3's JSON
// holds its dates and sources; the data package, the versions and the feed
// are served; "Cite this page" gives the page's address and dataset version;
// a dataset loaded with ?data= says where its data comes from instead.

import fs from 'node:fs';
import path from 'node:path';
import { DATA, REPO_ROOT, expect, open, started, test } from './fixtures.mjs';

/** The site's pages, as its sitemap lists them (site paths, e.g. 'rounds/3'). */
async function sitemap(request, at) {
  const xml = await (await request.get(at.url('sitemap.xml'))).text();
  return [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]).pathname.slice(at.base.length));
}

const attr = (tag, name) => tag.match(new RegExp(`${name}="([^"]*)"`))?.[1];

test('every page in the sitemap links data files that answer 200 (all pages, all editions)', async ({ request, at }) => {
  test.setTimeout(300_000);
  const pages = await sitemap(request, at);
  expect(pages.length).toBeGreaterThan(100);
  const checked = new Map();
  for (const rel of pages) {
    const html = await (await request.get(at.url(rel))).text();
    const head = html.slice(0, html.indexOf('</head>'));
    const alternates = [...head.matchAll(/<link [^>]*rel="alternate"[^>]*>/g)]
      .map((m) => m[0])
      .filter((t) => /type="(application\/json|text\/csv)"/.test(t))
      .map((t) => ({ href: attr(t, 'href'), type: attr(t, 'type') }));
    expect(alternates.length, `/${rel} links its data in its head`).toBeGreaterThan(0);
    expect(head, `/${rel} links the versions feed`).toMatch(/<link [^>]*type="application\/atom\+xml"/);
    // The same files, visibly, under "Data:".
    const line = html.match(/<p class="page-data">([\s\S]*?)<\/p>/)?.[1] ?? '';
    const visible = [...line.matchAll(/href="([^"]+)"/g)].map((m) => new URL(m[1], at.url(rel)).pathname);
    expect(visible.sort(), `/${rel} shows the files its head links`).toEqual(alternates.map((a) => new URL(a.href).pathname).sort());
    for (const { href, type } of alternates) {
      const path = new URL(href).pathname;
      if (checked.has(path)) continue;
      const res = await request.get(at.origin + path);
      expect(res.status(), `${path} (linked by /${rel})`).toBe(200);
      const body = await res.text();
      if (type === 'application/json') JSON.parse(body);
      else expect(body.split('\r\n')[0].split(',').length, `${path} has a header row`).toBeGreaterThan(1);
      checked.set(path, true);
    }
  }
  // Every record page has its own file.
  expect(checked.size).toBeGreaterThanOrEqual(DATA.rounds.length + DATA.factions.length + DATA.people.length + DATA.sources.length + DATA.documents.length);
});

test("round 3's JSON holds its dates and its sources, by name", async ({ request, at }) => {
  const res = await request.get(at.url('rounds/3.json'));
  expect(res.status()).toBe(200);
  const r = await res.json();
  const want = DATA.rounds.find((x) => x.number === 3);
  expect(r.number).toBe(3);
  expect(r.dates.map((d) => [d.start, d.end ?? null])).toEqual(want.dates.map((d) => [d.start, d.end ?? null]));
  for (const d of r.dates) {
    for (const c of d.cites) {
      const source = DATA.sources.find((s) => s.id === c.source);
      expect(c.source_title).toBe(source.title);
      if (source.url) expect(c.source_url).toBe(source.url);
    }
  }
  expect(r._about.dataset_version).toBe(DATA.meta.version);
  expect(new URL(r._about.page).pathname).toBe(at.path('rounds/3'));
});

test('the data package, the versions and the feed are served; the current version is the dataset itself', async ({ request, at }) => {
  const pkg = await (await request.get(at.url('data/datapackage.json'))).json();
  expect(pkg.version).toBe(DATA.meta.version);
  for (const r of pkg.resources) {
    const csv = await request.get(at.url(`data/${r.path}`));
    expect(csv.status(), r.path).toBe(200);
    const header = (await csv.text()).split('\r\n')[0];
    expect(header, r.path).toBe(r.schema.fields.map((f) => f.name).join(','));
  }
  const current = await (await request.get(at.url('data/vienna-process.json'))).text();
  const versioned = await (await request.get(at.url(`data/v${DATA.meta.version}/vienna-process.json`))).text();
  expect(versioned).toBe(current);
  const feed = await request.get(at.url('feed.xml'));
  expect(feed.status()).toBe(200);
  const xml = await feed.text();
  expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom">');
  expect(xml).toContain(`<title>Dataset version ${DATA.meta.version}</title>`);
  // Data files are not pages: not in the sitemap.
  const sitemapXml = await (await request.get(at.url('sitemap.xml'))).text();
  expect(sitemapXml).not.toMatch(/\.json<|\.csv<|feed\.xml/);
});

test('the About page lists every published version, newest first, each a file that answers with that version', async ({ page, request, at }) => {
  await open(page, at, 'about');
  const links = page.locator('section[aria-labelledby="versions-h"] ul.versions li a');
  // Published: the archived ones (public/data/v*/) and the current one, newest first.
  const archived = fs.readdirSync(path.join(REPO_ROOT, 'public/data')).filter((n) => /^v\d/.test(n)).map((n) => n.slice(1));
  const semver = (v) => v.split('.').map(Number);
  const newer = (a, b) => semver(b).reduce((d, x, i) => d || x - semver(a)[i], 0);
  const versions = [...new Set([DATA.meta.version, ...archived])].sort(newer);
  expect(versions.length).toBeGreaterThan(1);
  await expect(links).toHaveCount(versions.length);
  for (let i = 0; i < versions.length; i++) {
    await expect(links.nth(i)).toContainText(versions[i]);
    const href = await links.nth(i).getAttribute('href');
    const res = await request.get(new URL(href, page.url()).href);
    expect(res.status(), href).toBe(200);
    expect((await res.json()).meta.version, href).toBe(versions[i]);
  }
  // The feed is offered beside them.
  await expect(page.locator('section[aria-labelledby="versions-h"] a[href$="feed.xml"]')).toHaveCount(1);
});

test('"Cite this page" gives the address and the dataset version, and a RIS download', async ({ page, at }) => {
  await open(page, at, 'rounds/3');
  await started(page);
  const cite = page.locator('details.cite-page');
  await cite.locator('summary').click();
  const bibtex = cite.locator('pre code').nth(2);
  await expect(bibtex).toContainText(new RegExp(`url = \\{https?://[^}]+${at.path('rounds/3')}\\}`));
  await expect(bibtex).toContainText(`version = {${DATA.meta.version}}`);
  // In the browser, the access date is today's.
  await expect(bibtex).toContainText(`urldate = {${new Date().toISOString().slice(0, 10)}}`);
  const ris = cite.getByRole('link', { name: /RIS/ });
  await expect(ris).toHaveAttribute('download', /\.ris$/);
  const href = await ris.getAttribute('href');
  expect(decodeURIComponent(href.split(',')[1])).toMatch(new RegExp(`UR  - https?://\\S+${at.path('rounds/3')}\r\n`));
  const id = await page.locator('head meta[name="DC.identifier"]').getAttribute('content');
  expect(new URL(id).pathname).toBe(at.path('rounds/3'));
  await expect(page.locator('head meta[name="citation_title"]')).toHaveAttribute('content', /Round 3/);
});

test('a dataset loaded with ?data= says its data comes from its own address', async ({ page, at }) => {
  const address = '/__fixtures/alt-valid.json';
  await open(page, at, `rounds/3?data=${encodeURIComponent(address)}`);
  await started(page);
  const line = page.locator('p.page-data');
  await expect(line).toContainText(address);
  await expect(line.locator('a')).toHaveCount(0);
  await expect(page.locator('head link[rel="alternate"][type="application/json"]')).toHaveCount(0);
});
