import { describe, expect, it } from 'vitest';
import type { Cookie } from './cookie';
import { recordChange, subjectOf, type TimelineEntry } from './timeline';

const cookie = (value: string, path = '/'): Cookie => ({
  name: 'sid', value, domain: 'shop.example.test', hostOnly: true, path, secure: true, httpOnly: false,
  sameSite: 'lax', session: true, storeId: '0',
});

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

  it('keeps only the newest entries', () => {
    const timeline: TimelineEntry[] = [];
    for (let i = 0; i < 10; i++) recordChange(timeline, { removed: false, cause: 'explicit', cookie: cookie(String(i)) }, i, 4);
    expect(timeline.map((e) => e.after?.value)).toEqual(['6', '7', '8', '9']);
  });
});
