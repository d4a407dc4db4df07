// The real toolbar popup, opened as a user's click opens it: action.openPopup() from an
// extension page (the control page) while the site's tab is the active one, so the popup works
// on that tab with no ?tabId. The stamps are read through extension.getViews({type: 'popup'})
// in both browsers: Chromium shows the popup to CDP only on a connection made after it opened,
// and in Firefox it is no BiDi context at all. The limit is the blank page as the popup
// (action.setPopup), listing every cookie, opened the same way in the same runs.
import { POLL_MS } from './driver.js';
import { gzipLoaded } from './payload.js';
import { blame } from './runs.js';

/** @typedef {import('./report.js').Metric} Metric */
/** @typedef {import('./stamps.js').Stamps} Stamps */
/** @typedef {import('./driver.js').Toolbar} Toolbar */

const OPEN_TIMEOUT_MS = 10_000;
const FIRST_ROW_TIMEOUT_MS = 30_000;

/**
 * @typedef {object} ToolbarSamples what the page's clock said, per run, for the breakdown
 * @property {number[]} script the stamp script ran: the document has arrived and is being parsed
 * @property {number[]} sent the page asked for the cookies: Crumb's first message to the
 *   background left, or the blank page called cookies.getAll
 * @property {number[]} answered the cookies came back
 */

// The functions below run in the control page, serialized one by one: each finds the browser's
// promise-based namespace itself (Firefox's `browser`, else `chrome`).

/** @param {string | null} popup the page to show, relative to the extension; null for the manifest's */
async function setPopupInPage(popup) {
  const api = /** @type {typeof chrome} */ (/** @type {{browser?: unknown}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome);
  const { action, runtime } = api;
  await action.setPopup({ popup: popup ?? runtime.getManifest().action?.default_popup ?? '' });
}

/** @returns {Promise<string | null>} why the popup did not open */
async function openPopupInPage() {
  const api = /** @type {typeof chrome} */ (/** @type {{browser?: unknown}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome);
  if (api.extension.getViews({ type: 'popup' }).length) return 'a popup is still open';
  return api.action.openPopup().then(
    () => null,
    (/** @type {unknown} */ error) => String(error),
  );
}

/** @returns {Stamps | null | undefined} the popup's stamps; null while no popup is open */
function popupStampsInPage() {
  const api = /** @type {typeof chrome} */ (/** @type {{browser?: unknown}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome);
  const [view] = api.extension.getViews({ type: 'popup' });
  if (!view) return null;
  return JSON.parse(JSON.stringify(/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (view)).crumbBenchStamps ?? null)) ?? undefined;
}

/** @returns {{found: number, left: number}} popups open before, and still listed after */
function closePopupInPage() {
  const api = /** @type {typeof chrome} */ (/** @type {{browser?: unknown}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome);
  const views = api.extension.getViews({ type: 'popup' });
  for (const view of views) view.close();
  return { found: views.length, left: api.extension.getViews({ type: 'popup' }).length };
}

/** Any answer, even a refusal, means the background ran to hear it. */
async function wakeInPage() {
  const api = /** @type {typeof chrome} */ (/** @type {{browser?: unknown}} */ (/** @type {unknown} */ (globalThis)).browser ?? chrome);
  await api.runtime.sendMessage({ type: 'bench-wake' }).catch(() => undefined);
}

/**
 * @template T
 * @param {string} what
 * @param {() => Promise<T | null>} poll null until done
 * @param {number} timeout
 * @returns {Promise<T>}
 */
async function until(what, poll, timeout) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await poll();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}

/**
 * Opens the toolbar popup, retrying while the browser refuses (Firefox does while another
 * panel is still closing), waits for its first row to be painted, reads its stamps, closes it.
 * @param {Toolbar} toolbar
 * @param {'blank' | 'list'} kind
 * @returns {Promise<Stamps>}
 */
async function openAndRead(toolbar, kind) {
  /** @type {string | null} */
  let refused = null;
  await until(
    'the toolbar popup to open',
    async () => {
      refused = await toolbar.evaluate(openPopupInPage, null);
      return refused === null ? true : null;
    },
    OPEN_TIMEOUT_MS,
  ).catch((error) => {
    throw refused ? new Error(`action.openPopup() failed: ${refused}`) : error;
  });
  // Firefox's openPopup() resolves before extension.getViews() lists the popup.
  let seen = false;
  try {
    return await until(
      'the toolbar popup to show its first row',
      async () => {
        const stamps = await toolbar.evaluate(popupStampsInPage, null);
        if (stamps === null && seen) throw new Error('the toolbar popup closed before its first row');
        seen ||= stamps !== null;
        const done = stamps != null && (kind === 'list' ? stamps.firstRowPainted !== null : stamps.blank !== undefined && (stamps.blank.count === 0 || stamps.firstRowPainted !== null));
        return done ? stamps : null;
      },
      FIRST_ROW_TIMEOUT_MS,
    );
  } finally {
    // A popup that never showed may show late: closing waits for it, so the next click finds none.
    await until(
      'the toolbar popup to close',
      async () => {
        const { found, left } = await toolbar.evaluate(closePopupInPage, null);
        seen ||= found > 0;
        return seen && left === 0 ? true : null;
      },
      OPEN_TIMEOUT_MS,
    );
  }
}

/**
 * One click on the toolbar button, with the background running (`cold` false: woken by a
 * message first) or stopped just before the click.
 * @param {Toolbar} toolbar
 * @param {{popup: string | null, kind: 'blank' | 'list', expected: number, cold: boolean}} what
 *   `popup`: the blank page's path, or null for Crumb's own popup; `expected`: cookies the blank page must get
 * @param {{firstRow: Metric, painted: Metric, side: 'crumb' | 'limit', breakdown: ToolbarSamples,
 *   loaded?: {metric: Metric, payload: import('./payload.js').Payload}}} into `loaded`: where to
 *   note the gzipped bytes the popup had loaded at its first row, and the payload they are from
 * @param {boolean} keep false for the warm-up run
 * @returns {Promise<boolean>} false when the popup failed
 */
export async function toolbarRun(toolbar, { popup, kind, expected, cold }, into, keep) {
  try {
    await toolbar.evaluate(setPopupInPage, popup);
    if (cold) await toolbar.stopBackground();
    else await toolbar.evaluate(wakeInPage, null);
    const stamps = await openAndRead(toolbar, kind);
    if (kind === 'blank' && stamps.blank?.count !== expected) throw new Error(`the blank popup got ${stamps.blank?.count} cookies, expected ${expected}`);
    if (!keep) return true;
    into.firstRow[into.side].push(stamps.firstRow ?? Number.NaN);
    into.painted[into.side].push(stamps.firstRowPainted ?? Number.NaN);
    if (into.loaded) into.loaded.metric[into.side].push(stamps.loadedAtFirstRow ? gzipLoaded(into.loaded.payload, stamps.loadedAtFirstRow) : Number.NaN);
    into.breakdown.script.push(stamps.script);
    into.breakdown.sent.push((stamps.blank ? stamps.blank.started : stamps.message?.sent) ?? Number.NaN);
    into.breakdown.answered.push((stamps.blank ? stamps.blank.fetched : stamps.message?.answered) ?? Number.NaN);
    return true;
  } catch (error) {
    blame(error, into.loaded ? [into.firstRow, into.painted, into.loaded.metric] : [into.firstRow, into.painted]);
    return false;
  }
}
