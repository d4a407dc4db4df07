import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { defaultPath, parseSetCookieLine, splitSetCookieHeader, type Engine } from './set-cookie-line';

const engines: Engine[] = ['chrome', 'firefox'];

describe('the name and value', () => {
  // Seen on the test site in Chromium 156 and Firefox ESR 153.
  it('of a line without "=" is a nameless value in Chrome and a valueless name in Firefox', () => {
    expect(parseSetCookieLine('token; Path=/p', 'chrome')).toMatchObject({ name: '', value: 'token', hasEquals: false });
    expect(parseSetCookieLine('token; Path=/p', 'firefox')).toMatchObject({ name: 'token', value: '', hasEquals: false });
  });
  it('split at the first "=" and are trimmed, in both', () => {
    for (const engine of engines) {
      expect(parseSetCookieLine(' lead = v  ; Path=/', engine)).toMatchObject({ name: 'lead', value: 'v', hasEquals: true });
      expect(parseSetCookieLine('==x', engine)).toMatchObject({ name: '', value: '=x', hasEquals: true });
      expect(parseSetCookieLine('q="x y"', engine)).toMatchObject({ name: 'q', value: '"x y"' });
    }
  });
});

describe('attributes', () => {
  it('are kept as written, in order, and read case-insensitively; the last one wins', () => {
    const line = parseSetCookieLine('a=1; secure; HTTPONLY; Path=/x; path=/y; SameSite=Strict; Domain=.Shop.Example.TEST; Partitioned; Foo=bar', 'chrome');
    expect(line.attributes).toEqual([
      { name: 'secure', value: '' }, { name: 'HTTPONLY', value: '' }, { name: 'Path', value: '/x' },
      { name: 'path', value: '/y' }, { name: 'SameSite', value: 'Strict' }, { name: 'Domain', value: '.Shop.Example.TEST' },
      { name: 'Partitioned', value: '' }, { name: 'Foo', value: 'bar' },
    ]);
    expect(line).toMatchObject({ secure: true, httpOnly: true, path: '/y', sameSite: 'strict', domain: 'shop.example.test', partitioned: true });
  });
  it('drop only one leading dot of Domain, and an empty Domain means none', () => {
    expect(parseSetCookieLine('a=1; Domain=..x.test', 'chrome').domain).toBe('.x.test');
    expect(parseSetCookieLine('a=1; Domain=x.test; Domain=', 'chrome').domain).toBeUndefined();
  });
  it('ignore a Path that does not start with "/", an unknown SameSite, a bad Max-Age or date', () => {
    const line = parseSetCookieLine('a=1; Path=nope; SameSite=Bogus; Max-Age=1e3; Expires=soon', 'firefox');
    expect(line.path).toBeUndefined();
    expect(line.sameSite).toBe('unspecified');
    expect(line.maxAge).toBeUndefined();
    expect(line.expires).toBeUndefined();
  });
  it('read Max-Age and Expires', () => {
    const line = parseSetCookieLine('a=1; Max-Age=-5; Expires=Sun, 17 Mar 2030 17:46:40 GMT', 'chrome');
    expect(line.maxAge).toBe(-5);
    expect(line.expires).toBe(Date.UTC(2030, 2, 17, 17, 46, 40) / 1000);
  });
  it('agree between the browsers whenever the line has a name and "="', () => {
    const token = fc.stringMatching(/^[A-Za-z0-9_.-]{1,8}$/);
    const attribute = fc.oneof(
      fc.constantFrom('Secure', 'HttpOnly', 'Partitioned', 'SameSite=Lax', 'SameSite=None', 'Domain=a.test', 'Path=/p', 'Max-Age=30'),
      fc.tuple(token, token).map(([k, v]) => `${k}=${v}`),
    );
    fc.assert(fc.property(token, fc.string({ unit: 'grapheme-ascii', maxLength: 10 }), fc.array(attribute, { maxLength: 6 }), (name, value, attrs) => {
      const line = [`${name}=${value.replace(/;/g, '')}`, ...attrs].join('; ');
      const chrome = parseSetCookieLine(line, 'chrome');
      expect(parseSetCookieLine(line, 'firefox')).toEqual(chrome);
      expect(chrome.attributes).toHaveLength(attrs.length);
    }));
  });
});

describe('splitSetCookieHeader', () => {
  it('splits the lines Firefox joins with "\\n" and drops empty ones', () => {
    expect(splitSetCookieHeader('a=1; Secure\nb=2\r\n\nc=3')).toEqual(['a=1; Secure', 'b=2', 'c=3']);
  });
});

describe('defaultPath', () => {
  it('is the directory of the request path', () => {
    expect(defaultPath('/')).toBe('/');
    expect(defaultPath('/a')).toBe('/');
    expect(defaultPath('/a/b')).toBe('/a');
    expect(defaultPath('/a/b/')).toBe('/a/b');
    expect(defaultPath('')).toBe('/');
  });
});
