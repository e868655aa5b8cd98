// Every link is a real page: each address in the sitemap answers 200 with its
// own HTML, head tags and structured data; a round reads completely with
// JavaScript off; and the app takes over the built page without redrawing it,
// moving it, or logging anything.

import { DATA, PRODUCT_NAME, ROUNDS, expect, literal, mainHeading, norm, open, started, test } from './fixtures.mjs';

/** The site's pages, as its sitemap lists them (site paths, e.g. 'rounds/3'). */
async function sitemap(request, at) {
  const res = await request.get(at.url('sitemap.xml'));
  expect(res.status()).toBe(200);
  const xml = await res.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1]));
  return locs.map((u) => u.pathname.slice(at.base.length));
}

const head = (html, re) => html.match(re)?.[1];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const dateText = (d) => {
  const [y, m, day] = d.split('-').map(Number);
  return [day, m && MONTHS[m - 1], y].filter(Boolean).join(' ');
};

test('the sitemap lists every page of the three editions, each answers 200 with its own title, description, canonical and preview', async ({ request, at }) => {
  test.setTimeout(240_000);
  const pages = await sitemap(request, at);
  const perEdition =
    1 + DATA.rounds.length + 1 + 1 + DATA.factions.length + 1 + DATA.people.length + 1 + DATA.sources.length + DATA.documents.length + 2;
  expect(pages.length).toBe(3 * perEdition);
  expect(pages.filter((p) => p.startsWith('fa/') || p === 'fa/').length).toBe(perEdition);
  expect(pages).toContain('ps/rounds/3');
  expect(pages).toContain('');
  expect(pages).toContain('rounds/3');
  expect(pages).toContain('factions/');
  expect(pages).toContain('factions/nrf');
  const titles = new Set();
  for (const rel of pages) {
    const res = await request.get(at.url(rel), { maxRedirects: 0 });
    expect(res.status(), `/${rel}`).toBe(200);
    const html = await res.text();
    const title = head(html, /<title>([^<]*)<\/title>/);
    expect(title, `/${rel} has a title`).toBeTruthy();
    expect(titles.has(title), `/${rel}: the title "${title}" is another page's too`).toBe(false);
    titles.add(title);
    expect(head(html, /<meta name="description" content="([^"]+)"/), `/${rel} description`).toBeTruthy();
    const canonical = head(html, /<link href="([^"]+)" rel="canonical">/);
    expect(new URL(canonical).pathname, `/${rel} canonical`).toBe(at.path(rel));
    expect(head(html, /<meta property="og:url" content="([^"]+)"/)).toBe(canonical);
    const edition = rel.match(/^(fa|ps)\//)?.[1];
    const image = head(html, /<meta property="og:image" content="([^"]+)"/);
    expect(image).toMatch(edition ? new RegExp(`^https?://.+/og/${edition}/(site|round-\\d)\\.png$`) : /^https?:\/\/.+\/og\/(site|round-\d)\.png$/);
    expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    if (!edition) expect(html).toContain(`<meta property="og:site_name" content="${PRODUCT_NAME}">`);
    expect(html).toMatch(/<meta property="og:type" content="(website|article|profile)">/);
    expect(html, `/${rel} is drawn for its own address`).toContain(`data-page="/${rel.replace(/^(fa|ps)\//, '')}"`);
  }
  // robots.txt points to the sitemap.
  const robots = await (await request.get(at.url('robots.txt'))).text();
  expect(robots).toMatch(new RegExp(`Sitemap: https?://[^\\s]+${at.path('sitemap.xml')}`));
});

test('each round page carries a schema.org Event and its own preview image', async ({ request, at }) => {
  for (const r of DATA.rounds) {
    const html = await (await request.get(at.url(`rounds/${r.number}`))).text();
    const ld = JSON.parse(head(html, /<script type="application\/ld\+json">([^<]+)<\/script>/));
    expect(ld['@type']).toBe('Event');
    expect(ld.name).toBe(`Round ${r.number}: ${r.name}`);
    expect(ld.startDate).toBe(r.dates[0].start);
    expect(ld.endDate).toBe(r.dates[0].end ?? r.dates[0].start);
    expect(new URL(ld.url).pathname).toBe(at.path(`rounds/${r.number}`));
    if (r.venues.length) expect(ld.location.name).toBe(r.venues[0].name);
    const image = head(html, /<meta property="og:image" content="([^"]+)"/);
    expect(new URL(image).pathname).toBe(at.path(`og/round-${r.number}.png`));
    const png = await request.get(at.url(`og/round-${r.number}.png`));
    expect(png.status()).toBe(200);
    expect(png.headers()['content-type']).toBe('image/png');
    const bytes = await png.body();
    // A PNG 1200 pixels wide and 630 high (its IHDR chunk).
    expect(bytes.readUInt32BE(16)).toBe(1200);
    expect(bytes.readUInt32BE(20)).toBe(630);
  }
  const types = {
    'factions/nrf': 'Organization',
    [`people/${DATA.people[0].id}`]: 'Person',
    '': 'Dataset',
    about: 'Dataset',
  };
  for (const [rel, type] of Object.entries(types)) {
    const html = await (await request.get(at.url(rel))).text();
    const ld = JSON.parse(head(html, /<script type="application\/ld\+json">([^<]+)<\/script>/));
    expect(ld['@type'], `/${rel}`).toBe(type);
    if (type === 'Dataset') expect(ld.license).toBe('https://creativecommons.org/licenses/by/4.0/');
  }
});

test.describe('with JavaScript disabled', () => {
  test.use({ javaScriptEnabled: false });
  // Chromium refuses the app's script files when JavaScript is off, and says so.
  test.beforeEach(({ reports }) => reports.allow(/^csp$/));

  for (const r of DATA.rounds) {
    test(`round ${r.number} reads completely: name, dates, venue, sizes, attendees, sources`, async ({ page, at }) => {
      const response = await page.goto(at.url(`rounds/${r.number}`));
      expect(response.status()).toBe(200);
      await expect(mainHeading(page)).toHaveText(`Round ${r.number}: ${r.name}`);
      await expect(page).toHaveTitle(`Round ${r.number}: ${r.name} · ${PRODUCT_NAME}`);
      const text = norm(await page.locator('main#main').innerText());
      const d = r.dates[0];
      const [y] = d.start.split('-');
      expect(text).toContain(y);
      expect(text).toContain(MONTHS[Number(d.start.split('-')[1]) - 1]);
      for (const v of r.venues) expect(text).toContain(norm(v.name));
      for (const c of r.counts) expect(text).toContain(norm(c.stated));
      for (const a of r.attendance) {
        const p = DATA.people.find((x) => x.id === a.person);
        expect(text).toContain(norm(p.name));
      }
      // Citations are links to the sources.
      expect(await page.locator('main#main .cites a[href*="/sources/"]').count()).toBeGreaterThan(0);
    });
  }

  test('the timeline, the matrix and a faction read without JavaScript', async ({ page, at }) => {
    await page.goto(at.url(''));
    for (const r of DATA.rounds) await expect(page.locator(`#round-${r.number} h4`)).toHaveText(`Round ${r.number}: ${r.name}`);
    await page.goto(at.url('matrix'));
    await expect(page.locator('table.matrix:has(#matrix-caption) tbody tr')).toHaveCount(DATA.factions.length);
    const nrf = DATA.factions.find((f) => f.id === 'nrf');
    await page.goto(at.url('factions/nrf'));
    await expect(mainHeading(page)).toHaveText(nrf.name);
    await expect(page.locator('main#main')).toContainText(norm(nrf.summary).slice(0, 60));
  });

  test('links between the built pages work', async ({ page, at }) => {
    await page.goto(at.url('rounds/2'));
    await page.locator('nav.pager a[rel="next"]').first().click();
    await expect(page).toHaveURL(at.url('rounds/3'));
    await expect(mainHeading(page)).toContainText('Round 3:');
    await page.locator('nav[aria-label="Main"] a', { hasText: 'Factions' }).click();
    await expect(page).toHaveURL(at.url('factions/'));
    await expect(mainHeading(page)).toContainText('Factions');
  });
});

test('the app adopts the built page: same elements, no layout shift, no console message', async ({ page, at }) => {
  // Hold the wasm back, mark the built DOM, then let the app start.
  let release;
  const held = new Promise((r) => (release = r));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.addInitScript(() => {
    window.__shifts = 0;
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) if (!e.hadRecentInput) window.__shifts += e.value;
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await page.goto(at.url('rounds/3'), { waitUntil: 'domcontentloaded' });
  // Readable before any WebAssembly has arrived.
  const r = DATA.rounds.find((x) => x.number === 3);
  await expect(mainHeading(page)).toHaveText(`Round 3: ${r.name}`);
  await page.evaluate(() => {
    window.__h1 = document.querySelector('main h1');
    window.__firstCite = document.querySelector('main .cites a');
  });
  const before = await page.evaluate(() => document.querySelector('main').getBoundingClientRect().height);
  release();
  await started(page);
  expect(await page.evaluate(() => document.querySelector('main h1') === window.__h1)).toBe(true);
  expect(await page.evaluate(() => document.querySelector('main .cites a') === window.__firstCite)).toBe(true);
  const after = await page.evaluate(() => document.querySelector('main').getBoundingClientRect().height);
  expect(after).toBe(before);
  expect(await page.evaluate(() => window.__shifts)).toBe(0);
  // And it is the app now: the compare select works.
  await page.locator('#compare-select').selectOption('2');
  await expect(page).toHaveURL(/compare=2/);
  await expect(page.locator('.comparison table caption')).toHaveText('Round 3 compared with round 2 (only people and factions the sources name)');
});

// The walk is split into shards so that each stays well inside its budget on a
// slow machine (and the workers share it): 390 pages at the sub-path.
const WALK_SHARDS = 8;
for (let shard = 0; shard < WALK_SHARDS; shard++) {
  test(`every page of the sitemap is taken over without an error or warning (part ${shard + 1} of ${WALK_SHARDS})`, async ({ page, at, request }) => {
    test.setTimeout(240_000);
    const pages = await sitemap(request, at);
    // At the sub-path every page; at the root a sample (the same build otherwise).
    const sample = at.base === '/' ? pages.filter((_, i) => i % 5 === 0) : pages;
    const mine = sample.filter((_, i) => i % WALK_SHARDS === shard);
    expect(mine.length).toBeGreaterThan(0);
    for (const rel of mine) {
      await page.goto(at.url(rel));
      await started(page);
      await expect(mainHeading(page), `/${rel}`).not.toHaveText('Page not found');
    }
  });
}

test('a query string is applied once the app has started', async ({ page, at }) => {
  await open(page, at, 'rounds/3?ethnicity=uzbek');
  await expect(page.locator('.highlight-legend')).toContainText('matching your filters are highlighted');
  await expect(page.locator('form#filters input[name="ethnicity"][value="uzbek"]')).toHaveCount(0);
  await open(page, at, 'timeline?kind=round');
  await expect(page.locator('#timeline-items')).toHaveAttribute('data-count', String(DATA.rounds.length));
  await expect(page.locator('form#filters input[name="kind"][value="round"]')).toBeChecked();
});

test('in-app navigation updates the title, description and canonical address', async ({ page, at }) => {
  await open(page, at, 'rounds/1');
  const r1 = DATA.rounds.find((r) => r.number === 1);
  const r2 = DATA.rounds.find((r) => r.number === 2);
  await expect(page).toHaveTitle(`Round 1: ${r1.name} · ${PRODUCT_NAME}`);
  const desc = () => page.locator('meta[name="description"]').getAttribute('content');
  const before = await desc();
  await page.locator('nav.pager a[rel="next"]').first().click();
  await expect(page).toHaveURL(at.url('rounds/2'));
  await expect(page).toHaveTitle(`Round 2: ${r2.name} · ${PRODUCT_NAME}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveCount(1);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', literal(at.path('rounds/2')));
  await expect(page.locator('meta[name="description"]')).toHaveCount(1);
  expect(await desc()).not.toBe(before);
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', literal('/og/round-2.png'));
  await page.locator('nav[aria-label="Main"] a', { hasText: 'Matrix' }).click();
  await expect(page).toHaveTitle(`Faction matrix · ${PRODUCT_NAME}`);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  await page.goBack();
  await expect(page).toHaveTitle(`Round 2: ${r2.name} · ${PRODUCT_NAME}`);
  await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(1);
});

test('an unknown round answers 404 and says which rounds exist', async ({ page, at }) => {
  const response = await open(page, at, 'rounds/9');
  expect(response.status()).toBe(404);
  await expect(mainHeading(page)).toHaveText('Round not found');
  await expect(page).toHaveTitle(`Round not found · ${PRODUCT_NAME}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', 'noindex');
  await expect(page.locator('main#main ul.round-index a')).toHaveCount(ROUNDS.length);
});
