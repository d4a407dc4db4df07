import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { siteOfHost } from './domain';
import { bareDomain } from './host';
import type { BlockRule } from './jar-rules';
import { namePattern } from './name-pattern';
import { RuleIndex } from './rule-index';

function cookie(name: string, domain: string, storeId = '0'): Cookie {
  return { name, value: 'v', domain, hostOnly: !domain.startsWith('.'), path: '/', secure: false, httpOnly: false, sameSite: 'lax', session: true, storeId };
}

function block(id: string, name: string, site: string | null, storeId: string | null = '0'): BlockRule {
  return { id, name, site, storeId, blocked: 0 };
}

describe('RuleIndex', () => {
  it('finds a protected cookie by its whole identity', () => {
    const kept = cookie('sid', 'shop.example.test');
    const index = new RuleIndex({ protect: [{ id: 'p', cookie: kept }], block: [] });
    expect(index.protectionOf({ ...kept, value: 'other' } as Cookie)?.id).toBe('p');
    expect(index.protectionOf({ ...kept, path: '/a' })).toBeUndefined();
    expect(index.protectionOf({ ...kept, storeId: 'firefox-container-1' })).toBeUndefined();
  });

  it('blocks by name on the rule site, any host below it', () => {
    const index = new RuleIndex({ protect: [], block: [block('b', 'track', 'example.test')] });
    expect(index.blockFor(cookie('track', 'shop.example.test'), siteOfHost)?.id).toBe('b');
    expect(index.blockFor(cookie('track', '.example.test'), siteOfHost)?.id).toBe('b');
    expect(index.blockFor(cookie('track', 'other.test'), siteOfHost)).toBeUndefined();
    expect(index.blockFor(cookie('tracker', 'example.test'), siteOfHost)).toBeUndefined();
  });

  it('keeps a rule to its store unless widened', () => {
    const index = new RuleIndex({ protect: [], block: [block('b', 'x', null, 'firefox-container-1'), block('w', 'y', null, null)] });
    expect(index.blockFor(cookie('x', 'a.test', '0'), siteOfHost)).toBeUndefined();
    expect(index.blockFor(cookie('x', 'a.test', 'firefox-container-1'), siteOfHost)?.id).toBe('b');
    expect(index.blockFor(cookie('y', 'a.test', 'firefox-private'), siteOfHost)?.id).toBe('w');
  });

  it('works out the site only when a name matched', () => {
    let asked = 0;
    const counting = (host: string) => {
      asked++;
      return siteOfHost(host);
    };
    const index = new RuleIndex({ protect: [], block: [block('b', 'x', 'a.test'), block('w', 'ga_*', 'a.test')] });
    index.blockFor(cookie('unrelated', 'a.test'), counting);
    expect(asked).toBe(0);
    index.blockFor(cookie('ga_1', 'b.test'), counting);
    expect(asked).toBe(1);
  });

  it('agrees with testing every rule in turn', () => {
    const names = fc.constantFrom('a', 'ab', 'b', '_ga', '_ga_1', '');
    const patterns = fc.constantFrom('a', 'a*', '*b', '*', '_ga*', 'b');
    const sites = fc.constantFrom('example.test', 'other.test', null);
    const hosts = fc.constantFrom('example.test', '.example.test', 'shop.example.test', 'other.test', 'x.other.test', 'third.test');
    const stores = fc.constantFrom('0', '1');
    const rules = fc.array(fc.tuple(patterns, sites, fc.option(stores, { nil: null })), { maxLength: 12 }).map((list) =>
      list.map(([name, site, storeId], i) => block(`r${i}`, name, site, storeId)),
    );
    fc.assert(
      fc.property(rules, names, hosts, stores, (list, name, host, storeId) => {
        const subject = cookie(name, host, storeId);
        const expected = list.filter(
          (rule) =>
            namePattern(rule.name)(name) && (rule.storeId === null || rule.storeId === storeId) && (rule.site === null || siteOfHost(bareDomain(host)) === rule.site),
        );
        const found = new RuleIndex({ protect: [], block: list }).blockFor(subject, siteOfHost);
        if (expected.length === 0) expect(found).toBeUndefined();
        else expect(expected).toContain(found);
      }),
      { numRuns: 1000 },
    );
  });
});
