import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookie';
import { cookieEditorJson } from './cookie-editor-json';
import { editThisCookieJson } from './editthiscookie-json';
import {
  anyTextArb, cookiesArb, expectWellFormed, fractionalSecondsArb, junkArb, LARGE_INPUT_TIMEOUT_MS, NOW, OPTS, partitionKeyArb, STORE, truncationArb, inEnglish } from '../../../tests/support/formats';

/**
 * Both tools' files hold everything but the store (taken from the import target) and
 * Firefox's empty first-party domain (which means "none").
 */
const carriedArb = cookiesArb({
  name: anyTextArb,
  value: anyTextArb,
  expiry: fractionalSecondsArb,
  partitionKey: fc.option(partitionKeyArb, { nil: undefined }),
  firstPartyDomain: fc.option(fc.constantFrom('top.test', 'other.example'), { nil: undefined }),
});

describe.each([cookieEditorJson, editThisCookieJson])('$label', (format) => {
  const parse = format.parse!;
  const serialize = (cookies: Cookie[]): string => format.serialize!(cookies, { nowSeconds: NOW });

  it('gives back the cookies it wrote', () => {
    fc.assert(fc.property(carriedArb, (cookies) => {
      const text = serialize(cookies);
      const result = parse(text, OPTS);
      expect(result.issues).toEqual([]);
      expect(result.cookies).toEqual(cookies);
      if (cookies.length > 0) expect(format.detect!(text)).toBe(true);
    }), { numRuns: 150 });
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
});

const sessionCookie: Cookie = {
  name: 'sid', value: 'x', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true,
  httpOnly: true, sameSite: 'lax', session: true, storeId: '0',
};
const persistentCookie: Cookie = {
  name: 'pref', value: 'dark', domain: '.example.test', hostOnly: false, path: '/', secure: false,
  httpOnly: false, sameSite: 'unspecified', session: false, expirationDate: 1900000000.25, storeId: '0',
  firstPartyDomain: '',
};

describe('export shape', () => {
  it('writes Cookie-Editor objects with the browser keys and no store', () => {
    expect(JSON.parse(cookieEditorJson.serialize!([sessionCookie, persistentCookie], { nowSeconds: NOW }))).toEqual([
      { domain: 'shop.example.test', hostOnly: true, httpOnly: true, name: 'sid', path: '/', sameSite: 'lax', secure: true, session: true, storeId: null, value: 'x' },
      { domain: '.example.test', expirationDate: 1900000000.25, hostOnly: false, httpOnly: false, name: 'pref', path: '/', sameSite: 'unspecified', secure: false, session: false, storeId: null, value: 'dark' },
    ]);
  });

  it('writes EditThisCookie objects with the store and a 1-based id', () => {
    const records = JSON.parse(editThisCookieJson.serialize!([sessionCookie, persistentCookie], { nowSeconds: NOW })) as Array<Record<string, unknown>>;
    expect(records.map((r) => [r.id, r.storeId, r.name])).toEqual([[1, '0', 'sid'], [2, '0', 'pref']]);
    expect(Object.keys(records[1]!)).toEqual(['domain', 'expirationDate', 'hostOnly', 'httpOnly', 'name', 'path', 'sameSite', 'secure', 'session', 'storeId', 'value', 'id']);
  });

  it('puts the leading dot on domain cookies even when the browser left it off', () => {
    const text = cookieEditorJson.serialize!([{ ...persistentCookie, domain: 'example.test' }], { nowSeconds: NOW });
    expect((JSON.parse(text) as Array<{ domain: string }>)[0]!.domain).toBe('.example.test');
  });
});

describe('tolerant import', () => {
  const parse = cookieEditorJson.parse!;

  it('fills in missing fields, maps SameSite spellings and imports into the target store', () => {
    const text = JSON.stringify([
      { name: 'a', value: '1', domain: '.example.test' },
      { name: 'b', domain: 'www.example.test', sameSite: 'None', expirationDate: 1900000000 },
      { name: 'c', value: 2, domain: 'www.example.test', sameSite: null, secure: 'true', storeId: null },
      { name: 'd', value: 'v', domain: 'EXAMPLE.test', sameSite: 'Strict', hostOnly: false, session: true, expirationDate: 5, storeId: '1' },
    ]);
    const result = parse(text, OPTS);
    expect(result.issues).toEqual([]);
    expect(result.cookies).toEqual([
      { name: 'a', value: '1', domain: '.example.test', hostOnly: false, path: '/', secure: false, httpOnly: false, sameSite: 'unspecified', session: true, storeId: STORE },
      { name: 'b', value: '', domain: 'www.example.test', hostOnly: true, path: '/', secure: false, httpOnly: false, sameSite: 'no_restriction', session: false, expirationDate: 1900000000, storeId: STORE },
      { name: 'c', value: '2', domain: 'www.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'unspecified', session: true, storeId: STORE },
      { name: 'd', value: 'v', domain: '.example.test', hostOnly: false, path: '/', secure: false, httpOnly: false, sameSite: 'strict', session: true, storeId: STORE },
    ]);
  });

  it('imports what it can of a cookie with wrong types and says what it guessed', () => {
    const text = JSON.stringify([
      { name: 'a', value: '1', domain: 'a.test', secure: 'yes', sameSite: 'sometimes', expirationDate: 'soon', path: 7 },
    ]);
    const result = parse(text, OPTS);
    expect(result.cookies).toEqual([
      { name: 'a', value: '1', domain: 'a.test', hostOnly: true, path: '/', secure: false, httpOnly: false, sameSite: 'unspecified', session: true, storeId: STORE },
    ]);
    expect(inEnglish(result.issues)).toEqual([
      { where: 'item 1', message: '"path" should be text, found 7; used "/"' },
      { where: 'item 1', message: '"secure" should be true or false, found the text "yes"; used false' },
      { where: 'item 1', message: '"sameSite" should be Strict, Lax or None, found the text "sometimes"; left unspecified' },
      { where: 'item 1', message: '"expirationDate" should be seconds since 1970, found the text "soon"; imported as a session cookie' },
    ]);
  });

  it('skips items it cannot make a cookie of and names them by position', () => {
    const text = JSON.stringify([
      { name: 'ok', value: '1', domain: 'a.test' },
      'not a cookie',
      { value: '1', domain: 'a.test' },
      { name: 'x', value: {}, domain: 'a.test' },
      { name: 'x', value: '1', domain: '' },
      { name: 'x', value: '1', domain: 'a.test', partitionKey: 42 },
      { name: 'ok2', value: '1', domain: 'a.test', partitionKey: { topLevelSite: 'https://top.test' } },
    ]);
    const result = parse(text, OPTS);
    expect(result.cookies.map((c) => [c.name, c.partitionKey])).toEqual([['ok', undefined], ['ok2', { topLevelSite: 'https://top.test' }]]);
    expect(inEnglish(result.issues).map((i) => i.where)).toEqual(['item 2', 'item 3', 'item 4', 'item 5', 'item 6']);
    expect(inEnglish(result.issues)[0]!.message).toBe('Expected a cookie object, found the text "not a cookie"; skipped');
    expect(inEnglish(result.issues)[1]!.message).toBe('"name" should be text, found nothing; skipped');
  });

  it('explains a document that is not a list of cookies', () => {
    const result = parse('{"a": 1}', OPTS);
    expect(result.cookies).toEqual([]);
    expect(inEnglish(result.issues)).toEqual([{ where: 'file', message: 'Expected a list of cookies ([{"name": ..., "domain": ...}]), found an object' }]);
    expect(inEnglish(parse('', OPTS).issues)).toEqual([{ where: 'file', message: 'The text is empty' }]);
  });

  it('recovers items whose values hold quotes, brackets and commas', () => {
    const tricky = 'x\\"}, {"y\\\\';
    const text = JSON.stringify([{ name: 'a', value: tricky, domain: 'a.test' }, { name: 'b', value: '[', domain: 'a.test' }, { name: 'c' }]);
    const result = parse(text.slice(0, -10), OPTS);
    expect(result.cookies.map((c) => [c.name, c.value])).toEqual([['a', tricky], ['b', '[']]);
    expect(inEnglish(result.issues).map((i) => i.where)).toEqual(['line 1, column 106', 'item 3 (line 1)']);
  });

  it('keeps the cookies of a list followed by junk', () => {
    const result = parse('[{"name": "a", "value": "1", "domain": "a.test"}]\n}}oops', OPTS);
    expect(result.cookies.map((c) => c.name)).toEqual(['a']);
    expect(inEnglish(result.issues)).toEqual([
      { where: 'line 2, column 1', message: 'Not valid JSON: “Unexpected non-whitespace character after JSON”; read the 1 complete item found' },
    ]);
  });

  it('reads a file with a byte order mark and CRLF line ends', () => {
    const text = `\ufeff[\r\n  {"name": "a", "value": "1", "domain": "a.test"}\r\n]\r\n`;
    expect(parse(text, OPTS).cookies.map((c) => c.name)).toEqual(['a']);
  });
});

describe('bad input at scale', () => {
  it('reads 5,000 items with every other one broken, naming each bad one', () => {
    const items = Array.from({ length: 5000 }, (_, i) =>
      i % 2 === 0 ? { name: `c${i}`, value: 'v', domain: 'a.test' } : { name: `c${i}`, value: 'v', domain: 17 });
    const result = editThisCookieJson.parse!(JSON.stringify(items), OPTS);
    expect(result.cookies).toHaveLength(2500);
    expect(inEnglish(result.issues)[0]).toEqual({ where: 'item 2', message: '"domain" should be a host name, found 17; skipped' });
    // Only the first 500 are listed; the rest are counted.
    expect(result.issues).toHaveLength(501);
    expect(inEnglish(result.issues)[500]).toEqual({ where: 'file', message: '2000 more problems are not listed' });
  }, LARGE_INPUT_TIMEOUT_MS);

  it('survives a 10 MB string value and a 10 MB truncated file', () => {
    const big = 'x'.repeat(10 * 1024 * 1024);
    const whole = JSON.stringify([{ name: 'big', value: big, domain: 'a.test' }, { name: 'small', value: '1', domain: 'a.test' }]);
    expect(cookieEditorJson.parse!(whole, OPTS).cookies.map((c) => c.value.length)).toEqual([big.length, 1]);
    const cut = cookieEditorJson.parse!(whole.slice(0, whole.length - 40), OPTS);
    expect(cut.cookies.map((c) => c.name)).toEqual(['big']);
    expect(inEnglish(cut.issues).map((i) => i.message)).toEqual([
      'Not valid JSON: the text ends too early (cut off?); read the 1 complete item found',
      'The text ends inside this item; skipped',
    ]);
  }, LARGE_INPUT_TIMEOUT_MS);
});
