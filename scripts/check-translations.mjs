#!/usr/bin/env node
// Checks the dataset's `translations` block (Dari `fa` and Pashto `ps` names and texts):
//
//   node scripts/check-translations.mjs [DATASET.json] [--coverage]
//
// Every entry must point at an existing record and field, copy that field's current English
// byte for byte in `from` (so a translation cannot silently go stale when the English changes),
// be written in Arabic script, and appear once per (of, field, lang). `attested` entries must
// cite a source that exists; transliterations and translations cite nothing.
// --coverage also lists the translatable fields that have no entry yet (informational).
// Exits 1 on any error.

import fs from 'node:fs';

const args = process.argv.slice(2);
const coverage = args.includes('--coverage');
const file = args.find((a) => !a.startsWith('--')) ?? 'public/data/vienna-process.json';
const data = JSON.parse(fs.readFileSync(file, 'utf8'));

const LANGS = ['fa', 'ps'];
const MADE = ['transliteration', 'translation', 'attested'];
const KEYS = ['of', 'field', 'lang', 'text', 'from', 'made', 'cites'];
// Which kinds of record exist, how their `of` id is read, and which fields are translatable.
const KINDS = {
  community: { list: data.communities, id: (r) => r.id, fields: () => ['name'] },
  faction: {
    list: data.factions,
    id: (r) => r.id,
    fields: (r) => ['name', ...(r.short ? ['short'] : []), 'summary'],
  },
  person: { list: data.people, id: (r) => r.id, fields: () => ['name', 'summary'] },
  round: {
    list: data.rounds,
    id: (r) => String(r.number),
    fields: (r) => [
      'name',
      'headline',
      'summary',
      ...(r.venues ?? []).flatMap((_, i) => [`venues.${i}.name`, `venues.${i}.city`]),
    ],
  },
  event: { list: data.events, id: (r) => r.id, fields: () => ['title', 'summary'] },
  document: { list: data.documents, id: (r) => r.id, fields: () => ['title', 'summary'] },
  disagreement: { list: data.disagreements, id: (r) => r.id, fields: () => ['topic', 'note'] },
};
// Names are transliterated or attested; texts are translated.
const NAME_FIELDS = /^(name|short|venues\.\d+\.(name|city))$/;

const errors = [];
const err = (i, msg) => errors.push(`translations[${i}]: ${msg}`);

function find(of) {
  const at = of.indexOf(':');
  if (at < 0) return null;
  const kind = KINDS[of.slice(0, at)];
  if (!kind) return null;
  const id = of.slice(at + 1);
  const record = (kind.list ?? []).find((r) => kind.id(r) === id);
  return record ? { kind, record } : null;
}

function fieldValue(record, field) {
  let v = record;
  for (const part of field.split('.')) {
    if (v === null || typeof v !== 'object') return undefined;
    v = Array.isArray(v) ? v[Number(part)] : v[part];
  }
  return v;
}

const sourceIds = new Set((data.sources ?? []).map((s) => s.id));
const arabicLetter = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/u;
const latinLetter = /[A-Za-z]/g;
const seen = new Set();
const list = data.translations;
if (!Array.isArray(list)) {
  console.error(`${file}: no top-level "translations" array`);
  process.exit(1);
}
list.forEach((t, i) => {
  const keys = Object.keys(t);
  const odd = keys.filter((k) => !KEYS.includes(k));
  const missing = KEYS.filter((k) => !keys.includes(k));
  if (odd.length) err(i, `unknown key(s) ${odd.join(', ')}`);
  if (missing.length) return err(i, `missing key(s) ${missing.join(', ')}`);
  const where = `${t.of} ${t.field} ${t.lang}`;
  if (!LANGS.includes(t.lang)) err(i, `${where}: lang must be one of ${LANGS.join(', ')}`);
  if (!MADE.includes(t.made)) err(i, `${where}: made must be one of ${MADE.join(', ')}`);
  const hit = find(t.of);
  if (!hit) return err(i, `${where}: no record ${t.of}`);
  if (!hit.kind.fields(hit.record).includes(t.field)) err(i, `${where}: not a translatable field of this record`);
  const english = fieldValue(hit.record, t.field);
  if (typeof english !== 'string') err(i, `${where}: the record has no text at ${t.field}`);
  else if (english !== t.from) err(i, `${where}: "from" differs from the current English (stale?)`);
  if (typeof t.text !== 'string' || !t.text.trim()) err(i, `${where}: empty text`);
  else {
    if (!arabicLetter.test(t.text)) err(i, `${where}: text is not in Arabic script`);
    if (t.text !== t.text.trim()) err(i, `${where}: text has leading or trailing space`);
    const letters = t.text.replace(/[^\p{L}]/gu, '').length;
    const latin = (t.text.match(latinLetter) ?? []).length;
    if (letters && latin / letters > 0.1) err(i, `${where}: ${latin} of ${letters} letters are Latin`);
  }
  if (!Array.isArray(t.cites)) err(i, `${where}: cites must be an array`);
  else if (t.made === 'attested') {
    if (!t.cites.length) err(i, `${where}: an attested name must cite its source`);
    for (const c of t.cites) if (!sourceIds.has(c?.source)) err(i, `${where}: cites unknown source ${c?.source}`);
  } else if (t.cites.length) err(i, `${where}: only attested names cite sources`);
  if (t.made === 'translation' && NAME_FIELDS.test(t.field) && t.of.startsWith('person:'))
    err(i, `${where}: a person's name is transliterated or attested, not translated`);
  if (t.made !== 'translation' && !NAME_FIELDS.test(t.field)) err(i, `${where}: a text is a translation`);
  const key = `${t.of}\u0000${t.field}\u0000${t.lang}`;
  if (seen.has(key)) err(i, `${where}: given twice`);
  seen.add(key);
});

const counts = {};
for (const t of list) {
  const k = `${t.of.split(':')[0]} ${t.lang}`;
  counts[k] = (counts[k] ?? 0) + 1;
}
let todo = 0;
const untranslated = [];
for (const [name, kind] of Object.entries(KINDS))
  for (const r of kind.list ?? [])
    for (const field of kind.fields(r))
      for (const lang of LANGS)
        if (!seen.has(`${name}:${kind.id(r)}\u0000${field}\u0000${lang}`)) {
          todo += 1;
          untranslated.push(`${name}:${kind.id(r)} ${field} ${lang}`);
        }

console.log(`${list.length} entries; ${todo} translatable fields without an entry`);
for (const [k, n] of Object.entries(counts).sort()) console.log(`  ${k}: ${n}`);
if (coverage) for (const u of untranslated) console.log(`  untranslated: ${u}`);
if (errors.length) {
  for (const e of errors) console.error(e);
  console.error(`${errors.length} error(s)`);
  process.exit(1);
}
