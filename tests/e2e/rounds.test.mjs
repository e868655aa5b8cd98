// Round pages (/rounds/N) and links the app does not understand, at `/` and
// `/vienna/`, checked against public/data/vienna-process.json.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, eventually, forEachBase, mainHeading, pathnameOf, textOf, waitForApp, waitForText } from './helpers.mjs';

const DATA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'public/data/vienna-process.json'), 'utf8'));
const NUMBERS = DATA.rounds.map((r) => r.number).sort((a, b) => a - b);
const norm = (s) => s.replace(/\s+/g, ' ').trim();

forEachBase((at) => {
  test('a deep link to each round shows its name and a size stated in the dataset', async (t) => {
    for (const r of DATA.rounds) {
      await t.test(`/rounds/${r.number}`, async (t) => {
        const page = await at.open(t, `rounds/${r.number}`);
        await waitForText(mainHeading(page), `Round ${r.number}: ${r.name}`);
        assert.equal(await textOf(mainHeading(page)), norm(`Round ${r.number}: ${r.name}`));
        assert.equal(await textOf(page.locator('.round-page p.headline')), norm(r.headline));
        const counts = norm(await page.locator('main#main').innerText());
        if (r.counts.length) {
          const listed = await page.locator('ul.counts > li').count();
          assert.equal(listed, r.counts.length, 'every stated size is listed');
          for (const c of r.counts) assert.ok(counts.includes(norm(c.stated)), `quotes "${c.stated}"`);
        } else {
          assert.ok(counts.includes('No source states a number.'));
        }
        assert.match(await page.title(), new RegExp(`Round ${r.number}`));
      });
    }
  });

  test('prev/next links step through the rounds', async (t) => {
    const first = NUMBERS[0];
    const page = await at.open(t, `rounds/${first}`);
    await waitForText(mainHeading(page), `Round ${first}:`);
    assert.equal(await page.locator('nav.pager').first().locator('a[rel="prev"]').count(), 0, 'no prev on the first round');
    for (const n of NUMBERS.slice(1)) {
      await page.locator('nav.pager').first().locator('a[rel="next"]').click();
      await page.waitForURL((u) => u.pathname === at.path(`rounds/${n}`));
      await waitForText(mainHeading(page), `Round ${n}:`);
    }
    assert.equal(await page.locator('nav.pager').first().locator('a[rel="next"]').count(), 0, 'no next on the last round');
    await page.locator('nav.pager').first().locator('a[rel="prev"]').click();
    await page.waitForURL((u) => u.pathname === at.path(`rounds/${NUMBERS.at(-2)}`));
    await waitForText(mainHeading(page), `Round ${NUMBERS.at(-2)}:`);
  });

  test('/rounds/3?ethnicity=uzbek highlights matching attendees with a legend', async (t) => {
    const page = await at.open(t, 'rounds/3?ethnicity=uzbek');
    await waitForText(mainHeading(page), 'Round 3:');
    await eventually(async () => assert.ok((await page.locator('li.highlight').count()) >= 1, 'at least one highlighted attendee'));
    const n = await page.locator('li.highlight').count();
    await waitForText(page.locator('.highlight-legend'), `★ ${n} attendee(s) matching your filters are highlighted.`);
    // Every highlighted attendee is a person the dataset ties to the Uzbek community (directly or through a faction).
    const uzbekFactions = new Set(DATA.factions.filter((f) => f.composition.some((c) => c.communities.includes('uzbek'))).map((f) => f.id));
    const hrefs = await page.locator('li.highlight a.person').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
    assert.equal(hrefs.length, n);
    for (const h of hrefs) {
      const id = h.split('/').pop();
      const p = DATA.people.find((x) => x.id === id);
      assert.ok(p, `${id} is a person of the dataset`);
      const ok = p.communities.some((c) => c.community === 'uzbek') || p.roles.some((r) => r.faction && uzbekFactions.has(r.faction));
      assert.ok(ok, `${id} is tied to the Uzbek community`);
    }
    // The filter travels with round links.
    const next = await page.locator('nav.pager a[rel="next"]').first().getAttribute('href');
    assert.match(next, /ethnicity=uzbek/);
  });

  test('an unknown round says so and lists the rounds that exist', async (t) => {
    for (const rel of ['rounds/9', 'rounds/abc']) {
      await t.test(rel, async (t) => {
        const page = await at.open(t, rel);
        await waitForText(mainHeading(page), /^Round not found$/);
        assert.equal(pathnameOf(page), at.path(rel));
        const code = await textOf(page.locator('main#main code'));
        assert.equal(code, rel.split('/')[1]);
        const hrefs = await page.locator('main#main ul.round-index a').evaluateAll((as) => as.map((a) => new URL(a.href).pathname));
        assert.deepEqual(hrefs, NUMBERS.map((n) => at.path(`rounds/${n}`)));
        await page.locator('main#main ul.round-index a').first().click();
        await waitForText(mainHeading(page), `Round ${NUMBERS[0]}:`);
      });
    }
  });

  test('the compare select sets compare= and shows the comparison table', async (t) => {
    const page = await at.open(t, 'rounds/3');
    await waitForText(mainHeading(page), 'Round 3:');
    const options = await page.locator('#compare-select option').evaluateAll((os) => os.map((o) => o.value));
    assert.deepEqual(options, ['', ...NUMBERS.filter((n) => n !== 3).map(String)]);
    await page.locator('#compare-select').selectOption('2');
    await page.waitForURL((u) => u.searchParams.get('compare') === '2');
    await waitForText(page.locator('.comparison table caption'), 'Round 3 compared with round 2');
    assert.equal(await page.locator('.comparison table tbody tr').count(), 3);
    // A deep link to the comparison shows it too, with the select set.
    await page.reload({ waitUntil: 'load' });
    await waitForText(page.locator('.comparison table caption'), 'Round 3 compared with round 2');
    assert.equal(await page.locator('#compare-select').inputValue(), '2');
  });
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

forEachBase((at) => {
  test('links with parts not understood show a notice, run nothing, and the page works', async (t) => {
    for (const { q, says } of BAD) {
      for (const route of ['timeline', 'rounds/2', 'matrix']) {
        await t.test(`${route}?${q}`, async (t) => {
          const page = await at.open(t, `${route}?${q}`, { goto: false });
          const dialogs = [];
          page.on('dialog', (d) => {
            dialogs.push(d.message());
            d.dismiss().catch(() => {});
          });
          await page.goto(at.url(`${route}?${q}`), { waitUntil: 'load' });
          await waitForApp(page);
          const notice = page.locator('main#main .notices .notice');
          await waitForText(notice, 'Part of this link was not understood.');
          await waitForText(notice, says);
          assert.notEqual(await textOf(mainHeading(page)), 'Page not found');
          if (route === 'timeline') {
            assert.ok((await page.locator('#timeline-items li.item').count()) > 0, 'the timeline still lists items');
          }
          if (route === 'matrix') {
            assert.ok((await page.locator('table.matrix tbody tr').count()) > 0, 'the matrix still has rows');
          }
          assert.equal(await page.evaluate(() => typeof window.__pwned), 'undefined');
          assert.equal(await page.locator('main#main img, main#main script').count(), 0, 'no element from the link');
          assert.deepEqual(dialogs, []);
        });
      }
    }
  });
});
