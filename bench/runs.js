// One run of each page the bench opens. A failure is written against the metrics it cost, so
// one broken page leaves the other figures standing.
import { FILTER_KEY } from './fixture.js';
import { heapOf, keystroke, openPage, rowsByRole } from './measure.js';

/** @typedef {import('./report.js').Metric} Metric */
/** @typedef {import('@playwright/test').BrowserContext} BrowserContext */

/**
 * @param {unknown} error
 * @param {readonly Metric[]} metrics
 */
function blame(error, metrics) {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  for (const metric of metrics) if (!metric.errors.includes(message)) metric.errors.push(message);
}

/**
 * The blank page: time to its one row, and its heap holding what getAll returned.
 * @param {BrowserContext} context
 * @param {string} url
 * @param {number} expected cookies getAll must return
 * @param {{firstRow: Metric[], painted: Metric[], heap: number[], blamed: Metric[]}} into
 * @param {boolean} keep false for the warm-up run
 * @returns {Promise<boolean>} false when the page failed
 */
export async function limitRun(context, url, expected, into, keep) {
  try {
    const { page, stamps } = await openPage(context, url, 'blank');
    try {
      if (stamps.blank?.count !== expected) throw new Error(`the blank page got ${stamps.blank?.count} cookies, expected ${expected}`);
      const heap = await heapOf(context, page);
      if (!keep) return true;
      for (const metric of into.firstRow) metric.limit.push(stamps.firstRow ?? Number.NaN);
      for (const metric of into.painted) metric.limit.push(stamps.firstRowPainted ?? Number.NaN);
      into.heap.push(heap.used);
    } finally {
      await page.close();
    }
    return true;
  } catch (error) {
    blame(error, into.blamed);
    return false;
  }
}

/**
 * @typedef {object} CrumbMetrics
 * @property {Metric} firstRow
 * @property {Metric} painted
 * @property {Metric} fullList
 * @property {Metric} narrow
 * @property {Metric} clear
 * @property {Metric} frame
 * @property {Metric} heap
 */

/**
 * One of Crumb's pages: first row, full list, heap, then one narrowing and one widening
 * keystroke in its filter. Each failure costs only the figures that depend on it.
 * @param {BrowserContext} context
 * @param {string} url
 * @param {{rows: number, filterBox: string}} page rows of the full list, and the filter box's name
 * @param {CrumbMetrics} into
 * @param {boolean} keep false for the warm-up run
 * @returns {Promise<boolean>} false when the page showed no row at all
 */
export async function crumbRun(context, url, { rows, filterBox }, into, keep) {
  /** @type {Awaited<ReturnType<typeof openPage>>} */
  let opened;
  try {
    opened = await openPage(context, url, 'list');
  } catch (error) {
    blame(error, Object.values(into));
    return false;
  }
  const { page, stamps } = opened;
  /** @param {Metric} metric @param {number} value */
  const record = (metric, value) => {
    if (keep) metric.crumb.push(value);
  };
  try {
    if (!keep && (await rowsByRole(page)) === 0) throw new Error('the stamps saw rows, but Playwright finds no listitem or row in a list or table named "Cookies"');
    record(into.firstRow, stamps.firstRow ?? Number.NaN);
    record(into.painted, stamps.firstRowPainted ?? Number.NaN);
    if (stamps.fullList === null) {
      blame(new Error(`the list never held ${rows} rows, nor did a count say "${rows} cookies"`), [into.fullList]);
    }
    record(into.fullList, stamps.fullList ?? Number.NaN);
    try {
      record(into.heap, (await heapOf(context, page)).used);
    } catch (error) {
      blame(error, [into.heap]);
    }
    try {
      const narrow = await keystroke(page, filterBox, FILTER_KEY);
      const clear = await keystroke(page, filterBox, 'Backspace');
      record(into.narrow, narrow.update);
      record(into.clear, clear.update);
      record(into.frame, Math.max(narrow.frame, clear.frame));
    } catch (error) {
      blame(error, [into.narrow, into.clear, into.frame]);
    }
    return true;
  } catch (error) {
    blame(error, Object.values(into));
    return false;
  } finally {
    await page.close();
  }
}
