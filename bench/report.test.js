import { describe, expect, it } from 'vitest';
import { format, median, toRow, verdict } from './report.js';

/**
 * @param {Partial<import('./report.js').Metric>} fields
 * @returns {import('./report.js').Metric}
 */
const metric = (fields) => ({ id: 'm', label: 'm', unit: 'ms', crumb: [], limit: [], budget: { kind: 'none' }, errors: [], ...fields });

describe('median', () => {
  it('takes the middle, or the mean of the two middles, ignoring failed samples', () => {
    expect(median([5, 1, 3])).toBe(3);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([Number.NaN, 7])).toBe(7);
    expect(median([Number.NaN])).toBeNull();
  });
});

describe('toRow', () => {
  it('passes at the budget and fails above it', () => {
    expect(toRow(metric({ crumb: [16], budget: { kind: 'max', value: 16 } })).result).toBe('pass');
    expect(toRow(metric({ crumb: [16.1], budget: { kind: 'max', value: 16 } })).result).toBe('FAIL');
  });

  it('checks a ratio to the limit against the limit median', () => {
    const row = toRow(metric({ crumb: [130, 120, 125], limit: [100, 98, 102], budget: { kind: 'limit-ratio', value: 1.25 } }));
    expect([row.crumb, row.limit, row.ratio, row.allowed, row.result]).toEqual([125, 100, 1.25, 125, 'pass']);
    expect(toRow(metric({ crumb: [126], limit: [100], budget: { kind: 'limit-ratio', value: 1.25 } })).result).toBe('FAIL');
  });

  it('checks a heap against twice the raw data', () => {
    const budget = /** @type {const} */ ({ kind: 'raw-ratio', value: 2, raw: 1000 });
    expect(toRow(metric({ unit: 'bytes', crumb: [2000], budget })).result).toBe('pass');
    expect(toRow(metric({ unit: 'bytes', crumb: [2001], budget })).result).toBe('FAIL');
  });

  it('reports a figure it could not take as missing, and a view that does not exist as n/a', () => {
    expect(toRow(metric({ crumb: [Number.NaN], budget: { kind: 'max', value: 16 } })).result).toBe('missing');
    expect(toRow(metric({ crumb: [100], budget: { kind: 'limit-ratio', value: 1.5 } })).result).toBe('missing');
    expect(toRow(metric({ na: 'n/a (no all-sites view yet)', budget: { kind: 'max', value: 16 } })).result).toBe('n/a');
    expect(toRow(metric({ crumb: [3] })).result).toBe('info');
  });
});

describe('format', () => {
  it('prints milliseconds, kilobytes and megabytes', () => {
    expect(format(12.345, 'ms')).toBe('12.3 ms');
    expect(format(20 * 1024, 'bytes')).toBe('20.0 KB');
    expect(format(3 * 1024 * 1024, 'bytes')).toBe('3.00 MB');
    expect(format(null, 'ms')).toBe('—');
  });
});

describe('verdict', () => {
  /**
   * @param {'ms' | 'bytes'} unit
   * @param {import('./report.js').Row['result']} result
   * @param {string} id
   */
  const row = (unit, result, id) => ({ ...toRow(metric({ id, unit })), result });
  const chromium = { name: 'chromium', budgetsEnforced: true, metrics: [row('ms', 'FAIL', 'first-row'), row('bytes', 'FAIL', 'heap-held'), row('bytes', 'pass', 'heap')] };
  const firefox = { name: 'firefox', budgetsEnforced: false, metrics: [row('ms', 'FAIL', 'first-row'), row('bytes', 'FAIL', 'heap-held'), row('bytes', 'n/a', 'heap')] };

  it("fails a full run on Chromium's budgets, never on Firefox's", () => {
    expect(verdict([chromium, firefox], false)).toEqual({
      missing: [],
      failed: ['chromium/first-row', 'chromium/heap-held'],
      reported: ['firefox/first-row', 'firefox/heap-held'],
      exitCode: 1,
    });
    expect(verdict([firefox], false)).toEqual({ missing: [], failed: [], reported: ['firefox/first-row', 'firefox/heap-held'], exitCode: 0 });
  });

  it('reports budgets without failing a quick run', () => {
    expect(verdict([chromium, firefox], true)).toEqual({
      missing: [],
      failed: [],
      reported: ['chromium/first-row', 'chromium/heap-held', 'firefox/first-row', 'firefox/heap-held'],
      exitCode: 0,
    });
  });

  it('fails any run on a figure that could not be taken, in either browser, but not on n/a', () => {
    const broken = { ...firefox, metrics: [row('ms', 'missing', 'first-row'), row('bytes', 'n/a', 'heap')] };
    expect(verdict([broken], true)).toEqual({ missing: ['firefox/first-row'], failed: [], reported: [], exitCode: 1 });
    expect(verdict([{ ...broken, metrics: [row('bytes', 'n/a', 'heap')] }], false).exitCode).toBe(0);
  });
});
