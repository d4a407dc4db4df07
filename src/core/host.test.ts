import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bareDomain, domainMatches, isIpAddress, isLoopback, marksDomainCookie, normalizeHost, typedHost } from './host';

/** Host names as browsers store them: lower-case labels, no dots at either end, a TLD of letters (URLs read "0" as 0.0.0.0). */
const label = fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/);
const tld = fc.stringMatching(/^[a-z]{2,6}$/);
const hostName = fc.tuple(fc.array(label, { maxLength: 3 }), tld).map(([labels, top]) => [...labels, top].join('.'));

describe('normalizeHost', () => {
  it('lower-cases, trims and strips one leading and one trailing dot', () => {
    expect(normalizeHost('  .Shop.Example.TEST. ')).toBe('shop.example.test');
    expect(normalizeHost('example.test')).toBe('example.test');
    expect(normalizeHost('..a.test')).toBe('.a.test');
    expect(normalizeHost('')).toBe('');
  });
  it('gives back a stored host however a cookie, a URL or a person spelled it', () => {
    const spelling = fc.record({ dot: fc.boolean(), root: fc.boolean(), upper: fc.boolean(), space: fc.constantFrom('', ' ', '\t') });
    fc.assert(fc.property(hostName, spelling, (host, s) => {
      const spelled = `${s.space}${s.dot ? '.' : ''}${s.upper ? host.toUpperCase() : host}${s.root ? '.' : ''}${s.space}`;
      return normalizeHost(spelled) === host;
    }));
  });
  it('is idempotent on stored hosts', () => {
    fc.assert(fc.property(hostName, (host) => normalizeHost(normalizeHost(host)) === normalizeHost(host)));
  });
});

describe('bareDomain', () => {
  it('drops the domain-cookie dot and keeps everything else', () => {
    expect(bareDomain('.Example.test')).toBe('Example.test');
    expect(bareDomain('example.test')).toBe('example.test');
    fc.assert(fc.property(hostName, (host) => bareDomain(`.${host}`) === host && bareDomain(host) === host));
  });
  it('tells a domain cookie by its dot', () => {
    expect(marksDomainCookie(' .example.test')).toBe(true);
    expect(marksDomainCookie('example.test')).toBe(false);
  });
});

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
    fc.assert(fc.property(label, label, (sub, name) => {
      const domain = `${name}.example.test`;
      return domainMatches(`${sub}.${domain}`, domain) && !domainMatches(domain, `${sub}.${domain}`);
    }));
  });
});

describe('typedHost', () => {
  it('reads the host of a URL, a host with a port or path, or a cookie domain', () => {
    expect(typedHost('')).toBeNull();
    expect(typedHost('https://')).toBeNull();
    expect(typedHost('Example.TEST')).toBe('example.test');
    expect(typedHost('.example.test.')).toBe('example.test');
    expect(typedHost('https://Shop.Example.test:8443/a?b')).toBe('shop.example.test');
    expect(typedHost('shop.example.test:8443/path')).toBe('shop.example.test');
  });
  it('keeps an IPv6 address whole, with or without a scheme', () => {
    expect(typedHost('http://[::1]:8080/')).toBe('[::1]');
    expect(typedHost('[::1]:8080/x')).toBe('[::1]');
  });
  it('agrees with the URL parser on every web address of a stored host', () => {
    const port = fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined });
    fc.assert(fc.property(hostName, port, fc.constantFrom('', '/', '/a/b?c#d'), (host, p, rest) => {
      const authority = p === undefined ? host : `${host}:${p}`;
      return typedHost(`https://${authority}${rest}`) === host && typedHost(`${authority}${rest}`) === host;
    }));
  });
});
