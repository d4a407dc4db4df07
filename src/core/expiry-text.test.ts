import { describe, expect, it } from 'vitest';
import { expiryLeft } from './expiry-text';

describe('expiryLeft', () => {
  const now = 1_700_000_000;
  it('names sessions, past and unreadable expiries', () => {
    expect(expiryLeft({ session: true }, now)).toBe('session');
    expect(expiryLeft({ session: false }, now)).toBe('session');
    expect(expiryLeft({ session: false, expirationDate: Number.NaN }, now)).toBe('invalid');
    expect(expiryLeft({ session: false, expirationDate: now }, now)).toBe('expired');
    expect(expiryLeft({ session: false, expirationDate: now - 10 }, now)).toBe('expired');
  });

  it('counts what is left in the largest unit that fits', () => {
    expect(expiryLeft({ session: false, expirationDate: now + 30 }, now)).toEqual({ count: 1, unit: 'minute' });
    expect(expiryLeft({ session: false, expirationDate: now + 5 * 60 }, now)).toEqual({ count: 5, unit: 'minute' });
    expect(expiryLeft({ session: false, expirationDate: now + 5 * 3600 + 59 }, now)).toEqual({ count: 5, unit: 'hour' });
    expect(expiryLeft({ session: false, expirationDate: now + 86_400 }, now)).toEqual({ count: 1, unit: 'day' });
    expect(expiryLeft({ session: false, expirationDate: now + 3 * 86_400 + 100 }, now)).toEqual({ count: 3, unit: 'day' });
    expect(expiryLeft({ session: false, expirationDate: now + 400 * 86_400 }, now)).toEqual({ count: 1, unit: 'year' });
    expect(expiryLeft({ session: false, expirationDate: now + 800 * 86_400 }, now)).toEqual({ count: 2, unit: 'year' });
  });
});
