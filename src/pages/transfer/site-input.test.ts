import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { siteHost, siteUrl } from './site-input';

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

/** Host names as browsers store them, with a TLD of letters (URLs read "0" as 0.0.0.0). */
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const tld = fc.stringMatching(/^[a-z]{2,6}$/);
const hostName = fc.tuple(fc.array(label, { maxLength: 3 }), tld).map(([labels, top]) => [...labels, top].join('.'));

describe('siteHost', () => {
  it('reads the host of a URL, a host with a port or path, or a cookie domain', () => {
    expect(siteHost('')).toBeNull();
    expect(siteHost('https://')).toBeNull();
    expect(siteHost('Example.TEST')).toBe('example.test');
    expect(siteHost('.example.test.')).toBe('example.test');
    expect(siteHost('https://Shop.Example.test:8443/a?b')).toBe('shop.example.test');
    expect(siteHost('shop.example.test:8443/path')).toBe('shop.example.test');
  });
  it('keeps an IPv6 address whole, with or without a scheme', () => {
    expect(siteHost('http://[::1]:8080/')).toBe('[::1]');
    expect(siteHost('[::1]:8080/x')).toBe('[::1]');
  });
  it('agrees with the URL parser on every web address of a stored host', () => {
    const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
    fc.assert(fc.property(hostName, port, fc.constantFrom('', '/', '/a/b?c#d'), (host, p, rest) => {
      const authority = p === undefined ? host : `${host}:${p}`;
      return siteHost(`https://${authority}${rest}`) === host && siteHost(`${authority}${rest}`) === host;
    }));
  });
});
