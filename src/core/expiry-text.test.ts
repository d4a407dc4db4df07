import { describe, expect, it } from 'vitest';
import { describeExpiry } from './expiry-text';

describe('describeExpiry', () => {
  const now = 1_700_000_000;
  it('names sessions, past and future expiries', () => {
    expect(describeExpiry({ session: true }, now)).toBe('Session');
    expect(describeExpiry({ session: false }, now)).toBe('Session');
    expect(describeExpiry({ session: false, expirationDate: Number.NaN }, now)).toBe('invalid date');
    expect(describeExpiry({ session: false, expirationDate: now }, now)).toBe('expired');
    expect(describeExpiry({ session: false, expirationDate: now - 10 }, now)).toBe('expired');
    expect(describeExpiry({ session: false, expirationDate: now + 30 }, now)).toBe('in <1 min');
    expect(describeExpiry({ session: false, expirationDate: now + 5 * 60 }, now)).toBe('in 5 min');
    expect(describeExpiry({ session: false, expirationDate: now + 5 * 3600 + 59 }, now)).toBe('in 5 h');
    expect(describeExpiry({ session: false, expirationDate: now + 86_400 }, now)).toBe('in 1 day');
    expect(describeExpiry({ session: false, expirationDate: now + 3 * 86_400 + 100 }, now)).toBe('in 3 days');
    expect(describeExpiry({ session: false, expirationDate: now + 400 * 86_400 }, now)).toBe('in 1 year');
    expect(describeExpiry({ session: false, expirationDate: now + 800 * 86_400 }, now)).toBe('in 2 years');
  });
});
