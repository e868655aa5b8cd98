// Debian's Chromium as the e2e tests and the bench drive it (playwright-core).
// CHROMIUM_PATH overrides the binary.

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// No sandbox (CI containers run as root); nothing that reaches the network or
// adds background work that would disturb a measurement.
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-default-apps',
  '--disable-extensions',
];

