#!/usr/bin/env node
// Deterministic generator of a large, VALID, synthetic dataset for benchmarks.
//
//   node scripts/gen-dataset.mjs target/bench/large.json
//   node scripts/gen-dataset.mjs OUT.json --events 10000 --factions 300 --people 2000 --seed 1
//
// The output follows src/data/model.rs exactly (kebab-case enums, no unknown
// fields) and passes src/data/validate.rs: slug ids, every reference resolves,
// every fact cites an existing source (a `para` in range for sources with
// paragraphs, none for web sources), real dates YYYY[-MM[-DD]] with end >= start,
// http(s) addresses, non-empty text, and well under MAX_BYTES (16 MiB).
// tests/large_dataset.rs checks this natively.
//
// Everything is synthetic (invented names, clearly labelled in `meta`): it is a
// load test for the explorer, not information about the Vienna Process.
// Randomness comes from a seeded PRNG (mulberry32), never Math.random, so two
// runs with the same options write identical bytes.

import fs from 'node:fs';
import path from 'node:path';
import { intOption, parseCli } from './usage.mjs';

const MAX_BYTES = 16 * 1024 * 1024;
const USAGE = 'usage: node scripts/gen-dataset.mjs OUT.json [--events N] [--factions N] [--people N] [--seed N]';

function parseArgs(argv) {
  const { values: v, positionals } = parseCli(
    import.meta.url,
    argv,
    {
      events: { type: 'string' },
      factions: { type: 'string' },
      people: { type: 'string' },
      seed: { type: 'string' },
    },
    { allowPositionals: true },
  );
  if (positionals.length !== 1) throw new Error(`${USAGE}${positionals.length ? ` (one output file, not ${positionals.length})` : ''}`);
  const opts = {
    out: positionals[0],
    events: intOption('events', v.events, 10_000, { min: 0 }),
    factions: intOption('factions', v.factions, 300, { min: 0 }),
    people: intOption('people', v.people, 2_000, { min: 0 }),
    seed: intOption('seed', v.seed, 20220915, { min: 0 }),
  };
  if (opts.factions < 2) throw new Error('--factions must be at least 2 (relations need two)');
  if (opts.people < 1) throw new Error('--people must be at least 1');
  return opts;
}

// ---------------------------------------------------------------- PRNG

function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function generate({ events: nEvents = 10_000, factions: nFactions = 300, people: nPeople = 2_000, seed = 20220915 } = {}) {
  const rnd = mulberry32(seed);
  const int = (lo, hi) => lo + Math.floor(rnd() * (hi - lo + 1)); // inclusive
  const pick = (arr) => arr[Math.floor(rnd() * arr.length)];
  const chance = (p) => rnd() < p;
  /** k distinct elements of arr (k clamped), in arr order. */
  const sample = (arr, k) => {
    k = Math.min(k, arr.length);
    const chosen = new Set();
    while (chosen.size < k) chosen.add(Math.floor(rnd() * arr.length));
    return [...chosen].sort((x, y) => x - y).map((i) => arr[i]);
  };
  const pad = (n, w) => String(n).padStart(w, '0');

  // ------------------------------------------------------------ words
  const SYL = ['ka', 'ri', 'mo', 'sa', 'tan', 'dar', 'hel', 'bu', 'zar', 'nu', 'gol', 'fa', 'ja', 'ser', 'lo', 'min', 'ab', 'qu', 'ham', 'ye', 'ra', 'shi', 'vo', 'del'];
  const cap = (s) => s[0].toUpperCase() + s.slice(1);
  const word = () => {
    let w = '';
    for (let i = int(2, 3); i > 0; i--) w += pick(SYL);
    return w;
  };
  const name = () => `${cap(word())} ${cap(word())}`;
  const VERBS = ['met', 'announced', 'reported', 'called for', 'rejected', 'welcomed', 'discussed', 'signed', 'criticised', 'supported'];
  const NOUNS = ['a roadmap', 'the talks', 'a ceasefire', 'inclusive governance', 'a new council', 'the declaration', 'women\'s rights', 'a joint statement', 'the conference', 'regional envoys'];
  const sentence = (subject) => `${subject ?? cap(word())} ${pick(VERBS)} ${pick(NOUNS)} in ${cap(word())} (synthetic).`;
  const text = (subject, n = 1) => {
    const out = [];
    for (let i = 0; i < n; i++) out.push(sentence(i === 0 ? subject : undefined));
    return out.join(' ');
  };

  // ------------------------------------------------------------ dates
  const DIM = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  const dim = (y, m) => (m === 2 && ((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0) ? 29 : DIM[m - 1]);
  const ymd = (y, m, d) => `${pad(y, 4)}-${pad(m, 2)}-${pad(d, 2)}`;
  const addDays = (y, m, d, n) => {
    const t = new Date(Date.UTC(y, m - 1, d + n));
    return [t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate()];
  };
  /** A random date claim between 2021 and 2025 at mixed precision, sometimes a range. */
  const dateClaim = (cites) => {
    const y = int(2021, 2025);
    const m = int(1, 12);
    const d = int(1, dim(y, m));
    const r = rnd();
    let start;
    let end;
    if (r < 0.08) {
      start = pad(y, 4);
    } else if (r < 0.2) {
      start = `${pad(y, 4)}-${pad(m, 2)}`;
      if (chance(0.2)) {
        const [ey, em] = addDays(y, m, 1, int(31, 90));
        end = `${pad(ey, 4)}-${pad(em, 2)}`;
      }
    } else {
      start = ymd(y, m, d);
      if (chance(0.25)) end = ymd(...addDays(y, m, d, int(1, 6)));
    }
    const c = { start };
    if (end) c.end = end;
    if (chance(0.05)) c.note = 'Date as reported; the exact day is uncertain.';
    c.cites = cites();
    return c;
  };

  // ------------------------------------------------------------ communities
  const communities = [
    ['pashtun', 'Pashtun', 'ethnic'], ['tajik', 'Tajik', 'ethnic'], ['hazara', 'Hazara', 'ethnic'],
    ['uzbek', 'Uzbek', 'ethnic'], ['turkmen', 'Turkmen', 'ethnic'], ['baloch', 'Baloch', 'ethnic'],
    ['sunni', 'Sunni Muslims', 'religious'], ['shia', 'Shia Muslims', 'religious'],
    ['ismaili', 'Ismaili Muslims', 'religious'], ['sikh', 'Sikhs', 'religious'],
  ].map(([id, n, kind]) => ({ id, name: n, kind }));
  const communityIds = communities.map((c) => c.id);

  // ------------------------------------------------------------ sources
  const sources = [];
  for (let s = 1; s <= 5; s++) {
    const paragraphs = [];
    const count = int(30, 60);
    for (let n = 1; n <= count; n++) {
      paragraphs.push({ n, opens: `${cap(word())} ${word()} ${word()}`, summary: text(undefined, 1) });
    }
    sources.push({
      id: `bench-seed-${s}`,
      kind: 'seed',
      title: `Synthetic seed document ${s}`,
      author: name(),
      date: ymd(2022 + (s % 4), int(1, 12), int(1, 28)),
      file: `bench-seed-${s}.md`,
      language: 'en',
      summary: `A synthetic seed document with ${count} paragraphs, generated for benchmarks.`,
      paragraphs,
    });
  }
  const WEB_KINDS = ['news', 'organiser', 'official', 'reference'];
  for (let s = 1; s <= 15; s++) {
    const src = {
      id: `bench-web-${pad(s, 2)}`,
      kind: WEB_KINDS[s % WEB_KINDS.length],
      title: `Synthetic web report ${s}`,
      publisher: `${cap(word())} News`,
      url: `https://example.org/bench/report-${s}`,
      language: 'en',
      summary: 'A synthetic web source generated for benchmarks.',
    };
    if (chance(0.7)) src.date = ymd(int(2021, 2025), int(1, 12), int(1, 28));
    else src.date_note = 'Undated page.';
    sources.push(src);
  }
  const cite = () => {
    const s = pick(sources);
    return s.paragraphs ? { source: s.id, para: int(1, s.paragraphs.length) } : { source: s.id };
  };
  const cites = () => (chance(0.3) ? [cite(), cite()] : [cite()]);
  const claim = (subject) => {
    const c = { text: text(subject), cites: cites() };
    if (chance(0.1)) c.inferred = true;
    return c;
  };

  // ------------------------------------------------------------ ids
  const factionIds = Array.from({ length: nFactions }, (_, i) => `bench-faction-${pad(i + 1, 3)}`);
  const personIds = Array.from({ length: nPeople }, (_, i) => `bench-person-${pad(i + 1, 4)}`);
  const documentIds = [1, 2, 3, 4, 5].map((n) => `bench-document-${n}`);

  // ------------------------------------------------------------ rounds
  const ROUND_DATES = [
    ['2022-09-15', '2022-09-17'], ['2023-06-26', '2023-06-28'], ['2023-10-17', '2023-10-19'],
    ['2024-09-23', '2024-09-25'], ['2025-04-22', '2025-04-24'],
  ];
  const ORD = ['First', 'Second', 'Third', 'Fourth', 'Fifth'];
  const rounds = ROUND_DATES.map(([start, end], i) => {
    const number = i + 1;
    const dates = [{ start, end, cites: cites() }];
    if (chance(0.6)) dates.push({ start: end, note: 'Another source gives the closing day.', cites: cites() });
    return {
      number,
      name: `${ORD[i]} synthetic conference`,
      headline: text(`Round ${number}`),
      summary: text(`Round ${number}`, 3),
      dates,
      venues: [{ name: `${cap(word())} Hall`, city: 'Vienna', cites: cites() }],
      organisers: [claim(`${cap(word())} Institute`)],
      counts: [
        { value: int(30, 200), qualifier: 'about', of: 'participants', stated: 'about a hundred', cites: cites() },
        { value: int(10, 40), qualifier: 'more-than', of: 'groups', stated: 'more than twenty', cites: cites() },
      ],
      women_share: [{ stated: 'nearly half', percent: int(20, 50), cites: cites() }],
      attendance: sample(personIds, 40).map((person) => {
        const a = { person, mode: pick(['attended', 'in-person', 'online', 'envoy', 'absent']) };
        if (chance(0.5)) a.faction = pick(factionIds);
        if (chance(0.1)) a.inferred = true;
        a.cites = cites();
        return a;
      }),
      communities: sample(communityIds, 4).map((community) => ({
        community,
        level: pick(['dominant', 'present', 'limited', 'absent']),
        text: text(),
        cites: cites(),
      })),
      firsts: [claim()],
      outcomes: [claim(), claim()],
      reactions: [
        { actor: `${cap(word())} spokesperson`, person: pick(personIds), text: text(), cites: cites() },
        { actor: `${cap(word())} council`, faction: pick(factionIds), text: text(), cites: cites() },
      ],
      documents: [documentIds[i]],
    };
  });

  // ------------------------------------------------------------ factions
  const FACTION_KINDS = ['armed-front', 'political-council', 'party', 'movement', 'platform', 'historical', 'ruling', 'terrorist'];
  const factions = factionIds.map((id, i) => {
    const fname = `${cap(word())} ${pick(['Front', 'Council', 'Movement', 'Party', 'Alliance'])} ${i + 1}`;
    const f = { id, name: fname };
    if (chance(0.5)) f.short = fname.split(' ').map((w) => w[0]).join('').toUpperCase();
    f.aliases = chance(0.3) ? [{ name: `${cap(word())} Group`, cites: cites(), ...(chance(0.3) ? { inferred: true } : {}) }] : [];
    f.kind = FACTION_KINDS[i % FACTION_KINDS.length];
    f.summary = text(fname, 2);
    f.bases = chance(0.5) ? [claim()] : [];
    f.founded = chance(0.6) ? [dateClaim(cites)] : [];
    f.composition = chance(0.4) ? [{ communities: sample(communityIds, int(1, 3)), text: text(), cites: cites() }] : [];
    f.stances = chance(0.5)
      ? [{ stance: pick(['armed-struggle', 'negotiation', 'both']), ...(chance(0.5) ? { since: `${int(2021, 2025)}` } : {}), text: text(), cites: cites() }]
      : [];
    f.presence = sample([1, 2, 3, 4, 5], int(0, 5)).map((round) => ({
      round,
      status: pick(['attended', 'represented', 'absent']),
      text: text(),
      ...(chance(0.1) ? { inferred: true } : {}),
      cites: cites(),
    }));
    f.notes = chance(0.3) ? [claim()] : [];
    return f;
  });

  // ------------------------------------------------------------ people
  const ROLE_KINDS = ['leader', 'founder', 'member', 'spokesperson', 'other'];
  const people = personIds.map((id) => {
    const pname = name();
    const roles = [];
    for (let r = int(0, 3); r > 0; r--) {
      const role = { title: `${cap(word())} ${pick(['chair', 'member', 'envoy', 'adviser'])}`, kind: pick(ROLE_KINDS) };
      if (role.kind !== 'other' || chance(0.3)) role.faction = pick(factionIds);
      if (chance(0.4)) role.since = `${int(2015, 2022)}`;
      if (chance(0.2)) role.until = `${int(2023, 2025)}-${pad(int(1, 12), 2)}`;
      role.cites = cites();
      roles.push(role);
    }
    return {
      id,
      name: pname,
      variants: chance(0.2) ? [{ name: `${pname.split(' ')[0]} ${cap(word())}`, cites: cites() }] : [],
      summary: text(pname),
      roles,
      communities: chance(0.3) ? [{ community: pick(communityIds), cites: cites() }] : [],
      notes: chance(0.2) ? [claim(pname)] : [],
    };
  });

  // ------------------------------------------------------------ documents
  const DOC_KINDS = ['roadmap', 'declaration', 'statement', 'letter', 'report'];
  const documents = documentIds.map((id, i) => ({
    id,
    title: `Synthetic ${DOC_KINDS[i]} of round ${i + 1}`,
    kind: DOC_KINDS[i],
    date: ROUND_DATES[i][1],
    round: i + 1,
    issuer: 'Participants of the synthetic conference',
    summary: text(undefined, 2),
    sections: [
      { heading: 'Principles', items: [claim(), claim(), claim()] },
      { heading: 'Steps', items: [claim(), claim()] },
    ],
    cites: cites(),
  }));

  // ------------------------------------------------------------ events
  const EVENT_KINDS = ['round', 'takeover', 'founding', 'meeting', 'document', 'report', 'repression', 'statement'];
  const events = [];
  for (let i = 1; i <= nEvents; i++) {
    const kind = pick(EVENT_KINDS);
    const title = `${cap(kind)}: ${cap(word())} ${word()} ${i}`;
    const dates = [dateClaim(cites)];
    if (chance(0.05)) dates.push(dateClaim(cites));
    const e = { id: `bench-event-${pad(i, 5)}`, title, kind, dates };
    if (chance(0.5)) e.place = `${cap(word())}, ${pick(['Kabul', 'Vienna', 'Doha', 'Dushanbe', 'Tashkent', 'Geneva'])}`;
    e.summary = text(title, int(1, 2));
    e.factions = sample(factionIds, int(0, 3));
    e.people = sample(personIds, int(0, 3));
    if (chance(0.08)) e.inferred = true;
    e.cites = cites();
    events.push(e);
  }

  // ------------------------------------------------------------ relations
  const RELATION_KINDS = ['allied', 'rival', 'contrasting', 'split-from', 'member-of', 'successor-of', 'shared-leader', 'opposes'];
  const relations = [];
  for (let i = 0; i < nFactions * 2; i++) {
    const [from, to] = sample(factionIds, 2);
    const flip = chance(0.5);
    const r = { from: flip ? to : from, to: flip ? from : to, kind: pick(RELATION_KINDS), text: text() };
    if (chance(0.1)) r.inferred = true;
    r.cites = cites();
    relations.push(r);
  }

  // ------------------------------------------------------------ disagreements
  const FIELDS = ['count', 'date', 'name', 'spelling', 'venue', 'attribution', 'other'];
  const disagreements = [];
  for (let i = 1; i <= 60; i++) {
    const which = i % 6;
    const subject =
      which === 0 ? { round: int(1, 5) }
      : which === 1 ? { faction: pick(factionIds) }
      : which === 2 ? { person: pick(personIds) }
      : which === 3 && events.length ? { event: pick(events).id }
      : which === 4 ? { document: pick(documentIds) }
      : { source: pick(sources).id };
    disagreements.push({
      id: `bench-disagreement-${pad(i, 2)}`,
      topic: `Synthetic disagreement ${i}`,
      field: FIELDS[i % FIELDS.length],
      subjects: [subject],
      values: [
        { value: `${int(10, 99)}`, cites: cites() },
        { value: `${int(100, 199)}`, cites: cites() },
      ],
      note: text(),
    });
  }

  return {
    meta: {
      title: `Synthetic benchmark dataset (${nEvents} events, ${nFactions} factions, ${nPeople} people)`,
      version: `bench-${seed}`,
      date: '2025-01-01',
      licence: 'CC0-1.0',
      description:
        'Invented data generated by scripts/gen-dataset.mjs to load-test the Vienna Process Explorer. ' +
        'Every name, date and statement in it is synthetic; none describes real people or events.',
      method: [
        `Generated with a seeded PRNG (mulberry32, seed ${seed}); identical options give identical bytes.`,
        'Seed sources carry paragraphs and are cited with ¶ locators; web sources are cited by address.',
      ],
    },
    communities,
    sources,
    rounds,
    factions,
    people,
    documents,
    events,
    relations,
    disagreements,
  };
}

function main() {
  let opts;
  try {
    opts = parseArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`gen-dataset: ${err.message}`);
    process.exit(2);
  }
  const json = JSON.stringify(generate(opts)) + '\n';
  const bytes = Buffer.byteLength(json);
  if (bytes > MAX_BYTES) {
    console.error(`gen-dataset: ${bytes} bytes is over the validator's limit of ${MAX_BYTES}`);
    process.exit(1);
  }
  fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
  fs.writeFileSync(opts.out, json);
  console.log(
    `gen-dataset: wrote ${opts.out}: ${(bytes / 1048576).toFixed(2)} MiB, ` +
      `${opts.events} events, ${opts.factions} factions, ${opts.people} people (seed ${opts.seed})`,
  );
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname);
if (isMain) main();
