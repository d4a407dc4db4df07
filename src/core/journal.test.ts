import { describe, expect, it } from 'vitest';
import { identityOf, type Cookie } from './cookie';
import { bounded, evictedFrom, latestFor, planUndo, progressIn, summarize, type JournalEntry } from './journal';
import { offersUndo } from './operation';

function cookie(name: string, value = 'v', extra: Partial<Cookie> = {}): Cookie {
  return { name, value, domain: 'shop.example.test', hostOnly: true, path: '/', secure: true, httpOnly: false, sameSite: 'lax', session: true, storeId: '0', ...extra };
}

function entry(extra: Partial<JournalEntry>): JournalEntry {
  return { id: 'op', kind: 'delete', status: 'running', time: 0, storeIds: ['0'], sites: ['example.test'], prior: [], writes: [], removes: [], ...extra };
}

describe('progressIn', () => {
  it('counts removals gone from the jar and writes that changed it', () => {
    const a = cookie('a');
    const b = cookie('b');
    const deleting = entry({ prior: [a, b], removes: [identityOf(a), identityOf(b)] });
    expect(progressIn(deleting, [b])).toBe(1);
    const importing = entry({ kind: 'import', prior: [a], writes: [identityOf(a), identityOf(cookie('n'))] });
    expect(progressIn(importing, [a])).toBe(0);
    expect(progressIn(importing, [cookie('a', 'new'), cookie('n')])).toBe(2);
  });
});

describe('planUndo', () => {
  it('removes what an import created, restores what it replaced and what the browser evicted', () => {
    const old = cookie('b', 'old', { secure: false, session: false, expirationDate: 2_000_000_000 });
    const victim = cookie('own');
    const op = entry({ kind: 'import', status: 'done', prior: [old], writes: [identityOf(cookie('a')), identityOf(old)], evicted: [victim] });
    const plan = planUndo(op, [cookie('a', '1'), cookie('b', 'new')]);
    expect(plan.remove).toEqual([cookie('a', '1')]);
    expect(plan.restore).toEqual([old, victim]);
  });

  it('leaves alone what is already as it was, so an interrupted delete restores only what went', () => {
    const a = cookie('a');
    const b = cookie('b');
    const op = entry({ status: 'interrupted', prior: [a, b], removes: [identityOf(a), identityOf(b)] });
    expect(planUndo(op, [b])).toEqual({ remove: [], restore: [a] });
  });

  it('rolls a rename back to exactly the original', () => {
    const original = cookie('sess', 'x', { httpOnly: true, session: false, expirationDate: 2_000_000_000 });
    const renamed = { ...original, name: 'sess2' };
    const op = entry({ kind: 'rename', prior: [original], writes: [identityOf(renamed)], removes: [identityOf(original)] });
    expect(planUndo(op, [original, renamed])).toEqual({ remove: [renamed], restore: [] });
    expect(planUndo(op, [renamed])).toEqual({ remove: [renamed], restore: [original] });
  });
});

describe('evictedFrom', () => {
  it('names the bystanders the jar no longer holds', () => {
    const op = entry({ kind: 'import', bystanders: [cookie('x'), cookie('y')] });
    expect(evictedFrom(op, [cookie('y')]).map((c) => c.name)).toEqual(['x']);
  });
});

describe('summaries', () => {
  it('offers Undo only for what changed something, and never for a finished undo', () => {
    expect(offersUndo(summarize(entry({ status: 'done', done: 3 })))).toBe(true);
    expect(offersUndo(summarize(entry({ status: 'done', done: 0 })))).toBe(false);
    expect(offersUndo(summarize(entry({ status: 'rolled-back', done: 0 })))).toBe(false);
    expect(offersUndo(summarize(entry({ kind: 'undo', status: 'done', done: 2 })))).toBe(false);
    expect(offersUndo(summarize(entry({ kind: 'undo', status: 'interrupted', done: 2 })))).toBe(true);
  });
});

describe('bounded', () => {
  it('keeps running operations and the newest finished ones', () => {
    const entries = Array.from({ length: 30 }, (_, i) => entry({ id: `op${i}`, status: i === 0 ? 'running' : 'done' }));
    const kept = bounded(entries, undefined, 20);
    expect(kept).toHaveLength(21);
    expect(kept[0]!.id).toBe('op0');
    expect(kept.at(-1)!.id).toBe('op29');
  });

  it('drops the oldest finished ones past the size bound', () => {
    const big = cookie('big', 'x'.repeat(1000));
    const entries = Array.from({ length: 10 }, (_, i) => entry({ id: `op${i}`, status: 'done', prior: [big] }));
    expect(bounded(entries, undefined, 20, 4000).map((e) => e.id)).toEqual(['op7', 'op8', 'op9']);
  });
});

describe('latestFor', () => {
  it('finds the newest operation on the site and store, unless the user dismissed it', () => {
    const entries = [entry({ id: 'a' }), entry({ id: 'b', sites: ['other.test'] }), entry({ id: 'c', storeIds: ['1'] })];
    expect(latestFor(entries, { storeId: '0', site: 'example.test' })?.id).toBe('a');
    expect(latestFor(entries, { storeId: '0' })?.id).toBe('b');
    expect(latestFor(entries, { storeId: '0', kind: 'import' })).toBeNull();
    expect(latestFor([...entries, entry({ id: 'd', dismissed: true })], { storeId: '0', site: 'example.test' })).toBeNull();
  });
});
