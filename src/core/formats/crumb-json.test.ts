import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookie';
import { crumbJson } from './crumb-json';
import {
  anyTextArb, cookiesArb, expectWellFormed, fractionalSecondsArb, junkArb, NOW, OPTS, partitionKeyArb, truncationArb, inEnglish } from '../../../tests/support/formats';

const parse = crumbJson.parse!;
const serialize = (cookies: Cookie[]): string => crumbJson.serialize!(cookies, { nowSeconds: NOW });

/** Crumb JSON carries everything: any text, fractional expiry, any store, partition and first-party domain. */
const everythingArb = cookiesArb({
  name: anyTextArb,
  value: anyTextArb,
  path: anyTextArb.map((p) => `/${p}`),
  expiry: fractionalSecondsArb,
  storeId: fc.constantFrom('0', '1', 'firefox-default', 'firefox-container-3', 'firefox-private'),
  partitionKey: fc.option(partitionKeyArb, { nil: undefined }),
  firstPartyDomain: fc.option(fc.constantFrom('', 'top.test', 'other.example'), { nil: undefined }),
});

describe('Crumb JSON', () => {
  it('gives back exactly the cookies it wrote', () => {
    fc.assert(fc.property(everythingArb, (cookies) => {
      const result = parse(serialize(cookies), OPTS);
      expect(result.issues).toEqual([]);
      expect(result.cookies).toEqual(cookies);
    }), { numRuns: 200 });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(junkArb, (text) => expectWellFormed(parse(text, OPTS))), { numRuns: 300 });
  });

  it('recovers the complete cookies of a truncated file and invents none', () => {
    fc.assert(fc.property(truncationArb(everythingArb, serialize), ({ cookies, cut }) => {
      const result = parse(cut, OPTS);
      expectWellFormed(result);
      expect(result.cookies).toEqual(cookies.slice(0, result.cookies.length));
    }), { numRuns: 200 });
  });

  it('writes the format marker and version first', () => {
    const text = serialize([]);
    expect(JSON.parse(text)).toEqual({ format: 'crumb', version: 1, cookies: [] });
    expect(crumbJson.detect!(text)).toBe(true);
  });

  it('keeps the store, partition and first-party domain of the file', () => {
    const text = JSON.stringify({
      format: 'crumb', version: 1,
      cookies: [{
        name: 'p', value: '1', domain: 'embed.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
        sameSite: 'no_restriction', session: false, expirationDate: 1900000000.5, storeId: 'firefox-container-2',
        partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true }, firstPartyDomain: '',
      }],
    });
    expect(parse(text, OPTS)).toEqual({
      cookies: [{
        name: 'p', value: '1', domain: 'embed.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
        sameSite: 'no_restriction', session: false, expirationDate: 1900000000.5, storeId: 'firefox-container-2',
        partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true }, firstPartyDomain: '',
      }],
      issues: [],
    });
  });

  it('warns about a file from a newer version and still reads it', () => {
    const text = JSON.stringify({ format: 'crumb', version: 2, cookies: [{ name: 'a', value: 'b', domain: '.a.test' }] });
    const result = parse(text, OPTS);
    expect(result.cookies.map((c) => [c.name, c.domain, c.hostOnly, c.storeId])).toEqual([['a', '.a.test', false, OPTS.storeId]]);
    expect(inEnglish(result.issues)).toEqual([{ where: 'file', message: expect.stringContaining('newer Crumb (format version 2)') }]);
  });

  it('says where broken JSON stops and keeps the items before it', () => {
    const text = [
      '{"format": "crumb", "version": 1, "cookies": [',
      '  {"name": "a", "value": "1", "domain": "a.test", "hostOnly": true},',
      '  {"name": "b", "value": "2", "domain": "a.test" "hostOnly": true},',
      '  {"name": "c", "value": "3", "domain": "a.test", "hostOnly": true}',
      ']}',
    ].join('\n');
    const result = parse(text, OPTS);
    expect(result.cookies.map((c) => c.name)).toEqual(['a', 'c']);
    expect(inEnglish(result.issues)).toEqual([
      { where: 'line 3, column 50', message: expect.stringMatching(/^Not valid JSON: “Expected ',' or '}'.*”; read the 2 complete items found$/) },
      { where: 'item 2 (line 3)', message: expect.stringMatching(/^Not valid JSON \(“Expected ',' or '}'.*”\); skipped$/) },
    ]);
  });
});
