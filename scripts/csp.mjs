#!/usr/bin/env node
// Finishes a built index.html (Trunk post_build hook): puts the stylesheet in
// the page and adds a Content Security Policy.
//
// The stylesheet (a few KB gzipped) goes inline, in a <style> element: a first
// visit, how most readers arrive, paints without waiting one more round trip
// for it (on the bench's phone profile the page painted ~0.1-0.2 s sooner).
//
// Trunk writes one inline module script (it loads the wasm); it and the inline
// stylesheet are allowed by their SHA-256 hashes, so no other inline script or
// style can run (the app sets positions through the CSSOM, which CSP allows).
// `connect-src https:` lets users load datasets from other sites.
//
//   node scripts/csp.mjs dist/index.html
import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';

const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/csp.mjs <index.html>');
  process.exit(2);
}
let html = fs.readFileSync(file, 'utf8');
if (html.includes('http-equiv="Content-Security-Policy"')) {
  console.log(`csp: ${file} already has a policy`);
  process.exit(0);
}
// `trunk serve` (a debug build) is for development: its server injects a
// live-reload script and websocket that a policy of hashes would block, and it
// does not run `prerender`, so there is no sw.js to register and no dataset
// as the app reads it (`data/edition/*.json`). Such a build gets neither the
// policy nor the offline script, and preloads the whole dataset, which its
// app loads (`dataset_paths` in src/start.rs), so the console starts clean;
// `make dist` (`trunk build --release`) gets the policy, the worker and the
// edition files.
const development = process.env.TRUNK_PROFILE !== undefined && process.env.TRUNK_PROFILE !== 'release';
if (development) {
  const offline = /\s*<script\b[^>]*\bsrc="[^"]*\boffline(?:-[0-9a-f]+)?\.js"[^>]*><\/script>/;
  if (!offline.test(html)) {
    console.error('csp: a development build without the offline script tag to remove');
    process.exit(1);
  }
  html = html.replace(offline, '');
  const edition = 'href="data/edition/base.json"';
  if (!html.includes(edition)) {
    console.error('csp: a development build without the dataset preload to replace');
    process.exit(1);
  }
  html = html.replace(edition, 'href="data/vienna-process.json"');
}
const sha256 = (text) => `'sha256-${crypto.createHash('sha256').update(text, 'utf8').digest('base64')}'`;

// Trunk's <link rel="stylesheet" href="/<base>/main-<hash>.css" ...>: the file
// is in the same folder as index.html.
const links = [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)];
for (const [tag] of links) {
  const href = tag.match(/\bhref="([^"]+)"/)?.[1] ?? '';
  const css = path.join(path.dirname(file), path.basename(href));
  if (!/\.css$/.test(href) || href.includes('//') || !fs.existsSync(css)) {
    console.error(`csp: cannot inline the stylesheet ${href}`);
    process.exit(1);
  }
  const text = fs.readFileSync(css, 'utf8');
  if (/<\/style/i.test(text)) {
    console.error(`csp: ${href} contains "</style" and cannot be inlined`);
    process.exit(1);
  }
  html = html.replace(tag, () => `<style>${text}</style>`);
  fs.rmSync(css);
}
const scripts = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => sha256(m[1]));
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${scripts.join(' ')}`.trim(),
  `style-src 'self' ${styles.join(' ')}`.trim(),
  "img-src 'self' data:",
  "connect-src 'self' https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
if (development) {
  fs.writeFileSync(file, html);
  console.log(`csp: ${file}: a development build (TRUNK_PROFILE=${process.env.TRUNK_PROFILE}): no policy, no offline worker`);
  process.exit(0);
}
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${meta}`);
if (!html.includes(meta)) {
  console.error('csp: no <meta charset="utf-8"> to insert the policy after');
  process.exit(1);
}
fs.writeFileSync(file, html);
console.log(`csp: ${file}: ${links.length} stylesheet(s) inlined; ${scripts.length} inline script(s), ${styles.length} style(s) hashed`);
