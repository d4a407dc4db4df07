import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatCookieDate, parseCookieDate } from './cookie-date';
import { wholeSecondsArb } from '../../../tests/support/formats';

describe('cookie dates', () => {
  it('reads back every date it writes', () => {
    fc.assert(fc.property(wholeSecondsArb, (seconds) => {
      expect(parseCookieDate(formatCookieDate(seconds))).toBe(seconds);
    }), { numRuns: 500 });
  });

  it('writes IMF-fixdate', () => {
    expect(formatCookieDate(784111777)).toBe('Sun, 06 Nov 1994 08:49:37 GMT');
    expect(formatCookieDate(1900000000.9)).toBe('Sun, 17 Mar 2030 17:46:40 GMT');
  });

  it('reads the date styles servers send, as browsers do', () => {
    const expected = 784111777;
    expect(parseCookieDate('Sun, 06 Nov 1994 08:49:37 GMT')).toBe(expected);
    expect(parseCookieDate('Sunday, 06-Nov-94 08:49:37 GMT')).toBe(expected);
    expect(parseCookieDate('Sun Nov  6 08:49:37 1994')).toBe(expected);
    expect(parseCookieDate('6 november 1994 8:49:37')).toBe(expected);
    expect(parseCookieDate('Thu, 01-Jan-2070 00:00:00 GMT')).toBe(3155760000);
    expect(parseCookieDate('Mon, 01 Jan 69 00:00:00 GMT')).toBe(Date.UTC(2069, 0, 1) / 1000);
  });

  it('rejects what is not a date', () => {
    for (const text of ['', 'tomorrow', '31 Feb 2030 00:00:00', '01 Jan 1600 00:00:00', '01 Jan 2030 24:00:00', '01 Jan 2030', '0 Jan 2030 00:00:00']) {
      expect(parseCookieDate(text)).toBeNull();
    }
  });

  it('never throws and stays in the range it can read back', () => {
    fc.assert(fc.property(fc.string(), (text) => {
      const seconds = parseCookieDate(text);
      if (seconds !== null) {
        expect(Number.isInteger(seconds)).toBe(true);
        expect(seconds).toBeGreaterThanOrEqual(-11644473600);
        expect(seconds).toBeLessThanOrEqual(253402300799);
      }
    }), { numRuns: 300 });
    expect(parseCookieDate(formatCookieDate(Number.NaN))).toBe(253402300799);
    expect(parseCookieDate(formatCookieDate(-5))).toBe(-5);
    expect(parseCookieDate(formatCookieDate(-2e10))).toBe(-11644473600);
  });
});
