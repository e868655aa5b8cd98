// Loading another dataset (issue: "load by URL"), at `/` and `/vienna/`:
// `?data=<address>` and a local file through #data-file. A valid dataset is
// shown with a banner; anything wrong is refused with a message naming the
// problem, and the embedded dataset stays. Texts are never run as markup.
// Also: the timeline's CSV/JSON export matches what is shown.
//
// The fixtures are derived from public/data/vienna-process.json by
// tests/fixtures/make-fixtures.mjs (run again here, so they follow the dataset).

import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { FIXTURES_DIR, REPO_ROOT, eventually, forEachBase, mainHeading, textOf, waitForApp, waitForText } from './helpers.mjs';
import { ALT_ROUND_NAME, ALT_VERSION, XSS, makeFixtures } from '../fixtures/make-fixtures.mjs';

const DATA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'public/data/vienna-process.json'), 'utf8'));
const TOTAL = DATA.rounds.length + DATA.events.length;
const norm = (s) => s.replace(/\s+/g, ' ').trim();

before(() => makeFixtures());

const banner = (page) => page.locator('.dataset-banner');
const itemsBox = (page) => page.locator('#timeline-items');

/** The embedded timeline is shown (heading, every item, origin "embedded"). */
async function embeddedTimeline(page) {
  await waitForApp(page);
  await eventually(async () => {
    assert.equal(await itemsBox(page).getAttribute('data-origin'), 'embedded');
    assert.equal(Number(await itemsBox(page).getAttribute('data-count')), TOTAL);
    assert.equal(await page.locator('#timeline-items li.item').count(), TOTAL);
  });
}

const BROKEN = [
  { file: 'broken-json.json', says: [/not a valid dataset/, /EOF/] },
  { file: 'schema-violation.json', says: [/rounds\[1\]/, /bogus_field/] },
  { file: 'dangling.json', says: [/relations\[0\]\.from/, /unknown faction "no-such-faction"/] },
  {
    file: 'javascript-url.json',
    says: [new RegExp(`sources\\[${DATA.sources.findIndex((s) => s.url)}\\]\\.url`), /must be an http/],
  },
  { file: 'not-json.txt', says: [/not a valid dataset/] },
  { file: 'wrong-type.xml', says: [/the server sent "application\/xml/, /not JSON/] },
  { file: 'status/500', says: [/HTTP 500/], errors: [/status of 500/] },
  { file: 'no-such-file.json', says: [/HTTP 404/], errors: [/status of 404/] },
];

forEachBase((at) => {
  test('?data= with a valid dataset shows it with a banner; "Return" goes back', async (t) => {
    const address = '/__fixtures/alt-valid.json';
    const page = await at.open(t, `about?data=${encodeURIComponent(address)}`);
    await waitForText(mainHeading(page), /about/i);
    await waitForText(banner(page).locator('.banner.loaded'), `Showing a dataset loaded from ${address}`);
    await waitForText(banner(page).locator('.banner.loaded'), ALT_VERSION);
    await waitForText(page.locator('main#main dl.facts'), ALT_VERSION);
    // The data travels with the navigation: the timeline shows the sixth round.
    await page.locator('nav[aria-label="Main"] a', { hasText: 'Timeline' }).click();
    await page.waitForURL((u) => u.pathname === at.path('timeline') && u.searchParams.get('data') === address);
    await eventually(async () => {
      assert.equal(await itemsBox(page).getAttribute('data-origin'), 'url');
      assert.equal(Number(await itemsBox(page).getAttribute('data-count')), TOTAL + 1);
    });
    await waitForText(page.locator('#round-6 h4'), `Round 6: ${ALT_ROUND_NAME}`);
    // A round the alternative has exists as a page (the link carries data=).
    await page.locator('#round-6 h4 a').click();
    await waitForText(mainHeading(page), `Round 6: ${ALT_ROUND_NAME}`);

    await banner(page).getByRole('button', { name: 'Return to the embedded dataset' }).click();
    await page.waitForURL((u) => !u.searchParams.has('data'));
    await eventually(async () => assert.equal(await banner(page).locator('.banner').count(), 0, 'no banner'));
    await waitForText(mainHeading(page), /^Round not found$/);
  });

  test('a broken dataset by link: an error naming the problem, and the embedded timeline', async (t) => {
    for (const b of BROKEN) {
      await t.test(b.file, async (t) => {
        const address = `/__fixtures/${b.file}`;
        const page = await at.open(t, `timeline?data=${encodeURIComponent(address)}`, { allowErrors: b.errors ?? [] });
        const err = banner(page).locator('.banner.error');
        await waitForText(err, `The dataset from ${address} could not be used.`);
        const detail = await textOf(err.locator('.error-detail'));
        for (const re of b.says) assert.match(detail, re);
        await embeddedTimeline(page);
        await waitForText(mainHeading(page), /timeline/i);
        assert.equal(await banner(page).locator('.banner.loaded').count(), 0);
      });
    }
  });

  test('a slow dataset shows "Loading…" and then the data', async (t) => {
    const address = '/__fixtures/slow/1500/alt-valid.json';
    const page = await at.open(t, `timeline?data=${encodeURIComponent(address)}`);
    await waitForText(banner(page).locator('.banner.loading'), `Loading the dataset at ${address}`, { timeout: 1400 });
    await embeddedTimeline(page); // shown while loading
    await waitForText(banner(page).locator('.banner.loaded'), ALT_VERSION);
    assert.equal(Number(await itemsBox(page).getAttribute('data-count')), TOTAL + 1);
  });

  test('a hostile dataset: its markup is shown as text and nothing runs', async (t) => {
    const address = '/__fixtures/hostile.json';
    const q = `?data=${encodeURIComponent(address)}`;
    const h = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'hostile.json'), 'utf8'));
    const page = await at.open(t, `timeline${q}`, { goto: false });
    const dialogs = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      d.dismiss().catch(() => {});
    });
    await page.goto(at.url(`timeline${q}`), { waitUntil: 'load' });
    await waitForText(banner(page).locator('.banner.loaded'), '6.6.6-hostile');
    assert.ok((await textOf(banner(page))).includes(XSS.img), 'the banner shows the title as text');
    await waitForText(page.locator('#round-1 h4'), `Round 1: Hostile ${XSS.img}`);
    await waitForText(page.locator('#round-1 p.headline'), XSS.script);
    await waitForText(page.locator(`#event-${h.events[0].id} h4`), XSS.script);
    const pages = [
      ['rounds/1', XSS.svg],
      [`factions/${h.factions[0].id}`, XSS.link],
      [`people/${h.people[0].id}`, XSS.svg],
      [`sources/${h.sources[0].id}`, XSS.script],
      ['disagreements', XSS.img],
      ['about', XSS.script],
    ];
    for (const [rel, payload] of pages) {
      await page.goto(at.url(rel + q), { waitUntil: 'load' });
      await waitForText(banner(page).locator('.banner.loaded'), '6.6.6-hostile');
      await waitForText(page.locator('main#main'), payload);
      assert.equal(await page.locator('main#main img, main#main svg[onload], main#main script, main#main a[href^="javascript:"]').count(), 0, `${rel}: no injected element`);
    }
    await page.waitForTimeout(200);
    assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
    assert.deepEqual(dialogs, []);
  });

  test('a local file through #data-file is shown; a broken one is refused', async (t) => {
    const page = await at.open(t, 'about');
    await waitForText(mainHeading(page), /about/i);
    await page.locator('#data-file').setInputFiles(path.join(FIXTURES_DIR, 'alt-valid.json'));
    await waitForText(banner(page).locator('.banner.loaded'), 'Showing a dataset loaded from the file alt-valid.json');
    await waitForText(page.locator('main#main dl.facts'), ALT_VERSION);
    assert.equal(new URL(page.url()).searchParams.has('data'), false, 'a file is not put in the link');

    await page.locator('#data-file').setInputFiles(path.join(FIXTURES_DIR, 'dangling.json'));
    const err = banner(page).locator('.banner.error');
    await waitForText(err, 'The dataset from the file dangling.json could not be used.');
    await waitForText(err, 'relations[0].from');
    await waitForText(page.locator('main#main dl.facts'), DATA.meta.version);
    assert.equal(await banner(page).locator('.banner.loaded').count(), 0);
  });
});

// The app gives up on a dataset after 15 s (store.rs TIMEOUT_MS). Slow, so only at `/`.
forEachBase((at) => {
  if (at.base !== '/') return;
  test('a dataset that does not arrive within 15 s is abandoned with a message', { timeout: 40_000 }, async (t) => {
    const address = '/__fixtures/slow/20000/alt-valid.json';
    const page = await at.open(t, `timeline?data=${encodeURIComponent(address)}`);
    await embeddedTimeline(page);
    const err = banner(page).locator('.banner.error');
    await waitForText(err, /no answer within 15 seconds/, { timeout: 25_000 });
    await embeddedTimeline(page);
  });
});

// ---------------------------------------------------------------------------
// Export of the filtered timeline.

/** RFC 4180 CSV into rows of cells. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += ch;
  }
  if (cell || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

forEachBase((at) => {
  test('Download CSV / JSON export exactly the shown items', async (t) => {
    const page = await at.open(t, 'timeline?kind=round,meeting');
    await waitForApp(page);
    const n = await eventually(async () => {
      const c = Number(await itemsBox(page).getAttribute('data-count'));
      assert.ok(c > 0 && c < TOTAL);
      assert.equal(await page.locator('#timeline-items li.item').count(), c);
      return c;
    });
    const firstTitle = norm(await page.locator('#timeline-items li.item h4').first().innerText()).replace(/^Round \d+: /, '');

    const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    assert.equal(csvDl.suggestedFilename(), 'vienna-process-timeline.csv');
    const csv = parseCsv(fs.readFileSync(await csvDl.path(), 'utf8'));
    assert.deepEqual(csv[0], ['kind', 'id', 'title', 'dates', 'place', 'summary', 'factions', 'sources']);
    assert.equal(csv.length - 1, n, 'one CSV row per shown item');
    assert.equal(norm(csv[1][2]), firstTitle);
    assert.ok(csv.slice(1).every((r) => ['round', 'meeting'].includes(r[0])), 'only the filtered kinds');

    const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
    assert.equal(jsonDl.suggestedFilename(), 'vienna-process-timeline.json');
    const rows = JSON.parse(fs.readFileSync(await jsonDl.path(), 'utf8'));
    assert.equal(rows.length, n);
    assert.equal(norm(rows[0].title), firstTitle);
    assert.deepEqual(rows.map((r) => r.title), csv.slice(1).map((r) => r[2]), 'CSV and JSON agree');
    const rounds = rows.filter((r) => r.kind === 'round');
    assert.equal(rounds.length, DATA.rounds.length);
    for (const r of rounds) assert.equal(r.title, DATA.rounds.find((x) => String(x.number) === r.id).name);
  });
});
