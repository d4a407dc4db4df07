import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { forecastLimits, forecastTotal, PER_SITE_LIMIT } from './cookie-limits';

function cookie(name: string, domain: string, secure = true): Cookie {
  return { name, value: 'v', domain, hostOnly: true, path: '/', secure, httpOnly: false, sameSite: 'lax', session: true, storeId: '0' };
}

const site = (c: Cookie) => c.domain.split('.').slice(-2).join('.');

describe('forecastLimits', () => {
  it('foretells nothing while a site stays within the limit', () => {
    const own = Array.from({ length: 10 }, (_, i) => cookie(`own${i}`, 'shop.example.test'));
    const incoming = Array.from({ length: 170 }, (_, i) => cookie(`in${i}`, 'shop.example.test'));
    expect(forecastLimits(own, incoming, site)).toEqual([]);
  });

  it('175 Secure cookies imported into a site holding 10 non-Secure ones: the 10 are named, 21 more counted, 154 kept', () => {
    const own = Array.from({ length: 10 }, (_, i) => cookie(`own${i}`, 'shop.example.test', false));
    const incoming = Array.from({ length: 175 }, (_, i) => cookie(`in${i}`, 'shop.example.test'));
    const [forecast] = forecastLimits(own, incoming, site);
    expect(forecast).toMatchObject({ site: 'example.test', existing: 10, added: 175, expected: 154, evictedOthers: 21 });
    expect(forecast!.evicted.map((c) => c.name)).toEqual(own.map((c) => c.name));
  });

  it('does not name Secure cookies a site holds: which of those go depends on use Crumb cannot see', () => {
    const own = Array.from({ length: 10 }, (_, i) => cookie(`own${i}`, 'shop.example.test'));
    const incoming = Array.from({ length: 175 }, (_, i) => cookie(`in${i}`, 'shop.example.test'));
    const [forecast] = forecastLimits(own, incoming, site);
    expect(forecast).toMatchObject({ expected: 154, evicted: [], evictedOthers: 31 });
  });

  it('evicts non-Secure cookies before Secure ones, and replacements add nothing', () => {
    const own = [cookie('plain', 'example.test', false), ...Array.from({ length: 179 }, (_, i) => cookie(`s${i}`, 'example.test'))];
    expect(forecastLimits(own, [cookie('s3', 'example.test')], site)).toEqual([]);
    const [forecast] = forecastLimits(own, [cookie('new', 'example.test')], site);
    expect(forecast!.evicted.map((c) => c.name)).toEqual(['plain']);
    expect(forecast!.evictedOthers).toBe(30);
    expect(forecast!.expected).toBe(150);
  });

  it('counts each site on its own', () => {
    const incoming = Array.from({ length: PER_SITE_LIMIT + 1 }, (_, i) => cookie(`n${i}`, i % 2 ? 'a.test' : 'b.test'));
    expect(forecastLimits([], incoming, site)).toEqual([]);
  });
});

describe('forecastTotal', () => {
  it('tells when the store would pass the total limit, counting replacements once', () => {
    const existing = Array.from({ length: 10 }, (_, i) => cookie(`e${i}`, `s${i}.test`));
    expect(forecastTotal(existing, [cookie('e1', 's1.test'), cookie('n', 'n.test')], 11)).toBeNull();
    expect(forecastTotal(existing, [cookie('n', 'n.test'), cookie('m', 'm.test')], 11)).toEqual({ limit: 11, existing: 10, after: 12 });
  });
});
