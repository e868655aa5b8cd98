// `make serve` (trunk serve, a debug build) must start with a clean console:
// its live-reload script runs (no policy of hashes blocks it) and no offline
// worker is registered (trunk serve writes no sw.js). `make dist` keeps both.
// Checked on the hook that makes the difference (scripts/csp.mjs), run on the
// repository's own index.html as Trunk's staging copy would hold it.

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { execFileSync } from 'node:child_process';
import { REPO_ROOT, expect, test } from './fixtures.mjs';

const RELOAD = "document.documentElement.dataset.reloaded = 'yes';";

/** The repository's index.html after the hook, with the dev server's inline reload script in its body. */
function staged(profile) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'csp-'));
  const file = path.join(dir, 'index.html');
  const source = fs.readFileSync(path.join(REPO_ROOT, 'index.html'), 'utf8');
  // Trunk names the offline script by its hash; the hook must find it so.
  fs.writeFileSync(file, source.replace(/src="public\/offline\.js"/, 'src="/offline-0123abcd.js"'));
  execFileSync('node', [path.join(REPO_ROOT, 'scripts/csp.mjs'), file], { env: { ...process.env, TRUNK_PROFILE: profile } });
  const html = fs.readFileSync(file, 'utf8');
  fs.rmSync(dir, { recursive: true });
  return html;
}

test('a development build lets the reload script run and registers no worker; a release build keeps both guards', async ({ page, at, reports }) => {
  test.skip(at.base !== '/', 'one check of the build hook is enough');
  // Outside a server the page's preloads point nowhere; the release page's
  // blocked script is the point of its half of the test.
  reports.allow(/<link rel=preload> has an invalid `href` value/, /violates the following Content Security Policy/);
  const dev = staged('debug');
  expect(dev).not.toContain('Content-Security-Policy');
  expect(dev).not.toMatch(/offline-[0-9a-f]+\.js/);
  const release = staged('release');
  expect(release).toContain('http-equiv="Content-Security-Policy"');
  expect(release).toMatch(/offline-0123abcd\.js/);
  // trunk serve writes no edition datasets (prerender does), so the dev page
  // preloads the whole dataset, which a debug build's app reads.
  expect(dev).toContain('<link rel="preload" href="data/vienna-process.json"');
  expect(dev).not.toContain('data/edition/');
  expect(release).toContain('<link rel="preload" href="data/edition/base.json"');

  // In a browser: the dev page runs an inline script the server would inject,
  // without a policy violation in the console.
  const errors = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  const inject = (html) => html.replace('</body>', `<script>${RELOAD}</script></body>`).replace(/<link data-trunk[^>]*>/g, '').replace(/<script data-trunk[^>]*><\/script>/g, '');
  await page.setContent(inject(dev));
  expect(await page.evaluate(() => document.documentElement.dataset.reloaded === 'yes')).toBe(true);
  expect(errors.filter((e) => /Content Security Policy|MIME type/i.test(e))).toEqual([]);
  // And the release page would have blocked it: the guard is real.
  await page.setContent(inject(release));
  expect(await page.evaluate(() => document.documentElement.dataset.reloaded === 'yes')).toBe(false);
});
