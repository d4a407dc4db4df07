import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_PREFERENCES, preferencesOf } from './preferences';
import { themeAttribute } from './theme';

describe('preferencesOf', () => {
  it('gives the defaults for nothing stored', () => {
    expect(preferencesOf(undefined)).toEqual(DEFAULT_PREFERENCES);
    expect(preferencesOf(null)).toEqual(DEFAULT_PREFERENCES);
    expect(preferencesOf('dark')).toEqual(DEFAULT_PREFERENCES);
  });

  it('keeps every known value', () => {
    const stored = { theme: 'dark', exportFormat: 'netscape', dates: 'utc', showDecoded: false };
    expect(preferencesOf(stored)).toEqual(stored);
  });

  it('replaces only the unknown values by their defaults', () => {
    expect(preferencesOf({ theme: 'sepia', exportFormat: 'netscape', dates: 'UTC', showDecoded: 'no' })).toEqual({
      ...DEFAULT_PREFERENCES,
      exportFormat: 'netscape',
    });
  });

  it('always answers a complete, valid set, whatever is stored', () => {
    fc.assert(
      fc.property(fc.anything(), (stored) => {
        const preferences = preferencesOf(stored);
        expect(preferencesOf(preferences)).toEqual(preferences);
        expect(Object.keys(preferences).sort()).toEqual(Object.keys(DEFAULT_PREFERENCES).sort());
      }),
    );
  });
});

describe('themeAttribute', () => {
  it('names light and dark, and nothing for System or anything else', () => {
    expect(themeAttribute('light')).toBe('light');
    expect(themeAttribute('dark')).toBe('dark');
    expect(themeAttribute('system')).toBeNull();
    expect(themeAttribute(undefined)).toBeNull();
    expect(themeAttribute('DARK')).toBeNull();
  });
});
