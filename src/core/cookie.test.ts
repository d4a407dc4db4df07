import { describe, expect, it } from 'vitest';
import { cookieUrl, identityKey, sameIdentity, type Cookie } from './cookie';

const base: Cookie = {
  name: 'sid', value: '1', domain: '.shop.example.test', hostOnly: false, path: '/', secure: true,
  httpOnly: false, sameSite: 'lax', session: true, storeId: '0',
};

const variant = (patch: Partial<Cookie>): Cookie => ({ ...base, ...patch });

describe('identity', () => {
  it('differs by path, partition, store, first-party domain and host-only dot', () => {
    expect(sameIdentity(base, variant({ value: '2', secure: false }))).toBe(true);
    expect(sameIdentity(base, variant({ path: '/a' }))).toBe(false);
    expect(sameIdentity(base, variant({ storeId: '1' }))).toBe(false);
    expect(sameIdentity(base, variant({ partitionKey: { topLevelSite: 'https://top.test' } }))).toBe(false);
    expect(sameIdentity(base, variant({ firstPartyDomain: 'top.test' }))).toBe(false);
    expect(sameIdentity(base, variant({ domain: 'shop.example.test' }))).toBe(false);
    expect(identityKey(base)).toBe(identityKey({ ...base }));
  });
  it("takes Firefox's empty first-party domain for the missing one of Chrome and of files", () => {
    expect(sameIdentity(base, variant({ firstPartyDomain: '' }))).toBe(true);
  });
  it('addresses a cookie by a URL following Secure', () => {
    expect(cookieUrl(base)).toBe('https://shop.example.test/');
    expect(cookieUrl({ ...base, secure: false, path: '/p' })).toBe('http://shop.example.test/p');
  });
});
