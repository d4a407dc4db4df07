import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedKey } from './plural';

const KEYS = { one: 'restoredOne', other: 'restored' } as const;

describe('countedKey', () => {
  it('takes the singular for exactly one in English', () => {
    expect(countedKey(KEYS, 1, 'en')).toBe('restoredOne');
  });

  it('takes the plural for zero and for more than one in English', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }).filter((n) => n !== 1), (n) => countedKey(KEYS, n, 'en') === 'restored'));
  });

  it('follows the language: French says "0 cookie", singular', () => {
    expect(countedKey(KEYS, 0, 'fr')).toBe('restoredOne');
  });

  it('falls back to the plural for forms it has no key for (Polish "few")', () => {
    expect(countedKey(KEYS, 3, 'pl')).toBe('restored');
  });
});
