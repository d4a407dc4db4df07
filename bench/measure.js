// One measurement each: open a page and read its stamps, type one key in its filter, weigh its
// heap. Times come from inside the page (see page/bench-stamp.js), not from Playwright.
import { STAMPS_GLOBAL } from './stamps.js';

/** @typedef {import('@playwright/test').Page} Page */
/** @typedef {import('./stamps.js').Stamps} Stamps */

const FIRST_ROW_TIMEOUT_MS = 30_000;
/** Playwright actions and the wait for a full list after the first row. */
const ACTION_TIMEOUT_MS = 10_000;
/** The DOM counts as settled after a keystroke once it has not changed for this long. */
const QUIET_MS = 200;

/**
 * @param {Page} page
 * @returns {Promise<Stamps>}
 */
export async function readStamps(page) {
  return page.evaluate((name) => /** @type {Stamps} */ (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[name]), STAMPS_GLOBAL);
}

/**
 * @param {Page} page
 * @param {'first' | 'full' | 'blank'} what
 * @param {number} timeout
 */
async function waitFor(page, what, timeout) {
  await page.waitForFunction(
    ([name, until]) => {
      const stamps = /** @type {Stamps | undefined} */ (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[name]);
      if (!stamps) return false;
      if (until === 'blank') return stamps.blank !== undefined && (stamps.blank.count === 0 || stamps.firstRowPainted !== null);
      return stamps.firstRowPainted !== null && (until === 'first' || stamps.fullList !== null);
    },
    /** @type {const} */ ([STAMPS_GLOBAL, what]),
    { timeout, polling: 20 },
  );
}

/**
 * Opens `url` in a new tab and waits until the page's list is complete or, for the blank page,
 * until its script is done (it may have no row to show). A list that shows rows but never
 * says it is complete still yields its first row: `stamps.fullList` is then null.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {string} url
 * @param {'list' | 'blank'} kind
 * @returns {Promise<{page: Page, stamps: Stamps}>}
 */
export async function openPage(context, url, kind) {
  const page = await context.newPage();
  page.setDefaultTimeout(ACTION_TIMEOUT_MS);
  try {
    await page.goto(url);
    await waitFor(page, kind === 'blank' ? 'blank' : 'first', FIRST_ROW_TIMEOUT_MS);
    if (kind === 'list') await waitFor(page, 'full', ACTION_TIMEOUT_MS).catch(() => undefined);
    return { page, stamps: await readStamps(page) };
  } catch (error) {
    await page.close();
    throw error;
  }
}

/**
 * The rows Playwright finds by role, to prove the stamps watched the list the contract names:
 * the popup's is a list, the all-sites view's a table.
 * @param {Page} page
 */
export async function rowsByRole(page) {
  const items = await page.getByRole('list', { name: 'Cookies' }).getByRole('listitem').count();
  const rows = await page.getByRole('table', { name: 'Cookies' }).or(page.getByRole('grid', { name: 'Cookies' })).getByRole('row').count();
  return items + rows;
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
 * @param {Page} page
 * @param {string} box the filter box's accessible name
 * @param {string} key a Playwright key name, e.g. "q" or "Backspace"
 * @returns {Promise<Keystroke>}
 */
export async function keystroke(page, box, key) {
  await page.getByRole('textbox', { name: box, exact: true }).focus();
  await page.keyboard.press(key);
  await page.waitForFunction(
    ([name, quiet]) => {
      const stamps = /** @type {Stamps} */ (/** @type {Record<string, unknown>} */ (/** @type {unknown} */ (window))[name]);
      const last = stamps.updates.at(-1);
      return last !== undefined && stamps.frameAfterUpdate !== null && stamps.frameAfterUpdate >= last && performance.now() - last > quiet;
    },
    /** @type {const} */ ([STAMPS_GLOBAL, QUIET_MS]),
    { timeout: ACTION_TIMEOUT_MS, polling: 20 },
  );
  const stamps = await readStamps(page);
  const input = stamps.input ?? Number.NaN;
  return {
    update: (stamps.updates.at(-1) ?? Number.NaN) - input,
    firstUpdate: (stamps.updates[0] ?? Number.NaN) - input,
    frame: (stamps.frameAfterUpdate ?? Number.NaN) - input,
  };
}

/**
 * The page's JS heap after a full garbage collection. Every extension page shares one renderer
 * process and so one heap: measure with only one of them open.
 * @param {import('@playwright/test').BrowserContext} context
 * @param {Page} page
 * @returns {Promise<{used: number, embedder: number | null}>}
 */
export async function heapOf(context, page) {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = /** @type {{usedSize: number, embedderHeapUsedSize?: number}} */ (await cdp.send('Runtime.getHeapUsage'));
    return { used: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null };
  } finally {
    await cdp.detach();
  }
}
