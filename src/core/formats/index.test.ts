import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detectFormat, FORMAT_BY_ID, FORMATS, IMPORT_FORMATS, parseAny } from './index';
import {
  anyTextArb, cookiesArb, expectWellFormed, junkArb, LARGE_INPUT_TIMEOUT_MS, NOW, OPTS, partitionKeyArb, inEnglish } from '../../../tests/support/formats';

const EXPORT_FORMATS = FORMATS.filter((f) => f.serialize);

describe('format registry', () => {
  it('lists every format once, with what it can do', () => {
    expect(FORMATS.map((f) => f.id)).toEqual([
      'crumb-json', 'netscape', 'cookie-editor-json', 'editthiscookie-json', 'playwright', 'set-cookie', 'cookie-header', 'curl',
    ]);
    expect(IMPORT_FORMATS.map((f) => f.id)).not.toContain('curl');
    expect(EXPORT_FORMATS.map((f) => f.id)).toContain('cookie-header');
    expect(FORMATS.filter((f) => f.select).map((f) => f.id)).toEqual(['cookie-header', 'curl']);
    for (const [id, format] of Object.entries(FORMAT_BY_ID)) expect(format.id).toBe(id);
  });
});

describe('detectFormat', () => {
  it('recognises what each format writes', () => {
    // A request-based export writes a request, not the cookies: it is not meant to be read back.
    const importable = EXPORT_FORMATS.filter((f) => f.parse && !f.select);
    fc.assert(fc.property(cookiesArb().filter((c) => c.length > 0), fc.constantFrom(...importable), (cookies, format) => {
      expect(detectFormat(format.serialize!(cookies, { nowSeconds: NOW }))).toBe(format.id);
    }), { numRuns: 150 });
  });

  it('recognises pasted text', () => {
    expect(detectFormat('Cookie: a=1; b=2')).toBe('cookie-header');
    expect(detectFormat('a=1; b=2')).toBe('cookie-header');
    expect(detectFormat('a=1; Path=/; Secure')).toBe('set-cookie');
    expect(detectFormat('a.test\tFALSE\t/\tFALSE\t0\tn\tv')).toBe('netscape');
    expect(detectFormat('\ufeff  [{"name": "a", "domain": "a.test", "id": 1}]')).toBe('editthiscookie-json');
    expect(detectFormat('[{"name": "a", "domain": "a.test", "expires": -1}]')).toBe('playwright');
    expect(detectFormat('[{"name": "a", "domain": "a.test", "expirationDate": 1')).toBe('cookie-editor-json');
    expect(detectFormat('{"format": "crumb", "version": 1, "cookies": [{"na')).toBe('crumb-json');
  });

  it('gives up on what is none of them', () => {
    for (const text of ['', '   \n', 'hello world', "curl -b 'a=1' 'https://a.test/'", "curl -b 'a=1' 'https://a.test/'\ncurl -b 'b=2' 'http://a.test/'", '{"a": 1}', '[1, 2]', '\u0000\u0001PK\u0003\u0004', '[{"Host": "a.test", "KeyName": "a"}]']) {
      expect(detectFormat(text)).toBeNull();
    }
  });
});

describe('parseAny', () => {
  it('never throws, detected or forced into any format', () => {
    const formatIds = FORMATS.map((f) => f.id);
    fc.assert(fc.property(junkArb, fc.option(fc.constantFrom(...formatIds), { nil: undefined }), (text, override) => {
      const result = parseAny(text, OPTS, override);
      expectWellFormed(result);
      if (override) expect(result.format).toBe(override);
    }), { numRuns: 300 });
  });

  it('reads with the detected format and says which', () => {
    const result = parseAny('Set-Cookie: a=1; Domain=a.test', OPTS);
    expect(result.format).toBe('set-cookie');
    expect(result.cookies.map((c) => c.domain)).toEqual(['.a.test']);
  });

  it('lets the user override detection', () => {
    const result = parseAny('a=1; Path=/x', OPTS, 'cookie-header');
    expect(result.format).toBe('cookie-header');
    expect(result.cookies.map((c) => [c.name, c.value])).toEqual([['a', '1'], ['Path', '/x']]);
  });

  it('explains unknown, empty, binary and export-only input', () => {
    const unknown = parseAny('hello world', OPTS);
    expect(unknown).toEqual({ format: null, cookies: [], issues: [expect.anything()] });
    expect(inEnglish(unknown.issues)).toEqual([
      { where: 'file', message: expect.stringMatching(/^Not a format Crumb can read\. Choose the format if it is one of: Crumb JSON, Netscape cookies\.txt, /) },
    ]);
    expect(inEnglish(parseAny('', OPTS).issues)).toEqual([{ where: 'file', message: 'The text is empty' }]);
    expect(inEnglish(parseAny('\u0000\u0001\u0002binary', OPTS).issues)).toEqual([{ where: 'file', message: 'This looks like a binary file, not a cookie export' }]);
    expect(inEnglish(parseAny('a=1', OPTS, 'curl').issues)).toEqual([{ where: 'file', message: 'curl command can be exported but not imported' }]);
  });

  it('points at a control character that breaks JSON', () => {
    const result = parseAny('[\n  {"name": "a", "value": "x\u0007y", "domain": "a.test"}\n]', OPTS);
    expect(result.format).toBe('cookie-editor-json');
    expect(result.cookies).toEqual([]);
    expect(inEnglish(result.issues)[0]).toEqual({ where: 'line 2, column 28', message: 'Not valid JSON: “Bad control character in string literal”; no complete item could be read' });
  });

  it('reads 10 MB of text', () => {
    const line = 'Set-Cookie: c=v; Path=/; Expires=Sun, 06 Nov 2044 08:49:37 GMT\n';
    const text = line.repeat(Math.ceil((10 * 1024 * 1024) / line.length));
    const result = parseAny(text, OPTS);
    expect(result.format).toBe('set-cookie');
    expect(result.cookies.length).toBe(Math.ceil((10 * 1024 * 1024) / line.length));
  }, LARGE_INPUT_TIMEOUT_MS);
});

describe('serializers', () => {
  it('never throw, even on cookies no browser would hold', () => {
    const wild = cookiesArb({
      name: anyTextArb, value: anyTextArb, path: anyTextArb,
      expiry: fc.oneof(fc.double(), fc.constant(Number.NaN), fc.constant(0)),
      partitionKey: fc.option(partitionKeyArb, { nil: undefined }),
    });
    fc.assert(fc.property(wild, fc.constantFrom(...EXPORT_FORMATS), (cookies, format) => {
      expect(typeof format.serialize!(cookies, { nowSeconds: NOW, requestUrl: 'https://a.test/' })).toBe('string');
    }), { numRuns: 300 });
  });
});
