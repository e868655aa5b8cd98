// End-to-end tests: @playwright/test driving Debian's Chromium against the
// release builds, served by scripts/static-server.mjs the way GitHub Pages
// serves them (x.html for /x, a folder wins and redirects to x/, 404.html with
// status 404 for anything else). Two projects, one per build: `dist` at `/`
// and `dist-sub` at `/vienna/`. `make test-e2e` builds both first.
//
//   npx playwright test -c tests/e2e/playwright.config.mjs [--project sub-path] [-g name]

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from '@playwright/test';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const PORT = Number(process.env.E2E_PORT ?? 4310);
const SUB = process.env.E2E_SUB_BASE ?? '/vienna/';
// The builds served (make test-e2e builds these two; another run may use its own).
const DIST = process.env.E2E_DIST ?? 'dist';
const DIST_SUB = process.env.E2E_DIST_SUB ?? 'dist-sub';

const server = (dir, prefix, port) => ({
  command: `node scripts/static-server.mjs --root ${dir} --prefix ${prefix} --port ${port} --extra tests/fixtures`,
  cwd: ROOT,
  url: `http://127.0.0.1:${port}${prefix}`,
  reuseExistingServer: false,
  stdout: 'ignore',
  stderr: 'pipe',
});

export default defineConfig({
  testDir: '.',
  testMatch: /.*\.spec\.mjs$/,
  outputDir: process.env.E2E_OUTPUT ?? path.join(ROOT, 'target/e2e-results'),
  globalSetup: './global-setup.mjs',
  fullyParallel: true,
  // The machine has two cores; the browser takes one per worker.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  forbidOnly: true,
  retries: 0,
  timeout: 45_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    viewport: { width: 1280, height: 800 },
    // The service worker is tested where it is meant to be (offline tests).
    serviceWorkers: 'block',
    trace: 'retain-on-failure',
    actionTimeout: 10_000,
  },
  webServer: [server(DIST, '/', PORT), server(DIST_SUB, SUB, PORT + 1)],
  projects: [
    { name: 'root', use: { baseURL: `http://127.0.0.1:${PORT}/` } },
    { name: 'sub-path', use: { baseURL: `http://127.0.0.1:${PORT + 1}${SUB}` } },
  ],
});
