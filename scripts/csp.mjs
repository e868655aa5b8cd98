#!/usr/bin/env node
// Adds a Content Security Policy to a built index.html (Trunk post_build hook).
//
// Trunk writes one inline module script (it loads the wasm); it is allowed by
// its SHA-256 hash, so no other inline script can run. Styles come only from
// the site's stylesheet (the app sets positions through the CSSOM, which CSP
// allows). `connect-src https:` lets users load datasets from other sites.
//
//   node scripts/csp.mjs dist/index.html
import fs from 'node:fs';
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
const hashes = [];
for (const m of html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
  hashes.push(`'sha256-${crypto.createHash('sha256').update(m[1], 'utf8').digest('base64')}'`);
}
const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(' ')}`.trim(),
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self' https:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
const meta = `<meta http-equiv="Content-Security-Policy" content="${policy}">`;
html = html.replace(/<meta charset="utf-8">/i, (m) => `${m}\n  ${meta}`);
if (!html.includes(meta)) {
  console.error('csp: no <meta charset="utf-8"> to insert the policy after');
  process.exit(1);
}
fs.writeFileSync(file, html);
console.log(`csp: ${file}: ${hashes.length} inline script(s) hashed`);
