import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { domainMatches, isIpAddress, isPublicSuffix, normalizeHost, registrableDomain, topLevelSiteOf } from './domain';

describe('normalizeHost', () => {
  it('lower-cases, trims and strips one leading and one trailing dot', () => {
    expect(normalizeHost('  .Shop.Example.TEST. ')).toBe('shop.example.test');
    expect(normalizeHost('example.test')).toBe('example.test');
    expect(normalizeHost('..a.test')).toBe('.a.test');
    expect(normalizeHost('')).toBe('');
  });
});

describe('isIpAddress', () => {
  it('recognises IPv4 and IPv6 with or without brackets', () => {
    expect(isIpAddress('127.0.0.1')).toBe(true);
    expect(isIpAddress('[::1]')).toBe(true);
    expect(isIpAddress('2001:db8::1')).toBe(true);
    expect(isIpAddress('256.0.0.1')).toBe(false);
    expect(isIpAddress('example.test')).toBe(false);
    expect(isIpAddress('1.2.3')).toBe(false);
  });

  it('does not take a host with a port, made of hex digits, for an IPv6 address', () => {
    expect(isIpAddress('cafe.de:8080')).toBe(false);
    expect(isIpAddress('dead.beef:443')).toBe(false);
    expect(isIpAddress('[::1]:8080')).toBe(false);
    expect(isIpAddress('::ffff:127.0.0.1')).toBe(true);
  });
});

describe('registrableDomain', () => {
  it('returns eTLD+1, treating unknown TLDs as one-label suffixes', () => {
    expect(registrableDomain('sub.shop.example.test')).toBe('example.test');
    expect(registrableDomain('top.test')).toBe('top.test');
    expect(registrableDomain('WWW.Example.COM.')).toBe('example.com');
    expect(registrableDomain('a.b.example.co.uk')).toBe('example.co.uk');
    expect(registrableDomain('.shop.example.test')).toBe('example.test');
  });
  it('uses the private section of the list', () => {
    expect(registrableDomain('me.github.io')).toBe('me.github.io');
    expect(registrableDomain('a.me.github.io')).toBe('me.github.io');
  });
  it('lets IP addresses and localhost stand for themselves', () => {
    expect(registrableDomain('127.0.0.1')).toBe('127.0.0.1');
    expect(registrableDomain('[::1]')).toBe('[::1]');
    expect(registrableDomain('localhost')).toBe('localhost');
    expect(registrableDomain('app.localhost')).toBe('app.localhost');
  });
  it('is null for public suffixes and empty input', () => {
    expect(registrableDomain('com')).toBeNull();
    expect(registrableDomain('co.uk')).toBeNull();
    expect(registrableDomain('github.io')).toBeNull();
    expect(registrableDomain('test')).toBeNull();
    expect(registrableDomain('')).toBeNull();
  });
});

describe('isPublicSuffix', () => {
  it('is true for ICANN, private and unknown one-label suffixes', () => {
    for (const s of ['com', 'co.uk', 'github.io', 'test', '.CO.UK']) expect(isPublicSuffix(s)).toBe(true);
  });
  it('is false for registrable domains and their subdomains, IPs and localhost', () => {
    for (const s of ['example.test', 'a.example.test', 'example.co.uk', 'me.github.io', '127.0.0.1', 'localhost', '']) {
      expect(isPublicSuffix(s)).toBe(false);
    }
  });
});

describe('domainMatches', () => {
  it('matches the domain itself and its subdomains, with or without a leading dot', () => {
    expect(domainMatches('example.test', 'example.test')).toBe(true);
    expect(domainMatches('shop.example.test', '.example.test')).toBe(true);
    expect(domainMatches('a.b.example.test', 'example.test')).toBe(true);
    expect(domainMatches('Shop.Example.test', 'EXAMPLE.test')).toBe(true);
  });
  it('rejects parents, siblings and suffix look-alikes', () => {
    expect(domainMatches('example.test', 'shop.example.test')).toBe(false);
    expect(domainMatches('other.test', 'example.test')).toBe(false);
    expect(domainMatches('badexample.test', 'example.test')).toBe(false);
    expect(domainMatches('', 'example.test')).toBe(false);
    expect(domainMatches('example.test', '')).toBe(false);
  });
  it('matches IP addresses only exactly', () => {
    expect(domainMatches('127.0.0.1', '127.0.0.1')).toBe(true);
    expect(domainMatches('1.2.3.4', '3.4')).toBe(false);
    expect(domainMatches('1.2.3.4', '2.3.4')).toBe(false);
  });
  it('holds for every label prefixed to a domain', () => {
    const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
    fc.assert(fc.property(label, label, (sub, name) => {
      const domain = `${name}.example.test`;
      return domainMatches(`${sub}.${domain}`, domain) && !domainMatches(domain, `${sub}.${domain}`);
    }));
  });
});

describe('topLevelSiteOf', () => {
  it('keeps the scheme and the registrable domain only', () => {
    expect(topLevelSiteOf('https://shop.example.test/x?y#z')).toBe('https://example.test');
    expect(topLevelSiteOf('http://a.b.example.co.uk:8080/')).toBe('http://example.co.uk');
    expect(topLevelSiteOf('https://localhost:3000/')).toBe('https://localhost');
    expect(topLevelSiteOf('https://[::1]/')).toBe('https://[::1]');
  });
  it('is null without a host or a registrable domain', () => {
    expect(topLevelSiteOf('not a url')).toBeNull();
    expect(topLevelSiteOf('file:///tmp/x')).toBeNull();
    expect(topLevelSiteOf('https://github.io/')).toBeNull();
  });
});
