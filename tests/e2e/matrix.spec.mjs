// The faction matrix (/matrix) against the real dataset.

import { DATA, expect, mainHeading, norm, open, test } from './fixtures.mjs';

const matrix = (page) => page.locator('table.matrix:has(#matrix-caption)');
/** Faction ids of the matrix rows, in order. */
const rowIds = (page) =>
  matrix(page)
    .locator('tbody tr > th a.faction')
    .evaluateAll((as) => as.map((a) => decodeURIComponent(new URL(a.href).pathname.split('/').pop())));
const headers = (page) => matrix(page).locator('thead th').evaluateAll((ths) => ths.map((th) => th.querySelector('button')?.firstChild?.textContent?.trim()));
/** The app's rule: a faction matches an ethnicity when its composition lists it. */
const withCommunity = (c) => DATA.factions.filter((f) => f.composition.some((x) => x.communities.includes(c))).map((f) => f.id);

test('one row per faction, named as in the dataset, with the round and attribute columns', async ({ page, at }) => {
  await open(page, at, 'matrix');
  await expect(mainHeading(page)).toHaveText(/matrix/i);
  await expect(matrix(page).locator('tbody tr')).toHaveCount(DATA.factions.length);
  expect(new Set(await rowIds(page))).toEqual(new Set(DATA.factions.map((f) => f.id)));
  await expect(page.locator('#matrix-caption')).toContainText(`${DATA.factions.length} factions and organisations`);
  const hs = await headers(page);
  for (const r of DATA.rounds) expect(hs).toContain(`Round ${r.number}`);
  for (const h of ['Faction', 'Kind', 'Leaders', 'Stance', 'Ethnic composition']) expect(hs).toContain(h);
  // The stance cell names each stance and whom it is according to, not the
  // sources' wording; its evidence panel has the citations.
  const nrf = DATA.factions.find((f) => f.id === 'nrf');
  const row = matrix(page).locator('tbody tr', { has: page.locator('th a.faction[href$="/factions/nrf"]') });
  const cell = row.locator('td').nth(hs.indexOf('Stance') - 1).locator('button');
  const labels = { 'armed-struggle': 'Armed struggle', negotiation: 'Negotiation', both: 'Both (armed and political)' };
  expect(nrf.stances.length).toBeGreaterThan(0);
  for (const s of nrf.stances) {
    await expect(cell).toContainText(labels[s.stance]);
    expect(await cell.innerText()).not.toContain(s.text);
  }
  await expect(cell.locator('.according')).toContainText('according to');
  await cell.click();
  const panel = page.locator('.evidence-panel');
  for (const s of nrf.stances) await expect(panel).toContainText(labels[s.stance]);
  expect(await panel.locator('.cites a').count()).toBeGreaterThanOrEqual(nrf.stances.length);
});

test('?ethnicity=hazara keeps only factions whose composition lists hazara', async ({ page, at }) => {
  const expected = withCommunity('hazara');
  expect(expected.length).toBeGreaterThan(0);
  expect(expected.length).toBeLessThan(DATA.factions.length);
  await open(page, at, 'matrix?ethnicity=hazara');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(expected.length);
  expect(new Set(await rowIds(page))).toEqual(new Set(expected));
  await expect(page.locator('form#filters input[name="ethnicity"][value="hazara"]')).toBeChecked();
  await expect(page.locator('form#filters .filter-summary')).toContainText(`${expected.length} of ${DATA.factions.length} factions match.`);
});

test('a round cell sets row= and col= and shows its evidence with a citation', async ({ page, at }) => {
  const f = DATA.factions.find((x) => x.presence.some((p) => p.round === 2 && p.cites.length));
  expect(f, 'the dataset has a faction with cited presence at round 2').toBeTruthy();
  await open(page, at, 'matrix');
  const cell = matrix(page).locator(`tbody tr:has(th a[href$="/factions/${f.id}"]) td.cell button[aria-label*=", round 2:"]`);
  await expect(cell).toHaveCount(1);
  await expect(cell).toHaveAttribute('aria-pressed', 'false');
  await cell.click();
  await expect(page).toHaveURL(new RegExp(`row=${f.id}&col=r2`));
  const ev = page.locator('.evidence-panel');
  await expect(ev.locator('h2')).toHaveText(`Evidence: ${f.name} at round 2`);
  const presence = f.presence.find((p) => p.round === 2);
  await expect(ev).toContainText(norm(presence.text));
  const href = new URL(await ev.locator('.cites a').first().evaluate((a) => a.href));
  expect(href.pathname.startsWith(at.path('sources/'))).toBe(true);
  expect(presence.cites.some((c) => href.pathname.endsWith(`/sources/${c.source}`))).toBe(true);
  await expect(cell).toHaveAttribute('aria-pressed', 'true');
  await cell.click();
  await expect(page).toHaveURL(at.url('matrix'));
  await expect(ev).toHaveCount(0);
  await open(page, at, `matrix?row=${f.id}&col=r2`);
  await expect(page.locator('.evidence-panel h2')).toHaveText(`Evidence: ${f.name} at round 2`);
});

test('arrow keys, Home and End move between round cells; Enter opens the evidence', async ({ page, at }) => {
  await open(page, at, 'matrix');
  await expect(matrix(page).locator('tbody tr')).toHaveCount(DATA.factions.length);
  const rounds = DATA.rounds.length;
  const rows = DATA.factions.length;
  const focused = () =>
    page.evaluate(() => {
      const b = document.activeElement;
      return b?.matches('table.matrix td.cell button') ? [Number(b.dataset.r), Number(b.dataset.c)] : null;
    });
  await matrix(page).locator('tbody td.cell button[data-r="0"][data-c="0"]').focus();
  const moves = [
    ['ArrowRight', [0, 1]],
    ['ArrowDown', [1, 1]],
    ['ArrowLeft', [1, 0]],
    ['ArrowLeft', [1, 0]],
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
    await expect.poll(focused, { message: `after ${key}` }).toEqual(want);
  }
  const ids = await rowIds(page);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`row=${ids[1]}&col=r${DATA.rounds[0].number}`));
});

test('sorting by a column header sets sort= (and desc=1 on a second click)', async ({ page, at }) => {
  await open(page, at, 'matrix');
  // Unsorted, the best documented first (most rounds with a known standing), then by name.
  const known = (f) => DATA.rounds.filter((r) => (f.presence ?? []).some((p) => p.round === r.number)).length;
  const shown = (await rowIds(page)).map((id) => DATA.factions.find((f) => f.id === id));
  const expected = [...shown].sort((a, b) => known(b) - known(a) || (a.name.toLowerCase() < b.name.toLowerCase() ? -1 : 1));
  expect(shown.map((f) => f.id)).toEqual(expected.map((f) => f.id));
  await expect(matrix(page).locator('thead th[aria-sort="ascending"], thead th[aria-sort="descending"]')).toHaveCount(0);
  await matrix(page).locator('thead th button', { hasText: 'Stance' }).click();
  await expect(page).toHaveURL(at.url('matrix?sort=stance'));
  await expect(matrix(page).locator('thead th', { hasText: 'Stance' })).toHaveAttribute('aria-sort', 'ascending');
  await matrix(page).locator('thead th button', { hasText: 'Stance' }).click();
  await expect(page).toHaveURL(at.url('matrix?sort=stance&desc=1'));
  await expect(matrix(page).locator('thead th', { hasText: 'Stance' })).toHaveAttribute('aria-sort', 'descending');
  await matrix(page).locator('thead th button', { hasText: 'Round 3' }).click();
  await expect(page).toHaveURL(/sort=r3/);
  await expect(matrix(page).locator('tbody tr')).toHaveCount(DATA.factions.length);
});

test('the view switch hides attributes or rounds', async ({ page, at }) => {
  await open(page, at, 'matrix');
  await expect(page.locator('input[name="view"][value="both"]')).toBeChecked();
  await page.locator('label[for="view-rounds"]').click();
  await expect(page).toHaveURL(at.url('matrix?view=rounds'));
  await expect.poll(() => headers(page)).toContain('Round 1');
  expect(await headers(page)).not.toContain('Kind');
  await page.locator('label[for="view-attributes"]').click();
  await expect(page).toHaveURL(at.url('matrix?view=attributes'));
  await expect.poll(() => headers(page)).toContain('Kind');
  expect(await headers(page)).not.toContain('Round 1');
  await page.goBack();
  await expect(page).toHaveURL(at.url('matrix?view=rounds'));
  await expect(page.locator('input[name="view"][value="rounds"]')).toBeChecked();
});

for (const vp of [{ width: 1280, height: 900 }, { width: 390, height: 844 }]) {
  test.describe(`at ${vp.width} px`, () => {
    test.use({ viewport: vp });
    for (const rel of ['matrix', 'matrix?view=rounds', 'matrix?view=attributes', 'matrix?row=nrf&col=r2']) {
      test(`/${rel}: the page never scrolls sideways`, async ({ page, at }) => {
        await open(page, at, rel);
        await expect(matrix(page).locator('tbody tr').first()).toBeVisible();
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow).toBeLessThanOrEqual(0);
      });
    }
  });
}

test('rows are short: the median row is at most 56 px tall at 1280 px', async ({ page, at }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await open(page, at, 'matrix');
  const heights = await matrix(page).locator('tbody tr').evaluateAll((rs) => rs.map((r) => r.getBoundingClientRect().height).sort((a, b) => a - b));
  expect(heights.length).toBe(DATA.factions.length);
  expect(heights[Math.floor(heights.length / 2)]).toBeLessThanOrEqual(56);
});

test('a cell opens its evidence in a panel; Escape closes it and returns focus to the cell', async ({ page, at }) => {
  await open(page, at, 'matrix');
  const cell = matrix(page).locator('tbody td.cell button[data-row="nrf"][data-col="r2"]');
  await cell.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/row=nrf&col=r2/);
  const panel = page.getByRole('dialog', { name: /Evidence: .* at round 2/ });
  await expect(panel).toBeVisible();
  await expect(panel.locator('h2')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(panel).toHaveCount(0);
  await expect(page).toHaveURL(at.url('matrix'));
  await expect(cell).toBeFocused();
});

test('an attribute cell names its source, and its evidence lists each leader once with roles', async ({ page, at }) => {
  await open(page, at, 'matrix?view=attributes');
  const nrf = DATA.factions.find((f) => f.id === 'nrf');
  const eth = matrix(page).locator('tbody button[data-row="nrf"][data-col="ethnicity"]');
  if (nrf.composition.length) await expect(eth).toContainText('according to');
  const stance = matrix(page).locator('tbody button[data-row="nrf"][data-col="stance"]');
  await expect(stance).toContainText('according to');
  await matrix(page).locator('tbody button[data-row="nrf"][data-col="leaders"]').click();
  await expect(page).toHaveURL(/row=nrf&col=leaders/);
  const panel = page.getByRole('dialog');
  const names = await panel.locator('a.person').allInnerTexts();
  expect(names.length).toBeGreaterThan(0);
  expect(new Set(names).size).toBe(names.length);
  await panel.getByRole('button', { name: /Close/ }).click();
  await expect(page).toHaveURL(at.url('matrix?view=attributes'));
});

test('the relations matrix is square with short marks, each opening its evidence', async ({ page, at }) => {
  await open(page, at, 'matrix');
  const rel = page.locator('table.relations');
  const cols = await rel.locator('thead th').count();
  const rows = await rel.locator('tbody tr').count();
  expect(cols - 1).toBe(rows);
  const first = DATA.relations[0];
  const button = rel.locator(`button[data-row="${first.from}"][data-with="${first.to}"]`);
  expect((await button.innerText()).trim().length).toBeLessThanOrEqual(5);
  await button.click();
  await expect(page).toHaveURL(new RegExp(`row=${first.from}&with=${first.to}`));
  await expect(page.getByRole('dialog')).toContainText(norm(first.text).slice(0, 40));
  await page.reload();
  await expect(page.getByRole('dialog')).toContainText(norm(first.text).slice(0, 40));
});

test('a row or col naming nothing opens nothing and says so', async ({ page, at }) => {
  await open(page, at, 'matrix?row=no-such&col=r2');
  await expect(page.locator('main#main .notices')).toContainText('No faction "no-such" exists');
  await expect(page.getByRole('dialog')).toHaveCount(0);
  await open(page, at, 'matrix?row=nrf&col=r9');
  await expect(page.locator('main#main .notices')).toContainText('No round "9"');
  await expect(page.getByRole('dialog')).toHaveCount(0);
});
