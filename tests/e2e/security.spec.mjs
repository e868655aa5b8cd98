// The Content Security Policy the build adds (scripts/csp.mjs): present,
// strict, and not violated on any page, built or drawn in the browser.

import { expect, open, test } from './fixtures.mjs';

const ROUTES = ['', 'timeline?kind=round&range=2023-01-01..2023-12-31', 'rounds/3?ethnicity=uzbek', 'matrix?row=nrf&col=r2', 'factions/nrf', 'people/', 'sources/seed-001', 'disagreements', 'about', 'no/such/page'];

test('every page carries a strict CSP: own scripts and wasm only, no inline style or script beyond the hashed loader and stylesheet', async ({ page, at }) => {
  await open(page, at, '');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  const directives = Object.fromEntries(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  expect(directives['default-src']).toEqual(["'self'"]);
  expect(directives['script-src']).toContain("'wasm-unsafe-eval'");
  expect(directives['script-src'].some((s) => s.startsWith("'sha256-"))).toBe(true);
  for (const [k, v] of Object.entries(directives)) {
    expect(v, k).not.toContain("'unsafe-inline'");
    expect(v, k).not.toContain("'unsafe-eval'");
  }
  // The stylesheet is in the page (no request to wait for before the first
  // paint), allowed by the hash of exactly its text.
  expect(directives['style-src']).toEqual(["'self'", expect.stringMatching(/^'sha256-[A-Za-z0-9+/]+=*'$/)]);
  const inline = await page.evaluate(async () => {
    const styles = [...document.querySelectorAll('style')];
    const digest = async (text) => {
      const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
      return `'sha256-${btoa(String.fromCharCode(...bytes))}'`;
    };
    return {
      linked: document.querySelectorAll('link[rel="stylesheet"]').length,
      hashes: await Promise.all(styles.map((s) => digest(s.textContent))),
      applied: getComputedStyle(document.querySelector('.site-header')).display,
    };
  });
  expect(inline.linked).toBe(0);
  expect(inline.hashes).toEqual([directives['style-src'][1]]);
  expect(inline.applied).toBe('flex');
  expect(directives['connect-src']).toContain('https:');
  expect(directives['object-src']).toEqual(["'none'"]);
});

for (const route of ROUTES) {
  test(`no violation of the policy on /${route}`, async ({ page, at }) => {
    await page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener('securitypolicyviolation', (e) => {
        window.__violations.push(`${e.violatedDirective}: ${e.blockedURI} ${e.sample}`);
      });
    });
    await open(page, at, route);
    // Let the effects and the styles set through the CSSOM run.
    await page.waitForFunction(() => new Promise((r) => requestAnimationFrame(() => r(true))));
    expect(await page.evaluate(() => window.__violations)).toEqual([]);
  });
}
