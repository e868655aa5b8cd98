// Accessibility: axe-core (node_modules/axe-core) on every route, at desktop
// (1280x900) and phone (390x844) widths, at `/` and `/vienna/`. No rule is
// disabled: a violation is an app bug to fix.

import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT, forEachBase, waitForApp } from './helpers.mjs';

const DATA = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'public/data/vienna-process.json'), 'utf8'));
// Injected through the DevTools protocol (page.evaluate), which the page's CSP
// rightly does not let a <script> tag do.
const AXE_SOURCE = fs.readFileSync(path.join(REPO_ROOT, 'node_modules/axe-core/axe.min.js'), 'utf8');
const VIEWPORTS = [
  { label: 'desktop', width: 1280, height: 900 },
  { label: 'phone', width: 390, height: 844 },
];
const ROUTES = [
  '',
  'timeline',
  ...DATA.rounds.map((r) => `rounds/${r.number}`),
  'matrix',
  'matrix?row=nrf&col=r2',
  'factions',
  'factions/nrf',
  'people',
  `people/${DATA.people[0].id}`,
  'sources',
  'sources/seed-000',
  'disagreements',
  `documents/${DATA.documents[0].id}`,
  'about',
  'no-such-page',
];

function describeViolations(violations) {
  return violations
    .map((v) => {
      const nodes = v.nodes
        .slice(0, 8)
        .map((n) => `      ${n.target.join(' ')}\n        ${(n.failureSummary ?? '').replace(/\n/g, '\n        ')}`)
        .join('\n');
      return `  [${v.impact}] ${v.id}: ${v.help} (${v.nodes.length} node(s))\n${nodes}`;
    })
    .join('\n');
}

forEachBase((at) => {
  for (const vp of VIEWPORTS) {
    test(`axe finds no violations (${vp.label} ${vp.width}x${vp.height})`, async (t) => {
      for (const rel of ROUTES) {
        await t.test(`/${rel}`, async (t) => {
          const page = await at.open(t, rel, { viewport: { width: vp.width, height: vp.height } });
          await waitForApp(page);
          if (rel.includes('row=')) await page.locator('section.evidence').waitFor();
          await page.evaluate(AXE_SOURCE);
          const result = await page.evaluate(async () => {
            // eslint-disable-next-line no-undef
            const r = await axe.run(document, { resultTypes: ['violations'] });
            return r.violations.map((v) => ({
              id: v.id,
              impact: v.impact,
              help: v.help,
              nodes: v.nodes.map((n) => ({ target: n.target.map(String), failureSummary: n.failureSummary })),
            }));
          });
          assert.equal(result.length, 0, `axe violations on ${at.path(rel)} (${vp.label}):\n${describeViolations(result)}`);
        });
      }
    });
  }
});
