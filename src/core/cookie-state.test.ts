import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testCookie } from '../../tests/support/cookies';
import { sameSettings, sameState } from './cookie-state';

const kept = testCookie({ name: 'sid', session: false, expirationDate: 1_800_000_000.4, secure: true });

describe('sameState', () => {
  it('holds for a cookie and its copy, and for an expiry the browser reported with a fraction', () => {
    expect(sameState(kept, { ...kept })).toBe(true);
    expect(sameState(kept, { ...kept, expirationDate: 1_800_000_000.9 })).toBe(true);
  });

  it('tells apart another identity, host-only flag, value, attribute or expiry', () => {
    for (const other of [
      { path: '/a' },
      { storeId: '1' },
      { partitionKey: { topLevelSite: 'https://top.test' } },
      { hostOnly: false },
      { value: 'w' },
      { secure: false },
      { httpOnly: true },
      { sameSite: 'strict' as const },
      { session: true, expirationDate: undefined },
      { expirationDate: 1_800_000_001.5 },
    ]) {
      expect(sameState(kept, { ...kept, ...other })).toBe(false);
    }
  });

  it('is symmetric', () => {
    const seconds = fc.option(fc.double({ min: 0, max: 4e9, noNaN: true }), { nil: undefined });
    fc.assert(
      fc.property(seconds, seconds, fc.boolean(), fc.constantFrom('a', 'b'), (x, y, session, value) => {
        const a = testCookie({ session, expirationDate: x });
        const b = testCookie({ session, expirationDate: y, value });
        expect(sameState(a, b)).toBe(sameState(b, a));
      }),
    );
  });
});

describe('sameSettings, as the inspector compares a predicted cookie with the jar', () => {
  it('ignores identity and host-only, and the expiry when told to', () => {
    const jar = { ...kept, domain: '.a.test', hostOnly: false, expirationDate: 1_800_000_500 };
    expect(sameSettings(jar, kept, { expiry: false })).toBe(true);
    expect(sameSettings(jar, kept)).toBe(false);
    expect(sameState(jar, kept)).toBe(false);
  });

  it('still tells another value or attribute apart without the expiry', () => {
    expect(sameSettings(kept, { ...kept, value: 'w' }, { expiry: false })).toBe(false);
    expect(sameSettings(kept, { ...kept, httpOnly: true }, { expiry: false })).toBe(false);
    expect(sameSettings(kept, { ...kept, session: true }, { expiry: false })).toBe(false);
  });
});
