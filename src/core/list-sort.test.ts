import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { identityKey } from './cookie';
import { changeTimes, DEFAULT_LIST_SORT, LIST_SORTS, sortListed } from './list-sort';
import { compareCookies } from './query';
import type { CookieHead } from './protocol';

function head(name: string, extra: Partial<CookieHead> = {}): { cookie: CookieHead } {
  return {
    cookie: {
      name,
      valuePreview: '',
      valueLength: 0,
      domain: 'shop.example.test',
      hostOnly: true,
      path: '/',
      secure: false,
      httpOnly: false,
      sameSite: 'lax',
      session: true,
      storeId: '0',
      ...extra,
    },
  };
}

const names = (entries: { cookie: CookieHead }[]) => entries.map((e) => e.cookie.name);

describe('sortListed', () => {
  it('sorts names A to Z, numbers by value', () => {
    expect(names(sortListed([head('b'), head('item10'), head('a'), head('item9')], 'name'))).toEqual(['a', 'b', 'item9', 'item10']);
  });

  it('sorts by domain, then path, then name', () => {
    const list = [head('z', { domain: 'b.test' }), head('y', { domain: 'a.test', path: '/x' }), head('x', { domain: 'a.test' })];
    expect(names(sortListed(list, 'domain'))).toEqual(['x', 'y', 'z']);
  });

  it('puts session cookies first, then the soonest expiry', () => {
    const list = [head('late', { session: false, expirationDate: 300 }), head('soon', { session: false, expirationDate: 100 }), head('session')];
    expect(names(sortListed(list, 'expires'))).toEqual(['session', 'soon', 'late']);
  });

  it('puts the largest name and value first', () => {
    const list = [head('a', { valueLength: 3 }), head('bb', { valueLength: 10 }), head('c', { valueLength: 1 })];
    expect(names(sortListed(list, 'size'))).toEqual(['bb', 'a', 'c']);
  });

  it('puts the latest changed first, and unchanged cookies after, in domain order', () => {
    const [a, b, c, d] = [head('a'), head('b'), head('c'), head('d')];
    const changedAt = new Map([
      [identityKey(c.cookie), 2000],
      [identityKey(a.cookie), 1000],
    ]);
    expect(names(sortListed([d, b, a, c], 'changed', changedAt))).toEqual(['c', 'a', 'b', 'd']);
  });

  it('keeps every entry and gives one order whatever order it gets them in', () => {
    const entry = fc.record({
      name: fc.string({ maxLength: 4 }),
      domain: fc.constantFrom('a.test', '.a.test', 'b.a.test'),
      path: fc.constantFrom('/', '/x'),
      valueLength: fc.nat(50),
      expirationDate: fc.option(fc.integer({ min: 0, max: 1000 }), { nil: undefined }),
    });
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => `${e.domain}|${e.path}|${e.name}` }), fc.constantFrom(...LIST_SORTS), (specs, by) => {
        const list = specs.map((s) => head(s.name, { ...s, session: s.expirationDate === undefined }));
        const sorted = sortListed(list, by);
        expect(sorted).toHaveLength(list.length);
        expect(sortListed([...list].reverse(), by)).toEqual(sorted);
      }),
    );
  });

  it('keeps the order the background lists them in (src/background/list.ts) as the default: the popup paints its first rows in that order', () => {
    const entry = fc.record({
      name: fc.string({ maxLength: 4 }),
      domain: fc.constantFrom('a.test', '.a.test', 'b.a.test', 'A.test'),
      path: fc.constantFrom('/', '/x', '/X'),
      partitioned: fc.boolean(),
    });
    const background = compareCookies('domain', 'ascending');
    fc.assert(
      fc.property(fc.uniqueArray(entry, { selector: (e) => `${e.domain}|${e.path}|${e.name}|${e.partitioned}` }), (specs) => {
        const list = specs.map((s) => head(s.name, { domain: s.domain, path: s.path, ...(s.partitioned ? { partitionKey: { topLevelSite: 'https://top.test' } } : {}) }));
        const listed = [...list].sort((a, b) => background({ ...a.cookie, value: '' }, { ...b.cookie, value: '' }));
        expect(sortListed(list, DEFAULT_LIST_SORT)).toEqual(listed);
      }),
    );
  });
});

describe('changeTimes', () => {
  it('keeps the latest change of each cookie, whatever order the entries come in', () => {
    const a = { ...head('a').cookie, value: '1' };
    const b = { ...head('b').cookie, value: '2' };
    const times = changeTimes([
      { time: 30, kind: 'updated', cause: 'explicit', before: a, after: a },
      { time: 10, kind: 'added', cause: 'explicit', after: a },
      { time: 20, kind: 'removed', cause: 'explicit', before: b },
    ]);
    expect(times).toEqual(new Map([[identityKey(a), 30], [identityKey(b), 20]]));
  });
});
