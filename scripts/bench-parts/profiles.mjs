// The bench's targets and the two device profiles (desktop, and the phone: slow 4G, 4x slower CPU).

import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const PARTS = ['sizes', 'startup', 'phone', 'large', 'compare', 'lighthouse'];

// The targets.
export const TARGET = {
  readableRatio: 0.5, // our first readable / the faster peer's painted timeline
  readableMs: 1000,
  interactiveMs: 2500,
  wasmGzipBytes: 250_000, // 250 KB
  lighthousePerf: 95,
  lighthouseOther: 100,
};

// The phone profile: Lighthouse's mobile device and its "slow 4G" numbers.
export const PHONE = {
  context: { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true },
  latencyMs: 150,
  downKbps: 1.6 * 1024,
  upKbps: 750,
  cpuSlowdown: 4,
};
export const DESKTOP = { context: { viewport: { width: 1280, height: 800 } } };
