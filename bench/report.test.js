import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.js';
import { format, median, toRow } from './report.js';

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

describe('parseOptions', () => {
  it('runs 7 times at the browser limits by default, and scales down with --quick', () => {
    expect(parseOptions([])).toMatchObject({ quick: false, build: true, runs: 7, siteCookies: 180, totalCookies: 3300 });
    expect(parseOptions(['--quick', '--no-build'])).toMatchObject({ quick: true, build: false, runs: 2 });
    expect(parseOptions(['--runs=3', '--dist=/x'])).toMatchObject({ runs: 3, dist: '/x', build: false });
  });

  it('rejects what it does not know', () => {
    expect(() => parseOptions(['--fast'])).toThrow(/unknown option --fast/);
    expect(() => parseOptions(['--runs=0'])).toThrow(/at least 1/);
  });
});
