// The timeline (also the home page) against the real dataset: the list, the
// filters in the URL (a choice pushes, typing replaces), and the time axis a
// reader moves through with keys, pointer and the address.

import { DATA, expect, facetBox, mainHeading, norm, open, started, test, TOTAL } from './fixtures.mjs';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const list = (page) => page.locator('#timeline-items');
const items = (page) => page.locator('#timeline-items li.item');

async function expectCount(page, n) {
  await expect(list(page)).toHaveAttribute('data-count', String(n));
  await expect(items(page)).toHaveCount(n);
}

/** Opens the facet (a <details>) holding a checkbox, then returns the checkbox. */
test('every round is listed with its number, dates, headline and stated sizes; every event too', async ({ page, at }) => {
  await open(page, at, 'timeline');
  await expectCount(page, TOTAL);
  for (const r of DATA.rounds) {
    const card = page.locator(`#timeline-items li.item.round#round-${r.number}`);
    await expect(card.locator('h4')).toHaveText(`Round ${r.number}: ${r.name}`);
    await expect(card.locator('p.headline')).toHaveText(norm(r.headline));
    const d = r.dates[0];
    const time = card.locator('p.meta time');
    await expect(time).toHaveAttribute('datetime', d.start);
    const shown = await time.innerText();
    const [y, m, day] = d.start.split('-').map(Number);
    expect(shown).toContain(String(y));
    if (m) expect(shown).toContain(MONTHS[m - 1]);
    if (day) expect(shown).toMatch(new RegExp(`\\b${day}\\b`));
    for (const c of r.counts) await expect(card).toContainText(norm(c.stated));
  }
  for (const e of DATA.events) await expect(page.locator(`#timeline-items li.item.event#event-${e.id} h4`)).toHaveCount(1);
  await expect(page.locator('form#filters .filter-summary')).toHaveText(`${TOTAL} of ${TOTAL} rounds and events match.`);
  await expect(page.locator('form#filters label[for="f-kind-round"] .count')).toContainText(`(${DATA.rounds.length})`);
});

test('a kind checkbox filters, is kept in the URL, survives a reload, and back undoes it', async ({ page, at }) => {
  await open(page, at, 'timeline');
  await expectCount(page, TOTAL);
  const before = page.url();
  const box = await facetBox(page, 'kind', 'round');
  await box.click();
  await expect(page).toHaveURL(at.url('timeline?kind=round'));
  await expectCount(page, DATA.rounds.length);
  await expect(page.locator('#timeline-items li.item.event')).toHaveCount(0);
  await expect(box).toBeChecked();
  await page.reload();
  await started(page);
  await expectCount(page, DATA.rounds.length);
  await expect(page.locator('form#filters input[name="kind"][value="round"]')).toBeChecked();
  // The facet holding a selected choice is open after the reload.
  await expect(page.locator('form#filters details.facet', { has: page.locator('input[name="kind"]') })).toHaveAttribute('open', '');
  await page.goBack();
  await expect(page).toHaveURL(before);
  await expectCount(page, TOTAL);
  await expect(page.locator('form#filters input[name="kind"][value="round"]')).not.toBeChecked();
});

test('the text search writes q= with replace (history does not grow)', async ({ page, at }) => {
  await open(page, at, 'timeline');
  await expectCount(page, TOTAL);
  const length = await page.evaluate(() => history.length);
  await page.locator('#filter-q').pressSequentially('Vienna', { delay: 20 });
  await expect(page).toHaveURL(at.url('timeline?q=Vienna'));
  expect(await page.evaluate(() => history.length)).toBe(length);
  await expect.poll(async () => Number(await list(page).getAttribute('data-count'))).toBeLessThan(TOTAL);
  const n = Number(await list(page).getAttribute('data-count'));
  expect(n).toBeGreaterThanOrEqual(DATA.rounds.filter((r) => /vienna/i.test(`${r.name} ${r.headline} ${r.summary}`)).length);
  await expect(items(page)).toHaveCount(n);
});

test('an empty result says so and "Clear all filters" clears the URL', async ({ page, at }) => {
  await open(page, at, 'timeline?q=zzqxnothingmatches&kind=round');
  await expectCount(page, 0);
  const empty = page.locator('#timeline-items .empty-result');
  await expect(empty).toContainText('No rounds or events match');
  await empty.getByRole('button', { name: 'Clear all filters' }).click();
  await expect(page).toHaveURL(at.url('timeline'));
  await expectCount(page, TOTAL);
  await expect(page.locator('#filter-q')).toHaveValue('');
});

test('the home page is the timeline', async ({ page, at }) => {
  await open(page, at, '');
  await expect(mainHeading(page)).toHaveText(/timeline/i);
  await expectCount(page, TOTAL);
});

// ---------------------------------------------------------------- the axis

const axis = (page) => page.getByRole('group', { name: 'Time axis' });
const range = (page) => new URL(page.url()).searchParams.get('range');
/** A range as the period line writes it in English: "1 November 2022 to 20 January 2025". */
const spoken = (r) =>
  r
    .split('..')
    .map((d) => new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)))
    .join(' to ');
const days = (r) => {
  const [a, b] = r.split('..').map((d) => Date.parse(d));
  return (b - a) / 86_400_000 + 1;
};

test('10,000 events by link: every round labelled, titles thinned with counts where marks merge, none over another or a mark', async ({ page, at }) => {
  test.slow(); // a 5.6 MB dataset
  await open(page, at, `timeline?data=${encodeURIComponent('/__fixtures/large.json')}`);
  await expect(list(page)).toHaveAttribute('data-origin', 'url', { timeout: 30_000 });
  expect(Number(await list(page).getAttribute('data-count'))).toBeGreaterThan(10_000);
  const check = () =>
    page.evaluate(() => {
      const box = (el, pad = 0) => {
        const r = el.getBoundingClientRect();
        return { x: r.left - pad, y: r.top - pad, w: r.width + 2 * pad, h: r.height + 2 * pad };
      };
      const hit = (a, b) => a.x < b.x + b.w - 0.5 && b.x < a.x + a.w - 0.5 && a.y < b.y + b.h - 0.5 && b.y < a.y + a.h - 0.5;
      // Titles, round labels, lane names and the counts of merged marks: none may touch another.
      const shown = (el) => el.getClientRects().length > 0;
      const labels = [...document.querySelectorAll('#time-axis .mark.event text.label, #time-axis .mark.round text.label, #time-axis .mark.many text, #time-axis .lane-name')]
        .filter(shown)
        .map((el) => ({ el, b: box(el) }));
      const marks = [...document.querySelectorAll('#time-axis .mark.event')].filter(shown).map((g) => ({ g, b: box(g.querySelector('line'), 5) }));
      const problems = [];
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) if (hit(labels[i].b, labels[j].b)) problems.push(`"${labels[i].el.textContent}" overlaps "${labels[j].el.textContent}"`);
        for (const m of marks) if (!m.g.contains(labels[i].el) && hit(labels[i].b, m.b)) problems.push(`"${labels[i].el.textContent}" covers a mark`);
      }
      return {
        rounds: document.querySelectorAll('#time-axis .mark.round text.label').length,
        titles: document.querySelectorAll('#time-axis .mark.event text.label').length,
        counts: [...document.querySelectorAll('#time-axis .mark.many')].filter(shown).length,
        problems: problems.slice(0, 5),
      };
    });
  const whole = await check();
  expect(whole.rounds).toBe(DATA.rounds.length);
  expect(whole.counts, 'merged marks show a count').toBeGreaterThan(0);
  expect(whole.titles).toBeLessThan(200);
  expect(whole.problems).toEqual([]);
  // One kind, then all again: the other lanes go (hidden, out of the tab
  // order), then come back as they were, their elements kept, not redrawn.
  const lanes = () =>
    page.evaluate(() => {
      const all = [...document.querySelectorAll('#time-axis g.lane:not(.rounds)')];
      const shown = all.filter((g) => g.getClientRects().length > 0 && getComputedStyle(g).display !== 'none');
      return { shown: shown.length, focusable: shown.reduce((n, g) => n + g.querySelectorAll('a').length, 0) };
    });
  const before = await lanes();
  expect(before.shown).toBeGreaterThan(2);
  await page.evaluate(() => document.querySelectorAll('#time-axis g.lane:not(.rounds) a').forEach((a) => (a.__kept = true)));
  const box = await facetBox(page, 'kind', 'meeting');
  // Its label, as a reader clicks it: on a page this large, the trace's DOM
  // snapshots leave the checkbox itself without a layout box until the next
  // change (seen only with tracing on), so Playwright finds it not visible.
  const label = page.locator(`form#filters label[for="${await box.getAttribute('id')}"]`);
  await label.click();
  await expect.poll(async () => (await lanes()).shown).toBe(1);
  const links = await page.evaluate(() => [...document.querySelectorAll('#time-axis a')].filter((a) => a.getClientRects().length > 0).length);
  expect(links, 'hidden lanes leave no link behind').toBeLessThan(before.focusable);
  expect((await check()).problems).toEqual([]);
  await label.click();
  await expect.poll(async () => (await lanes()).shown).toBe(before.shown);
  const kept = await page.evaluate(() => [...document.querySelectorAll('#time-axis g.lane:not(.rounds) a')].every((a) => a.__kept));
  expect(kept, 'the lanes came back as they were, not drawn again').toBe(true);
  expect((await check()).problems).toEqual([]);
  // Zoomed in, the axis still answers and stays clear.
  await page.locator('#time-axis').focus();
  for (let i = 0; i < 4; i++) await page.keyboard.press('+');
  await expect.poll(() => range(page)).toMatch(/\.\./);
  const zoomed = await check();
  expect(zoomed.problems).toEqual([]);
  expect(zoomed.titles + zoomed.counts).toBeGreaterThan(0);
});

test('in Dari time runs right to left on the axis: the earliest year at the right, and the arrows move the way they point', async ({ page, at }) => {
  await open(page, at, 'fa/timeline');
  const ticks = page.locator('#time-axis .tick.major text');
  const first = await ticks.first().boundingBox();
  const last = await ticks.last().boundingBox();
  expect(first.x, 'the earliest year is drawn to the right of the latest').toBeGreaterThan(last.x);
  await page.locator('#time-axis').focus();
  await page.keyboard.press('+');
  await expect.poll(() => range(page)).toMatch(/\.\./);
  const before = range(page);
  // ← points towards later times here.
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => range(page)).not.toBe(before);
  expect(Date.parse(range(page).split('..')[0])).toBeGreaterThan(Date.parse(before.split('..')[0]));
  const later = range(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => range(page)).not.toBe(later);
  expect(Date.parse(range(page).split('..')[0])).toBeLessThan(Date.parse(later.split('..')[0]));
});

test('the time axis is one named control; keys zoom and pan, the URL keeps the range, a reload restores it', async ({ page, at }) => {
  await open(page, at, 'timeline');
  await expect(axis(page)).toHaveCount(1);
  await expect(axis(page)).toHaveAttribute('tabindex', '0');
  await expect(axis(page)).toHaveAttribute('aria-describedby', 'axis-help');
  await axis(page).focus();
  await page.keyboard.press('+');
  await expect.poll(() => range(page)).toMatch(/^\d{4}-\d\d-\d\d\.\.\d{4}-\d\d-\d\d$/);
  const zoomed = range(page);
  await page.keyboard.press('+');
  await expect.poll(() => range(page)).not.toBe(zoomed);
  expect(days(range(page))).toBeLessThan(days(zoomed));
  const before = range(page);
  await page.keyboard.press('ArrowRight');
  await expect.poll(() => range(page)).not.toBe(before);
  const moved = range(page);
  expect(Date.parse(moved.split('..')[0])).toBeGreaterThan(Date.parse(before.split('..')[0]));
  expect(days(moved)).toBe(days(before));
  // The period line and the list follow.
  await expect(page.locator('.axis-period')).toContainText(`Showing ${spoken(moved)}`);
  await expect(page.locator('.period-note')).toContainText('The list shows the');
  const shown = Number(await list(page).getAttribute('data-count'));
  expect(shown).toBeLessThan(TOTAL);
  // A reload (and so a shared link) shows the same stretch of time.
  await page.reload();
  await started(page);
  expect(range(page)).toBe(moved);
  await expect(page.locator('.axis-period')).toContainText(`Showing ${spoken(moved)}`);
  await expect(list(page)).toHaveAttribute('data-count', String(shown));
  // 0 shows everything again.
  await axis(page).focus();
  await page.keyboard.press('0');
  await expect.poll(() => range(page)).toBe(null);
  await expect(list(page)).toHaveAttribute('data-count', String(TOTAL));
});

test('a mark shows a card on focus and on hover; activating a round opens it', async ({ page, at }) => {
  await open(page, at, 'timeline');
  const r = DATA.rounds.find((x) => x.number === 3);
  const mark = page.locator('#time-axis .mark.round a').nth(2);
  await mark.focus();
  const tip = page.getByRole('tooltip');
  await expect(tip).toBeVisible();
  await expect(tip).toContainText(`Round 3: ${r.name}`);
  await expect(tip).toContainText('Stated size');
  await expect(mark).toHaveAttribute('aria-describedby', 'axis-tip');
  // Its card in the list is lit, and pointing at a card lights its mark.
  await expect(page.locator('#round-3')).toHaveClass(/lit/);
  await page.locator('#round-2 h4').hover();
  await expect(page.locator('#time-axis .mark.round').nth(1)).toHaveClass(/lit/);
  await page.locator('#time-axis .mark.round a').nth(0).hover();
  await expect(tip).toContainText('Round 1:');
  await mark.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(at.url('rounds/3'));
  await expect(mainHeading(page)).toContainText('Round 3:');
});

test('dragging pans, Shift+drag chooses a period, Ctrl+wheel zooms', async ({ page, at }) => {
  await open(page, at, 'timeline');
  let box = await axis(page).boundingBox();
  // The strip of tick labels at the top: no mark there, and the axis's
  // height follows what it shows, so its top is the steady place to drag.
  let y = box.y + 14;
  // Shift+drag across the middle fifth: that stretch becomes the view.
  await page.keyboard.down('Shift');
  await page.mouse.move(box.x + box.width * 0.4, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.5, y, { steps: 5 });
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 5 });
  await page.mouse.up();
  await page.keyboard.up('Shift');
  await expect.poll(() => range(page)).not.toBe(null);
  const chosen = range(page);
  // The extent is 2021-2025 (five years); a fifth of it is about a year.
  expect(days(chosen)).toBeGreaterThan(250);
  expect(days(chosen)).toBeLessThan(480);
  // A plain drag to the right moves to earlier times, keeping the width.
  box = await axis(page).boundingBox();
  y = box.y + 14;
  await page.mouse.move(box.x + box.width * 0.3, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width * 0.6, y, { steps: 8 });
  await page.mouse.up();
  await expect.poll(() => range(page)).not.toBe(chosen);
  const panned = range(page);
  expect(Date.parse(panned.split('..')[0])).toBeLessThan(Date.parse(chosen.split('..')[0]));
  expect(Math.abs(days(panned) - days(chosen))).toBeLessThanOrEqual(1);
  // Ctrl+wheel out zooms back out.
  await page.mouse.move(box.x + box.width / 2, y);
  await page.keyboard.down('Control');
  await page.mouse.wheel(0, 300);
  await page.keyboard.up('Control');
  await expect.poll(() => days(range(page) ?? '2021-01-01..2025-12-31')).toBeGreaterThan(days(panned));
});

test('a faction filter adds its presence lane to the axis', async ({ page, at }) => {
  await open(page, at, 'timeline?faction=nrf');
  const lane = page.locator('#time-axis .presence-lane text');
  await expect(lane).toHaveCount(DATA.rounds.length);
  await expect(lane.first().locator('title')).toHaveText(/^NRF at round 1: /);
});

for (const [q, says] of [
  ['range=abc', '"abc" is not a valid value for "range"'],
  ['range=2024-06-30..2023-01-01', 'The time range was reversed'],
  ['range=1900-01-01..1901-01-01', 'outside the years the data covers'],
  ['range=2019-01-01..2023-06-30', 'outside the years the data covers'],
]) {
  test(`a bad range in the link (${q}) is reported, and the axis still works`, async ({ page, at }) => {
    await open(page, at, `timeline?${q}`);
    await expect(page.locator('main#main .notices')).toContainText(says);
    await expect(axis(page)).toHaveCount(1);
    await expect(items(page).first()).toBeVisible();
  });
}
