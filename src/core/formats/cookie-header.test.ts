import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookie';
import { cookieHeader } from './cookie-header';
import { expectWellFormed, headerValueArb, junkArb, NOW, OPTS, STORE, tokenArb, inEnglish } from '../../../tests/support/formats';

const parse = cookieHeader.parse!;

/** What the header carries: names and values. Everything else comes from the site. */
const pairsArb = fc.array(fc.record({ name: tokenArb, value: headerValueArb }), { minLength: 1, maxLength: 8 });

const asCookie = ({ name, value }: { name: string; value: string }): Cookie => ({
  name, value, domain: 'shop.example.test', hostOnly: true, path: '/account', secure: true, httpOnly: false,
  sameSite: 'unspecified', session: true, storeId: STORE,
});

describe('Cookie header', () => {
  it('gives back the names and values a browser would send, as cookies of the site', () => {
    fc.assert(fc.property(pairsArb, fc.boolean(), (pairs, prefixed) => {
      const header = pairs.map((p) => `${p.name}=${p.value}`).join('; ');
      const text = prefixed ? `Cookie: ${header}` : header;
      const result = parse(text, OPTS);
      expect(result.issues).toEqual([]);
      expect(result.cookies).toEqual(pairs.map(asCookie));
      expect(cookieHeader.detect!(text)).toBe(true);
    }), { numRuns: 200 });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(junkArb, (text) => expectWellFormed(parse(text, OPTS))), { numRuns: 300 });
  });

  it('takes Secure and the path from the site', () => {
    const result = parse('cookie:a=1;b="quoted, value";;  c = 3 ', { storeId: STORE, nowSeconds: NOW, siteUrl: 'http://a.test' });
    expect(result.cookies.map((c) => [c.name, c.value, c.domain, c.path, c.secure])).toEqual([
      ['a', '1', 'a.test', '/', false],
      ['b', '"quoted, value"', 'a.test', '/', false],
      ['c', '3', 'a.test', '/', false],
    ]);
  });

  it('asks for the site when it has none or a bad one', () => {
    expect(inEnglish(parse('a=1', { storeId: STORE, nowSeconds: NOW }).issues)).toEqual([
      { where: 'file', message: 'Choose the site these cookies belong to: a Cookie header does not say which site its cookies are for' },
    ]);
    expect(inEnglish(parse('a=1', { storeId: STORE, nowSeconds: NOW, siteUrl: 'ftp://a.test' }).issues)).toEqual([
      { where: 'file', message: 'The site address "ftp://a.test" is not an http(s) URL: a Cookie header does not say which site its cookies are for' },
    ]);
  });

  it('says so when there is nothing to read', () => {
    const result = parse(' ; ;\n', OPTS);
    expect(result.cookies).toEqual([]);
    expect(inEnglish(result.issues)).toEqual([{ where: 'file', message: 'No "name=value" pairs found' }]);
  });

  it('exports the header a top-level navigation to the request URL carries', () => {
    const opts = { nowSeconds: 1_700_000_000, requestUrl: 'https://shop.example.test:8443/account/x' };
    const cookie = (name: string, path: string, secure = false): Cookie => ({
      name, value: name.toUpperCase(), domain: '.example.test', hostOnly: false, path, secure, httpOnly: true,
      sameSite: 'strict', session: true, storeId: '0',
    });
    const chosen = cookieHeader.select!([cookie('a', '/'), cookie('b', '/account'), cookie('c', '/other'), cookie('d', '/', true)], opts);
    expect(cookieHeader.serialize!(chosen, opts)).toBe('Cookie: b=B; a=A; d=D\n');
  });
});
