// The figures of one browser's table: their labels and budgets, the payload figures, and the
// heaps turned into "above an empty page" once the runs are done.
import { FILTER_KEY, rawBytes } from './fixture.js';
import { median } from './report.js';
import { RULE_COUNT } from './rule-cost.js';

/** @typedef {import('./report.js').Metric} Metric */
/** @typedef {import('./fixture.js').CookieSpec} CookieSpec */

const KB = 1024;

/**
 * @param {string} id
 * @param {string} label
 * @param {'ms' | 'bytes'} unit
 * @param {import('./report.js').Budget} budget
 * @param {string | null | undefined} [na]
 * @returns {Metric}
 */
const metric = (id, label, unit, budget, na) => ({ id, label, unit, crumb: [], limit: [], budget, errors: [], ...(na ? { na } : {}) });

/**
 * @param {{
 *   payload: import('./payload.js').Payload | null,
 *   siteCookies: readonly CookieSpec[],
 *   allCookies: readonly CookieSpec[],
 *   sitesNa: string | null,
 *   imports: {count: number, sites: number},
 * }} what `payload`: null when there is no build; `sitesNa`: why the all-sites view cannot be
 *   measured; `imports`: the cookies the import figure writes, and over how many sites
 */
export function defineMetrics({ payload, siteCookies, allCookies, sitesNa, imports }) {
  const n = siteCookies.length;
  const total = allCookies.length;
  return {
    payloadTotal: metric('payload-total', 'popup payload, gzip, all assets', 'bytes', { kind: 'max', value: 20 * KB }),
    payloadLargest: metric('payload-largest', `popup largest asset, gzip (${payload?.largest?.path ?? '—'})`, 'bytes', { kind: 'max', value: 10 * KB }),
    payloadOpen: metric('payload-open', 'popup payload, gzip, before any import()', 'bytes', { kind: 'none' }),
    payloadRaw: metric('payload-raw', 'popup payload, raw, all assets', 'bytes', { kind: 'none' }),
    firstRow: metric('first-row', `popup first row, ${n} cookies`, 'ms', { kind: 'limit-ratio', value: 1.25 }),
    painted: metric('first-row-painted', 'popup first row → next frame', 'ms', { kind: 'none' }),
    // The real toolbar popup, against the blank page as the popup (listing every cookie).
    toolbarWarmRow: metric('toolbar-warm-first-row', `toolbar popup first row, background running, ${n} cookies`, 'ms', { kind: 'limit-ratio', value: 1.25 }),
    toolbarWarmFrame: metric('toolbar-warm-first-frame', 'toolbar popup first frame, background running', 'ms', { kind: 'limit-ratio', value: 1.25 }),
    toolbarColdRow: metric('toolbar-cold-first-row', `toolbar popup first row, background stopped, ${n} cookies`, 'ms', { kind: 'limit-ratio', value: 1.5 }),
    toolbarColdFrame: metric('toolbar-cold-first-frame', 'toolbar popup first frame, background stopped', 'ms', { kind: 'limit-ratio', value: 1.5 }),
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
    // For these two the limit is a cookies API loop over the same cookies, not the blank page.
    deleteAll: metric('delete-all', `delete all ${n} cookies of the site (limit: remove loop)`, 'ms', { kind: 'limit-ratio', value: 1.5 }),
    importAll: metric('import', `import ${imports.count} cookies on ${imports.sites} sites (limit: set loop)`, 'ms', { kind: 'limit-ratio', value: 1.5 }),
    ruleCost: metric('rule-cost', `background per cookie change, ${RULE_COUNT} rules (mean)`, 'ms', { kind: 'max', value: 1 }),
    ruleRestore: metric('rule-restore', `protected cookie back after an overwrite, ${RULE_COUNT} rules`, 'ms', { kind: 'max', value: 500 }),
  };
}

/** @typedef {ReturnType<typeof defineMetrics>} Metrics */

/**
 * For a browser whose pages' heaps cannot be read: its heap rows say why instead of a figure.
 * @param {Metrics} m
 * @param {string} reason
 */
export function heapNotMeasurable(m, reason) {
  for (const metric of [m.heap, m.heapHeld, m.sitesHeap, m.sitesHeapHeld]) metric.na ??= reason;
}

/**
 * @param {Metrics} m
 * @param {import('./payload.js').Payload} payload Crumb's popup
 * @param {import('./payload.js').Payload} blank the limit page
 */
export function recordPayload(m, payload, blank) {
  m.payloadTotal.crumb.push(payload.total.gzip);
  m.payloadTotal.limit.push(blank.total.gzip);
  m.payloadLargest.crumb.push(payload.largest?.gzip ?? Number.NaN);
  m.payloadOpen.crumb.push(payload.eager.gzip);
  m.payloadOpen.limit.push(blank.eager.gzip);
  m.payloadRaw.crumb.push(payload.total.raw);
  m.payloadRaw.limit.push(blank.total.raw);
}

/**
 * An extension page weighs something before it holds anything; the budget is about what the
 * cookies cost, so it is checked on the heap above that of an empty extension page.
 * @param {Metrics} m
 * @param {{empty: number[], site: number[], all: number[]}} blankHeaps the blank page's heaps:
 *   empty, holding the site's cookies, holding all of them
 * @returns {number} the empty page's median heap, NaN when none was read
 */
export function recordHeaps(m, blankHeaps) {
  const empty = median(blankHeaps.empty) ?? Number.NaN;
  /** @param {number[]} heaps */
  const aboveEmpty = (heaps) => heaps.map((h) => h - empty);
  m.heap.limit.push(...blankHeaps.site);
  m.heapHeld.crumb.push(...aboveEmpty(m.heap.crumb));
  m.heapHeld.limit.push(...aboveEmpty(blankHeaps.site));
  m.sitesHeap.limit.push(...blankHeaps.all);
  m.sitesHeapHeld.crumb.push(...aboveEmpty(m.sitesHeap.crumb));
  m.sitesHeapHeld.limit.push(...aboveEmpty(blankHeaps.all));
  return empty;
}
