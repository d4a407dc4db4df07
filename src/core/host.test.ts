import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { bareDomain, isSameOrBelow, marksDomainCookie, normalizeHost } from './host';

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

describe('isSameOrBelow', () => {
  it('goes by labels', () => {
    expect(isSameOrBelow('example.test', 'example.test')).toBe(true);
    expect(isSameOrBelow('a.b.example.test', 'example.test')).toBe(true);
    expect(isSameOrBelow('badexample.test', 'example.test')).toBe(false);
    expect(isSameOrBelow('example.test', 'a.example.test')).toBe(false);
  });
});
