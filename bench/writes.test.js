import { describe, expect, it } from 'vitest';
import { answerError, crumbCookieOf } from './writes.js';

describe('crumbCookieOf', () => {
  it('writes a host-only cookie under its URL\'s host, a domain cookie with the dot the browsers report', () => {
    const hostOnly = { url: 'https://www.a.test/app', name: 'n', value: 'v', path: '/app', secure: true, httpOnly: false, sameSite: /** @type {const} */ ('lax') };
    expect(crumbCookieOf(hostOnly, '0')).toEqual({
      name: 'n',
      value: 'v',
      domain: 'www.a.test',
      hostOnly: true,
      path: '/app',
      secure: true,
      httpOnly: false,
      sameSite: 'lax',
      session: true,
      storeId: '0',
    });
    const domain = { ...hostOnly, domain: 'a.test', expirationDate: 1_900_000_000, partitionKey: { topLevelSite: 'https://top.test' } };
    expect(crumbCookieOf(domain, 'firefox-default')).toMatchObject({
      domain: '.a.test',
      hostOnly: false,
      session: false,
      expirationDate: 1_900_000_000,
      partitionKey: { topLevelSite: 'https://top.test' },
      storeId: 'firefox-default',
    });
  });
});

describe('answerError', () => {
  const done = { ok: /** @type {const} */ (true), done: 180, failed: 0, firstFailure: null, evicted: 0 };

  it('accepts an answer that did everything it was asked', () => {
    expect(answerError(done, 180)).toBeNull();
  });

  it('says what an answer left undone, so a partial operation is never timed', () => {
    expect(answerError({ ok: false, error: 'bad-request: no' }, 180)).toBe('Crumb answered bad-request: no');
    expect(answerError({ ...done, done: 178, failed: 2, firstFailure: 'gone' }, 180)).toBe('Crumb failed 2 of 180 cookies, e.g. gone');
    expect(answerError({ ...done, done: 179 }, 180)).toBe('Crumb did 179 of 180 cookies');
    expect(answerError({ ...done, evicted: 3 }, 180)).toBe('the browser evicted 3 cookies during Crumb\'s operation');
  });
});
