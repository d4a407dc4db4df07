import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  MAX_AGE_CAP_DAYS, expiryCap, expirationDateToLocalInput, expirationDateToMaxAge,
  keptUntil, localInputToExpirationDate, maxAgeToExpirationDate, parseMaxAge,
} from './expiry';

/** Runs a block under a given time zone; Node re-reads TZ whenever it is assigned. */
function inTimeZone(tz: string, body: () => void): void {
  describe(`in ${tz}`, () => {
    const saved = process.env.TZ;
    beforeAll(() => { process.env.TZ = tz; });
    afterAll(() => {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    });
    body();
  });
}

// 1970 to 2286, whole seconds.
const wholeSeconds = fc.integer({ min: 0, max: 9_999_999_999 });

describe('400-day cap and Max-Age', () => {
  it('caps at 400 days from now', () => {
    expect(MAX_AGE_CAP_DAYS).toBe(400);
    expect(expiryCap(1_000)).toBe(1_000 + 400 * 86_400);
  });
  it('keeps an expiry within the cap and shortens one beyond it', () => {
    const now = 1_700_000_000;
    expect(keptUntil(now + 3600, now)).toBe(now + 3600);
    expect(keptUntil(now + 500 * 86_400, now)).toBe(now + 400 * 86_400);
    fc.assert(fc.property(fc.double({ min: 0, max: 1e11, noNaN: true }), (exp) => keptUntil(exp, now) <= expiryCap(now)));
  });
  it('reads Max-Age as whole seconds only', () => {
    expect(parseMaxAge('3600')).toBe(3600);
    expect(parseMaxAge(' -5 ')).toBe(-5);
    expect(parseMaxAge('0')).toBe(0);
    for (const text of ['abc', '1e999', '1e3', '1.5', '', ' ', '+', '-', '0x10', 'Infinity', '9'.repeat(20)]) {
      expect(parseMaxAge(text), text).toBeNull();
    }
    fc.assert(fc.property(fc.integer({ min: -1e12, max: 1e12 }), (n) => parseMaxAge(String(n)) === n));
  });
  it('converts Max-Age to an expiration date and back', () => {
    expect(maxAgeToExpirationDate(3600, 1_700_000_000)).toBe(1_700_003_600);
    expect(expirationDateToMaxAge(1_700_003_600, 1_700_000_000)).toBe(3600);
    expect(expirationDateToMaxAge(1_700_000_000.4, 1_700_000_000)).toBe(0);
    expect(Object.is(expirationDateToMaxAge(1_699_999_999.8, 1_700_000_000), 0)).toBe(true);
    expect(expirationDateToMaxAge(1_699_999_000, 1_700_000_000)).toBe(-1000);
  });
  it('gives back the same integer Max-Age for any fractional now', () => {
    fc.assert(fc.property(
      fc.integer({ min: -1e9, max: 1e9 }),
      fc.double({ min: 0, max: 1e10, noNaN: true }),
      (maxAge, now) => expirationDateToMaxAge(maxAgeToExpirationDate(maxAge, now), now) === maxAge,
    ));
  });
});

inTimeZone('UTC', () => {
  it('formats as YYYY-MM-DDTHH:mm:ss, dropping fractions', () => {
    expect(expirationDateToLocalInput(0)).toBe('1970-01-01T00:00:00');
    expect(expirationDateToLocalInput(1_700_000_000.9)).toBe('2023-11-14T22:13:20');
    expect(expirationDateToLocalInput(Number.NaN)).toBe('');
    expect(expirationDateToLocalInput(-62_135_596_801)).toBe('');
  });
  it('parses with or without seconds and with milliseconds', () => {
    expect(localInputToExpirationDate('2023-11-14T22:13:20')).toBe(1_700_000_000);
    expect(localInputToExpirationDate('2023-11-14T22:13')).toBe(1_699_999_980);
    expect(localInputToExpirationDate('2023-11-14 22:13:20')).toBe(1_700_000_000);
    expect(localInputToExpirationDate('2023-11-14T22:13:20.5')).toBe(1_700_000_000.5);
    // Years below 100 must not be read as 19xx.
    expect(localInputToExpirationDate('0050-01-01T00:00:00')).toBe(-60_589_296_000);
  });
  it('rejects what is not a datetime-local value', () => {
    for (const bad of ['', 'tomorrow', '2023-11-14', '2023-13-01T00:00', '2023-02-29T00:00', '2023-04-31T00:00',
      '2023-11-14T24:00', '2023-11-14T12:60', '2023-11-14T12:00:60', '0000-01-01T00:00', '23-11-14T00:00']) {
      expect(localInputToExpirationDate(bad), bad).toBeNull();
    }
    expect(localInputToExpirationDate('2024-02-29T00:00')).toBe(1_709_164_800);
  });
  it('round-trips whole seconds exactly', () => {
    fc.assert(fc.property(wholeSeconds, (t) => localInputToExpirationDate(expirationDateToLocalInput(t)) === t));
  });
});

inTimeZone('Asia/Kolkata', () => {
  it('uses local time', () => {
    expect(expirationDateToLocalInput(0)).toBe('1970-01-01T05:30:00');
    expect(localInputToExpirationDate('1970-01-01T05:30')).toBe(0);
  });
  it('round-trips whole seconds exactly', () => {
    fc.assert(fc.property(wholeSeconds, (t) => localInputToExpirationDate(expirationDateToLocalInput(t)) === t));
  });
});

inTimeZone('Europe/Berlin', () => {
  it('follows daylight saving time', () => {
    expect(expirationDateToLocalInput(Date.UTC(2024, 0, 15, 12) / 1000)).toBe('2024-01-15T13:00:00');
    expect(expirationDateToLocalInput(Date.UTC(2024, 6, 15, 12) / 1000)).toBe('2024-07-15T14:00:00');
  });
  it('moves a clock time skipped by the spring change forward', () => {
    expect(localInputToExpirationDate('2024-03-31T02:30')).toBe(Date.UTC(2024, 2, 31, 1, 30) / 1000);
  });
  it('round-trips whole seconds, except that the repeated autumn hour reads as its first pass', () => {
    fc.assert(fc.property(wholeSeconds, (t) => {
      const shown = expirationDateToLocalInput(t);
      const back = localInputToExpirationDate(shown);
      return back !== null && expirationDateToLocalInput(back) === shown && (back === t || back === t - 3600);
    }));
    const secondPass = Date.UTC(2024, 9, 27, 1, 30) / 1000;
    expect(expirationDateToLocalInput(secondPass)).toBe('2024-10-27T02:30:00');
    expect(localInputToExpirationDate('2024-10-27T02:30:00')).toBe(secondPass - 3600);
  });
});
