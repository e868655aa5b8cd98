// Embedding (/embed/<path>) in another site's page, and printing.
//
// The host page is a newsroom article (tests/fixtures/newsroom.html) at
// another origin: http://localhost:PORT while the site is http://127.0.0.1:PORT
// (a made-up public host would trip Chromium's local network checks). It
// pastes the code the "Embed this view" control gives, as a reader copies it.

import fs from 'node:fs';
import { DATA, expect, mainHeading, open, started, test } from './fixtures.mjs';

/** The <iframe> code the control gives for the page open in `page`. */
async function embedCode(page) {
  await page.locator('details.embed-code summary').click();
  const code = await page.locator('#embed-code').inputValue();
  expect(code).toContain('<iframe');
  return code;
}

/** The newsroom's article, on another origin, with `code` pasted in. */
async function hostPage(page, at, code) {
  const host = `http://localhost:${new URL(at.origin).port}/__fixtures/newsroom.html`;
  await page.goto(`${host}#code=${encodeURIComponent(code)}`);
  return { host, frame: page.frameLocator('iframe') };
}

test('a round with filters embeds in another site: no site chrome, its own height, links stay in the frame', async ({ page, at }) => {
  await open(page, at, 'rounds/3?faction=nrf');
  const code = await embedCode(page);
  expect(code).toContain(`src="${at.url('embed/rounds/3?faction=nrf')}"`);

  const { host, frame } = await hostPage(page, at, code);
  await expect(frame.locator('main#main h1')).toHaveText(`Round 3: ${DATA.rounds.find((r) => r.number === 3).name}`);
  // The view alone: no navigation, footer or language switcher.
  await expect(frame.locator('header.embed-bar')).toBeVisible();
  await expect(frame.locator('.site-header, .site-footer, nav.languages')).toHaveCount(0);
  // The frame told the host its height, and the host sized the frame to it.
  const iframe = page.locator('iframe');
  await expect.poll(async () => iframe.evaluate((f) => f.style.height)).toMatch(/^\d+px$/);
  const framed = await iframe.evaluate((f) => parseInt(f.style.height, 10));
  const content = await frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  expect(Math.abs(framed - content)).toBeLessThanOrEqual(40);
  expect(framed).toBeGreaterThan(640);

  // A link inside the embed stays inside it, and in the embed.
  await frame.locator('nav.pager a[rel="next"]').first().click();
  await expect(frame.locator('main#main h1')).toContainText('Round 4:');
  expect(page.url().split('#')[0]).toBe(host);
  const inner = page.frames().find((f) => f !== page.mainFrame());
  expect(new URL(inner.url()).pathname).toBe(at.path('embed/rounds/4'));
  expect(new URL(inner.url()).search).toBe('?faction=nrf');

  // "Open in the full explorer" leaves the frame for the same view on the site.
  const out = frame.locator('a.embed-open');
  await expect(out).toHaveAttribute('target', '_top');
  await out.click();
  await expect(page).toHaveURL(at.url('rounds/4?faction=nrf'));
  await started(page);
  await expect(mainHeading(page)).toContainText('Round 4:');
  await expect(page.locator('.site-header nav').first()).toBeVisible();
});

test('the matrix embeds with its sort and open cell, and copies as a link to the full site', async ({ page, at, context }) => {
  await open(page, at, 'matrix?ethnicity=hazara&sort=name&desc=1');
  const code = await embedCode(page);
  const { frame } = await hostPage(page, at, code);
  await expect(frame.locator('main#main h1')).toHaveText('Faction matrix');
  await expect(frame.locator('table.matrix tbody tr').first()).toBeVisible();
  const out = frame.locator('a.embed-open');
  await expect(out).toHaveAttribute('href', at.path('matrix?ethnicity=hazara&sort=name&desc=1'));
  // The copy button inside the frame copies the full site's address.
  // The frame may write the clipboard (the code allows it); the host reads it back.
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await frame.locator('.copy-link button').click();
  await expect(frame.locator('.copy-status')).toHaveText('Link copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(at.url('matrix?ethnicity=hazara&sort=name&desc=1'));
});

test('embed pages are built for every page, are not indexed, and name the full page as canonical', async ({ request, at }) => {
  for (const rel of ['embed/', 'embed/rounds/5', 'embed/matrix', 'fa/embed/rounds/2', 'ps/embed/factions/']) {
    const res = await request.get(at.url(rel));
    expect(res.status(), rel).toBe(200);
    const html = await res.text();
    expect(html, rel).toContain('<meta name="robots" content="noindex">');
    const canonical = html.match(/<link href="([^"]+)" rel="canonical">/)[1];
    expect(new URL(canonical).pathname, rel).toBe(at.path(rel.replace('embed/', '')));
    expect(html, rel).toContain('<script defer src="embed.js"></script>');
    expect(html, rel).toContain('target="_top"');
    expect(html, rel).not.toContain('class="site-header"');
  }
  // Full pages carry neither.
  const full = await (await request.get(at.url('rounds/5'))).text();
  expect(full).not.toContain('embed.js');
  // Hosts that read _headers refuse frames for full pages only.
  const headers = await (await request.get(at.url('_headers'))).text();
  expect(headers).toContain(`${at.path('rounds/5')}\n  X-Frame-Options: DENY\n`);
  expect(headers).toContain(`${at.path('embed')}/*\n  Content-Security-Policy: frame-ancestors *\n`);
});

test('an embed works without JavaScript: the built view, and links that stay in the embed', async ({ browser, at }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(at.url('embed/rounds/2'));
  await expect(page.locator('main#main h1')).toContainText('Round 2:');
  const next = await page.locator('nav.pager a[rel="next"]').first().getAttribute('href');
  expect(next).toBe(at.path('embed/rounds/3'));
  await context.close();
});

test('a round page prints on A4 with every citation\'s source and address', async ({ page, at }) => {
  await open(page, at, 'rounds/3');
  await page.emulateMedia({ media: 'print' });
  for (const nav of await page.locator('.site-header nav').all()) await expect(nav).toBeHidden();
  await expect(page.locator('.toolbar').first()).toBeHidden();
  const refs = page.locator('section.references li');
  await expect(refs.first()).toBeVisible();
  // Every source cited on the page is in the list, once, with a readable address.
  const cited = await page.locator('main .cites a').evaluateAll((as) =>
    [...new Set(as.map((a) => new URL(a.href).pathname.split('/').pop()))],
  );
  expect(cited.length).toBeGreaterThan(3);
  const listed = await refs.locator('a.address').evaluateAll((as) => as.map((a) => ({ href: a.href, text: a.textContent })));
  expect(listed.length).toBe(cited.length);
  for (const l of listed) expect(l.text).toBe(l.href);
  for (const id of cited) {
    const s = DATA.sources.find((x) => x.id === id);
    expect(s, id).toBeTruthy();
    const address = s.url ?? at.url(`sources/${id}`);
    expect(listed.map((l) => l.text), id).toContain(address);
  }
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  const text = pdf.toString('latin1');
  // Chromium writes each link of the printed page as a link annotation.
  const some = listed.find((l) => l.text.startsWith('https://'));
  expect(text).toContain(`/URI (${some.text}`);
  fs.writeFileSync(test.info().outputPath('round-3.pdf'), pdf);
});

test('the matrix prints with the sources of the factions it shows', async ({ page, at }) => {
  await open(page, at, 'matrix?ethnicity=hazara');
  await page.emulateMedia({ media: 'print' });
  const refs = page.locator('section.references li');
  await expect(refs.first()).toBeVisible();
  const hazara = await refs.count();
  await page.emulateMedia({ media: 'screen' });
  await page.goto(at.url('matrix'));
  await started(page);
  await expect(page.locator('section.references li').first()).toBeVisible();
  expect(await page.locator('section.references li').count()).toBeGreaterThan(hazara);
  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
});
