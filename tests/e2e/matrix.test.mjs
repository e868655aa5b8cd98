// The faction matrix (/matrix), at `/` and `/vienna/`, against the real dataset.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, eventually, forEachBase, mainHeading, textOf, waitForText } from './helpers.mjs';

const DATA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'public/data/vienna-process.json'), 'utf8'));
const norm = (s) => s.replace(/\s+/g, ' ').trim();

const matrix = (page) => page.locator('table.matrix:has(#matrix-caption)');
/** Faction ids of the matrix rows, in order. */
const rowIds = (page) =>
  matrix(page)
    .locator('tbody tr > th a.faction')
    .evaluateAll((as) => as.map((a) => decodeURIComponent(new URL(a.href).pathname.split('/').pop())));
const headers = (page) => matrix(page).locator('thead th').evaluateAll((ths) => ths.map((th) => th.querySelector('button')?.firstChild?.textContent?.trim()));

/** The app's rule: a faction matches an ethnicity when its composition lists it. */
const withCommunity = (c) => DATA.factions.filter((f) => f.composition.some((x) => x.communities.includes(c))).map((f) => f.id);

forEachBase((at) => {
  test('one row per faction, named as in the dataset', async (t) => {
    const page = await at.open(t, 'matrix');
    await waitForText(mainHeading(page), /matrix/i);
    await eventually(async () => assert.equal((await rowIds(page)).length, DATA.factions.length));
    assert.deepEqual(new Set(await rowIds(page)), new Set(DATA.factions.map((f) => f.id)));
    await waitForText(page.locator('#matrix-caption'), `${DATA.factions.length} factions and organisations`);
    const hs = await headers(page);
    for (const r of DATA.rounds) assert.ok(hs.includes(`Round ${r.number}`), `a "Round ${r.number}" column`);
    for (const h of ['Faction', 'Kind', 'Leaders', 'Stance', 'Ethnic composition']) assert.ok(hs.includes(h), `a "${h}" column`);

    // The stance cell names each stance with its citation, not the sources' wording (that is on the profile).
    const nrf = DATA.factions.find((f) => f.id === 'nrf');
    const row = matrix(page).locator('tbody tr', { has: page.locator(`th a.faction[href$="/factions/nrf"]`) });
    const cell = row.locator('td').nth(hs.indexOf('Stance') - 1);
    const items = cell.locator('ul.cell-list > li');
    assert.equal(await items.count(), nrf.stances.length);
    const labels = { 'armed-struggle': 'Armed struggle', negotiation: 'Negotiation', both: 'Both (armed and political)' };
    for (const [i, s] of nrf.stances.entries()) {
      assert.equal(await textOf(items.nth(i).locator('strong')), labels[s.stance]);
      assert.ok((await items.nth(i).locator('.cites a').count()) >= 1, 'the stance is cited');
      assert.ok(!(await items.nth(i).innerText()).includes(s.text), 'no wording in the cell');
    }
  });

  test('?ethnicity=hazara keeps only factions whose composition lists hazara', async (t) => {
    const expected = withCommunity('hazara');
    assert.ok(expected.length > 0 && expected.length < DATA.factions.length, 'the dataset makes this a real filter');
    const page = await at.open(t, 'matrix?ethnicity=hazara');
    await waitForText(mainHeading(page), /matrix/i);
    await eventually(async () => assert.deepEqual(new Set(await rowIds(page)), new Set(expected)));
    assert.equal(await page.locator('form#filters input[name="ethnicity"][value="hazara"]').isChecked(), true);
    await waitForText(page.locator('form#filters .filter-summary'), `${expected.length} of ${DATA.factions.length} factions match.`);
  });

  test('a round cell sets row= and col= and shows its evidence with a citation', async (t) => {
    const f = DATA.factions.find((x) => x.presence.some((p) => p.round === 2 && p.cites.length)) ?? DATA.factions[0];
    const page = await at.open(t, 'matrix');
    await waitForText(mainHeading(page), /matrix/i);
    const cell = matrix(page).locator(`tbody tr:has(th a[href*="/factions/${f.id}"]) td.cell button[aria-label*=", round 2:"]`);
    assert.equal(await cell.count(), 1);
    assert.equal(await cell.getAttribute('aria-pressed'), 'false');
    await cell.click();
    await page.waitForURL((u) => u.searchParams.get('row') === f.id && u.searchParams.get('col') === 'r2');
    const ev = page.locator('section.evidence');
    await waitForText(ev.locator('h2'), `Evidence: ${f.name} at round 2`);
    const presence = f.presence.find((p) => p.round === 2);
    assert.ok(norm(await ev.innerText()).includes(norm(presence.text)), 'the evidence quotes the presence record');
    const cite = ev.locator('.cites a').first();
    const href = new URL(await cite.evaluate((a) => a.href));
    assert.ok(href.pathname.startsWith(at.path('sources/')), `the citation links to a source page: ${href}`);
    assert.ok(presence.cites.some((c) => href.pathname.endsWith(`/sources/${c.source}`)));
    assert.equal(await cell.getAttribute('aria-pressed'), 'true');
    // Selecting it again clears the selection.
    await cell.click();
    await page.waitForURL((u) => !u.searchParams.has('row') && !u.searchParams.has('col'));
    await eventually(async () => assert.equal(await ev.count(), 0));
    // The deep link from the issue shows the evidence directly.
    await page.goto(at.url(`matrix?row=${f.id}&col=r2`), { waitUntil: 'load' });
    await waitForText(page.locator('section.evidence h2'), `Evidence: ${f.name} at round 2`);
  });

  test('arrow keys, Home and End move between round cells; Enter opens the evidence', async (t) => {
    const page = await at.open(t, 'matrix');
    await waitForText(mainHeading(page), /matrix/i);
    await eventually(async () => assert.equal((await rowIds(page)).length, DATA.factions.length));
    const rounds = DATA.rounds.length;
    const rows = DATA.factions.length;
    const focused = () =>
      page.evaluate(() => {
        const b = document.activeElement;
        return b?.matches('table.matrix td.cell button') ? [Number(b.dataset.r), Number(b.dataset.c), b.getAttribute('aria-label')] : null;
      });
    const at00 = matrix(page).locator('tbody td.cell button[data-r="0"][data-c="0"]');
    await at00.focus();
    const moves = [
      ['ArrowRight', [0, 1]],
      ['ArrowDown', [1, 1]],
      ['ArrowLeft', [1, 0]],
      ['ArrowLeft', [1, 0]], // the edge stops
      ['End', [1, rounds - 1]],
      ['Home', [1, 0]],
      ['Control+End', [rows - 1, rounds - 1]],
      ['ArrowDown', [rows - 1, rounds - 1]],
      ['Control+Home', [0, 0]],
      ['ArrowUp', [0, 0]],
      ['ArrowDown', [1, 0]],
    ];
    for (const [key, want] of moves) {
      await page.keyboard.press(key);
      await eventually(async () => assert.deepEqual((await focused())?.slice(0, 2), want, `after ${key}`));
    }
    // The focused cell is the second row's round-1 cell, named for its faction.
    const ids = await rowIds(page);
    const f = DATA.factions.find((x) => x.id === ids[1]);
    assert.ok((await focused())[2].startsWith(`${f.name}, round ${DATA.rounds[0].number}:`));
    await page.keyboard.press('Enter');
    await page.waitForURL((u) => u.searchParams.get('row') === f.id && u.searchParams.get('col') === `r${DATA.rounds[0].number}`);
  });

  test('sorting by a column header sets sort= (and desc=1 on a second click)', async (t) => {
    const page = await at.open(t, 'matrix');
    await waitForText(mainHeading(page), /matrix/i);
    const byName = await rowIds(page);
    const names = byName.map((id) => DATA.factions.find((f) => f.id === id).name);
    assert.deepEqual(names, [...names].sort((a, b) => a.localeCompare(b, 'en')), 'sorted by name by default');
    const stance = matrix(page).locator('thead th button', { hasText: 'Stance' });
    await stance.click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'stance' && !u.searchParams.has('desc'));
    assert.equal(await matrix(page).locator('thead th', { hasText: 'Stance' }).getAttribute('aria-sort'), 'ascending');
    await matrix(page).locator('thead th button', { hasText: 'Stance' }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'stance' && u.searchParams.get('desc') === '1');
    assert.equal(await matrix(page).locator('thead th', { hasText: 'Stance' }).getAttribute('aria-sort'), 'descending');
    await matrix(page).locator('thead th button', { hasText: 'Round 3' }).click();
    await page.waitForURL((u) => u.searchParams.get('sort') === 'r3');
    await eventually(async () => assert.equal((await rowIds(page)).length, DATA.factions.length));
  });

  test('the view switch (input[name=view]) hides attributes or rounds', async (t) => {
    const page = await at.open(t, 'matrix');
    await waitForText(mainHeading(page), /matrix/i);
    assert.equal(await page.locator('input[name="view"][value="both"]').isChecked(), true);
    await page.locator('label[for="view-rounds"]').click();
    await page.waitForURL((u) => u.searchParams.get('view') === 'rounds');
    await eventually(async () => {
      const hs = await headers(page);
      assert.ok(hs.includes('Round 1') && !hs.includes('Kind'), `rounds only: ${hs}`);
    });
    await page.locator('label[for="view-attributes"]').click();
    await page.waitForURL((u) => u.searchParams.get('view') === 'attributes');
    await eventually(async () => {
      const hs = await headers(page);
      assert.ok(!hs.includes('Round 1') && hs.includes('Kind'), `attributes only: ${hs}`);
    });
    await page.goBack();
    await page.waitForURL((u) => u.searchParams.get('view') === 'rounds');
    assert.equal(await page.locator('input[name="view"][value="rounds"]').isChecked(), true);
  });
});
