// One run of each page the bench opens. A failure is written against the metrics it cost, so
// one broken page leaves the other figures standing.
import { FILTER_KEY } from './fixture.js';
import { keystroke, openPage } from './measure.js';

/** @typedef {import('./report.js').Metric} Metric */
/** @typedef {import('./driver.js').BenchBrowser} BenchBrowser */

/**
 * Writes the error's first line against each metric it cost.
 * @param {unknown} error
 * @param {readonly Metric[]} metrics
 */
export function blame(error, metrics) {
  const message = error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error);
  for (const metric of metrics) if (!metric.errors.includes(message)) metric.errors.push(message);
}

/**
 * The blank page: time to its one row, and its heap holding what getAll returned.
 * @param {BenchBrowser} browser
 * @param {string} url
 * @param {number} expected cookies getAll must return
 * @param {{firstRow: Metric[], painted: Metric[], heap: number[], blamed: Metric[]}} into
 * @param {boolean} keep false for the warm-up run
 * @returns {Promise<boolean>} false when the page failed
 */
export async function limitRun(browser, url, expected, into, keep) {
  try {
    const { page, stamps } = await openPage(browser, url, 'blank');
    try {
      if (stamps.blank?.count !== expected) throw new Error(`the blank page got ${stamps.blank?.count} cookies, expected ${expected}`);
      const heap = browser.heapNa ? null : await page.heap();
      if (!keep) return true;
      for (const metric of into.firstRow) metric.limit.push(stamps.firstRow ?? Number.NaN);
      for (const metric of into.painted) metric.limit.push(stamps.firstRowPainted ?? Number.NaN);
      if (heap !== null) into.heap.push(heap);
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
 * @param {BenchBrowser} browser
 * @param {string} url
 * @param {{rows: number, filterBox: string}} page rows of the full list, and the filter box's name
 * @param {CrumbMetrics} into
 * @param {boolean} keep false for the warm-up run
 * @returns {Promise<boolean>} false when the page showed no row at all
 */
export async function crumbRun(browser, url, { rows, filterBox }, into, keep) {
  /** @type {Awaited<ReturnType<typeof openPage>>} */
  let opened;
  try {
    opened = await openPage(browser, url, 'list');
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
    if (!keep && (await page.rowsByRole()) === 0) throw new Error('the stamps saw rows, but the driver finds no listitem or row in a list or table named "Cookies"');
    record(into.firstRow, stamps.firstRow ?? Number.NaN);
    record(into.painted, stamps.firstRowPainted ?? Number.NaN);
    if (stamps.fullList === null) {
      blame(new Error(`the list never held ${rows} rows, nor did a count say "${rows} cookies"`), [into.fullList]);
    }
    record(into.fullList, stamps.fullList ?? Number.NaN);
    if (!browser.heapNa) {
      try {
        record(into.heap, await page.heap());
      } catch (error) {
        blame(error, [into.heap]);
      }
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
