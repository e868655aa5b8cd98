// Part 3: the phone (slow 4G, 4x slower CPU): ours and the peers', and a tick before the app starts.

import { PHONE, TARGET } from './profiles.mjs';
import { fmtMs, fmtRatio, heading, max, median, met, min, ratio, table, uniq } from './report.mjs';
import { newPage } from './browser.mjs';
import { figureRows, loadRuns, reportRuns, stats } from './startup.mjs';

export async function partPhone(browser, site, origin, o, { haveDist, haveSeed }) {
  const round = `/rounds/${o.round}`;
  const subjects = [];
  if (haveDist) {
    subjects.push({ name: `ours ${round}`, url: `${site}${round}`, want: ['readable', 'app'] });
    subjects.push({ name: 'ours /', url: `${site}/`, want: ['timeline', 'app'] });
  }
  if (haveSeed) {
    subjects.push({ name: 'vis-timeline', url: `${origin}/__bench/vis.html?data=/__bench/seed.json`, want: ['peer'] });
    subjects.push({ name: 'TimelineJS', url: `${origin}/__bench/timelinejs.html?data=/__bench/seed.json`, want: ['peer'] });
  }
  if (!subjects.length) throw new Error('neither dist/ nor a seed dataset to measure');
  const res = await loadRuns(browser, subjects, o.phoneRuns, PHONE, 60_000, 'phone');
  const get = (name, key) => (res[name] ? stats(res[name], key) : null);

  heading(
    `3. Phone: ${PHONE.context.viewport.width}x${PHONE.context.viewport.height} @${PHONE.context.deviceScaleFactor}x, ` +
      `${PHONE.latencyMs} ms latency, ${(PHONE.downKbps / 1024).toFixed(1)} Mbit/s down, ${PHONE.upKbps} kbit/s up, CPU /${PHONE.cpuSlowdown}, ` +
      `no cache; seed events; ${o.phoneRuns} fresh load${o.phoneRuns === 1 ? '' : 's'} each`,
  );
  const rows = [];
  // Our two pages differ only in what counts as read: a round's facts, or the timeline.
  const ours = (read) => [
    ['fcp', 'first contentful paint'],
    read,
    ['lcp', 'largest contentful paint'],
    ['wasmLoaded', 'wasm downloaded'],
    ['appStarted', 'app-started (interactive)'],
    ['longestTask', 'longest main-thread task, first paint to app-started'],
    ['blocking', 'blocking time (tasks over 50 ms), first paint to app-started'],
  ];
  if (res[`ours ${round}`]) {
    rows.push(...figureRows(`ours ${round}`, res[`ours ${round}`], ours(['readable', 'first readable (h1 + dates)'])));
  }
  if (res['ours /']) {
    rows.push(...figureRows('ours /', res['ours /'], ours(['timelinePainted', 'timeline painted (prerendered list)'])));
  }
  for (const peer of ['vis-timeline', 'TimelineJS']) {
    if (res[peer]) rows.push(...figureRows(peer, res[peer], [['fcp', 'first contentful paint'], ['peerPainted', 'timeline painted']]));
  }
  table(['page', 'figure', 'median', 'min', 'max', 'n'], rows, { left: 2 });

  const peers = ['vis-timeline', 'TimelineJS'].map((n) => [n, get(n, 'peerPainted')?.median ?? null]).filter(([, v]) => v != null);
  const faster = peers.length ? peers.reduce((a, b) => (b[1] < a[1] ? b : a)) : null;
  const readable = get(`ours ${round}`, 'readable')?.median ?? null;
  const timeline = get('ours /', 'timelinePainted')?.median ?? null;
  const appRound = get(`ours ${round}`, 'appStarted')?.median ?? null;
  const appHome = get('ours /', 'appStarted')?.median ?? null;
  const readableRatio = faster ? ratio(readable, faster[1]) : null;
  const timelineRatio = faster ? ratio(timeline, faster[1]) : null;
  const fasterText = faster ? `${faster[0]}, ${fmtMs(faster[1])}` : 'no peer figure';
  console.log('\n  Medians against the targets:');
  table(
    ['figure', 'value', 'target', ''],
    [
      [`first readable (${round}) / faster peer's painted timeline (${fasterText})`, fmtRatio(readableRatio), `<= ${TARGET.readableRatio}`, met(readableRatio == null ? null : readableRatio <= TARGET.readableRatio)],
      [`first readable (${round})`, fmtMs(readable), `<= ${fmtMs(TARGET.readableMs)}`, met(readable == null ? null : readable <= TARGET.readableMs)],
      [`app interactive (app-started, ${round})`, fmtMs(appRound), `<= ${fmtMs(TARGET.interactiveMs)}`, met(appRound == null ? null : appRound <= TARGET.interactiveMs)],
      [`app interactive (app-started, /)`, fmtMs(appHome), `<= ${fmtMs(TARGET.interactiveMs)}`, met(appHome == null ? null : appHome <= TARGET.interactiveMs)],
      [`timeline painted (/) / faster peer's painted timeline`, fmtRatio(timelineRatio), '(info)', ''],
      ...peers.map(([n, v]) => [`first readable (${round}) / ${n}'s painted timeline`, fmtRatio(ratio(readable, v)), '(info)', '']),
    ],
  );
  // A reader's first tap: the Hazara box ticked at first paint, before the app
  // has started; the figure is when the address holds it (the app applied it).
  const ticks = [];
  if (haveDist) {
    for (let i = 0; i < o.phoneRuns; i++) ticks.push(await earlyTickOnce(browser, `${site}/`, 60_000));
  }
  const tickMs = stats(ticks, 'heldAt').median ?? null;
  if (ticks.length) {
    console.log('\n  An early filter tick (at first paint, before the app has started):');
    table(
      ['figure', 'value', 'target', ''],
      [
        ['ticked at (median)', fmtMs(stats(ticks, 'tickAt').median ?? null), '', ''],
        ['takes effect at (the address holds it)', fmtMs(tickMs), '<= 2.00 s', met(tickMs == null ? null : tickMs <= 2000)],
        [`takes effect / faster peer's painted timeline (${fasterText})`, fmtRatio(faster ? ratio(tickMs, faster[1]) : null), '<= 1.00', met(faster && tickMs != null ? tickMs <= faster[1] : null)],
        ['ticks lost', `${ticks.filter((t) => t.heldAt == null).length} of ${ticks.length}`, '0', met(ticks.every((t) => t.heldAt != null))],
      ],
    );
  }
  const how = res[`ours ${round}`]?.find((r) => r.readableHow);
  if (how) console.log(`  first readable on ${round}: ${how.readableHow}; in the phone's first screen: ${how.readableInView ? 'yes' : 'no (below the fold)'}`);
  for (const [n, runs] of Object.entries(res)) {
    const lcpEl = runs.find((r) => r.lcpElement)?.lcpElement;
    if (lcpEl && n.startsWith('ours')) console.log(`  LCP element, ${n}: ${lcpEl}`);
    reportRuns(n, runs);
  }
  return {
    profile: { ...PHONE.context, latencyMs: PHONE.latencyMs, downKbps: PHONE.downKbps, upKbps: PHONE.upKbps, cpuSlowdown: PHONE.cpuSlowdown },
    figures: Object.fromEntries(
      Object.entries(res).map(([n, runs]) => [
        n,
        Object.fromEntries(['fcp', 'readable', 'timelinePainted', 'lcp', 'wasmLoaded', 'appStarted', 'peerPainted'].map((k) => [k, stats(runs, k)]).filter(([, s]) => s.n > 0)),
      ]),
    ),
    fasterPeer: faster ? { name: faster[0], paintedMs: faster[1] } : null,
    readableMs: readable,
    readableRatio,
    timelineMs: timeline,
    timelineRatio,
    appStartedMs: { [round]: appRound, '/': appHome },
    earlyTick: { runs: ticks, heldMs: tickMs, ratio: faster ? ratio(tickMs, faster[1]) : null },
    pageErrors: Object.fromEntries(Object.entries(res).map(([n, runs]) => [n, uniq(runs.flatMap((r) => r.errors ?? []))])),
  };
}

/** One phone load of `url`: ticks the Hazara filter at first paint; when does the address hold it? */
export async function earlyTickOnce(browser, url, timeout) {
  const { context, page } = await newPage(browser, { profile: PHONE });
  try {
    await page.goto(url, { waitUntil: 'commit', timeout });
    await page.waitForSelector('#f-ethnicity-hazara', { state: 'attached', timeout });
    await page.waitForFunction(() => performance.getEntriesByName('first-contentful-paint').length > 0, null, { timeout, polling: 20 });
    const tickAt = await page.evaluate(() => {
      const box = document.querySelector('#f-ethnicity-hazara');
      for (const d of [box.closest('.filter-panel'), box.closest('details.facet')]) if (d) d.open = true;
      box.click();
      return performance.now();
    });
    const held = await page
      .waitForFunction(() => ((new URLSearchParams(location.search).get('ethnicity') ?? '').includes('hazara') ? performance.now() : null), null, { timeout: 20_000, polling: 20 })
      .then((h) => h.jsonValue())
      .catch(() => null);
    return { tickAt, heldAt: held };
  } finally {
    await context.close();
  }
}

// ---------------------------------------------------------------- 4. large / 5. compare

/**
 * Start-up, filter changes and memory (after the first and the last cycle) of
 * one page showing the large dataset.
 */
