import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { Cookie } from './cookie';
import { REQUEST_CONTEXTS, simulateRequest, type RequestContext, type SimulateOptions, type Simulation } from './request-simulator';

const NOW = 1_700_000_000;
const base: Cookie = {
  name: 'a', value: '1', domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
  sameSite: 'no_restriction', session: true, storeId: '0',
};
const URL_ = 'https://shop.example.test:8443/cart';
const TOP = 'https://top.test:8443/page';

const jar: Cookie[] = [
  { ...base, name: 'plain', sameSite: 'unspecified', secure: false },
  { ...base, name: 'strict', sameSite: 'strict' },
  { ...base, name: 'lax', sameSite: 'lax' },
  { ...base, name: 'none' },
  { ...base, name: 'acct', path: '/account' },
  { ...base, name: 'sub', domain: 'sub.shop.example.test' },
  { ...base, name: 'parent', domain: '.example.test', hostOnly: false },
  { ...base, name: 'old', session: false, expirationDate: NOW - 1 },
  { ...base, name: 'chip', partitionKey: { topLevelSite: 'https://top.test', hasCrossSiteAncestor: true } },
  { ...base, name: 'ownchip', partitionKey: { topLevelSite: 'https://example.test', hasCrossSiteAncestor: false } },
  { ...base, name: 'other', domain: 'other.test' },
];

function run(context: RequestContext, opts: Partial<SimulateOptions> = {}, cookies: Cookie[] = jar): Simulation {
  const result = simulateRequest(cookies, { url: URL_, context, nowSeconds: NOW, browser: 'chrome', topLevelUrl: TOP, ...opts });
  if (!result) throw new Error('no simulation');
  return result;
}

const sent = (s: Simulation) => s.sent.map((c) => c.name);
const why = (s: Simulation) => Object.fromEntries(s.withheld.map((w) => [w.cookie.name, w.reasons.map((r) => r.code)]));

describe('simulateRequest', () => {
  it('a same-site navigation: everything that matches host, path, Secure, expiry and partition', () => {
    const s = run('navigation');
    expect(sent(s)).toEqual(['plain', 'strict', 'lax', 'none', 'parent', 'ownchip']);
    expect(why(s)).toEqual({
      acct: ['NotOnPath'],
      sub: ['DomainMismatch'],
      old: ['Expired'],
      chip: ['PartitionMismatch'],
    });
    expect(s.withheld.map((w) => w.cookie.name), 'another site is not listed').not.toContain('other');
  });

  it('a navigation from another site: GET carries Lax but not Strict, POST neither', () => {
    expect(why(run('navigation-cross-site'))).toMatchObject({ strict: ['SameSiteStrict'] });
    expect(sent(run('navigation-cross-site'))).toEqual(['plain', 'lax', 'none', 'parent', 'ownchip']);
    const post = run('navigation-post-cross-site');
    expect(why(post)).toMatchObject({ strict: ['SameSiteStrict'], lax: ['SameSiteLax'] });
    expect(post.unsure.map((u) => [u.cookie.name, u.reasons.map((r) => r.code)]), 'Chrome sends it if it is under 2 minutes old')
      .toEqual([['plain', ['SameSiteUnspecifiedLaxAllowUnsafe']]]);
    expect(run('navigation-post-cross-site', { browser: 'firefox' }).unsure).toEqual([]);
    expect(run('iframe-cross-site').unsure, 'only a top-level POST').toEqual([]);
    expect(sent(run('navigation-post-cross-site', { browser: 'firefox' })), 'Firefox sends cookies without SameSite')
      .toEqual(['plain', 'none', 'parent', 'ownchip']);
    expect(sent(run('navigation-post'))).toEqual(sent(run('navigation')));
  });

  it('a cross-site frame or fetch: only the cookies partitioned under its top-level site, and only SameSite=None', () => {
    for (const context of ['iframe-cross-site', 'fetch-cross-site'] as const) {
      const s = run(context);
      expect(sent(s)).toEqual(['chip']);
      expect(why(s)).toMatchObject({
        plain: ['ThirdPartyBlocked', 'SameSiteUnspecifiedTreatedAsLax'],
        strict: ['ThirdPartyBlocked', 'SameSiteStrict'],
        lax: ['ThirdPartyBlocked', 'SameSiteLax'],
        none: ['ThirdPartyBlocked'],
        ownchip: ['PartitionMismatch'],
      });
      expect(s.withheld.find((w) => w.cookie.name === 'none')?.reasons[0]?.message).toContain('blocks third-party cookies');
      expect(run(context, { browser: 'firefox' }).withheld.find((w) => w.cookie.name === 'none')?.reasons[0]?.message)
        .toContain('Total Cookie Protection');
    }
    expect(sent(run('iframe-cross-site', { thirdPartyBlocked: false }))).toEqual(['none', 'parent', 'chip']);
    expect(sent(run('iframe-cross-site', { browser: 'firefox', thirdPartyBlocked: false })), 'Firefox always partitions').toEqual(['chip']);
  });

  it('Secure cookies do not go over http; a same-site subresource is like a navigation', () => {
    const s = run('subresource', { url: 'http://shop.example.test/cart' });
    expect(sent(s)).toEqual(['plain']);
    expect(why(s).none).toEqual(['SecureOnly']);
  });

  it('first-party isolation: a cookie kept for another first party is not sent', () => {
    const cookies = [{ ...base, name: 'mine', firstPartyDomain: 'example.test' }, { ...base, name: 'theirs', firstPartyDomain: 'top.test' }];
    expect(sent(run('navigation', {}, cookies))).toEqual(['mine']);
    expect(why(run('navigation', {}, cookies))).toEqual({ theirs: ['FirstPartyMismatch'] });
    expect(sent(run('iframe-cross-site', {}, cookies.map((c) => ({ ...c, partitionKey: { topLevelSite: 'https://top.test' } }))))).toEqual(['theirs']);
  });

  it('longer paths first, then in the store order', () => {
    const cookies = [
      { ...base, name: 'a', path: '/' },
      { ...base, name: 'b', path: '/cart' },
      { ...base, name: 'c', path: '/' },
      { ...base, name: 'd', domain: '.example.test', hostOnly: false, path: '/cart' },
    ];
    expect(sent(run('navigation', {}, cookies))).toEqual(['b', 'd', 'a', 'c']);
  });

  it('has no answer without a URL, or without the top-level page of an embedded request', () => {
    expect(simulateRequest(jar, { url: 'not a url', context: 'navigation', nowSeconds: NOW, browser: 'chrome' })).toBeNull();
    expect(simulateRequest(jar, { url: URL_, context: 'iframe-cross-site', nowSeconds: NOW, browser: 'chrome' })).toBeNull();
    expect(simulateRequest(jar, { url: URL_, context: 'fetch-cross-site', topLevelUrl: 'nope', nowSeconds: NOW, browser: 'chrome' })).toBeNull();
  });

  it('splits the site\'s cookies into sent and withheld, every withheld one with a reason, whatever the context', () => {
    const cookie = fc.record({
      name: fc.constantFrom('a', 'b', 'c'),
      domain: fc.constantFrom('shop.example.test', '.example.test', 'sub.shop.example.test', 'other.test'),
      path: fc.constantFrom('/', '/cart', '/account'),
      secure: fc.boolean(),
      sameSite: fc.constantFrom('no_restriction', 'lax', 'strict', 'unspecified'),
      partitioned: fc.constantFrom(null, 'https://top.test', 'https://example.test'),
    }).map(({ partitioned, ...c }): Cookie => ({
      ...base, ...c, hostOnly: !c.domain.startsWith('.'),
      ...(partitioned ? { partitionKey: { topLevelSite: partitioned } } : {}),
    }));
    fc.assert(fc.property(
      fc.array(cookie, { maxLength: 8 }),
      fc.constantFrom(...REQUEST_CONTEXTS),
      fc.constantFrom('chrome', 'firefox'),
      fc.constantFrom('https://shop.example.test/cart', 'http://shop.example.test/account/x'),
      (cookies, context, browser, url) => {
        const s = run(context, { browser, url }, cookies);
        const ofSite = cookies.filter((c) => c.domain !== 'other.test');
        const told = [...s.unsure, ...s.withheld];
        expect(new Set([...s.sent, ...told.map((w) => w.cookie)])).toEqual(new Set(ofSite));
        expect(s.sent.length + told.length).toBe(ofSite.length);
        for (const w of told) expect(w.reasons.length).toBeGreaterThan(0);
        for (let i = 1; i < s.sent.length; i++) expect(s.sent[i - 1]!.path.length).toBeGreaterThanOrEqual(s.sent[i]!.path.length);
        // A request from another site never carries more than the same request from the site itself.
        if (context === 'navigation-cross-site' || context === 'navigation-post-cross-site') {
          const same = new Set(run('navigation', { browser, url }, cookies).sent);
          for (const c of s.sent) expect(same.has(c)).toBe(true);
        }
      },
    ));
  });
});
