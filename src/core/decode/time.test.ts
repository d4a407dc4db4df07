import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { english } from '../translate';
import { formatDuration, isoSeconds } from './time';

describe('formatDuration', () => {
  it('picks the largest readable unit, whatever the sign', () => {
    expect(formatDuration(45, english)).toBe('45 s');
    expect(formatDuration(-59.9, english)).toBe('59 s');
    expect(formatDuration(12 * 60 + 30, english)).toBe('12 min');
    expect(formatDuration(-3 * 3600, english)).toBe('3 h');
    expect(formatDuration(47 * 3600, english)).toBe('47 h');
    expect(formatDuration(400 * 86400, english)).toBe('400 days');
    expect(formatDuration(10 * 365.25 * 86400, english)).toBe('10 years');
  });

  it('never says 1 day or 1 year, for which its words have no singular', () => {
    expect(formatDuration(730 * 86400, english)).toBe('730 days');
    expect(formatDuration(2 * 365.25 * 86400, english)).toBe('2 years');
    fc.assert(
      fc.property(fc.double({ min: 2 * 86400, max: 1e12, noNaN: true }), (seconds) => {
        expect(formatDuration(seconds, english)).toMatch(/^([2-9]|\d{2,}) (days|years)$/);
      }),
    );
  });
});

describe('isoSeconds', () => {
  it('gives UTC to the second, or null for what is no date', () => {
    expect(isoSeconds(1_800_000_000)).toBe('2027-01-15T08:00:00Z');
    expect(isoSeconds(1_800_000_000.9)).toBe('2027-01-15T08:00:00Z');
    expect(isoSeconds(1e300)).toBeNull();
    expect(isoSeconds(Number.NaN)).toBeNull();
  });
});
