import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../core/cookie';
import type { ImportPreviewItem } from '../../core/protocol';
import { intoStore, planImport } from './import-plan';

function cookie(name: string, value: string, extra: Partial<Cookie> = {}): Cookie {
  return {
    name, value, domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false,
    sameSite: 'lax', session: true, storeId: '0', ...extra,
  };
}

const finding = { field: 'name', severity: 'error', code: 'name-chars', message: 'Name must not contain spaces' } as const;

describe('planImport', () => {
  it('writes new and replacing cookies, never rejected ones', () => {
    const old = cookie('b', 'old');
    const items: ImportPreviewItem[] = [
      { cookie: cookie('a', '1'), status: 'new', findings: [] },
      { cookie: cookie('b', '2'), status: 'replaces', findings: [], existing: old },
      { cookie: cookie('bad name', '3'), status: 'rejected', findings: [finding] },
    ];
    const plan = planImport(items);
    expect(plan.writes.map((c) => `${c.name}=${c.value}`)).toEqual(['a=1', 'b=2']);
    expect(plan.counts).toEqual({ new: 1, replaces: 1, rejected: 1 });
    expect(plan.duplicates).toBe(0);
  });

  it('writes a cookie that appears twice once, with its last value', () => {
    const items: ImportPreviewItem[] = [
      { cookie: cookie('a', 'first'), status: 'new', findings: [] },
      { cookie: cookie('z', '1'), status: 'new', findings: [] },
      { cookie: cookie('a', 'second'), status: 'new', findings: [] },
      { cookie: cookie('a', 'other path', { path: '/x' }), status: 'new', findings: [] },
    ];
    const plan = planImport(items);
    expect(plan.writes.map((c) => `${c.name}${c.path}=${c.value}`)).toEqual(['z/=1', 'a/=second', 'a/x=other path']);
    expect(plan.duplicates).toBe(1);
  });
});

describe('intoStore', () => {
  it('sends every cookie to the chosen store, keeping the rest of its identity', () => {
    const partitioned = cookie('p', '1', { storeId: 'firefox-default', partitionKey: { topLevelSite: 'https://top.test' } });
    const [moved, kept] = intoStore([partitioned, cookie('q', '2')], '0');
    expect(moved).toEqual({ ...partitioned, storeId: '0' });
    expect(kept).toEqual(cookie('q', '2'));
    expect(partitioned.storeId).toBe('firefox-default');
  });
});
