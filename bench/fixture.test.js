import { describe, expect, it } from 'vitest';
import { FILTER_KEY, SITE_DOMAIN, SITE_HOST, makeCookies, makeImportCookies, rawBytes, spread } from './fixture.js';

const NOW = 1_800_000_000;
const full = makeCookies({ siteCookies: 180, totalCookies: 3300, otherDomains: 199, nowSeconds: NOW });
const all = [...full.site, ...full.others];

describe('makeCookies', () => {
  it('fills the browser up to its limits', () => {
    expect(full.site).toHaveLength(180);
    expect(all).toHaveLength(3300);
    const perDomain = new Map();
    for (const c of full.others) {
      const host = new URL(c.url).hostname.replace(/^www\./, '');
      perDomain.set(host, (perDomain.get(host) ?? 0) + 1);
    }
    expect(perDomain.size).toBe(199);
    expect(Math.max(...perDomain.values())).toBeLessThanOrEqual(180);
  });

  it('makes every cookie 3–4 KB in name and value, some at exactly 4096 bytes', () => {
    const sizes = all.map((c) => Buffer.byteLength(c.name + c.value));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3072);
    expect(Math.max(...sizes)).toBe(4096);
    expect(sizes.filter((s) => s === 4096).length).toBeGreaterThan(100);
  });

  it('keeps the site cookies on the site and sets each on a URL its path matches', () => {
    for (const c of full.site) {
      const url = new URL(c.url);
      expect(url.hostname).toBe(SITE_HOST);
      expect(url.pathname).toBe(c.path);
      if (c.domain !== undefined) expect([SITE_HOST, SITE_DOMAIN]).toContain(c.domain);
    }
  });

  it('partitions two site cookies, as CHIPS allows, and makes them Secure SameSite=None', () => {
    const partitioned = full.site.filter((c) => c.partitionKey);
    expect(partitioned).toHaveLength(2);
    for (const c of partitioned) expect([c.secure, c.sameSite]).toEqual([true, 'no_restriction']);
    expect(full.others.some((c) => c.partitionKey)).toBe(false);
  });

  it('never pairs SameSite=None with an insecure cookie', () => {
    expect(all.filter((c) => c.sameSite === 'no_restriction' && !c.secure)).toEqual([]);
  });

  it('puts the filter letter in half of the names and nowhere else', () => {
    const named = full.site.filter((c) => c.name.includes(FILTER_KEY));
    expect(named).toHaveLength(90);
    const elsewhere = all.filter((c) => `${c.value}${c.domain ?? ''}${c.url}${c.path}`.toLowerCase().includes(FILTER_KEY));
    expect(elsewhere).toEqual([]);
  });

  it('is the same every time', () => {
    const again = makeCookies({ siteCookies: 180, totalCookies: 3300, otherDomains: 199, nowSeconds: NOW });
    expect(again.site[17]).toEqual(full.site[17]);
    expect(again.others.at(-1)).toEqual(full.others.at(-1));
  });
});

describe('makeImportCookies', () => {
  it('spreads the import evenly over sites of its own, under 180 each, with unique names', () => {
    const { cookies, domains } = makeImportCookies({ count: 1000, sites: 10, nowSeconds: NOW });
    expect(domains).toEqual(Array.from({ length: 10 }, (_, i) => `import${String(i + 1).padStart(2, '0')}.test`));
    const perSite = new Map();
    for (const c of cookies) {
      const host = new URL(c.url).hostname;
      expect(host).toMatch(/^www\.import\d\d\.test$/);
      if (c.domain !== undefined) expect([host, host.slice(4)]).toContain(c.domain);
      perSite.set(host, (perSite.get(host) ?? 0) + 1);
    }
    expect([...perSite.values()]).toEqual(Array(10).fill(100));
    expect(new Set(cookies.map((c) => c.name)).size).toBe(1000);
    expect(cookies.some((c) => all.some((o) => o.url === c.url))).toBe(false);
  });

  it('refuses an import that would put more than 180 cookies on a site', () => {
    expect(() => makeImportCookies({ count: 1000, sites: 5, nowSeconds: NOW })).toThrow(/under 180/);
  });
});

describe('spread', () => {
  it('hands out exactly the total, heaviest first', () => {
    const counts = spread(3120, 199);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(3120);
    expect(counts[0]).toBeGreaterThan(counts.at(-1) ?? 0);
  });

  it('refuses a spread that would break the 180 per domain limit', () => {
    expect(() => spread(1000, 2)).toThrow(/under 180/);
  });
});

describe('rawBytes', () => {
  it('counts name, value, domain (from the URL when host-only) and path', () => {
    expect(rawBytes([{ name: 'a', value: 'bc', url: 'https://x.test/p', path: '/p' }])).toBe(1 + 2 + 6 + 2);
    expect(rawBytes([{ name: 'a', value: 'é', domain: 'y.test', url: 'https://x.test/', path: '/' }])).toBe(1 + 2 + 6 + 1);
  });
});
