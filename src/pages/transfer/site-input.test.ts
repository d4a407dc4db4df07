import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../core/cookie';
import { inSite, siteHost, siteUrl } from './site-input';

function entry(domain: string, site: string, topLevelSite?: string) {
  const cookie: Cookie = {
    name: 'n', value: 'v', domain, hostOnly: !domain.startsWith('.'), path: '/', secure: true, httpOnly: false,
    sameSite: 'lax', session: true, storeId: '0',
  };
  if (topLevelSite) cookie.partitionKey = { topLevelSite };
  return { cookie, site };
}

describe('siteUrl', () => {
  it('makes an https address of a typed host and keeps typed URLs', () => {
    expect(siteUrl('')).toBeUndefined();
    expect(siteUrl('  ')).toBeUndefined();
    expect(siteUrl('shop.example.test')).toBe('https://shop.example.test/');
    expect(siteUrl('.example.test')).toBe('https://example.test/');
    expect(siteUrl('shop.example.test/account/x')).toBe('https://shop.example.test/account/x');
    expect(siteUrl(' http://a.test:8080/p ')).toBe('http://a.test:8080/p');
  });
});

describe('siteHost', () => {
  it('reads the host of whatever was typed', () => {
    expect(siteHost('')).toBeNull();
    expect(siteHost('Example.TEST')).toBe('example.test');
    expect(siteHost('.example.test.')).toBe('example.test');
    expect(siteHost('https://Shop.Example.test:8443/a?b')).toBe('shop.example.test');
    expect(siteHost('shop.example.test:8443/path')).toBe('shop.example.test');
    expect(siteHost('https://')).toBeNull();
  });
});

describe('inSite', () => {
  it('takes the site, hosts below the typed one and partitions under it', () => {
    expect(inSite(entry('.example.test', 'example.test'), 'example.test')).toBe(true);
    expect(inSite(entry('sub.shop.example.test', 'example.test'), 'shop.example.test')).toBe(true);
    expect(inSite(entry('shop.example.test', 'example.test'), 'shop.example.test')).toBe(true);
    expect(inSite(entry('.example.test', 'example.test'), 'shop.example.test')).toBe(false);
    expect(inSite(entry('notexample.test', 'notexample.test'), 'example.test')).toBe(false);
    expect(inSite(entry('widget.other', 'widget.other', 'https://example.test'), 'example.test')).toBe(true);
    expect(inSite(entry('widget.other', 'widget.other', 'https://top.test'), 'example.test')).toBe(false);
    expect(inSite(entry('widget.other', 'widget.other', 'not a url'), 'example.test')).toBe(false);
  });
});
