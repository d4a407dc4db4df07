import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { subjectOf, type TimelineEntry } from './timeline';
import { dropPrivate, entriesToKeep, recordChange } from './timeline-record';

const cookie = (value: string, path = '/', storeId = '0'): Cookie => ({
  name: 'sid', value, domain: 'shop.example.test', hostOnly: true, path, secure: true, httpOnly: false,
  sameSite: 'lax', session: true, storeId,
});

const added = (value: string, time = 0, storeId = '0'): TimelineEntry => ({ time, kind: 'added', cause: 'explicit', after: cookie(value, '/', storeId) });

describe('recordChange', () => {
  it('folds an overwrite removal and the following insert into one update', () => {
    const timeline: TimelineEntry[] = [];
    recordChange(timeline, { removed: true, cause: 'overwrite', cookie: cookie('a') }, 1);
    const entry = recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('b') }, 2);
    expect(timeline).toHaveLength(1);
    expect(entry).toMatchObject({ kind: 'updated', cause: 'overwrite', time: 2 });
    expect(entry.before?.value).toBe('a');
    expect(entry.after?.value).toBe('b');
    expect(subjectOf(entry).value).toBe('b');
  });

  it("marks what Crumb's rules did: a restore folded into the overwrite it answers, a blocked removal", () => {
    const timeline: TimelineEntry[] = [];
    recordChange(timeline, { removed: true, cause: 'overwrite', cookie: cookie('site') }, 1);
    const restored = recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('kept'), rule: 'restored' }, 2);
    expect(restored).toMatchObject({ kind: 'updated', rule: 'restored' });
    const blocked = recordChange(timeline, { removed: true, cause: 'explicit', cookie: cookie('x', '/b'), rule: 'blocked' }, 3);
    expect(blocked).toMatchObject({ kind: 'removed', rule: 'blocked' });
    const plain = recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('y', '/c') }, 4);
    expect(plain.rule).toBeUndefined();
  });

  it('takes the old state from earlier entries when the removal carries the new cookie, as Firefox reports it', () => {
    const timeline: TimelineEntry[] = [];
    recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('first') }, 1);
    recordChange(timeline, { removed: true, cause: 'overwrite', cookie: cookie('second') }, 2);
    const entry = recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('second') }, 3);
    expect(timeline).toHaveLength(2);
    expect(entry.kind).toBe('updated');
    expect(entry.before?.value).toBe('first');
    expect(entry.after?.value).toBe('second');
  });

  it('leaves the old state unknown rather than wrong when nothing earlier was seen', () => {
    const timeline: TimelineEntry[] = [];
    recordChange(timeline, { removed: true, cause: 'overwrite', cookie: cookie('second') }, 1);
    const entry = recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('second') }, 2);
    expect(entry.kind).toBe('updated');
    expect(entry.before).toBeUndefined();
    expect(entry.after?.value).toBe('second');
  });

  it('keeps an insert of another cookie separate from an overwrite', () => {
    const timeline: TimelineEntry[] = [];
    recordChange(timeline, { removed: true, cause: 'overwrite', cookie: cookie('a') }, 1);
    recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('b', '/other') }, 2);
    expect(timeline.map((e) => e.kind)).toEqual(['removed', 'added']);
  });

  it('records plain removals and insertions with their cause', () => {
    const timeline: TimelineEntry[] = [];
    recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('a') }, 1);
    recordChange(timeline, { removed: true, cause: 'expired', cookie: cookie('a') }, 2);
    recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie('c') }, 3);
    expect(timeline.map((e) => [e.kind, e.cause])).toEqual([
      ['added', 'explicit'],
      ['removed', 'expired'],
      ['added', 'explicit'],
    ]);
  });
});

describe('entriesToKeep', () => {
  const sizes = (timeline: TimelineEntry[]) => timeline.map((entry) => JSON.stringify(entry).length);
  const kept = (timeline: TimelineEntry[], bounds?: Parameters<typeof entriesToKeep>[1]) =>
    timeline.slice(timeline.length - entriesToKeep(sizes(timeline), bounds)).map((entry) => entry.after?.value);

  it('keeps only the newest entries', () => {
    const timeline = Array.from({ length: 10 }, (_, i) => added(String(i), i));
    expect(kept(timeline, { entries: 4, chars: 1_000_000 })).toEqual(['6', '7', '8', '9']);
  });

  it('keeps the newest entries whose JSON fits the size, the whole array counted', () => {
    const timeline = Array.from({ length: 10 }, (_, i) => added(String(i), i));
    const one = JSON.stringify(timeline[0]).length;
    expect(kept(timeline, { entries: 100, chars: 2 + 3 * one + 2 })).toEqual(['7', '8', '9']);
    expect(JSON.stringify(timeline.slice(7)).length).toBeLessThanOrEqual(2 + 3 * one + 2);
  });

  it('drops an old big entry rather than many small new ones', () => {
    const timeline = [added('x'.repeat(4000), 0), ...Array.from({ length: 5 }, (_, i) => added(String(i), i + 1))];
    expect(kept(timeline, { entries: 100, chars: 2000 })).toEqual(['0', '1', '2', '3', '4']);
  });

  it('keeps a timeline within the bounds whole', () => {
    const timeline = [added('a'), added('b')];
    expect(entriesToKeep(sizes(timeline))).toBe(2);
  });
});

describe('dropPrivate', () => {
  it("drops Chrome's incognito and Firefox's private entries, and keeps the others in order", () => {
    const timeline = [added('a', 1, '0'), added('b', 2, '1'), added('c', 3, 'firefox-default'), added('d', 4, 'firefox-private'), added('e', 5, 'firefox-container-1')];
    expect(dropPrivate(timeline)).toBe(true);
    expect(timeline.map((entry) => entry.after?.value)).toEqual(['a', 'c', 'e']);
  });

  it('drops a removal by the store of the cookie removed', () => {
    const timeline: TimelineEntry[] = [{ time: 1, kind: 'removed', cause: 'explicit', before: cookie('a', '/', '1') }];
    expect(dropPrivate(timeline)).toBe(true);
    expect(timeline).toEqual([]);
  });

  it('tells when there was nothing to drop', () => {
    const timeline = [added('a')];
    expect(dropPrivate(timeline)).toBe(false);
    expect(timeline).toHaveLength(1);
  });
});
