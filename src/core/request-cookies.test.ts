import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cookie } from './cookie';
import { cookieHeaderOf, cookiesForNavigation } from './request-cookies';
import { receives } from './url-match';

const now = 1_700_000_000;
const base: Cookie = {
  name: 'a', value: '1', domain: 'shop.example.test', hostOnly: true, path: '/', secure: false, httpOnly: false,
  sameSite: 'strict', session: true, storeId: '0',
};

function names(cookies: Cookie[], url: string): string[] {
  return cookiesForNavigation(cookies, url, now).map((c) => c.name);
}

describe('cookiesForNavigation', () => {
  const jar: Cookie[] = [
    { ...base, name: 'plain' },
    { ...base, name: 'parent', domain: '.example.test', hostOnly: false },
    { ...base, name: 'other', domain: 'other.test' },
    { ...base, name: 'acct', path: '/account' },
    { ...base, name: 'sec', secure: true },
    { ...base, name: 'strict', sameSite: 'strict' },
    { ...base, name: 'old', session: false, expirationDate: now - 1 },
    { ...base, name: 'chip', secure: true, partitionKey: { topLevelSite: 'https://example.test', hasCrossSiteAncestor: false } },
    { ...base, name: 'embedded', secure: true, partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true } },
    { ...base, name: 'fpi', firstPartyDomain: 'other.test' },
  ];
  it('keeps what the browser sends to the URL, longer paths first, otherwise in the order given', () => {
    expect(names(jar, 'https://shop.example.test:8443/account/x')).toEqual(['acct', 'plain', 'parent', 'sec', 'strict', 'chip']);
    expect(names(jar, 'http://shop.example.test/')).toEqual(['plain', 'parent', 'strict']);
    expect(names(jar, 'http://localhost/')).toEqual([]);
    expect(names(jar, 'not a url')).toEqual([]);
  });
  it('is exactly the cookies the URL receives by host, path and Secure, when nothing else is in play', () => {
    const cookie = fc.record({
      name: fc.constantFrom('a', 'b', 'c'),
      domain: fc.constantFrom('shop.example.test', '.example.test', '.shop.example.test', 'example.test'),
      path: fc.constantFrom('/', '/a', '/a/b', '/ab'),
      secure: fc.boolean(),
    }).map((c): Cookie => ({ ...base, ...c, hostOnly: !c.domain.startsWith('.') }));
    const url = fc.tuple(fc.constantFrom('http', 'https'), fc.constantFrom('shop.example.test', 'example.test', 'x.shop.example.test'), fc.constantFrom('/', '/a', '/a/b/c', '/ab'))
      .map(([scheme, host, path]) => `${scheme}://${host}${path}`);
    fc.assert(fc.property(fc.array(cookie, { maxLength: 8 }), url, (cookies, target) => {
      const sent = cookiesForNavigation(cookies, target, now);
      expect(new Set(sent)).toEqual(new Set(cookies.filter((c) => receives(target, c))));
      for (let i = 1; i < sent.length; i++) expect(sent[i - 1]!.path.length).toBeGreaterThanOrEqual(sent[i]!.path.length);
    }));
  });
});

describe('cookieHeaderOf', () => {
  it('joins name=value pairs; a nameless cookie goes as its value', () => {
    expect(cookieHeaderOf([{ name: 'a', value: '1' }, { name: '', value: 'v' }, { name: 'b', value: '' }])).toBe('a=1; v; b=');
    expect(cookieHeaderOf([])).toBe('');
  });
});
