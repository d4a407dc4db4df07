import { describe, expect, it } from 'vitest';
import { testCookie } from '../../tests/support/cookies';
import { hasFields, isCookie, isCookieIdentity } from './cookie-guard';

describe('hasFields', () => {
  it('checks each named field for its type, and only those', () => {
    expect(hasFields({ a: 'x', n: 1, b: false, extra: null }, { a: 'string', n: 'number', b: 'boolean' })).toBe(true);
    expect(hasFields({ a: 'x' }, { a: 'string', n: 'number' })).toBe(false);
    expect(hasFields({ a: 1 }, { a: 'string' })).toBe(false);
    expect(hasFields({ b: 'false' }, { b: 'boolean' })).toBe(false);
  });
});

describe('isCookie and isCookieIdentity', () => {
  const cookie = testCookie({ session: false, expirationDate: 1_800_000_000, partitionKey: { topLevelSite: 'https://a.test' } });

  it('take a cookie as the browsers report it, and its identity alone', () => {
    expect(isCookie(cookie)).toBe(true);
    expect(isCookieIdentity(cookie)).toBe(true);
    expect(isCookieIdentity({ name: 'c', domain: 'a.test', path: '/', storeId: '0' })).toBe(true);
    expect(isCookie({ name: 'c', domain: 'a.test', path: '/', storeId: '0' })).toBe(false);
  });

  it('refuse any field of the wrong type', () => {
    for (const field of ['name', 'value', 'domain', 'path', 'storeId', 'hostOnly', 'secure', 'httpOnly', 'session'] as const) {
      expect(isCookie({ ...cookie, [field]: 7 }), field).toBe(false);
    }
    for (const field of ['name', 'domain', 'path', 'storeId'] as const) {
      expect(isCookieIdentity({ ...cookie, [field]: undefined }), field).toBe(false);
    }
    expect(isCookie({ ...cookie, sameSite: 'sometimes' })).toBe(false);
    expect(isCookie({ ...cookie, expirationDate: Infinity })).toBe(false);
    expect(isCookie({ ...cookie, partitionKey: { topLevelSite: 1 } })).toBe(false);
    expect(isCookieIdentity({ ...cookie, firstPartyDomain: 1 })).toBe(false);
  });
});
