// The record bench-stamp.js keeps inside each measured page. Times are the page's own
// `performance.now()`: milliseconds since its navigation started.

/**
 * @typedef {object} Stamps
 * @property {number} script When the stamp script ran (the head is being parsed).
 * @property {number | null} firstRow When the list named "Cookies" first held a row.
 * @property {number | null} firstRowPainted Just after the frame that showed that row.
 * @property {number | null} fullList When it held every row, or its count text said all.
 * @property {number} rowsAtFirst Rows in the DOM at `firstRow`.
 * @property {string[] | null} loadedAtFirstRow At `firstRow`, the paths (from the extension's root) of the
 *   document, of the files whose element had fired load, and of the modules that had run.
 * @property {number | null} input `timeStamp` of the last input event in the page.
 * @property {number[]} updates When the DOM changed after that input event.
 * @property {number | null} frameAfterUpdate Just after the frame that followed the last update.
 * @property {{sent: number, answered: number | null} | null} message The page's first runtime.sendMessage and when its answer came.
 * @property {{started: number, fetched: number, rendered: number, count: number} | undefined} [blank] Set by the blank page.
 */

/** The global page/bench-stamp.js writes to (and page/bench-blank.js reads): keep the three in step. */
export const STAMPS_GLOBAL = 'crumbBenchStamps';
