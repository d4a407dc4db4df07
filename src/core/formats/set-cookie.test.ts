import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookie';
import { setCookie } from './set-cookie';
import { cookiesArb, expectWellFormed, junkArb, LARGE_INPUT_TIMEOUT_MS, NOW, OPTS, STORE, inEnglish } from '../../../tests/support/formats';

const parse = setCookie.parse!;
const serialize = (cookies: Cookie[]): string => setCookie.serialize!(cookies, { nowSeconds: NOW });
const HOST = 'shop.example.test';

/**
 * Whole-second expiry, no store, and what the header leaves to the site it came from:
 * a host-only cookie is the site's, a partitioned one is partitioned under the site.
 */
const carriedArb = cookiesArb({ partitionKey: fc.option(fc.constant({ topLevelSite: 'https://example.test' }), { nil: undefined }) })
  .map((cookies) => cookies.map((c) => (c.hostOnly ? { ...c, domain: HOST } : c)));

const base: Cookie = {
  name: 'sid', value: 'abc', domain: HOST, hostOnly: true, path: '/account', secure: false, httpOnly: false,
  sameSite: 'unspecified', session: true, storeId: STORE,
};

describe('Set-Cookie headers', () => {
  it('gives back the cookies it wrote', () => {
    fc.assert(fc.property(carriedArb, (cookies) => {
      const text = serialize(cookies);
      const result = parse(text, OPTS);
      expect(result.cookies).toEqual(cookies);
      if (cookies.length > 0) {
        expect(result.issues).toEqual([]);
        expect(setCookie.detect!(text)).toBe(true);
      }
    }), { numRuns: 200 });
  });

  it('never throws, whatever it is given, with or without a site', () => {
    fc.assert(fc.property(junkArb, fc.boolean(), (text, withSite) => {
      expectWellFormed(parse(text, withSite ? OPTS : { storeId: STORE, nowSeconds: NOW }));
    }), { numRuns: 300 });
  });

  it('writes every attribute', () => {
    const cookie: Cookie = {
      name: '__Host-id', value: 'x', domain: '.example.test', hostOnly: false, path: '/', secure: true, httpOnly: true,
      sameSite: 'no_restriction', session: false, expirationDate: 784111777, storeId: '0', partitionKey: { topLevelSite: 'https://top.test' },
    };
    expect(serialize([cookie, { ...base, sameSite: 'lax' }])).toBe(
      'Set-Cookie: __Host-id=x; Domain=example.test; Path=/; Expires=Sun, 06 Nov 1994 08:49:37 GMT; Secure; HttpOnly; SameSite=None; Partitioned\n' +
      'Set-Cookie: sid=abc; Path=/account; SameSite=Lax\n',
    );
  });

  it('reads lines with and without the header name, as a browser would', () => {
    const text = [
      'Set-Cookie: sid=abc',
      'set-cookie:pref = dark ; Domain=.Example.test; Path=/; Max-Age=3600; Expires=Sun, 06 Nov 1994 08:49:37 GMT; secure; SameSite=strict',
      'Set-Cookie: p=1; Secure; Partitioned; SameSite=None; Path=docs; Priority=High',
      'Set-Cookie: novalue',
    ].join('\r\n');
    const result = parse(text, OPTS);
    expect(result.issues).toEqual([]);
    expect(result.cookies).toEqual([
      base,
      { ...base, name: 'pref', value: 'dark', domain: '.example.test', hostOnly: false, path: '/', secure: true, sameSite: 'strict', session: false, expirationDate: NOW + 3600 },
      { ...base, name: 'p', value: '1', secure: true, sameSite: 'no_restriction', partitionKey: { topLevelSite: 'https://example.test' } },
      { ...base, name: '', value: 'novalue' },
    ]);
  });

  it('skips the other headers of a pasted response', () => {
    const text = 'HTTP/1.1 200 OK\nContent-Type: text/html\nSet-Cookie: a=1; Path=/\nX-Other: b=2\n';
    expect(parse(text, OPTS).cookies.map((c) => `${c.name}=${c.value}`)).toEqual(['a=1']);
  });

  it('reports attributes it could not read and keeps the cookie', () => {
    const result = parse('a=1; Expires=someday; Max-Age=1h', OPTS);
    expect(result.cookies).toEqual([{ ...base, name: 'a', value: '1' }]);
    expect(inEnglish(result.issues)).toEqual([
      { where: 'line 1', message: 'Expires "someday" is not a date; ignored' },
      { where: 'line 1', message: 'Max-Age "1h" is not a whole number of seconds; ignored' },
    ]);
  });

  it('needs the site for host-only cookies but not for domain cookies', () => {
    const result = parse('a=1\nb=2; Domain=example.test\n;', { storeId: STORE, nowSeconds: NOW });
    expect(result.cookies.map((c) => [c.name, c.domain, c.path])).toEqual([['b', '.example.test', '/']]);
    expect(inEnglish(result.issues)).toEqual([
      { where: 'line 1', message: 'Choose the site these cookies belong to: a cookie without Domain belongs to the site that sent it' },
      { where: 'line 3', message: 'No cookie name or value before the first ";"' },
    ]);
  });

  it('is detected by its attributes or its header name, not for a plain Cookie header', () => {
    expect(setCookie.detect!('a=1; Path=/; HttpOnly')).toBe(true);
    expect(setCookie.detect!('a=1; Secure')).toBe(true);
    expect(setCookie.detect!('Set-Cookie: a=1')).toBe(true);
    expect(setCookie.detect!('a=1; b=2')).toBe(false);
    expect(setCookie.detect!('Cookie: a=1; Path=/')).toBe(false);
  });

  it('handles 5,000 lines with line numbers', () => {
    const lines = Array.from({ length: 5000 }, (_, i) => (i % 2 ? `c${i}=v; Expires=never` : `c${i}=v; Path=/`));
    const result = parse(lines.join('\n'), OPTS);
    expect(result.cookies).toHaveLength(5000);
    expect(inEnglish(result.issues)[1]).toEqual({ where: 'line 4', message: 'Expires "never" is not a date; ignored' });
  }, LARGE_INPUT_TIMEOUT_MS);
});
