import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cookie } from './cookie';
import { domainMatches } from './host-match';
import { checkSetCookie, type Prediction, type SetCookieContext } from './set-cookie-check';
import { parseSetCookieLine, type Engine } from './set-cookie-line';

const now = 1_700_000_000;
const https = 'https://shop.example.test/account/login';
const http = 'http://shop.example.test/account/login';

function check(line: string, url = https, more: Partial<SetCookieContext> = {}): Prediction {
  const engine = more.engine ?? 'chrome';
  return checkSetCookie(parseSetCookieLine(line, engine), { url, engine, nowSeconds: now, storeId: '0', ...more });
}

function codes(line: string, url = https, more: Partial<SetCookieContext> = {}): string[] {
  const prediction = check(line, url, more);
  return prediction.kind === 'rejected' ? prediction.reasons.map((r) => r.code) : [];
}

function stored(line: string, url = https, more: Partial<SetCookieContext> = {}): Cookie {
  const prediction = check(line, url, more);
  if (prediction.kind !== 'accepted') throw new Error(`rejected: ${JSON.stringify(prediction.reasons)}`);
  return prediction.cookie;
}

describe('an accepted line', () => {
  it('is a host-only cookie on the default path without Domain and Path', () => {
    expect(stored('sid=1; HttpOnly; SameSite=Lax')).toEqual({
      name: 'sid', value: '1', domain: 'shop.example.test', hostOnly: true, path: '/account', secure: false,
      httpOnly: true, sameSite: 'lax', session: true, storeId: '0',
    });
  });
  it('is a domain cookie with Domain, and Max-Age beats Expires', () => {
    expect(stored('t=dark; Domain=example.test; Path=/; Max-Age=60; Expires=Sun, 17 Mar 2030 17:46:40 GMT')).toMatchObject({
      domain: '.example.test', hostOnly: false, path: '/', session: false, expirationDate: now + 60,
    });
  });
  it('deletes when its expiry is past or Max-Age is not positive', () => {
    expect(check('a=; Max-Age=0')).toMatchObject({ kind: 'accepted', deletes: true });
    expect(check('a=; Expires=Thu, 01 Jan 1970 00:00:00 GMT')).toMatchObject({ kind: 'accepted', deletes: true });
    expect(check('a=1; Max-Age=10')).toMatchObject({ kind: 'accepted', deletes: false });
  });
  it('is partitioned under the top-level page\'s site', () => {
    expect(stored('e=1; Secure; SameSite=None; Partitioned', 'https://widgets.test/frame', { topLevelUrl: 'https://www.top.test/', crossSite: true }).partitionKey)
      .toEqual({ topLevelSite: 'https://top.test' });
  });
  it('may name its own host when that host is a public suffix: it is then host-only', () => {
    expect(stored('a=1; Domain=github.io', 'https://github.io/')).toMatchObject({ domain: 'github.io', hostOnly: true });
  });
  it('may be Secure from http on loopback', () => {
    expect(stored('a=1; Secure', 'http://localhost:8080/').secure).toBe(true);
  });
  it('keeps a tab in the value in Firefox only', () => {
    expect(check('tab=a\tb', https, { engine: 'firefox' }).kind).toBe('accepted');
    expect(codes('tab=a\tb', https, { engine: 'chrome' })).toEqual(['illegal-char']);
  });
});

describe('a rejected line names every rule it breaks', () => {
  it('prefixes', () => {
    expect(codes('__Host-a=1; Secure; Path=/; Domain=example.test')).toEqual(['prefix']);
    expect(codes('__Host-a=1; Secure; Path=/x')).toEqual(['prefix']);
    expect(codes('__secure-a=1')).toEqual(['prefix']);
    expect(codes('__Secure-a=1', http)).toEqual(['prefix']);
    expect(codes('=__Secure-x')).toEqual(['prefix']);
    expect(check('__Host-a=1; Secure').kind).toBe('rejected');
    expect(check('__Host-a=1; Secure; Path=/').kind).toBe('accepted');
  });
  it('a Domain that is not the host nor a parent of it', () => {
    const prediction = check('a=1; Domain=other.test');
    expect(prediction).toEqual({ kind: 'rejected', reasons: [{ code: 'domain-mismatch', message: 'Domain=other.test is neither the host shop.example.test nor a parent of it' }] });
    expect(codes('a=1; Domain=www.shop.example.test')).toEqual(['domain-mismatch']);
    expect(codes('a=1; Domain=..example.test')).toEqual(['domain-mismatch']);
    expect(codes('a=1; Domain=badexample.test', 'https://example.test/')).toEqual(['domain-mismatch']);
  });
  it('a public-suffix Domain', () => {
    expect(codes('a=1; Domain=test')).toEqual(['domain-public-suffix']);
    expect(codes('a=1; Domain=github.io', 'https://me.github.io/')).toEqual(['domain-public-suffix']);
  });
  it('Secure or SameSite=None from http', () => {
    expect(codes('a=1; Secure', http)).toEqual(['secure-from-insecure']);
    expect(codes('a=1; Secure; SameSite=None', http)).toEqual(['secure-from-insecure']);
    expect(codes('a=1; SameSite=None', http)).toEqual(['samesite-none-insecure']);
  });
  it('SameSite=None or Partitioned without Secure', () => {
    expect(codes('a=1; SameSite=None')).toEqual(['samesite-none-insecure']);
    expect(codes('a=1; Partitioned')).toEqual(['partitioned-insecure']);
  });
  it('an http response overwriting a Secure cookie, when the jar was read', () => {
    const secure: Cookie = {
      name: 'a', value: 'old', domain: '.example.test', hostOnly: false, path: '/', secure: true, httpOnly: false,
      sameSite: 'lax', session: true, storeId: '0',
    };
    expect(codes('a=1; Path=/', http, { existing: [secure] })).toEqual(['overwrite-secure']);
    expect(check('a=1; Path=/', http, { existing: [secure] })).toMatchObject({
      reasons: [{ message: 'An http response may not overwrite a Secure cookie of the same name (the one on .example.test, path /)' }],
    });
    expect(check('a=1; Path=/', http).kind).toBe('accepted');
    expect(check('a=1; Path=/', http, { existing: [{ ...secure, secure: false }] }).kind).toBe('accepted');
    expect(check('a=1; Path=/', http, { existing: [{ ...secure, path: '/other' }] }).kind).toBe('accepted');
    expect(check('a=1; Path=/', http, { existing: [{ ...secure, storeId: '1' }] }).kind).toBe('accepted');
  });
  it('name and value over 4096 bytes', () => {
    expect(check(`n=${'x'.repeat(4095)}`).kind).toBe('accepted');
    expect(codes(`n=${'x'.repeat(4096)}`)).toEqual(['too-large']);
    expect(codes(`n=${'é'.repeat(2048)}`)).toEqual(['too-large']);
  });
  it('illegal characters and empty names, as each browser has them', () => {
    expect(codes('a=x\u0001y')).toEqual(['illegal-char']);
    expect(codes('a\u007f=1', https, { engine: 'firefox' })).toEqual(['illegal-char']);
    expect(codes(' = ')).toEqual(['no-name-or-value']);
    expect(codes('==x', https, { engine: 'chrome' })).toEqual(['empty-name']);
    expect(check('=x', https, { engine: 'chrome' }).kind).toBe('accepted');
    expect(codes('=x', https, { engine: 'firefox' })).toEqual(['empty-name']);
    expect(check('token', https, { engine: 'firefox' })).toMatchObject({ kind: 'accepted', cookie: { name: 'token', value: '' } });
  });
  it('several at once', () => {
    expect(codes('__Host-a=1; Domain=other.test; SameSite=None; Partitioned', http))
      .toEqual(['domain-mismatch', 'prefix', 'samesite-none-insecure', 'partitioned-insecure']);
  });
});

describe('properties', () => {
  const label = fc.stringMatching(/^[a-z][a-z0-9]{0,5}$/);
  const host = fc.array(label, { minLength: 0, maxLength: 3 }).map((labels) => [...labels, 'example', 'test'].join('.'));
  const domainAttr = fc.option(fc.oneof(host, label.map((l) => `${l}.test`), fc.constant('test')), { nil: undefined });
  const flags = fc.record({ secure: fc.boolean(), none: fc.boolean(), partitioned: fc.boolean(), prefix: fc.constantFrom('', '__Host-', '__Secure-') });
  const engine = fc.constantFrom<Engine>('chrome', 'firefox');

  it('an accepted cookie always goes back to the host that set it, and never breaks a prefix or the Secure rules', () => {
    fc.assert(fc.property(host, fc.boolean(), domainAttr, flags, engine, (requestHost, secureUrl, domain, f, eng) => {
      const parts = [`${f.prefix}n=v`];
      if (domain !== undefined) parts.push(`Domain=${domain}`);
      if (f.secure) parts.push('Secure');
      if (f.none) parts.push('SameSite=None');
      if (f.partitioned) parts.push('Partitioned');
      parts.push('Path=/');
      const url = `${secureUrl ? 'https' : 'http'}://${requestHost}/`;
      const prediction = checkSetCookie(parseSetCookieLine(parts.join('; '), eng), { url, engine: eng, nowSeconds: now, storeId: '0' });
      if (prediction.kind === 'rejected') {
        expect(prediction.reasons.length).toBeGreaterThan(0);
        return;
      }
      const { cookie } = prediction;
      expect(domainMatches(requestHost, cookie.domain)).toBe(true);
      if (cookie.secure) expect(secureUrl).toBe(true);
      if (cookie.sameSite === 'no_restriction' || cookie.partitionKey) expect(cookie.secure).toBe(true);
      if (f.prefix !== '') expect(cookie.secure).toBe(true);
      if (f.prefix === '__Host-') expect(cookie.hostOnly).toBe(true);
    }));
  });
});
