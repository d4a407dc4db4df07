import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../core/cookie';
import type { SiteCookie } from '../../core/protocol';
import { storeSearch } from './export-search';

function entry(name: string, value: string, domain: string): SiteCookie {
  const cookie: Cookie = {
    name, value, domain, hostOnly: !domain.startsWith('.'), path: '/', secure: true, httpOnly: false,
    sameSite: 'lax', session: true, storeId: '0',
  };
  return { cookie, site: domain.replace(/^\./, '').split('.').slice(-2).join('.') };
}

const STORE = [
  entry('sid', 'Secret-Token', 'shop.example.test'),
  entry('cart', 'apple banana', '.example.test'),
  entry('prefs', 'dark', 'news.other.test'),
  entry('SID', 'other', 'news.other.test'),
];

const names = (cookies: Cookie[] | null) => cookies?.map((c) => `${c.name}@${c.domain}`) ?? null;

describe('storeSearch', () => {
  const search = storeSearch(STORE);

  it('finds what the all-sites view finds: fields, phrases, free text, every term', () => {
    expect(names(search('name:sid'))).toEqual(['sid@shop.example.test', 'SID@news.other.test']);
    expect(names(search('value:"apple banana"'))).toEqual(['cart@.example.test']);
    expect(names(search('value:"banana apple"'))).toEqual([]);
    expect(names(search('secret'))).toEqual(['sid@shop.example.test']);
    expect(names(search('domain:other.test name:s'))).toEqual(['prefs@news.other.test', 'SID@news.other.test']);
  });

  it('answers the cookies themselves, in the order of the listing', () => {
    expect(search('example')).toEqual([STORE[0]!.cookie, STORE[1]!.cookie]);
  });

  it('answers null for a search without terms, which would match everything', () => {
    expect(search('')).toBeNull();
    expect(search('   ')).toBeNull();
    expect(search('name:')).toBeNull();
  });

  it('finds nothing in an empty store', () => {
    expect(storeSearch([])('sid')).toEqual([]);
  });
});
