// The timeline (also the home page), at `/` and `/vienna/`, against the real
// dataset: what it lists comes from public/data/vienna-process.json, and the
// filters live in the URL (push for choices, replace while typing).

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, eventually, forEachBase, mainHeading, textOf, waitForApp, waitForText } from './helpers.mjs';

const DATA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'public/data/vienna-process.json'), 'utf8'));
const TOTAL = DATA.rounds.length + DATA.events.length;
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const items = (page) => page.locator('#timeline-items li.item');
const dataCount = async (page) => Number(await page.locator('#timeline-items').getAttribute('data-count'));
const search = (page) => new URL(page.url()).searchParams;

/** Waits until the list shows `n` items and says so in data-count. */
async function expectCount(page, n) {
  await eventually(async () => {
    assert.equal(await dataCount(page), n, 'data-count');
    assert.equal(await items(page).count(), n, 'items listed');
  });
}

/** Opens the facet (a <details>) holding a checkbox, then returns the checkbox. */
async function facetBox(page, name, value) {
  const sel = `input[name="${name}"][value="${value}"]`;
  const box = page.locator(`form#filters ${sel}`);
  const details = page.locator('form#filters details.facet', { has: page.locator(sel) });
  if (!(await details.evaluate((d) => d.open))) await details.locator('summary').click();
  return box;
}

forEachBase((at) => {
  test('every round is listed with its number, dates and headline from the dataset', async (t) => {
    const page = await at.open(t, 'timeline');
    await waitForApp(page);
    await expectCount(page, TOTAL);
    for (const r of DATA.rounds) {
      const card = page.locator(`#timeline-items li.item.round#round-${r.number}`);
      assert.equal(await card.count(), 1, `round ${r.number} has one card`);
      assert.equal(await textOf(card.locator('h4')), `Round ${r.number}: ${r.name}`);
      assert.equal(await textOf(card.locator('p.headline')), r.headline.replace(/\s+/g, ' ').trim());
      const d = r.dates[0];
      const time = card.locator('p.meta time');
      assert.equal(await time.getAttribute('datetime'), d.start, `round ${r.number}: the first (best-supported) date`);
      const shown = await textOf(time);
      const [y, m, day] = d.start.split('-').map(Number);
      assert.ok(shown.includes(String(y)), `round ${r.number}: "${shown}" names the year ${y}`);
      if (m) assert.ok(shown.includes(MONTHS[m - 1]) || (d.end && shown.includes(MONTHS[Number(d.end.split('-')[1]) - 1])), `"${shown}" names the month`);
      if (day) assert.match(shown, new RegExp(`\\b${day}\\b`), `"${shown}" names the day ${day}`);
      // Stated sizes, as worded in the dataset.
      for (const c of r.counts) {
        assert.ok((await textOf(card)).includes(c.stated), `round ${r.number} card quotes "${c.stated}"`);
      }
    }
    // Events are listed too, each under its id.
    for (const e of DATA.events) {
      assert.equal(await page.locator(`#timeline-items li.item.event#event-${e.id} h4`).count(), 1, `event ${e.id}`);
    }
    // The filter summary and facet counts agree with the dataset.
    await waitForText(page.locator('form#filters .filter-summary'), `${TOTAL} of ${TOTAL} rounds and events match.`);
    const roundCount = await page.locator('form#filters label[for="f-kind-round"] .count').textContent();
    assert.match(roundCount, new RegExp(`\\(${DATA.rounds.length}\\)`), 'the "Round" facet counts the rounds');
  });

  test('a kind checkbox filters, is kept in the URL, survives a reload, and back undoes it', async (t) => {
    const page = await at.open(t, 'timeline');
    await waitForApp(page);
    await expectCount(page, TOTAL);
    const before = page.url();
    const box = await facetBox(page, 'kind', 'round');
    await box.click();
    await page.waitForURL((u) => u.searchParams.get('kind') === 'round');
    assert.equal(new URL(page.url()).pathname, at.path('timeline'));
    await expectCount(page, DATA.rounds.length);
    assert.equal(await page.locator('#timeline-items li.item.event').count(), 0, 'no events left');
    assert.equal(await box.isChecked(), true);
    await waitForText(page.locator('form#filters .filter-summary'), `${DATA.rounds.length} of ${TOTAL} rounds and events match.`);

    await page.reload({ waitUntil: 'load' });
    await waitForApp(page);
    assert.equal(search(page).get('kind'), 'round');
    await expectCount(page, DATA.rounds.length);
    assert.equal(await page.locator('form#filters input[name="kind"][value="round"]').isChecked(), true, 'checked after reload');

    await page.goBack();
    await page.waitForURL((u) => !u.searchParams.has('kind'));
    assert.equal(page.url(), before);
    await expectCount(page, TOTAL);
    assert.equal(await page.locator('form#filters input[name="kind"][value="round"]').isChecked(), false);
  });

  test('the text search writes q= with replace (history does not grow)', async (t) => {
    const page = await at.open(t, 'timeline');
    await waitForApp(page);
    await expectCount(page, TOTAL);
    const lengthBefore = await page.evaluate(() => history.length);
    // A word every round's name holds but few events do.
    const word = 'Vienna';
    await page.locator('#filter-q').pressSequentially(word, { delay: 20 });
    await page.waitForURL((u) => u.searchParams.get('q') === word);
    assert.equal(await page.evaluate(() => history.length), lengthBefore, 'typing replaces the history entry');
    await eventually(async () => {
      const n = await dataCount(page);
      assert.ok(n > 0 && n < TOTAL, `the search narrows the list (${n} of ${TOTAL})`);
      assert.equal(await items(page).count(), n);
    });
    // Every listed item mentions the word (title, headline or summary in the card) or is a round.
    const n = await dataCount(page);
    assert.ok(n >= DATA.rounds.filter((r) => /vienna/i.test(`${r.name} ${r.headline} ${r.summary}`)).length);
  });

  test('an empty result says so and "Clear all filters" clears the URL', async (t) => {
    const page = await at.open(t, 'timeline?q=zzqxnothingmatches&kind=round');
    await waitForApp(page);
    await expectCount(page, 0);
    const empty = page.locator('#timeline-items .empty-result');
    await waitForText(empty, /No rounds or events match/);
    await empty.getByRole('button', { name: 'Clear all filters' }).click();
    await page.waitForURL((u) => u.search === '' && u.pathname === at.path('timeline'));
    await expectCount(page, TOTAL);
    assert.equal(await page.locator('#filter-q').inputValue(), '', 'the search box follows the URL');
  });

  test('the home page is the timeline', async (t) => {
    const page = await at.open(t, '');
    await waitForText(mainHeading(page), /timeline/i);
    await expectCount(page, TOTAL);
  });
});
