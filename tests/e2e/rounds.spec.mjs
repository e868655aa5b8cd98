// Round pages (/rounds/N), and links with parts the app does not understand.

import { DATA, PRODUCT_NAME, ROUNDS, expect, mainHeading, norm, open, test } from './fixtures.mjs';

for (const r of DATA.rounds) {
  test(`a deep link to round ${r.number} shows its name, headline and every stated size`, async ({ page, at }) => {
    const response = await open(page, at, `rounds/${r.number}`);
    expect(response.status()).toBe(200);
    await expect(mainHeading(page)).toHaveText(`Round ${r.number}: ${r.name}`);
    await expect(page.locator('.round-page p.headline')).toHaveText(norm(r.headline));
    const main = page.locator('main#main');
    if (r.counts.length) {
      await expect(page.locator('ul.counts > li')).toHaveCount(r.counts.length);
      for (const c of r.counts) await expect(main).toContainText(norm(c.stated));
    } else {
      await expect(main).toContainText('No source states a number.');
    }
    await expect(page).toHaveTitle(`Round ${r.number}: ${r.name} · ${PRODUCT_NAME}`);
  });
}

test('prev/next links step through the rounds', async ({ page, at }) => {
  await open(page, at, `rounds/${ROUNDS[0]}`);
  const pager = page.locator('nav.pager').first();
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  for (const n of ROUNDS.slice(1)) {
    await pager.locator('a[rel="next"]').click();
    await expect(page).toHaveURL(at.url(`rounds/${n}`));
    await expect(mainHeading(page)).toContainText(`Round ${n}:`);
  }
  await expect(pager.locator('a[rel="next"]')).toHaveCount(0);
  await pager.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(at.url(`rounds/${ROUNDS.at(-2)}`));
});

test('/rounds/3?ethnicity=uzbek highlights matching attendees, each tied to the Uzbek community by the data', async ({ page, at }) => {
  await open(page, at, 'rounds/3?ethnicity=uzbek');
  const hits = page.locator('li.highlight');
  await expect(hits.first()).toBeVisible();
  const n = await hits.count();
  await expect(page.locator('.highlight-legend')).toHaveText(`★ ${n} attendee(s) matching your filters are highlighted.`);
  const uzbek = new Set(DATA.factions.filter((f) => f.composition.some((c) => c.communities.includes('uzbek'))).map((f) => f.id));
  const ids = await page.locator('li.highlight a.person').evaluateAll((as) => as.map((a) => new URL(a.href).pathname.split('/').pop()));
  expect(ids.length).toBe(n);
  for (const id of ids) {
    const p = DATA.people.find((x) => x.id === id);
    expect(p, id).toBeTruthy();
    const tied = p.communities.some((c) => c.community === 'uzbek') || p.roles.some((x) => x.faction && uzbek.has(x.faction));
    expect(tied, `${id} is tied to the Uzbek community`).toBe(true);
  }
  await expect(page.locator('nav.pager a[rel="next"]').first()).toHaveAttribute('href', /ethnicity=uzbek/);
});

for (const rel of ['rounds/9', 'rounds/abc']) {
  test(`an unknown round (${rel}) says so and lists the rounds that exist`, async ({ page, at }) => {
    const response = await open(page, at, rel);
    expect(response.status()).toBe(404);
    await expect(mainHeading(page)).toHaveText('Round not found');
    await expect(page.locator('main#main code')).toHaveText(rel.split('/')[1]);
    const hrefs = await page.locator('main#main ul.round-index a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
    expect(hrefs).toEqual(ROUNDS.map((n) => at.path(`rounds/${n}`)));
    await page.locator('main#main ul.round-index a').first().click();
    await expect(mainHeading(page)).toContainText(`Round ${ROUNDS[0]}:`);
  });
}

test('the compare select sets compare= and shows the comparison; a deep link to it too', async ({ page, at }) => {
  await open(page, at, 'rounds/3');
  const options = await page.locator('#compare-select option').evaluateAll((os) => os.map((o) => o.value));
  expect(options).toEqual(['', ...ROUNDS.filter((n) => n !== 3).map(String)]);
  await page.locator('#compare-select').selectOption('2');
  await expect(page).toHaveURL(at.url('rounds/3?compare=2'));
  await expect(page.locator('.comparison table caption')).toContainText('Round 3 compared with round 2');
  await expect(page.locator('.comparison table tbody tr')).toHaveCount(3);
  await page.reload();
  await expect(page.locator('.comparison table caption')).toContainText('Round 3 compared with round 2');
  await expect(page.locator('#compare-select')).toHaveValue('2');
});

// Links with parts the app does not understand: a notice, nothing executed, the page works.
const BAD = [
  { q: 'ethnicity=' + encodeURIComponent('<script>alert(1)</script>'), says: '"<script>alert(1)</script>" is not a valid value for "ethnicity"' },
  { q: 'ethnicity=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3D1%22%3E', says: 'is not a valid value for "ethnicity"' },
  { q: 'faction=nope', says: 'No faction "nope" exists in this dataset' },
  { q: 'from=abcd', says: '"abcd" is not a valid value for "from"' },
  { q: 'junk=1', says: 'The link\'s parameter "junk" is not one this site uses' },
  { q: 'data=javascript:window.__pwned%3D1', says: 'is not a valid value for "data"' },
];

for (const { q, says } of BAD) {
  for (const route of ['timeline', 'rounds/2', 'matrix']) {
    test(`${route}?${q.slice(0, 40)}: a notice, nothing runs, the page works`, async ({ page, at }) => {
      const dialogs = [];
      page.on('dialog', (d) => {
        dialogs.push(d.message());
        d.dismiss().catch(() => {});
      });
      await open(page, at, `${route}?${q}`);
      const notice = page.locator('main#main .notices .notice');
      await expect(notice).toContainText('Part of this link was not understood.');
      await expect(notice).toContainText(says);
      await expect(mainHeading(page)).not.toHaveText('Page not found');
      if (route === 'timeline') await expect(page.locator('#timeline-items li.item').first()).toBeVisible();
      if (route === 'matrix') await expect(page.locator('table.matrix tbody tr').first()).toBeVisible();
      expect(await page.evaluate(() => typeof window.__pwned)).toBe('undefined');
      await expect(page.locator('main#main img, main#main script')).toHaveCount(0);
      expect(dialogs).toEqual([]);
    });
  }
}

test("round 1 shows its participants in seed 000's words, with the citation", async ({ page, at }) => {
  await open(page, at, 'rounds/1');
  const section = page.locator('section', { has: page.locator('h3', { hasText: 'Communities' }) });
  await expect(section).toContainText('various Afghan minority and ethnic groups');
  await expect(section.locator('a[href*="sources/seed-000"]').first()).toBeVisible();
});
