import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { dateTimeText } from './date-text';
import { expirationDateToLocalInput } from './expiry';

describe('dateTimeText', () => {
  it('writes UTC as UTC, and says so', () => {
    expect(dateTimeText(1900000000, 'utc')).toBe('2030-03-17 17:46:40 UTC');
    expect(dateTimeText(0, 'utc')).toBe('1970-01-01 00:00:00 UTC');
    expect(dateTimeText(1900000000.9, 'utc')).toBe('2030-03-17 17:46:40 UTC');
  });

  it('writes local time as the editor shows it', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 253402300799 }), (seconds) => {
        expect(dateTimeText(seconds, 'local')).toBe(expirationDateToLocalInput(seconds).replace('T', ' '));
      }),
    );
  });

  it('gives nothing for a date past what a Date holds', () => {
    expect(dateTimeText(1e16, 'utc')).toBe('');
  });
});

