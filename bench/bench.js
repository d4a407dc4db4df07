// `npm run bench`: builds Crumb, loads it into Debian's Chromium with the browser full of
// cookies, and measures its pages against "the limit" (a blank extension page doing one
// cookies.getAll). Prints a table, writes the figures to JSON, and exits non-zero when a budget
// fails (with --quick: only when a measurement could not be taken). See bench/README.md.
import { spawnSync } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startSite } from '../tests/site/server.js';
import { countCookies, fillCookies, launch, tabIdOf } from './browser.js';
import { BLANK_PAGE, POPUP_PAGE, SITES_PAGE, makeExtensionCopy } from './extension-copy.js';
import { FILTER_KEY, SITE_DOMAIN, SITE_HOST, makeCookies, rawBytes } from './fixture.js';
import { parseOptions } from './options.js';
import { measurePayload } from './payload.js';
import { median, payloadTable, resultsTable, toRow } from './report.js';
import { crumbRun, limitRun } from './runs.js';

/** @typedef {import('./report.js').Metric} Metric */

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const KB = 1024;

const options = parseOptions(process.argv.slice(2));
const startedAt = Date.now();
const loadAtStart = os.loadavg()[0] ?? 0;

if (options.build) {
  const built = spawnSync(process.execPath, ['scripts/build.js', 'chrome'], { cwd: ROOT, stdio: 'inherit' });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const dist = options.dist ? resolve(options.dist) : join(ROOT, 'dist/chrome');
const payload = measurePayload(dist, POPUP_PAGE);
const blankPayload = measurePayload(fileURLToPath(new URL('./page/', import.meta.url)), BLANK_PAGE);
const copy = await makeExtensionCopy(dist);
const { site: siteCookies, others } = makeCookies({ ...options, nowSeconds: Math.floor(Date.now() / 1000) });
const allCookies = [...siteCookies, ...others];
const n = siteCookies.length;
const total = allCookies.length;

/**
 * @param {string} id
 * @param {string} label
 * @param {'ms' | 'bytes'} unit
 * @param {import('./report.js').Budget} budget
 * @param {string} [na]
 * @returns {Metric}
 */
const metric = (id, label, unit, budget, na) => ({ id, label, unit, crumb: [], limit: [], budget, errors: [], ...(na ? { na } : {}) });

const sitesNa = copy.hasSites ? undefined : 'n/a (no all-sites view yet)';
const m = {
  payloadTotal: metric('payload-total', 'popup payload, gzip, all assets', 'bytes', { kind: 'max', value: 20 * KB }),
  payloadLargest: metric('payload-largest', `popup largest asset, gzip (${payload.largest?.path ?? '—'})`, 'bytes', { kind: 'max', value: 10 * KB }),
  payloadOpen: metric('payload-open', 'popup payload, gzip, loaded at open', 'bytes', { kind: 'none' }),
  payloadRaw: metric('payload-raw', 'popup payload, raw, all assets', 'bytes', { kind: 'none' }),
  firstRow: metric('first-row', `popup first row, ${n} cookies`, 'ms', { kind: 'limit-ratio', value: 1.25 }),
  painted: metric('first-row-painted', 'popup first row → next frame', 'ms', { kind: 'none' }),
  fullList: metric('full-list', `popup full list, ${n} cookies`, 'ms', { kind: 'none' }),
  narrow: metric('filter-narrow', `popup filter keystroke "${FILTER_KEY}", ${n} cookies`, 'ms', { kind: 'max', value: 16 }),
  clear: metric('filter-clear', `popup filter keystroke Backspace, ${n} cookies`, 'ms', { kind: 'max', value: 16 }),
  frame: metric('filter-frame', 'popup filter keystroke → next frame (worse key)', 'ms', { kind: 'none' }),
  heap: metric('heap', `popup JS heap, ${n} cookies`, 'bytes', { kind: 'none' }),
  heapHeld: metric('heap-held', 'popup JS heap above an empty page', 'bytes', { kind: 'raw-ratio', value: 2, raw: rawBytes(siteCookies) }),
  sitesFirstRow: metric('sites-first-row', `all-sites first row, ${total} cookies`, 'ms', { kind: 'limit-ratio', value: 1.5 }, sitesNa),
  sitesPainted: metric('sites-first-row-painted', 'all-sites first row → next frame', 'ms', { kind: 'none' }, sitesNa),
  sitesFullList: metric('sites-full-list', `all-sites full list, ${total} cookies`, 'ms', { kind: 'none' }, sitesNa),
  sitesNarrow: metric('sites-filter-narrow', `all-sites filter keystroke "${FILTER_KEY}", ${total} cookies`, 'ms', { kind: 'max', value: 16 }, sitesNa),
  sitesClear: metric('sites-filter-clear', `all-sites filter keystroke Backspace, ${total} cookies`, 'ms', { kind: 'max', value: 16 }, sitesNa),
  sitesFrame: metric('sites-filter-frame', 'all-sites filter keystroke → next frame (worse key)', 'ms', { kind: 'none' }, sitesNa),
  sitesHeap: metric('sites-heap', `all-sites JS heap, ${total} cookies`, 'bytes', { kind: 'none' }, sitesNa),
  sitesHeapHeld: metric('sites-heap-held', 'all-sites JS heap above an empty page', 'bytes', { kind: 'raw-ratio', value: 2, raw: rawBytes(allCookies) }, sitesNa),
};
m.payloadTotal.crumb.push(payload.total.gzip);
m.payloadTotal.limit.push(blankPayload.total.gzip);
m.payloadLargest.crumb.push(payload.largest?.gzip ?? Number.NaN);
m.payloadOpen.crumb.push(payload.eager.gzip);
m.payloadOpen.limit.push(blankPayload.eager.gzip);
m.payloadRaw.crumb.push(payload.total.raw);
m.payloadRaw.limit.push(blankPayload.total.raw);

/** Heaps of the blank page: empty, holding the site's cookies, holding all of them. */
const blankHeaps = { empty: /** @type {number[]} */ ([]), site: /** @type {number[]} */ ([]), all: /** @type {number[]} */ ([]) };

const site = await startSite();
/** @type {string} */
let browserVersion;
try {
  const { context, worker, origin, version, close } = await launch(copy.dir);
  browserVersion = version;
  try {
    // The tab is on the site before the cookies exist, so its request never carries 700 KB of them.
    const tab = await context.newPage();
    await tab.goto(`${site.origin(SITE_HOST)}/`);
    const tabId = await tabIdOf(worker, SITE_HOST);
    await fillCookies(worker, allCookies);
    const held = { site: await countCookies(worker, SITE_DOMAIN), all: await countCookies(worker) };
    if (held.site !== n || held.all !== total) {
      throw new Error(`the browser kept ${held.site} cookies of ${SITE_DOMAIN} and ${held.all} in all, expected ${n} and ${total}`);
    }

    const blank = `${origin}/${BLANK_PAGE}`;
    const popup = { firstRow: m.firstRow, painted: m.painted, fullList: m.fullList, narrow: m.narrow, clear: m.clear, frame: m.frame, heap: m.heap };
    const sites = { firstRow: m.sitesFirstRow, painted: m.sitesPainted, fullList: m.sitesFullList, narrow: m.sitesNarrow, clear: m.sitesClear, frame: m.sitesFrame, heap: m.sitesHeap };
    /** @typedef {(keep: boolean) => Promise<boolean>} Step */
    /** @type {Step} */
    const empty = (keep) => limitRun(context, `${blank}?domain=none.invalid`, 0, { firstRow: [], painted: [], heap: blankHeaps.empty, blamed: [m.heapHeld, m.sitesHeapHeld] }, keep);
    /** @type {Step[]} */
    const popupSteps = [
      (keep) => limitRun(context, `${blank}?domain=${SITE_DOMAIN}#rows=1`, n, { firstRow: [m.firstRow, m.fullList], painted: [m.painted], heap: blankHeaps.site, blamed: [m.firstRow, m.fullList, m.painted, m.heap, m.heapHeld] }, keep),
      (keep) => crumbRun(context, `${origin}/${POPUP_PAGE}?tabId=${tabId}#rows=${n}`, { rows: n, filterBox: 'Filter cookies' }, popup, keep),
    ];
    /** @type {Step[]} */
    const sitesSteps = [
      (keep) => limitRun(context, `${blank}#rows=1`, total, { firstRow: [m.sitesFirstRow, m.sitesFullList], painted: [m.sitesPainted], heap: blankHeaps.all, blamed: [m.sitesFirstRow, m.sitesFullList, m.sitesPainted, m.sitesHeap, m.sitesHeapHeld] }, keep),
      (keep) => crumbRun(context, `${origin}/${SITES_PAGE}#rows=${total}`, { rows: total, filterBox: 'Search cookies' }, sites, keep),
    ];
    // A page that fails once is not opened again: its error is reported and the other figures stand.
    /** @type {Set<Step>} */
    const broken = new Set();
    for (let run = 0; run <= options.runs; run++) {
      const keep = run > 0;
      console.log(keep ? `run ${run}/${options.runs}` : 'warm-up run');
      // Alternating which page goes first keeps slow drift from favouring either.
      for (const steps of copy.hasSites ? [[empty], popupSteps, sitesSteps] : [[empty], popupSteps]) {
        for (const step of run % 2 ? [...steps].reverse() : steps) {
          if (!broken.has(step) && !(await step(keep))) broken.add(step);
        }
      }
    }
  } finally {
    await close();
  }
} finally {
  await site.close();
  await rm(dirname(copy.dir), { recursive: true, force: true });
}

// An extension page weighs about 1.5 MB before it holds anything; the budget is about what
// the cookies cost, so it is checked on the heap above that of an empty extension page.
const empty = median(blankHeaps.empty) ?? Number.NaN;
/** @param {number[]} heaps */
const aboveEmpty = (heaps) => heaps.map((h) => h - empty);
m.heap.limit.push(...blankHeaps.site);
m.heapHeld.crumb.push(...aboveEmpty(m.heap.crumb));
m.heapHeld.limit.push(...aboveEmpty(blankHeaps.site));
m.sitesHeap.limit.push(...blankHeaps.all);
m.sitesHeapHeld.crumb.push(...aboveEmpty(m.sitesHeap.crumb));
m.sitesHeapHeld.limit.push(...aboveEmpty(blankHeaps.all));

const rows = Object.values(m).map(toRow);
const seconds = (Date.now() - startedAt) / 1000;
console.log(`\nPopup payload (${POPUP_PAGE}):\n${payloadTable(payload)}\n`);
console.log(
  `${options.quick ? 'Quick run' : 'Full run'}: median of ${options.runs} run(s) after a warm-up; ${browserVersion}; ` +
    `${n} cookies on ${SITE_HOST}, ${total} in all; empty extension page heap ${(empty / KB / KB).toFixed(2)} MB; ${seconds.toFixed(0)} s\n`,
);
console.log(resultsTable(rows));
for (const row of rows) for (const error of row.errors) console.log(`  ${row.id}: ${error}`);
const load = { start: loadAtStart, end: os.loadavg()[0] ?? 0 };
if (Math.max(load.start, load.end) > os.cpus().length) {
  console.log(`\nwarning: the machine was busy (load average ${load.start.toFixed(1)} → ${load.end.toFixed(1)} on ${os.cpus().length} cores); times are noisy`);
}

const cpus = os.cpus();
const results = {
  date: new Date().toISOString(),
  mode: options.quick ? 'quick' : 'full',
  runs: options.runs,
  seconds,
  machine: { cpu: cpus[0]?.model ?? 'unknown', cores: cpus.length, memoryBytes: os.totalmem(), os: `${os.type()} ${os.release()}`, node: process.version, loadAverage: load },
  browser: browserVersion,
  cookies: { site: SITE_HOST, siteCount: n, total, otherDomains: options.otherDomains, siteRawBytes: rawBytes(siteCookies), allRawBytes: rawBytes(allCookies) },
  emptyPageHeapBytes: blankHeaps.empty,
  payload,
  limitPayload: blankPayload,
  metrics: rows,
};
// Only a full run of this tree's build may replace the figures the README quotes.
const out = join(ROOT, options.dist ? 'bench/out/results-dist.json' : options.quick ? 'bench/out/results-quick.json' : 'bench/results.json');
await mkdir(dirname(out), { recursive: true });
await writeFile(out, `${JSON.stringify(results, null, 2)}\n`);
console.log(`\nwrote ${out.slice(ROOT.length)}`);

const missing = rows.filter((row) => row.result === 'missing');
const failed = rows.filter((row) => row.result === 'FAIL');
if (missing.length) console.error(`not measured: ${missing.map((row) => row.id).join(', ')}`);
if (failed.length) console.error(`over budget: ${failed.map((row) => row.id).join(', ')}${options.quick ? ' (not enforced with --quick)' : ''}`);
process.exitCode = missing.length || (failed.length && !options.quick) ? 1 : 0;
