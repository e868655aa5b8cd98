// Profiles reached by following links (matrix -> faction -> person), the
// disagreements page, and citations down to a source's paragraph.

import { DATA, PRODUCT_NAME, expect, literal, mainHeading, norm, open, test } from './fixtures.mjs';

const NRF = DATA.factions.find((f) => f.id === 'nrf');

test('matrix -> /factions/nrf -> a person page, by clicking links inside the app', async ({ page, at }) => {
  await open(page, at, 'matrix');
  await page.evaluate(() => (window.__noReload = true));
  await page.locator(`table.matrix tbody th a.faction[href="${at.path('factions/nrf')}"]`).first().click();
  await expect(page).toHaveURL(at.url('factions/nrf'));
  await expect(mainHeading(page)).toHaveText(NRF.name);
  const main = page.locator('main#main');
  await expect(main).toContainText(norm(NRF.summary));
  expect(NRF.stances.length).toBeGreaterThan(0);
  for (const s of NRF.stances) await expect(main).toContainText(norm(s.text));
  const person = main.locator('a.person').first();
  const id = decodeURIComponent(new URL(await person.evaluate((a) => a.href)).pathname.split('/').pop());
  const p = DATA.people.find((x) => x.id === id);
  expect(p, `${id} is a person of the dataset`).toBeTruthy();
  await person.click();
  await expect(page).toHaveURL(at.url(`people/${id}`));
  await expect(mainHeading(page)).toHaveText(p.name);
  expect(await page.evaluate(() => window.__noReload)).toBe(true);
  await page.goBack();
  await expect(page).toHaveURL(at.url('factions/nrf'));
  await expect(mainHeading(page)).toHaveText(NRF.name);
});

for (const [rel, h] of [
  ['factions/no-such', 'Faction not found'],
  ['people/no-such', 'Person not found'],
  ['sources/no-such', 'Source not found'],
  ['documents/no-such', 'Document not found'],
]) {
  test(`an unknown record (${rel}) answers 404 and says so`, async ({ page, at }) => {
    const response = await open(page, at, rel);
    expect(response.status()).toBe(404);
    await expect(mainHeading(page)).toHaveText(h);
    await expect(page.locator('main#main code')).toHaveText('no-such');
    await expect(page).toHaveTitle(`${h} · ${PRODUCT_NAME}`);
  });
}

test('/disagreements shows each disagreement with all its values', async ({ page, at }) => {
  await open(page, at, 'disagreements');
  await expect(mainHeading(page)).toHaveText('Where sources disagree');
  await expect(page.locator('li.disagreement')).toHaveCount(DATA.disagreements.length);
  for (const d of DATA.disagreements) {
    const li = page.locator(`li.disagreement#${d.id}`);
    await expect(li.locator('h3')).toHaveText(norm(d.topic));
    expect((await li.locator('ul.values > li .value').allInnerTexts()).map(norm)).toEqual(d.values.map((v) => norm(v.value)));
    await expect(li).toContainText(norm(d.note));
  }
});

test('a citation leads to /sources/<id> and its paragraph anchor', async ({ page, at }) => {
  const d = DATA.disagreements.find((x) => x.values.some((v) => v.cites.some((c) => c.para)));
  const cite = d.values.flatMap((v) => v.cites).find((c) => c.para);
  const src = DATA.sources.find((s) => s.id === cite.source);
  await open(page, at, 'disagreements');
  const link = page.locator(`li.disagreement#${d.id} .cites a[href$="/sources/${cite.source}#p${cite.para}"]`).first();
  await expect(link).toHaveCount(1);
  await link.click();
  await expect(page).toHaveURL(at.url(`sources/${cite.source}#p${cite.para}`));
  await expect(mainHeading(page)).toHaveText(norm(src.title));
  const para = page.locator(`li#p${cite.para}`);
  await expect(para).toContainText(norm(src.paragraphs.find((x) => x.n === cite.para).summary));
  await expect(page.locator('ol.paragraphs > li')).toHaveCount(src.paragraphs.length);
  await open(page, at, `sources/${cite.source}#p${cite.para}`);
  await expect(page.locator(`li#p${cite.para}`)).toHaveCount(1);
});

test('every web source shows its address, and every document its page', async ({ page, at }) => {
  const web = DATA.sources.filter((s) => s.kind !== 'seed');
  expect(web.every((s) => s.url)).toBe(true);
  await open(page, at, `sources/${web[0].id}`);
  await expect(page.locator(`main#main a[href="${web[0].url}"]`).first()).toBeVisible();
  const doc = DATA.documents[0];
  await open(page, at, `documents/${doc.id}`);
  await expect(mainHeading(page)).toHaveText(literal(doc.title));
});
