// `--help` and option parsing for the repo's node scripts: the help text is a
// script's leading `//` comment block; options are parsed by node's
// util.parseArgs (strict: an unknown option or a missing value is an error).

import fs from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';

/**
 * Prints the leading `//` comment block of the script at `scriptUrl`
 * (import.meta.url; a `#!` line before it is skipped), and exits.
 */
export function printUsage(scriptUrl) {
  const lines = fs.readFileSync(fileURLToPath(scriptUrl), 'utf8').split('\n');
  if (lines[0]?.startsWith('#!')) lines.shift();
  const block = [];
  for (const l of lines) {
    if (!l.startsWith('//')) break;
    block.push(l.slice(3));
  }
  console.log(block.join('\n'));
  process.exit(0);
}

/**
 * util.parseArgs with `-h`/`--help` (prints the usage and exits, even next to
 * other, possibly invalid, arguments) and short error messages that end in
 * "(see --help)". Returns {values, positionals}.
 * @param {string} scriptUrl   import.meta.url of the calling script
 * @param {string[]} args      process.argv.slice(2)
 * @param {object} options     util.parseArgs options ({name: {type, short?, multiple?, default?}})
 * @param {{allowPositionals?: boolean}} [more]
 */
export function parseCli(scriptUrl, args, options, { allowPositionals = false } = {}) {
  const end = args.indexOf('--');
  const flags = end < 0 ? args : args.slice(0, end);
  if (flags.includes('--help') || flags.includes('-h')) printUsage(scriptUrl);
  try {
    return parseArgs({ args, options, allowPositionals, strict: true });
  } catch (err) {
    // Node's messages add advice about `--`; the first sentence is enough.
    const first = String(err.message).split(/(?<=\.)\s/)[0].replace(/\.$/, '');
    throw new Error(`${first} (see --help)`);
  }
}

/** An integer option: `name` is the flag without dashes, `raw` its string value (or undefined). */
export function intOption(name, raw, fallback, { min = -Infinity, max = Infinity } = {}) {
  if (raw === undefined) return fallback;
  const v = Number(raw);
  if (!Number.isInteger(v) || v < min || v > max) {
    const range = max === Infinity ? (min === -Infinity ? 'an integer' : `an integer >= ${min}`) : `an integer ${min}-${max}`;
    throw new Error(`--${name} must be ${range}, not ${JSON.stringify(raw)}`);
  }
  return v;
}
