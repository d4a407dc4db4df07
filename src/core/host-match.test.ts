import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { domainMatches, isIpAddress, isLoopback } from './host-match';

describe('isLoopback', () => {
  it('knows localhost, 127/8 and ::1', () => {
    for (const h of ['localhost', 'app.localhost', '127.0.0.1', '127.9.9.9', '[::1]', '::1']) expect(isLoopback(h)).toBe(true);
    for (const h of ['example.test', '128.0.0.1', 'localhost.test', '[::2]']) expect(isLoopback(h)).toBe(false);
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
