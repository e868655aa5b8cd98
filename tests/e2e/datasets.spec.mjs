// Loading another dataset: `?data=<address>` and a local file. A valid dataset
// is shown with a banner; anything wrong is refused with a message naming the
// problem, and the site's dataset stays. Texts are never run as markup. Also:
// the timeline's CSV/JSON export matches what is shown.
//
// The fixtures are derived from public/data/vienna-process.json by
// tests/fixtures/make-fixtures.mjs (run by global-setup.mjs).

import fs from 'node:fs';
import path from 'node:path';
import { ALT_ROUND_NAME, ALT_VERSION, XSS } from '../fixtures/make-fixtures.mjs';
import { DATA, FIXTURES_DIR, TOTAL, expect, mainHeading, norm, open, started, test } from './fixtures.mjs';

const banner = (page) => page.locator('.dataset-banner');
const itemsBox = (page) => page.locator('#timeline-items');

/** The site's own timeline is shown (origin "embedded", every item). */
async function embeddedTimeline(page) {
  await expect(itemsBox(page)).toHaveAttribute('data-origin', 'embedded');
  await expect(itemsBox(page)).toHaveAttribute('data-count', String(TOTAL));
  await expect(page.locator('#timeline-items li.item')).toHaveCount(TOTAL);
}

test('?data= with a valid dataset shows it with a banner; "Return" goes back', async ({ page, at }) => {
  const address = '/__fixtures/alt-valid.json';
  await open(page, at, `about?data=${encodeURIComponent(address)}`);
  await expect(banner(page).locator('.banner.loaded')).toContainText(`Showing a dataset loaded from ${address}`);
  await expect(banner(page).locator('.banner.loaded')).toContainText(ALT_VERSION);
  await expect(page.locator('main#main dl.facts')).toContainText(ALT_VERSION);
  await page.locator('nav[aria-label="Main"] a', { hasText: 'Timeline' }).click();
  await expect(page).toHaveURL(at.url(`timeline?data=${encodeURIComponent(address)}`));
  await expect(itemsBox(page)).toHaveAttribute('data-origin', 'url');
  await expect(itemsBox(page)).toHaveAttribute('data-count', String(TOTAL + 1));
  await expect(page.locator('#round-6 h4')).toHaveText(`Round 6: ${ALT_ROUND_NAME}`);
  await page.locator('#round-6 h4 a').click();
  await expect(mainHeading(page)).toHaveText(`Round 6: ${ALT_ROUND_NAME}`);
  await banner(page).getByRole('button', { name: 'Return to the embedded dataset' }).click();
  await expect(page).toHaveURL(at.url('rounds/6'));
  await expect(banner(page).locator('.banner')).toHaveCount(0);
  await expect(mainHeading(page)).toHaveText('Round not found');
});

test('a built page opened with ?data= shows the loaded dataset once it is validated', async ({ page, at }) => {
  const address = '/__fixtures/alt-valid.json';
  const response = await page.goto(at.url(`timeline?data=${encodeURIComponent(address)}`));
  expect(response.status()).toBe(200);
  await started(page);
  await expect(banner(page).locator('.banner.loaded')).toContainText(ALT_VERSION);
  // The alternative has a sixth round (make-fixtures.mjs), which the built page lacks.
  await expect(itemsBox(page)).toHaveAttribute('data-count', String(TOTAL + 1));
  await expect(page.locator('#round-6 h4')).toHaveText(`Round 6: ${ALT_ROUND_NAME}`);
});

const BROKEN = [
  { file: 'broken-json.json', says: [/not a valid dataset/, /EOF/] },
  { file: 'schema-violation.json', says: [/rounds\[1\]/, /bogus_field/] },
  { file: 'dangling.json', says: [/relations\[0\]\.from/, /unknown faction "no-such-faction"/] },
  { file: 'javascript-url.json', says: [new RegExp(`sources\\[${DATA.sources.findIndex((s) => s.url)}\\]\\.url`), /must be an http/] },
  { file: 'not-json.txt', says: [/not a valid dataset/] },
  { file: 'wrong-type.xml', says: [/the server sent "application\/xml/, /not JSON/] },
  { file: 'status/500', says: [/HTTP 500/], errors: [/status of 500/] },
  { file: 'no-such-file.json', says: [/HTTP 404/], errors: [/status of 404/] },
];

for (const b of BROKEN) {
  test(`a broken dataset by link (${b.file}): an error naming the problem, and the site's timeline`, async ({ page, at, reports }) => {
    reports.allow(...(b.errors ?? []));
    const address = `/__fixtures/${b.file}`;
    await open(page, at, `timeline?data=${encodeURIComponent(address)}`);
    const err = banner(page).locator('.banner.error');
    await expect(err).toContainText(`The dataset from ${address} could not be used.`);
    for (const re of b.says) await expect(err.locator('.error-detail')).toHaveText(re);
    await embeddedTimeline(page);
    await expect(banner(page).locator('.banner.loaded')).toHaveCount(0);
  });
}

test('a slow dataset shows "Loading…" and then the data', async ({ page, at }) => {
  const address = '/__fixtures/slow/1500/alt-valid.json';
  await open(page, at, `timeline?data=${encodeURIComponent(address)}`);
  await expect(banner(page).locator('.banner.loading')).toContainText(`Loading the dataset at ${address}`, { timeout: 1400 });
  await embeddedTimeline(page);
  await expect(banner(page).locator('.banner.loaded')).toContainText(ALT_VERSION);
  await expect(itemsBox(page)).toHaveAttribute('data-count', String(TOTAL + 1));
});

test('a newer link wins over a dataset still loading: the older one never replaces it', async ({ page, at }) => {
  const slow = '/__fixtures/slow/2500/broken-json.json';
  const fast = '/__fixtures/alt-valid.json';
  await open(page, at, `timeline?data=${encodeURIComponent(slow)}`);
  await expect(banner(page).locator('.banner.loading')).toContainText(`Loading the dataset at ${slow}`, { timeout: 2000 });
  // Back/forward or another link changes the address while the first is on its way.
  await page.evaluate((u) => {
    history.pushState(null, '', u);
    dispatchEvent(new PopStateEvent('popstate'));
  }, at.url(`timeline?data=${encodeURIComponent(fast)}`));
  await expect(banner(page).locator('.banner.loaded')).toContainText(ALT_VERSION);
  await expect(itemsBox(page)).toHaveAttribute('data-count', String(TOTAL + 1));
  // Past the moment the first answer arrived: it changed nothing.
  await page.waitForTimeout(3000);
  await expect(banner(page).locator('.banner.error')).toHaveCount(0);
  await expect(banner(page).locator('.banner.loaded')).toContainText(ALT_VERSION);
  await expect(itemsBox(page)).toHaveAttribute('data-origin', 'url');
});

test('a hostile dataset: its markup is shown as text and nothing runs', async ({ page, at }) => {
  const q = `?data=${encodeURIComponent('/__fixtures/hostile.json')}`;
  const h = JSON.parse(fs.readFileSync(path.join(FIXTURES_DIR, 'hostile.json'), 'utf8'));
  const dialogs = [];
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    d.dismiss().catch(() => {});
  });
  await open(page, at, `timeline${q}`);
  await expect(banner(page).locator('.banner.loaded')).toContainText('6.6.6-hostile');
  await expect(banner(page)).toContainText(XSS.img);
  await expect(page.locator('#round-1 h4')).toHaveText(`Round 1: Hostile ${XSS.img}`);
  await expect(page.locator('#round-1 p.headline')).toContainText(XSS.script);
  await expect(page.locator(`#event-${h.events[0].id} h4`)).toContainText(XSS.script);
  for (const [rel, payload] of [
    ['rounds/1', XSS.svg],
    [`factions/${h.factions[0].id}`, XSS.link],
    [`people/${h.people[0].id}`, XSS.svg],
    [`sources/${h.sources[0].id}`, XSS.script],
    ['disagreements', XSS.img],
    ['about', XSS.script],
  ]) {
    await open(page, at, rel + q);
    await expect(banner(page).locator('.banner.loaded')).toContainText('6.6.6-hostile');
    await expect(page.locator('main#main')).toContainText(payload);
    await expect(page.locator('main#main img, main#main svg[onload], main#main script, main#main a[href^="javascript:"]')).toHaveCount(0);
    // The page's head is written from the data too: still text.
    await expect(page.locator('head script:not([type="application/ld+json"]):not([type="module"])')).toHaveCount(0);
  }
  expect(await page.evaluate(() => typeof window.__pwned)).toBe('undefined');
  expect(dialogs).toEqual([]);
});

test('a local file through #data-file is shown; a broken one is refused', async ({ page, at }) => {
  await open(page, at, 'about');
  await page.locator('#data-file').setInputFiles(path.join(FIXTURES_DIR, 'alt-valid.json'));
  await expect(banner(page).locator('.banner.loaded')).toContainText('Showing a dataset loaded from the file alt-valid.json');
  await expect(page.locator('main#main dl.facts')).toContainText(ALT_VERSION);
  expect(new URL(page.url()).searchParams.has('data')).toBe(false);
  await page.locator('#data-file').setInputFiles(path.join(FIXTURES_DIR, 'dangling.json'));
  const err = banner(page).locator('.banner.error');
  await expect(err).toContainText('The dataset from the file dangling.json could not be used.');
  await expect(err).toContainText('relations[0].from');
  await expect(page.locator('main#main dl.facts')).toContainText(DATA.meta.version);
  await expect(banner(page).locator('.banner.loaded')).toHaveCount(0);
});

test('a dataset that does not arrive within 15 s is abandoned with a message', async ({ page, at }, info) => {
  test.skip(info.project.name !== 'root', 'slow: once is enough');
  test.setTimeout(60_000);
  await open(page, at, `timeline?data=${encodeURIComponent('/__fixtures/slow/20000/alt-valid.json')}`);
  await embeddedTimeline(page);
  await expect(banner(page).locator('.banner.error')).toContainText(/no answer within 15 seconds/, { timeout: 25_000 });
  await embeddedTimeline(page);
});

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

test('Download CSV / JSON export exactly the shown items, columns in order', async ({ page, at }) => {
  await open(page, at, 'timeline?kind=round,meeting');
  const n = Number(await itemsBox(page).getAttribute('data-count'));
  expect(n).toBeGreaterThan(0);
  expect(n).toBeLessThan(TOTAL);
  await expect(page.locator('#timeline-items li.item')).toHaveCount(n);
  const firstTitle = norm(await page.locator('#timeline-items li.item h4').first().innerText()).replace(/^Round \d+: /, '');
  const [csvDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
  expect(csvDl.suggestedFilename()).toBe('vienna-process-timeline.csv');
  const csv = parseCsv(fs.readFileSync(await csvDl.path(), 'utf8'));
  const columns = ['kind', 'id', 'title', 'dates', 'place', 'summary', 'factions', 'sources'];
  expect(csv[0]).toEqual(columns);
  expect(csv.length - 1).toBe(n);
  expect(norm(csv[1][2])).toBe(firstTitle);
  expect(csv.slice(1).every((r) => ['round', 'meeting'].includes(r[0]))).toBe(true);
  const [jsonDl] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download JSON' }).click()]);
  expect(jsonDl.suggestedFilename()).toBe('vienna-process-timeline.json');
  const text = fs.readFileSync(await jsonDl.path(), 'utf8');
  const rows = JSON.parse(text);
  expect(rows.length).toBe(n);
  expect(Object.keys(rows[0])).toEqual(columns);
  expect(rows.map((r) => r.title)).toEqual(csv.slice(1).map((r) => r[2]));
  const rounds = rows.filter((r) => r.kind === 'round');
  expect(rounds.length).toBe(DATA.rounds.length);
  for (const r of rounds) expect(r.title).toBe(DATA.rounds.find((x) => String(x.number) === r.id).name);
});
