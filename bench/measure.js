// One measurement each: open a page and read its stamps, type one key in its filter. Times
// come from inside the page (see page/bench-stamp.js), not from the browser's driver.
import { ACTION_TIMEOUT_MS } from './driver.js';
import { STAMPS_GLOBAL } from './stamps.js';

/** @typedef {import('./driver.js').BenchPage} BenchPage */
/** @typedef {import('./stamps.js').Stamps} Stamps */

const FIRST_ROW_TIMEOUT_MS = 30_000;
/** The DOM counts as settled after a keystroke once it has not changed for this long. */
const QUIET_MS = 200;

/**
 * @param {BenchPage} page
 * @returns {Promise<Stamps>}
 */
async function readStamps(page) {
  return page.evaluate((name) => /** @type {Stamps} */ (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[name]), STAMPS_GLOBAL);
}

/**
 * @param {BenchPage} page
 * @param {'first' | 'full' | 'blank'} what
 * @param {number} timeout
 */
async function waitFor(page, what, timeout) {
  await page.waitFor(
    ([name, until]) => {
      const stamps = /** @type {Stamps | undefined} */ (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[name]);
      if (!stamps) return false;
      if (until === 'blank') return stamps.blank !== undefined && (stamps.blank.count === 0 || stamps.firstRowPainted !== null);
      return stamps.firstRowPainted !== null && (until === 'first' || stamps.fullList !== null);
    },
    /** @type {const} */ ([STAMPS_GLOBAL, what]),
    timeout,
  );
}

/**
 * Opens `url` in a new tab and waits until the page's list is complete or, for the blank page,
 * until its script is done (it may have no row to show). A list that shows rows but never
 * says it is complete still yields its first row: `stamps.fullList` is then null.
 * @param {import('./driver.js').BenchBrowser} browser
 * @param {string} url
 * @param {'list' | 'blank'} kind
 * @returns {Promise<{page: BenchPage, stamps: Stamps}>}
 */
export async function openPage(browser, url, kind) {
  const page = await browser.openPage(url);
  try {
    await waitFor(page, kind === 'blank' ? 'blank' : 'first', FIRST_ROW_TIMEOUT_MS);
    if (kind === 'list') await waitFor(page, 'full', ACTION_TIMEOUT_MS).catch(() => undefined);
    return { page, stamps: await readStamps(page) };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/**
 * @typedef {object} Keystroke
 * @property {number} update input event → the DOM change that settled the list
 * @property {number} firstUpdate input event → the first DOM change
 * @property {number} frame input event → just after the next frame was produced
 */

/**
 * Presses one key in the page's filter box and times, on the page's clock, how long after the
 * input event the DOM settled.
 * @param {BenchPage} page
 * @param {string} box the filter box's accessible name
 * @param {string} key a Playwright key name, e.g. "q" or "Backspace"
 * @returns {Promise<Keystroke>}
 */
export async function keystroke(page, box, key) {
  await page.press(box, key);
  await page.waitFor(
    ([name, quiet]) => {
      const stamps = /** @type {Stamps} */ (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[name]);
      const last = stamps.updates.at(-1);
      return last !== undefined && stamps.frameAfterUpdate !== null && stamps.frameAfterUpdate >= last && performance.now() - last > quiet;
    },
    /** @type {const} */ ([STAMPS_GLOBAL, QUIET_MS]),
    ACTION_TIMEOUT_MS,
  );
  const stamps = await readStamps(page);
  const input = stamps.input ?? Number.NaN;
  return {
    update: (stamps.updates.at(-1) ?? Number.NaN) - input,
    firstUpdate: (stamps.updates[0] ?? Number.NaN) - input,
    frame: (stamps.frameAfterUpdate ?? Number.NaN) - input,
  };
}
