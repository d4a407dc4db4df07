import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countedKey, singularOf } from './plural';

describe('countedKey', () => {
  it('takes the singular for exactly one in English', () => {
    expect(countedKey('restored', 1, 'en')).toBe('restoredOne');
  });

  it('takes the plural for zero and for more than one in English', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 100_000 }).filter((n) => n !== 1), (n) => countedKey('restored', n, 'en') === 'restored'));
  });

  it('follows the language: French says "0 cookie", singular', () => {
    expect(countedKey('restored', 0, 'fr')).toBe('restoredOne');
  });

  it('falls back to the plural for forms it has no key for (Polish "few")', () => {
    expect(countedKey('restored', 3, 'pl')).toBe('restored');
  });
});

describe('singularOf', () => {
  it('names the singular after the key, as each naming style does', () => {
    expect(singularOf('countAll')).toBe('countAllOne');
    expect(singularOf('parse_more')).toBe('parse_more_one');
    expect(singularOf('transferImportMany')).toBe('transferImportOne');
  });
});
