// Turns samples into the table: medians, the ratio to the limit, the budget and its verdict.

/**
 * @typedef {{kind: 'max', value: number}
 *   | {kind: 'limit-ratio', value: number}
 *   | {kind: 'raw-ratio', value: number, raw: number}
 *   | {kind: 'none'}} Budget
 */

/**
 * @typedef {object} Metric
 * @property {string} id
 * @property {string} label
 * @property {'ms' | 'bytes'} unit
 * @property {number[]} crumb samples, one per measured run
 * @property {number[]} limit samples of the blank page, when there is a counterpart
 * @property {Budget} budget
 * @property {string} [na] why the metric cannot be taken yet; the row is then skipped, not failed
 * @property {string[]} errors what went wrong while measuring
 */

/**
 * @typedef {object} Row
 * @property {string} id
 * @property {string} label
 * @property {'ms' | 'bytes'} unit
 * @property {number | null} crumb median
 * @property {number | null} limit median
 * @property {number | null} ratio crumb / limit
 * @property {number | null} allowed the largest passing value
 * @property {string} budget
 * @property {'pass' | 'FAIL' | 'info' | 'n/a' | 'missing'} result
 * @property {string | undefined} na
 * @property {number[]} crumbSamples
 * @property {number[]} limitSamples
 * @property {string[]} errors
 */

/** @param {readonly number[]} values */
export function median(values) {
  const finite = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (!finite.length) return null;
  const mid = finite.length >> 1;
  return finite.length % 2 ? /** @type {number} */ (finite[mid]) : (/** @type {number} */ (finite[mid - 1]) + /** @type {number} */ (finite[mid])) / 2;
}

/**
 * @param {number | null} value
 * @param {'ms' | 'bytes'} unit
 */
export function format(value, unit) {
  if (value === null) return '—';
  if (unit === 'ms') return `${value.toFixed(1)} ms`;
  if (value >= 1024 * 1024) return `${(value / 1024 / 1024).toFixed(2)} MB`;
  return `${(value / 1024).toFixed(1)} KB`;
}

/**
 * @param {Budget} budget
 * @param {'ms' | 'bytes'} unit
 * @param {number | null} limit
 * @returns {{text: string, allowed: number | null}}
 */
function describeBudget(budget, unit, limit) {
  switch (budget.kind) {
    case 'max':
      return { text: `≤ ${format(budget.value, unit)}`, allowed: budget.value };
    case 'limit-ratio':
      return { text: `≤ ${budget.value}× limit`, allowed: limit === null ? null : limit * budget.value };
    case 'raw-ratio':
      return { text: `≤ ${format(budget.value * budget.raw, 'bytes')} (${budget.value}× data)`, allowed: budget.value * budget.raw };
    case 'none':
      return { text: '—', allowed: null };
  }
}

/**
 * @param {Metric} metric
 * @returns {Row}
 */
export function toRow(metric) {
  const crumb = metric.na ? null : median(metric.crumb);
  const limit = metric.na ? null : median(metric.limit);
  const { text, allowed } = describeBudget(metric.budget, metric.unit, limit);
  /** @type {Row['result']} */
  let result;
  if (metric.na) result = 'n/a';
  else if (crumb === null || (metric.budget.kind === 'limit-ratio' && limit === null)) result = 'missing';
  else if (allowed === null) result = 'info';
  else result = crumb <= allowed ? 'pass' : 'FAIL';
  return {
    id: metric.id,
    label: metric.label,
    unit: metric.unit,
    crumb,
    limit,
    ratio: crumb !== null && limit !== null && limit > 0 ? crumb / limit : null,
    allowed,
    budget: text,
    result,
    na: metric.na,
    crumbSamples: metric.crumb,
    limitSamples: metric.limit,
    errors: metric.errors,
  };
}

/**
 * @param {readonly string[][]} lines the first is the header
 */
export function table(lines) {
  const widths = (lines[0] ?? []).map((_, column) => Math.max(...lines.map((line) => (line[column] ?? '').length)));
  const render = (/** @type {string[]} */ line) => `| ${line.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join(' | ')} |`;
  const rule = `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`;
  return [render(lines[0] ?? []), rule, ...lines.slice(1).map(render)].join('\n');
}

/**
 * @param {readonly Row[]} rows
 */
export function resultsTable(rows) {
  return table([
    ['metric', 'Crumb (median)', 'limit (median)', 'ratio', 'budget', 'result'],
    ...rows.map((row) => [
      row.label,
      row.na ?? format(row.crumb, row.unit),
      format(row.limit, row.unit),
      row.ratio === null ? '—' : `${row.ratio.toFixed(2)}×`,
      row.budget,
      row.result,
    ]),
  ]);
}

/**
 * @param {import('./payload.js').Payload} payload
 */
export function payloadTable(payload) {
  return table([
    ['asset', 'loaded', 'raw', 'gzip'],
    ...payload.assets.map((asset) => [asset.path, asset.loading === 'eager' ? 'at open' : 'on demand', format(asset.raw, 'bytes'), format(asset.gzip, 'bytes')]),
    ['total at open', '', format(payload.eager.raw, 'bytes'), format(payload.eager.gzip, 'bytes')],
    ['total', '', format(payload.total.raw, 'bytes'), format(payload.total.gzip, 'bytes')],
  ]);
}

/**
 * @typedef {object} Verdict
 * @property {string[]} missing figures that could not be taken, as "browser/id"
 * @property {string[]} failed budgets that fail the bench
 * @property {string[]} reported budgets that failed but do not count (quick runs, Firefox)
 * @property {0 | 1} exitCode
 */

/**
 * A figure that could not be taken always fails the bench (n/a is not missing). A budget fails
 * it only in a full run, and only in a browser whose budgets are enforced: Firefox's figures
 * are shown against the budgets but never decide the exit status.
 * @param {readonly {name: string, budgetsEnforced: boolean, metrics: readonly Row[]}[]} sections
 * @param {boolean} quick
 * @returns {Verdict}
 */
export function verdict(sections, quick) {
  /** @type {Verdict} */
  const result = { missing: [], failed: [], reported: [], exitCode: 0 };
  for (const { name, budgetsEnforced, metrics } of sections) {
    for (const row of metrics) {
      const id = `${name}/${row.id}`;
      if (row.result === 'missing') result.missing.push(id);
      else if (row.result === 'FAIL') (quick || !budgetsEnforced ? result.reported : result.failed).push(id);
    }
  }
  result.exitCode = result.missing.length || result.failed.length ? 1 : 0;
  return result;
}
