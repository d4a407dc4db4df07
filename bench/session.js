// One browser's part of the bench: measure its build's payload, load a copy of the build into
// the browser, fill it with the cookies, then take the warm-up and measured runs of the limit
// page and Crumb's pages. Whatever stops the browser is written against the figures it cost.
import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch as launchChromium } from './browser.js';
import { BLANK_PAGE, POPUP_PAGE, SITES_PAGE, makeExtensionCopy } from './extension-copy.js';
import { launch as launchFirefox } from './firefox.js';
import { SITE_DOMAIN, SITE_HOST } from './fixture.js';
import { defineMetrics, heapNotMeasurable, recordHeaps, recordPayload } from './metrics.js';
import { measurePayload } from './payload.js';
import { toRow } from './report.js';
import { blame, crumbRun, limitRun } from './runs.js';
import { toolbarRun } from './toolbar.js';
import { RESTORE_DOMAIN, restoreRuns, ruleCostRuns } from './rule-cost.js';
import { writeRuns } from './write-runs.js';

/** @typedef {import('./fixture.js').CookieSpec} CookieSpec */
/** @typedef {import('./report.js').Metric} Metric */

/**
 * @typedef {object} Section one browser's results, as results.json keeps them
 * @property {'chromium' | 'firefox'} name
 * @property {string | null} browser its version; null when it did not start
 * @property {boolean} budgetsEnforced whether its budgets may fail the bench (Chromium's only)
 * @property {Record<string, number | boolean | string>} prefs browser settings behind the figures
 * @property {string} heapMethod
 * @property {number[]} emptyPageHeapBytes the blank page's heap when it holds no cookie
 * @property {number | null} emptyPageHeap their median
 * @property {import('./payload.js').Payload | null} payload Crumb's popup; null without a build
 * @property {import('./payload.js').Payload} limitPayload the blank page's
 * @property {import('./report.js').Row[]} metrics
 * @property {Record<'warm' | 'cold', Record<'crumb' | 'limit', import('./toolbar.js').ToolbarSamples>>} toolbarBreakdown
 *   the page-clock times behind the toolbar popup rows, one per measured run
 */

const LIMIT_PAGE_DIR = fileURLToPath(new URL('./page/', import.meta.url));

/**
 * @param {{
 *   name: 'chromium' | 'firefox',
 *   dist: string,
 *   runs: number,
 *   siteOrigin: string,
 *   siteCookies: readonly CookieSpec[],
 *   allCookies: readonly CookieSpec[],
 *   imports: {cookies: readonly CookieSpec[], domains: readonly string[]},
 * }} how `siteOrigin`: where the test site serves SITE_HOST; `imports`: what the import figure writes
 * @returns {Promise<Section>}
 */
export async function measureBrowser({ name, dist, runs, siteOrigin, siteCookies, allCookies, imports }) {
  const built = existsSync(join(dist, 'manifest.json'));
  const payload = built ? measurePayload(dist, POPUP_PAGE) : null;
  const limitPayload = measurePayload(LIMIT_PAGE_DIR, BLANK_PAGE);
  const hasSites = existsSync(join(dist, SITES_PAGE));
  const launch = name === 'firefox' ? launchFirefox : launchChromium;
  const n = siteCookies.length;
  const total = allCookies.length;

  const m = defineMetrics({
    payload,
    siteCookies,
    allCookies,
    sitesNa: hasSites || !built ? null : 'n/a (no all-sites view yet)',
    imports: { count: imports.cookies.length, sites: imports.domains.length },
  });
  if (payload) recordPayload(m, payload, limitPayload);
  /** @returns {import('./toolbar.js').ToolbarSamples} */
  const samples = () => ({ script: [], sent: [], answered: [] });
  /** @type {Omit<Section, 'metrics' | 'emptyPageHeap'>} */
  const section = { name, browser: null, budgetsEnforced: name === 'chromium', prefs: {}, heapMethod: '', emptyPageHeapBytes: [], payload, limitPayload, toolbarBreakdown: { warm: { crumb: samples(), limit: samples() }, cold: { crumb: samples(), limit: samples() } } };
  /** Heaps of the blank page: empty, holding the site's cookies, holding all of them. */
  const blankHeaps = { empty: section.emptyPageHeapBytes, site: /** @type {number[]} */ ([]), all: /** @type {number[]} */ ([]) };

  const untaken = () => Object.values(m).filter((metric) => !metric.na && !metric.crumb.length);
  if (!built) {
    const command = `node scripts/build.js ${name === 'firefox' ? 'firefox' : 'chrome'}`;
    blame(new Error(`no built extension in ${dist}: run ${command}`), untaken());
  } else {
    const copy = await makeExtensionCopy(dist);
    try {
      const browser = await launch(copy.dir);
      try {
        section.browser = browser.version;
        section.prefs = browser.prefs;
        section.heapMethod = browser.heapMethod;
        if (browser.heapNa) heapNotMeasurable(m, browser.heapNa);
        const { tabId, held } = await browser.prepare({ url: `${siteOrigin}/`, host: SITE_HOST, domain: SITE_DOMAIN }, allCookies);
        if (held.site !== n || held.all !== total) {
          throw new Error(`the browser kept ${held.site} cookies of ${SITE_DOMAIN} and ${held.all} in all, expected ${n} and ${total}`);
        }
        await measureRuns(browser, { tabId, runs, n, total, hasSites, m, blankHeaps });
        await measureToolbar(browser, { runs, n, m, breakdown: section.toolbarBreakdown });
        // Last, as they change what the browser holds. The import brings it back to `total`
        // cookies after room is made from the other sites' long tail, never from the site's.
        const room = allCookies.slice(n).slice(-imports.cookies.length);
        if (room.length < imports.cookies.length) throw new Error(`the other sites hold ${room.length} cookies, too few to make room for ${imports.cookies.length}`);
        console.log(`${browser.name}: delete and import runs`);
        await writeRuns(browser, { runs, site: { domain: SITE_DOMAIN, cookies: siteCookies }, imports, room, deleteAll: m.deleteAll, importAll: m.importAll });
        // Last of all: they leave 100 rules in the background. The restores are timed with those
        // rules in place, on a domain of their own (the site is at the browser's 180-cookie limit).
        await ruleCostRuns(browser, { runs, domain: SITE_DOMAIN, metric: m.ruleCost });
        await restoreRuns(browser, { runs, domain: RESTORE_DOMAIN, metric: m.ruleRestore });
      } finally {
        await browser.close();
      }
    } catch (error) {
      blame(error, untaken());
    } finally {
      await rm(dirname(copy.dir), { recursive: true, force: true });
    }
  }
  const emptyPageHeap = recordHeaps(m, blankHeaps);
  return { ...section, emptyPageHeap: Number.isFinite(emptyPageHeap) ? emptyPageHeap : null, metrics: Object.values(m).map(toRow) };
}

/**
 * The warm-up run and the measured runs.
 * @param {import('./driver.js').BenchBrowser} browser
 * @param {{
 *   tabId: number, runs: number, n: number, total: number, hasSites: boolean,
 *   m: import('./metrics.js').Metrics,
 *   blankHeaps: {empty: number[], site: number[], all: number[]},
 * }} what
 */
async function measureRuns(browser, { tabId, runs, n, total, hasSites, m, blankHeaps }) {
  const blank = `${browser.origin}/${BLANK_PAGE}`;
  const popup = { firstRow: m.firstRow, painted: m.painted, fullList: m.fullList, narrow: m.narrow, clear: m.clear, frame: m.frame, heap: m.heap };
  const sites = { firstRow: m.sitesFirstRow, painted: m.sitesPainted, fullList: m.sitesFullList, narrow: m.sitesNarrow, clear: m.sitesClear, frame: m.sitesFrame, heap: m.sitesHeap };
  /** @typedef {(keep: boolean) => Promise<boolean>} Step */
  /** @type {Step} */
  const empty = (keep) => limitRun(browser, `${blank}?domain=none.invalid`, 0, { firstRow: [], painted: [], heap: blankHeaps.empty, blamed: [m.heapHeld, m.sitesHeapHeld] }, keep);
  /** @type {Step[]} */
  const popupSteps = [
    (keep) => limitRun(browser, `${blank}?domain=${SITE_DOMAIN}#rows=1`, n, { firstRow: [m.firstRow, m.fullList], painted: [m.painted], heap: blankHeaps.site, blamed: [m.firstRow, m.fullList, m.painted, m.heap, m.heapHeld] }, keep),
    (keep) => crumbRun(browser, `${browser.origin}/${POPUP_PAGE}?tabId=${tabId}#rows=${n}`, { rows: n, filterBox: 'Filter cookies' }, popup, keep),
  ];
  /** @type {Step[]} */
  const sitesSteps = [
    (keep) => limitRun(browser, `${blank}#rows=1`, total, { firstRow: [m.sitesFirstRow, m.sitesFullList], painted: [m.sitesPainted], heap: blankHeaps.all, blamed: [m.sitesFirstRow, m.sitesFullList, m.sitesPainted, m.sitesHeap, m.sitesHeapHeld] }, keep),
    (keep) => crumbRun(browser, `${browser.origin}/${SITES_PAGE}#rows=${total}`, { rows: total, filterBox: 'Search cookies' }, sites, keep),
  ];
  // A page that fails once is not opened again: its error is reported and the other figures stand.
  /** @type {Set<Step>} */
  const broken = new Set();
  for (let run = 0; run <= runs; run++) {
    const keep = run > 0;
    console.log(`${browser.name}: ${keep ? `run ${run}/${runs}` : 'warm-up run'}`);
    // Alternating which page goes first keeps slow drift from favouring either.
    for (const steps of hasSites ? [[empty], popupSteps, sitesSteps] : [[empty], popupSteps]) {
      for (const step of run % 2 ? [...steps].reverse() : steps) {
        if (!broken.has(step) && !(await step(keep))) broken.add(step);
      }
    }
  }
}

/**
 * The real toolbar popup, warm and cold, against the blank popup: a warm-up round, then one
 * round per run, alternating which side goes first. The control page stays open throughout,
 * the same for both sides.
 * @param {import('./driver.js').BenchBrowser} browser
 * @param {{runs: number, n: number, m: import('./metrics.js').Metrics, breakdown: Section['toolbarBreakdown']}} what
 */
async function measureToolbar(browser, { runs, n, m, breakdown }) {
  const rows = [m.toolbarWarmRow, m.toolbarWarmFrame, m.toolbarColdRow, m.toolbarColdFrame];
  /** @type {import('./driver.js').Toolbar} */
  let toolbar;
  try {
    toolbar = await browser.openToolbar();
  } catch (error) {
    blame(error, rows);
    return;
  }
  try {
    const blank = `${BLANK_PAGE}?domain=${SITE_DOMAIN}&each#rows=${n}`;
    /** @typedef {(keep: boolean) => Promise<boolean>} Step */
    /** @param {boolean} cold @returns {Step[]} */
    const steps = (cold) => {
      const firstRow = cold ? m.toolbarColdRow : m.toolbarWarmRow;
      const painted = cold ? m.toolbarColdFrame : m.toolbarWarmFrame;
      const mode = cold ? 'cold' : 'warm';
      return [
        (keep) => toolbarRun(toolbar, { popup: blank, kind: 'blank', expected: n, cold }, { firstRow, painted, side: 'limit', breakdown: breakdown[mode].limit }, keep),
        (keep) => toolbarRun(toolbar, { popup: null, kind: 'list', expected: n, cold }, { firstRow, painted, side: 'crumb', breakdown: breakdown[mode].crumb }, keep),
      ];
    };
    const modes = [steps(false), steps(true)];
    /** @type {Set<Step>} */
    const broken = new Set();
    for (let run = 0; run <= runs; run++) {
      const keep = run > 0;
      console.log(`${browser.name}: toolbar popup, ${keep ? `run ${run}/${runs}` : 'warm-up run'}`);
      for (const mode of modes) {
        for (const step of run % 2 ? [...mode].reverse() : mode) {
          if (!broken.has(step) && !(await step(keep))) broken.add(step);
        }
      }
    }
  } finally {
    await toolbar.close();
  }
}
