import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { fateWords, frameWords } from './fate-words';
import { english } from './translate';

const cookie: Cookie = {
  name: 'sid', value: 'new', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: true,
  sameSite: 'lax', session: true, storeId: '0',
};

describe('fateWords', () => {
  it('says what happened in words', () => {
    expect(fateWords({ kind: 'stored', cookie }, english)).toBe('Stored: sid on shop.example.test, path /');
    expect(fateWords({ kind: 'overwrote', before: { ...cookie, value: 'old', httpOnly: false, sameSite: 'unspecified', secure: false }, after: cookie }, english))
      .toBe('Overwrote: "old" → "new" (Secure; HttpOnly; SameSite=Lax)');
    expect(fateWords({ kind: 'overwrote', before: null, after: { ...cookie, session: false, expirationDate: 1_900_000_000 } }, english))
      .toBe('Overwrote the cookie (the browser did not report the old value) → "new" (Secure; HttpOnly; SameSite=Lax; Expires=2030-03-17T17:46:40Z)');
    expect(fateWords({ kind: 'partitioned', cookie: { ...cookie, partitionKey: { topLevelSite: 'https://top.test' } } }, english))
      .toBe('Stored in a partition: https://top.test');
    expect(fateWords({ kind: 'rejected', reasons: [{ code: 'prefix', message: 'a' }, { code: 'too-large', message: 'b' }] }, english)).toBe('Rejected: a; b');
    expect(fateWords({ kind: 'blocked', likelyThirdParty: true }, english)).toBe("Not stored: blocked by the browser's settings (likely third-party cookie blocking)");
    expect(fateWords({ kind: 'blocked', likelyThirdParty: false }, english)).toBe("Not stored: blocked by the browser's settings");
    expect(fateWords({ kind: 'deleted', before: cookie }, english)).toBe('Deleted by the server (expiry in the past)');
    expect(fateWords({ kind: 'unknown', why: 'jar-differs' }, english)).toMatch(/^Crumb cannot tell/);
  });
  it('names the frame', () => {
    expect(frameWords('cross-site', english)).toBe('cross-site frame or request');
  });
});
