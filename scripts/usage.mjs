// `--help` for the repo's node scripts: their leading `//` comment block.

import fs from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Prints the `//` comment lines of the script at `scriptUrl` (import.meta.url), and exits. */
export function printUsage(scriptUrl) {
  const src = fs.readFileSync(fileURLToPath(scriptUrl), 'utf8');
  console.log(src.split('\n').filter((l) => l.startsWith('//')).map((l) => l.slice(3)).join('\n'));
  process.exit(0);
}
