// The Content Security Policy the build adds (scripts/csp.mjs): present, strict,
// and not violated by the app on any page.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { forEachBase, openPage, waitForApp, eventually } from './helpers.mjs';

const ROUTES = ['', 'timeline?kind=round', 'rounds/3?ethnicity=uzbek', 'matrix?row=nrf&col=r2', 'factions/nrf', 'people', 'sources/seed-001', 'disagreements', 'about', 'no/such/page'];

forEachBase((at) => {
  test('the page carries a strict CSP: own scripts and wasm only, no inline style or script beyond the hashed loader', async (t) => {
    const page = await at.open(t, '');
    await waitForApp(page);
    const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
    assert.ok(csp, 'a CSP meta element exists');
    const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    assert.deepEqual(directives['default-src'], ["'self'"]);
    assert.ok(directives['script-src'].includes("'wasm-unsafe-eval'"));
    assert.ok(directives['script-src'].some((s) => s.startsWith("'sha256-")), 'the inline loader is allowed by hash');
    for (const [k, v] of Object.entries(directives)) {
      assert.ok(!v.includes("'unsafe-inline'") && !v.includes("'unsafe-eval'"), `${k} must not allow unsafe-inline/eval`);
    }
    assert.deepEqual(directives['style-src'], ["'self'"]);
    assert.ok(directives['connect-src'].includes('https:'), 'datasets can be loaded from other sites over https');
    assert.deepEqual(directives['object-src'], ["'none'"]);
  });

  test('no page of the app violates the policy', async (t) => {
    for (const route of ROUTES) {
      const page = await openPage(t, at.url(route), { goto: false });
      await page.addInitScript(() => {
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', (e) => {
          window.__cspViolations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
        });
      });
      await page.goto(at.url(route));
      await waitForApp(page);
      // Let effects, styles set through the CSSOM and lazy parts run.
      await eventually(async () => assert.ok(await page.locator('main h1').count()));
      await page.waitForTimeout(200);
      const v = await page.evaluate(() => window.__cspViolations);
      assert.deepEqual(v, [], `CSP violations on /${route}`);
    }
  });
});
