import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { inSiteScope, isSiteDomain } from './site-scope';

const cookie = (domain: string, topLevelSite?: string): Cookie => ({
  name: 'a', value: '1', domain, hostOnly: !domain.startsWith('.'), path: '/', secure: true, httpOnly: false,
  sameSite: 'lax', session: true, storeId: '0', ...(topLevelSite ? { partitionKey: { topLevelSite } } : {}),
});

describe('site scope', () => {
  const scope = { registrableDomain: 'example.test', topLevelSite: 'https://example.test' };
  it('takes the registrable domain and hosts below it, not look-alikes', () => {
    expect(isSiteDomain(cookie('.example.test'), 'example.test')).toBe(true);
    expect(isSiteDomain(cookie('sub.shop.example.test'), 'example.test')).toBe(true);
    expect(isSiteDomain(cookie('badexample.test'), 'example.test')).toBe(false);
  });
  it('includes cookies of other sites partitioned under this top-level site only', () => {
    expect(inSiteScope(cookie('widget.other.test', 'https://example.test'), scope)).toBe(true);
    expect(inSiteScope(cookie('widget.other.test', 'https://top.test'), scope)).toBe(false);
    expect(inSiteScope(cookie('widget.other.test'), scope)).toBe(false);
    expect(inSiteScope(cookie('shop.example.test', 'https://top.test'), scope)).toBe(true);
  });
});

describe('site scope of a typed host', () => {
  const typed = (host: string) => ({ registrableDomain: host, topLevelSite: host });
  it('takes the host and the hosts below it', () => {
    expect(inSiteScope(cookie('.example.test'), typed('example.test'))).toBe(true);
    expect(inSiteScope(cookie('sub.shop.example.test'), typed('shop.example.test'))).toBe(true);
    expect(inSiteScope(cookie('shop.example.test'), typed('shop.example.test'))).toBe(true);
    expect(inSiteScope(cookie('.example.test'), typed('shop.example.test'))).toBe(false);
    expect(inSiteScope(cookie('notexample.test'), typed('example.test'))).toBe(false);
  });
  it('takes what is partitioned under the host, under either scheme', () => {
    expect(inSiteScope(cookie('widget.other', 'https://example.test'), typed('example.test'))).toBe(true);
    expect(inSiteScope(cookie('widget.other', 'http://example.test'), typed('example.test'))).toBe(true);
    expect(inSiteScope(cookie('widget.other', 'https://top.test'), typed('example.test'))).toBe(false);
    expect(inSiteScope(cookie('widget.other', 'not a url'), typed('example.test'))).toBe(false);
  });
  it('keeps the scheme of a tab', () => {
    expect(inSiteScope(cookie('widget.other', 'http://example.test'), { registrableDomain: 'example.test', topLevelSite: 'https://example.test' })).toBe(false);
  });
});
