// The site's shell at `/` and `/vienna/`: the header and main navigation,
// navigation inside the app, deep links, the not-found page, and the test
// server itself (it must answer as GitHub Pages does, or nothing here proves
// anything about the deployed site).

import { DATA, PRODUCT_NAME, expect, mainHeading, open, started, test } from './fixtures.mjs';

/** The main navigation, in order: link text, address, what the page's h1 says. */
const SECTIONS = [
  { link: 'Timeline', route: 'timeline', heading: /timeline/i },
  { link: 'Matrix', route: 'matrix', heading: /matrix/i },
  { link: 'Factions', route: 'factions/', heading: /factions/i },
  { link: 'People', route: 'people/', heading: /people/i },
  { link: 'Sources', route: 'sources/', heading: /sources/i },
  { link: 'About', route: 'about', heading: /about/i },
];

const nav = (page) => page.locator('nav[aria-label="Main"]');
const navLink = (page, name) => nav(page).getByRole('link', { name, exact: true });

test('the header names the product and the main navigation links every section under the base', async ({ page, at }) => {
  const response = await open(page, at, '');
  expect(response.status()).toBe(200);
  await expect(page.locator('header')).toContainText(PRODUCT_NAME);
  await expect(nav(page)).toHaveCount(1);
  for (const s of SECTIONS) {
    await expect(navLink(page, s.link)).toHaveAttribute('href', at.path(s.route));
  }
  await expect(page.locator('main#main')).toHaveCount(1);
  await expect(navLink(page, 'Timeline')).toHaveAttribute('aria-current', 'page');
});

test('the navigation moves inside the app, and back and forward work', async ({ page, at }) => {
  await open(page, at, '');
  // A marker a full page load would erase.
  await page.evaluate(() => (window.__noReload = true));
  for (const s of SECTIONS) {
    await navLink(page, s.link).click();
    await expect(page).toHaveURL(at.url(s.route));
    await expect(mainHeading(page)).toHaveText(s.heading);
    await expect(navLink(page, s.link)).toHaveAttribute('aria-current', 'page');
  }
  expect(await page.evaluate(() => window.__noReload)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(at.url(SECTIONS.at(-2).route));
  await expect(mainHeading(page)).toHaveText(SECTIONS.at(-2).heading);
  await page.goForward();
  await expect(page).toHaveURL(at.url(SECTIONS.at(-1).route));
});

for (const s of SECTIONS) {
  test(`a deep link to ${s.route} answers 200 and survives a reload`, async ({ page, at }) => {
    const response = await open(page, at, s.route);
    expect(response.status()).toBe(200);
    await expect(mainHeading(page)).toHaveText(s.heading);
    await page.reload();
    await started(page);
    expect(new URL(page.url()).pathname).toBe(at.path(s.route));
    await expect(mainHeading(page)).toHaveText(s.heading);
  });
}

for (const rel of ['no-such-page', 'no/such/deep/page', 'xx/rounds/3']) {
  test(`an unknown path (${rel}) answers 404 with a helpful not-found page`, async ({ page, at }) => {
    const response = await open(page, at, rel);
    expect(response.status()).toBe(404);
    await expect(mainHeading(page)).toHaveText('Page not found');
    expect(new URL(page.url()).pathname).toBe(at.path(rel));
    await expect(page.locator('header')).toContainText(PRODUCT_NAME);
    await expect(page.locator('main#main code')).toHaveText(`/${rel}`);
    await expect(page).toHaveTitle(`Page not found · ${PRODUCT_NAME}`);
    // It links to the sections, and following one works.
    const links = page.locator('main#main ul a');
    await expect(links).toHaveCount(SECTIONS.length);
    await links.filter({ hasText: 'Matrix' }).click();
    await expect(page).toHaveURL(at.url('matrix'));
    await expect(mainHeading(page)).toHaveText(/matrix/i);
  });
}

test.describe('the test server answers as GitHub Pages does', () => {
  test('pages, folders, the fallback and assets', async ({ at, request }) => {
    const index = await request.get(at.url(''));
    expect(index.status()).toBe(200);
    expect(index.headers()['content-type']).toMatch(/^text\/html/);
    const html = await index.text();
    // `x.html` answers `/x`, without a redirect.
    const about = await request.get(at.url('about'), { maxRedirects: 0 });
    expect(about.status()).toBe(200);
    expect(await about.text()).toContain('<h1>About');
    // A folder wins over a same-named page: `/factions` redirects to `/factions/`.
    const folder = await request.get(at.url('factions'), { maxRedirects: 0 });
    expect(folder.status()).toBe(301);
    expect(folder.headers().location).toBe(at.path('factions/'));
    expect((await request.get(at.url('factions/'))).status()).toBe(200);
    // Anything else: 404.html with status 404.
    const missing = await request.get(at.url('no/such/page'));
    expect(missing.status()).toBe(404);
    expect(await missing.text()).toContain('data-page="404"');
    // Assets are absolute under the base, so nested pages load them.
    const refs = [...html.matchAll(/\b(?:src|href)="([^"]+\.(?:js|wasm|css))"/g)].map((m) => m[1]);
    expect(refs.length).toBeGreaterThan(1);
    for (const ref of refs) {
      const u = new URL(ref, at.url('a/deep/path'));
      expect(u.pathname.startsWith(at.base), `${ref} resolves under ${at.base}`).toBe(true);
      const res = await request.get(u.href);
      expect(res.status(), u.pathname).toBe(200);
      if (ref.endsWith('.wasm')) expect(res.headers()['content-type']).toBe('application/wasm');
    }
    // The whole dataset is published for download; beside it the dataset as
    // the app reads it: the base every edition's pages preload (every record,
    // every name), and each language's texts, which its edition's pages add.
    const data = await request.get(at.url('data/vienna-process.json'));
    expect(data.status()).toBe(200);
    expect((await data.json()).meta.version).toBe(DATA.meta.version);
    const base = await (await request.get(at.url('data/edition/base.json'))).json();
    expect(base.meta).toEqual(DATA.meta);
    expect(base.rounds).toEqual(DATA.rounds);
    expect(base.people).toEqual(DATA.people);
    const isName = (t) => t.field === 'name' || t.field === 'short';
    expect(base.translations).toEqual(DATA.translations.filter(isName));
    for (const [prefix, lang] of [['', null], ['fa/', 'fa'], ['ps/', 'ps']]) {
      const built = await (await request.get(at.url(`${prefix}rounds/3`))).text();
      const preloads = built.match(/data\/[\w/.-]+\.json(?=" as="fetch")/g);
      expect(preloads).toEqual(lang ? ['data/edition/base.json', `data/edition/${lang}.json`] : ['data/edition/base.json']);
      if (!lang) continue;
      const texts = await (await request.get(at.url(`data/edition/${lang}.json`))).json();
      expect(texts).toEqual(DATA.translations.filter((t) => t.lang === lang && !isName(t)));
    }
    if (at.base !== '/') {
      expect((await request.get(at.origin + '/about')).status()).toBe(404);
    }
  });
});
