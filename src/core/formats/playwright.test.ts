import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookie';
import { playwright } from './playwright';
import {
  anyTextArb, cookiesArb, expectWellFormed, fractionalSecondsArb, junkArb, NOW, OPTS, partitionKeyArb, STORE, truncationArb, inEnglish } from '../../../tests/support/formats';

const parse = playwright.parse!;
const serialize = (cookies: Cookie[]): string => playwright.serialize!(cookies, { nowSeconds: NOW });

/** No store, no first-party domain, and no "unspecified" SameSite. */
const carriedArb = cookiesArb({
  name: anyTextArb,
  value: anyTextArb,
  expiry: fractionalSecondsArb,
  sameSite: ['strict', 'lax', 'no_restriction'],
  partitionKey: fc.option(partitionKeyArb, { nil: undefined }),
});

describe('Playwright storageState', () => {
  it('gives back the cookies it wrote', () => {
    fc.assert(fc.property(carriedArb, (cookies) => {
      const text = serialize(cookies);
      const result = parse(text, OPTS);
      expect(result.issues).toEqual([]);
      expect(result.cookies).toEqual(cookies);
      expect(playwright.detect!(text)).toBe(true);
    }), { numRuns: 200 });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(junkArb, (text) => expectWellFormed(parse(text, OPTS))), { numRuns: 300 });
  });

  it('recovers the complete cookies of a truncated file and invents none', () => {
    fc.assert(fc.property(truncationArb(carriedArb, serialize), ({ cookies, cut }) => {
      const result = parse(cut, OPTS);
      expectWellFormed(result);
      expect(result.cookies).toEqual(cookies.slice(0, result.cookies.length));
    }), { numRuns: 150 });
  });

  it('writes what context.addCookies takes', () => {
    const cookies: Cookie[] = [
      { name: 'a', value: '1', domain: 'a.test', hostOnly: true, path: '/', secure: false, httpOnly: true, sameSite: 'unspecified', session: true, storeId: '0' },
      {
        name: 'p', value: '2', domain: 'embed.test', hostOnly: false, path: '/x', secure: true, httpOnly: false, sameSite: 'no_restriction',
        session: false, expirationDate: 1900000000.5, storeId: '0', partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true },
      },
    ];
    expect(JSON.parse(serialize(cookies))).toEqual({
      cookies: [
        { name: 'a', value: '1', domain: 'a.test', path: '/', expires: -1, httpOnly: true, secure: false, sameSite: 'Lax' },
        { name: 'p', value: '2', domain: '.embed.test', path: '/x', expires: 1900000000.5, httpOnly: false, secure: true, sameSite: 'None', partitionKey: 'https://top.test', _crHasCrossSiteAncestor: true },
      ],
      origins: [],
    });
  });

  it('reads a bare list, url instead of domain, 0 or missing expiry, and says what it guessed', () => {
    const text = JSON.stringify([
      { name: 'a', value: '1', url: 'https://www.a.test/app/page' },
      { name: 'b', value: '2', domain: '.a.test', expires: 0, sameSite: 'strict' },
      { name: 'c', value: '3', domain: 'a.test', expires: 'never', secure: 1 },
      { name: 'd', value: '4' },
    ]);
    const result = parse(text, OPTS);
    expect(result.cookies).toEqual([
      { name: 'a', value: '1', domain: 'www.a.test', hostOnly: true, path: '/app', secure: false, httpOnly: false, sameSite: 'unspecified', session: true, storeId: STORE },
      { name: 'b', value: '2', domain: '.a.test', hostOnly: false, path: '/', secure: false, httpOnly: false, sameSite: 'strict', session: true, storeId: STORE },
      { name: 'c', value: '3', domain: 'a.test', hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'unspecified', session: true, storeId: STORE },
    ]);
    expect(inEnglish(result.issues)).toEqual([
      { where: 'item 3', message: '"expires" should be seconds since 1970 or -1, found the text "never"; imported as a session cookie' },
      { where: 'item 4', message: 'Needs a "domain" or an http(s) "url", found nothing; skipped' },
    ]);
  });
});
