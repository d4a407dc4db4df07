import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { diagnose, type DiagnoseContext, type Diagnosis } from './diagnostics';

const NOW = 1_800_000_000;
const DAY = 86_400;

const cookie: Cookie = {
  name: 'sid', value: 'abc', domain: '.example.test', hostOnly: false, path: '/', secure: true, httpOnly: false,
  sameSite: 'lax', session: false, expirationDate: NOW + 3600, storeId: '0',
};
const ctx: DiagnoseContext = { url: 'https://www.example.test/account/settings', nowSeconds: NOW };

function run(changes: Partial<Cookie>, context: Partial<DiagnoseContext> = {}): Diagnosis {
  return diagnose({ ...cookie, ...changes }, { ...ctx, ...context });
}

function blocked(changes: Partial<Cookie>, context: Partial<DiagnoseContext> = {}): string[] {
  return run(changes, context).blocked.map((f) => f.code);
}

function warned(changes: Partial<Cookie>, context: Partial<DiagnoseContext> = {}): string[] {
  return run(changes, context).warnings.map((f) => f.code);
}

describe('diagnose', () => {
  it('finds nothing to say about a cookie that is sent', () => {
    expect(run({})).toEqual({ sent: true, blocked: [], warnings: [] });
  });

  it('SchemeNotSupported: pages that are not http(s) get no cookies', () => {
    expect(run({}, { url: 'chrome://settings/' })).toMatchObject({
      sent: false, blocked: [{ code: 'SchemeNotSupported', message: 'Not sent: chrome: pages cannot carry cookies; only http(s) and ws(s) pages do' }],
    });
    expect(blocked({}, { url: 'not a url' })).toEqual(['SchemeNotSupported']);
    expect(blocked({}, { url: 'wss://www.example.test/socket' })).toEqual([]);
  });

  it('DomainMismatch: another site, or another host for a host-only cookie', () => {
    expect(run({}, { url: 'https://other.test/' }).blocked).toEqual([
      { code: 'DomainMismatch', message: 'Not sent: other.test is neither example.test nor one of its subdomains' },
    ]);
    expect(run({ domain: 'example.test', hostOnly: true }).blocked).toEqual([
      { code: 'DomainMismatch', message: 'Not sent: this is a host-only cookie of example.test, and the page is on www.example.test' },
    ]);
    expect(blocked({ domain: 'www.example.test', hostOnly: true })).toEqual([]);
    expect(blocked({ domain: '.www.example.test' })).toEqual([]);
  });

  it('NotOnPath: the page is outside the cookie path', () => {
    expect(run({ path: '/admin' }).blocked).toEqual([
      { code: 'NotOnPath', message: "Not sent: the cookie's path /admin does not match the page's path /account/settings" },
    ]);
    expect(blocked({ path: '/account' })).toEqual([]);
    expect(blocked({ path: '/acc' })).toEqual(['NotOnPath']);
  });

  it('SecureOnly: a Secure cookie on plain http, except on loopback', () => {
    expect(run({}, { url: 'http://www.example.test/' }).blocked).toEqual([
      { code: 'SecureOnly', message: 'Not sent: the cookie is Secure and the page uses http, not https' },
    ]);
    expect(blocked({ secure: false }, { url: 'http://www.example.test/' })).toEqual([]);
    expect(blocked({ domain: 'localhost', hostOnly: true }, { url: 'http://localhost:8080/' })).toEqual([]);
  });

  it('lists every reason at once, as DevTools does', () => {
    expect(blocked({ path: '/admin', expirationDate: NOW - 10 }, { url: 'http://other.test/' }))
      .toEqual(['DomainMismatch', 'SecureOnly', 'NotOnPath', 'Expired']);
  });

  it('SameSiteStrict / SameSiteLax: withheld from cross-site requests only', () => {
    expect(run({ sameSite: 'strict' }, { crossSite: true }).blocked).toEqual([
      { code: 'SameSiteStrict', message: 'Not sent: SameSite=Strict cookies are never sent with cross-site requests' },
    ]);
    expect(blocked({ sameSite: 'lax' }, { crossSite: true })).toEqual(['SameSiteLax']);
    expect(blocked({ sameSite: 'strict' }, { crossSite: false })).toEqual([]);
    expect(blocked({ sameSite: 'no_restriction' }, { crossSite: true })).toEqual([]);
  });

  it('SameSiteUnspecifiedTreatedAsLax: in Chrome, not where the browser sends such cookies', () => {
    expect(blocked({ sameSite: 'unspecified' }, { crossSite: true })).toEqual(['SameSiteUnspecifiedTreatedAsLax']);
    expect(blocked({ sameSite: 'unspecified' }, { crossSite: true, laxByDefault: false })).toEqual([]);
    expect(blocked({ sameSite: 'unspecified' })).toEqual([]);
  });

  it('PartitionMismatch: partitioned under another top-level site; unpartitioned is fine', () => {
    const partitionKey = { topLevelSite: 'https://top.test' };
    expect(run({ partitionKey }).blocked).toEqual([{
      code: 'PartitionMismatch',
      message: "Not sent: the cookie is partitioned under https://top.test, and this tab's top-level site is https://example.test",
    }]);
    expect(blocked({ partitionKey }, { topLevelSite: 'https://top.test' })).toEqual([]);
    expect(blocked({ partitionKey: { topLevelSite: 'https://example.test' } })).toEqual([]);
    expect(blocked({})).toEqual([]);
  });

  it('PartitionMismatch: the cross-site-ancestor bit of the key must match the request', () => {
    const partitionKey = { topLevelSite: 'https://example.test', hasCrossSiteAncestor: true };
    expect(blocked({ partitionKey })).toEqual(['PartitionMismatch']);
    expect(blocked({ partitionKey, sameSite: 'no_restriction' }, { crossSite: true })).toEqual([]);
    expect(blocked({ partitionKey: { ...partitionKey, hasCrossSiteAncestor: false } })).toEqual([]);
  });

  it('Expired: past expiry, said with how long ago', () => {
    expect(run({ expirationDate: NOW - 3 * 3600 }).blocked).toEqual([
      { code: 'Expired', message: 'Not sent: expired 3 h ago (2027-01-15T05:00:00Z)' },
    ]);
    expect(blocked({ expirationDate: NOW })).toEqual(['Expired']);
    expect(blocked({ expirationDate: NOW + 1 })).toEqual([]);
    expect(blocked({ session: true, expirationDate: undefined })).toEqual([]);
  });
});

describe('diagnose warnings', () => {
  it('SameSiteNoneInsecure: SameSite=None without Secure', () => {
    expect(run({ sameSite: 'no_restriction', secure: false }).warnings).toEqual([{
      code: 'SameSiteNoneInsecure',
      message: 'SameSite=None without Secure: Chrome rejects such cookies, so it cannot be set again as it is',
    }]);
    expect(warned({ sameSite: 'no_restriction', secure: true })).toEqual([]);
  });

  it('InvalidPrefix: __Host- and __Secure- rules, in any letter case', () => {
    expect(run({ name: '__Host-id' }).warnings).toEqual([{
      code: 'InvalidPrefix', message: '__Host- cookies must be Secure, have Path=/ and no Domain (turn on Host-only)',
    }]);
    expect(warned({ name: '__HOST-id' })).toEqual(['InvalidPrefix']);
    expect(warned({ name: '__Host-id', domain: 'www.example.test', hostOnly: true })).toEqual([]);
    expect(warned({ name: '__Secure-id', secure: false })).toEqual(['InvalidPrefix']);
    expect(warned({ name: '__Secure-id' })).toEqual([]);
  });

  it('ExpiryTooFar: past the 400-day cap', () => {
    expect(run({ expirationDate: NOW + 401 * DAY }).warnings).toEqual([{
      code: 'ExpiryTooFar', message: 'Expires in 401 days, past the 400-day cap: Chrome keeps a cookie at most 400 days',
    }]);
    expect(warned({ expirationDate: NOW + 399 * DAY })).toEqual([]);
    expect(warned({ session: true, expirationDate: undefined })).toEqual([]);
  });

  it('TooLarge: name and value over 4096 bytes, counted in UTF-8', () => {
    expect(run({ value: 'x'.repeat(4094) }).warnings).toEqual([{
      code: 'TooLarge',
      message: 'Name and value take 4097 bytes, over the 4096-byte limit: browsers refuse to store a cookie this large',
    }]);
    expect(warned({ value: 'x'.repeat(4093) })).toEqual([]);
    expect(warned({ value: 'é'.repeat(2047) })).toEqual(['TooLarge']);
  });

  it('DomainLimit: from 150 cookies on the domain', () => {
    expect(run({}, { cookiesOnDomain: 150 }).warnings).toEqual([{
      code: 'DomainLimit',
      message: '150 cookies on this domain, close to the limit of about 180: beyond it, browsers delete the oldest',
    }]);
    expect(warned({}, { cookiesOnDomain: 149 })).toEqual([]);
  });

  it('HttpOnly: sent but invisible to page scripts, without blocking it', () => {
    expect(run({ httpOnly: true })).toEqual({
      sent: true,
      blocked: [],
      warnings: [{ code: 'HttpOnly', message: 'HttpOnly: sent with requests, but page scripts cannot read it (not in document.cookie)' }],
    });
    expect(warned({ httpOnly: false })).toEqual([]);
  });

  it('HiddenCharacters: names each invisible, bidi or look-alike character of name, domain and value, field by field', () => {
    expect(run({ name: 's\u0456d', value: 'a\u200Bb\u202E' }).warnings).toEqual([{
      code: 'HiddenCharacters',
      message:
        'Holds characters that are invisible or look like others. Name: “\u0456” (U+0456), which looks like “i”, at position 2. '
        + "Value: U+200B, invisible, at position 2; U+202E, which changes the text's direction, at position 4.",
    }]);
    expect(warned({ name: 'sid', value: 'café=ü' })).toEqual([]);
  });
});
