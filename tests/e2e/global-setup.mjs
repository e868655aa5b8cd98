// Before any test: the builds exist, and the dataset fixtures follow the
// current dataset (tests/fixtures/make-fixtures.mjs writes them).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { makeFixtures } from '../fixtures/make-fixtures.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

export default function globalSetup() {
  for (const dir of [process.env.E2E_DIST ?? 'dist', process.env.E2E_DIST_SUB ?? 'dist-sub']) {
    if (!fs.existsSync(path.join(ROOT, dir, 'index.html'))) {
      throw new Error(`${dir}/index.html does not exist: run make test-e2e (it builds dist at / and dist-sub at /vienna/)`);
    }
  }
  makeFixtures();
}
