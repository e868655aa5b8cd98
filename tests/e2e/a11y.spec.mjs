// Accessibility: axe-core (@axe-core/playwright) on every kind of page, at
// desktop and phone widths. No rule is disabled: a violation is a bug.

import AxeBuilder from '@axe-core/playwright';
import { DATA, expect, open, test } from './fixtures.mjs';

const VIEWPORTS = [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 390, height: 844 },
];
const ROUTES = [
  '',
  'timeline?faction=nrf',
  ...DATA.rounds.map((r) => `rounds/${r.number}`),
  'rounds/3?compare=2&ethnicity=uzbek',
  'matrix',
  'matrix?row=nrf&col=r2',
  'factions/',
  'factions/nrf',
  'people/',
  `people/${DATA.people[0].id}`,
  'sources/',
  'sources/seed-000',
  'disagreements',
  `documents/${DATA.documents[0].id}`,
  'about',
  'no-such-page',
];

const describe = (violations) =>
  violations
    .map((v) => `[${v.impact}] ${v.id}: ${v.help}\n` + v.nodes.slice(0, 6).map((n) => `    ${n.target.join(' ')}\n      ${n.failureSummary}`).join('\n'))
    .join('\n');

for (const vp of VIEWPORTS) {
  test.describe(`${vp.label} ${vp.width}x${vp.height}`, () => {
    test.use({ viewport: { width: vp.width, height: vp.height } });
    for (const rel of ROUTES) {
      test(`axe finds no violation on /${rel}`, async ({ page, at }) => {
        await open(page, at, rel);
        if (rel.includes('row=')) await page.locator('.evidence').waitFor();
        const result = await new AxeBuilder({ page }).analyze();
        expect(result.violations, describe(result.violations)).toEqual([]);
      });
    }
  });
}
