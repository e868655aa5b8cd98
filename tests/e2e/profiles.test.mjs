// Profiles reached by following links (matrix -> faction -> person), the
// disagreements page, and citations down to a source's paragraph, at `/` and
// `/vienna/`, checked against public/data/vienna-process.json.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, eventually, forEachBase, mainHeading, pathnameOf, textOf, waitForText } from './helpers.mjs';

const DATA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'public/data/vienna-process.json'), 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ').trim();
const NRF = DATA.factions.find((f) => f.id === 'nrf');

forEachBase((at) => {
  test('matrix -> /factions/nrf -> a person page, by clicking links', async (t) => {
    const page = await at.open(t, 'matrix');
    await waitForText(mainHeading(page), /matrix/i);
    await page.evaluate(() => {
      window.__e2eNoReload = true;
    });
    await page.locator(`table.matrix tbody th a.faction[href="${at.path('factions/nrf')}"]`).first().click();
    await page.waitForURL((u) => u.pathname === at.path('factions/nrf'));
    await waitForText(mainHeading(page), new RegExp(`^${NRF.name}$`));
    const profile = norm(await page.locator('main#main').innerText());
    assert.ok(profile.includes(norm(NRF.summary)), 'the profile shows the summary');
    assert.ok(NRF.stances.length > 0);
    for (const s of NRF.stances) assert.ok(profile.includes(norm(s.text)), `the profile gives the stance's wording: ${s.text}`);

    const person = page.locator('main#main a.person').first();
    const target = new URL(await person.evaluate((a) => a.href)).pathname;
    const id = decodeURIComponent(target.split('/').pop());
    const p = DATA.people.find((x) => x.id === id);
    assert.ok(p, `${id} is a person of the dataset`);
    await person.click();
    await page.waitForURL((u) => u.pathname === at.path(`people/${id}`));
    await waitForText(mainHeading(page), new RegExp(`^${p.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`));
    assert.equal(await page.evaluate(() => window.__e2eNoReload), true, 'followed inside the app');

    await page.goBack();
    await page.waitForURL((u) => u.pathname === at.path('factions/nrf'));
    await waitForText(mainHeading(page), NRF.name);
  });

  test('an unknown faction or person says so', async (t) => {
    for (const [rel, h] of [['factions/no-such', 'Faction not found'], ['people/no-such', 'Person not found'], ['sources/no-such', 'Source not found'], ['documents/no-such', 'Document not found']]) {
      const page = await at.open(t, rel);
      await waitForText(mainHeading(page), new RegExp(`^${h}$`));
      assert.equal(await textOf(page.locator('main#main code')), 'no-such');
      await eventually(async () => assert.equal(await page.title(), `${h} · Vienna Process Explorer`));
    }
  });

  test('/disagreements shows each disagreement with all its values', async (t) => {
    const page = await at.open(t, 'disagreements');
    await waitForText(mainHeading(page), 'Where sources disagree');
    assert.equal(await page.locator('li.disagreement').count(), DATA.disagreements.length);
    const d = DATA.disagreements.find((x) => x.id === 'round-5-count') ?? DATA.disagreements[0];
    const li = page.locator(`li.disagreement#${d.id}`);
    await waitForText(li.locator('h3'), d.topic);
    const values = await li.locator('ul.values > li .value').allInnerTexts();
    assert.deepEqual(values.map(norm), d.values.map((v) => norm(v.value)));
    assert.ok(norm(await li.innerText()).includes(norm(d.note)));
  });

  test('a citation leads to /sources/<id> and its paragraph anchor exists', async (t) => {
    const d = DATA.disagreements.find((x) => x.values.some((v) => v.cites.some((c) => c.para))) ?? DATA.disagreements[0];
    const cite = d.values.flatMap((v) => v.cites).find((c) => c.para);
    const page = await at.open(t, 'disagreements');
    await waitForText(mainHeading(page), 'Where sources disagree');
    const link = page.locator(`li.disagreement#${d.id} .cites a[href$="/sources/${cite.source}#p${cite.para}"]`).first();
    assert.equal(await link.count(), 1, `a link to ${cite.source} ¶${cite.para}`);
    await link.click();
    await page.waitForURL((u) => u.pathname === at.path(`sources/${cite.source}`) && u.hash === `#p${cite.para}`);
    const src = DATA.sources.find((s) => s.id === cite.source);
    await waitForText(mainHeading(page), src.title);
    const para = page.locator(`li#p${cite.para}`);
    await eventually(async () => assert.equal(await para.count(), 1, `the anchor #p${cite.para} exists`));
    const p = src.paragraphs.find((x) => x.n === cite.para);
    assert.ok(norm(await para.innerText()).includes(norm(p.summary)));
    assert.equal(await page.locator('ol.paragraphs > li').count(), src.paragraphs.length);

    // A deep link with the anchor works too.
    await page.goto(at.url(`sources/${cite.source}#p${cite.para}`), { waitUntil: 'load' });
    await waitForText(mainHeading(page), src.title);
    assert.equal(pathnameOf(page), at.path(`sources/${cite.source}`));
    await eventually(async () => assert.equal(await page.locator(`li#p${cite.para}`).count(), 1));
  });

  test('a document page shows the document from the dataset', async (t) => {
    const doc = DATA.documents[0];
    const page = await at.open(t, `documents/${doc.id}`);
    await waitForText(mainHeading(page), doc.title);
  });
});
