import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from '../cookie';
import { netscape } from './netscape';
import {
  cookiesArb, expectWellFormed, headerValueArb, junkArb, LARGE_INPUT_TIMEOUT_MS, NOW, OPTS, STORE, tokenArb, inEnglish } from '../../../tests/support/formats';

const parse = netscape.parse!;
const serialize = (cookies: Cookie[]): string => netscape.serialize!(cookies, { nowSeconds: NOW });

/** No SameSite, partition or store in the format: those come back as the defaults. */
const carriedArb = cookiesArb({
  name: tokenArb,
  value: headerValueArb,
  sameSite: ['unspecified'],
});

describe('Netscape cookies.txt', () => {
  it('gives back the cookies it wrote, with their expiry', () => {
    fc.assert(fc.property(carriedArb, (cookies) => {
      const text = serialize(cookies);
      const result = parse(text, OPTS);
      expect(result.cookies).toEqual(cookies);
      expect(inEnglish(result.issues)).toEqual(cookies.length === 0 ? [{ where: 'file', message: 'No cookie lines found, only comments and blank lines' }] : []);
      expect(netscape.detect!(text)).toBe(true);
    }), { numRuns: 200 });
  });

  it('never throws, whatever it is given', () => {
    fc.assert(fc.property(junkArb, (text) => expectWellFormed(parse(text, OPTS))), { numRuns: 300 });
  });

  it('writes the header curl and yt-dlp require, #HttpOnly_, TRUE/FALSE and 0 for a session cookie', () => {
    const cookies: Cookie[] = [
      { name: 'sid', value: 'abc', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: true, sameSite: 'lax', session: true, storeId: '0' },
      { name: 'pref', value: 'x=1', domain: 'example.test', hostOnly: false, path: '/docs', secure: false, httpOnly: false, sameSite: 'strict', session: false, expirationDate: 1900000000.9, storeId: '0' },
    ];
    expect(serialize(cookies).split('\n')).toEqual([
      '# Netscape HTTP Cookie File',
      '# Written by Crumb. Fields: domain, include subdomains, path, secure, expiry, name, value.',
      '',
      '#HttpOnly_shop.example.test\tFALSE\t/\tTRUE\t0\tsid\tabc',
      '.example.test\tTRUE\t/docs\tFALSE\t1900000000\tpref\tx=1',
      '',
    ]);
  });

  it('leaves out a cookie whose value would break the line', () => {
    const bad: Cookie = { name: 'a', value: 'x\ny', domain: 'a.test', hostOnly: true, path: '/', secure: false, httpOnly: false, sameSite: 'lax', session: true, storeId: '0' };
    expect(serialize([bad]).split('\n').filter((line) => line !== '' && !line.startsWith('#'))).toEqual([]);
  });

  it('reads CRLF, comments, blank lines, no header, spaces for tabs and an empty value', () => {
    const text = [
      '# a comment',
      '',
      '.example.test\tTRUE\t/\tFALSE\t1900000000\tpref\tdark',
      '#HttpOnly_www.example.test\tFALSE\t/app\tTRUE\t0\tsid\tabc',
      'www.example.test  false  /  true  1900000001  spaced  value',
      'www.example.test\tFALSE\t/\tFALSE\t0\tempty',
      '   ',
    ].join('\r\n');
    const result = parse(text, OPTS);
    expect(result.issues).toEqual([]);
    expect(result.cookies).toEqual([
      { name: 'pref', value: 'dark', domain: '.example.test', hostOnly: false, path: '/', secure: false, httpOnly: false, sameSite: 'unspecified', session: false, expirationDate: 1900000000, storeId: STORE },
      { name: 'sid', value: 'abc', domain: 'www.example.test', hostOnly: true, path: '/app', secure: true, httpOnly: true, sameSite: 'unspecified', session: true, storeId: STORE },
      { name: 'spaced', value: 'value', domain: 'www.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'unspecified', session: false, expirationDate: 1900000001, storeId: STORE },
      { name: 'empty', value: '', domain: 'www.example.test', hostOnly: true, path: '/', secure: false, httpOnly: false, sameSite: 'unspecified', session: true, storeId: STORE },
    ]);
    expect(netscape.detect!(text)).toBe(true);
  });

  it('treats a leading dot or a TRUE flag as a domain cookie', () => {
    const text = '.a.test\tFALSE\t/\tFALSE\t0\tx\t1\nb.test\tTRUE\t/\tFALSE\t0\ty\t2\n';
    expect(parse(text, OPTS).cookies.map((c) => [c.domain, c.hostOnly])).toEqual([['.a.test', false], ['.b.test', false]]);
  });

  it('says what is wrong with each bad line and where', () => {
    const text = [
      '# Netscape HTTP Cookie File',
      'a.test\tFALSE\t/\tFALSE\t0\tok\t1',
      'a.test\tMAYBE\t/\tFALSE\t0\tx\t1',
      'a.test\tFALSE\t/\tFALSE\tsoon\tx\t1',
      'just some words',
      '\tFALSE\t/\tFALSE\t0\tx\t1',
      'a.test\tFALSE\t/\tnope\t0\tx\t1',
    ].join('\n');
    const result = parse(text, OPTS);
    expect(result.cookies.map((c) => c.name)).toEqual(['ok']);
    expect(inEnglish(result.issues)).toEqual([
      { where: 'line 3', message: 'Field 2 (include subdomains) should be TRUE or FALSE, found "MAYBE"' },
      { where: 'line 4', message: 'Field 5 (expiry) should be seconds since 1970 or 0, found "soon"' },
      { where: 'line 5', message: 'Expected 7 fields separated by tabs, found 1' },
      { where: 'line 6', message: 'The domain (field 1) is empty' },
      { where: 'line 7', message: 'Field 4 (secure) should be TRUE or FALSE, found "nope"' },
    ]);
  });

  it('reads 5,000 lines of mixed valid and invalid cookies with the right line numbers', () => {
    const lines = ['# Netscape HTTP Cookie File'];
    for (let i = 0; i < 5000; i++) {
      lines.push(i % 3 === 0 ? `bad line ${i}` : `a.test\tFALSE\t/\tFALSE\t${1900000000 + i}\tc${i}\tv`);
    }
    const result = parse(lines.join('\n'), OPTS);
    expect(result.cookies).toHaveLength(3333);
    expect(result.cookies[0]).toMatchObject({ name: 'c1', expirationDate: 1900000001 });
    expect(inEnglish(result.issues).slice(0, 2).map((i) => i.where)).toEqual(['line 2', 'line 5']);
    expect(inEnglish(result.issues).at(-1)).toEqual({ where: 'file', message: '1167 more problems are not listed' });
  }, LARGE_INPUT_TIMEOUT_MS);

  it('gets through 10 MB of binary junk without a cookie', () => {
    const chunk = Array.from({ length: 65536 }, (_, i) => String.fromCharCode((i * 7919) % 256)).join('');
    const junk = chunk.repeat(160);
    const result = parse(junk, OPTS);
    expectWellFormed(result);
    expect(result.cookies).toEqual([]);
    expect(result.issues.length).toBeGreaterThan(0);
  }, LARGE_INPUT_TIMEOUT_MS);
});
