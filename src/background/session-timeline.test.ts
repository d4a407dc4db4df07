import { afterEach, describe, expect, it, vi } from 'vitest';
import { testCookie } from '../../tests/support/cookies';
import type { TimelineEntry } from '../core/timeline';
import { dropPrivate, recordChange } from '../core/timeline-record';
import { SEGMENT, segmentKey, SessionTimeline, TIMELINE_KEY, type SessionArea, type Write } from './session-timeline';

/** storage.session as the background sees it: a load that can be held back, writes that take a while, counted. */
function fakeSession(stored: Record<string, unknown> = {}) {
  const items = new Map(Object.entries(stored));
  let release = () => {};
  const loaded = new Promise<void>((resolve) => (release = resolve));
  const writes: string[][] = [];
  const area: SessionArea = {
    get: async (keys) => {
      await loaded;
      return Object.fromEntries([keys].flat().map((key) => [key, structuredClone(items.get(key))]));
    },
    set: async (next) => {
      writes.push(Object.keys(next));
      for (const [key, value] of Object.entries(structuredClone(next))) items.set(key, value);
      // A real write takes the browser a while: changes that come meanwhile wait for the next.
      await new Promise((resolve) => setTimeout(resolve, 5));
    },
    remove: async (keys) => {
      for (const key of keys) items.delete(key);
    },
  };
  return { area, items: () => Object.fromEntries(items), writes, release };
}

const add = (name: string, storeId = '0') => (timeline: TimelineEntry[]): Write => {
  recordChange(timeline, { removed: false, cause: 'explicit', cookie: testCookie({ name, storeId }) }, 0);
  return 'appended';
};
const names = (timeline: readonly TimelineEntry[]) => timeline.map((entry) => entry.after?.name);

async function settled(timeline: SessionTimeline): Promise<void> {
  await timeline.read();
  await vi.runAllTimersAsync();
}

/** What a restarted background would load from these items. */
async function reloaded(items: Record<string, unknown>): Promise<readonly TimelineEntry[]> {
  const again = fakeSession(items);
  again.release();
  return new SessionTimeline(again.area).read();
}

describe('SessionTimeline', () => {
  afterEach(() => void vi.useRealTimers());

  it('keeps what was stored before a restart, and adds changes that came during the load after it, in order', async () => {
    vi.useFakeTimers();
    const first = fakeSession();
    first.release();
    const before = new SessionTimeline(first.area);
    void before.change(add('a'));
    await settled(before);

    const session = fakeSession(first.items());
    const timeline = new SessionTimeline(session.area);
    void timeline.change(add('b'));
    const read = timeline.read();
    void timeline.change(add('c'));
    session.release();
    expect(names(await read)).toEqual(['a', 'b']);
    expect(names(await timeline.read())).toEqual(['a', 'b', 'c']);
  });

  it('folds an update whose removal was stored before the restart', async () => {
    vi.useFakeTimers();
    const first = fakeSession();
    first.release();
    const before = new SessionTimeline(first.area);
    void before.change((entries) => {
      recordChange(entries, { removed: true, cause: 'overwrite', cookie: testCookie({ name: 'a', value: 'old' }) }, 0);
      return 'appended';
    });
    await settled(before);

    const session = fakeSession(first.items());
    const timeline = new SessionTimeline(session.area);
    void timeline.change((entries) => {
      recordChange(entries, { removed: false, cause: 'explicit', cookie: testCookie({ name: 'a', value: 'new' }) }, 1);
      return 'appended';
    });
    session.release();
    const [entry] = await timeline.read();
    expect([entry?.kind, entry?.before?.value, entry?.after?.value]).toEqual(['updated', 'old', 'new']);
  });

  it('writes a burst in few writes, each with only the segment that changed', async () => {
    vi.useFakeTimers();
    const session = fakeSession();
    session.release();
    const timeline = new SessionTimeline(session.area);
    for (let i = 0; i < 3 * SEGMENT; i++) void timeline.change(add(`c${i}`));
    await settled(timeline);
    expect(session.writes).toHaveLength(2);
    expect(names(await reloaded(session.items()))).toHaveLength(3 * SEGMENT);

    void timeline.change(add('later'));
    await settled(timeline);
    // The segment of the entry before it too: an update amends the last entry instead of adding one.
    expect(session.writes.at(-1)).toEqual([TIMELINE_KEY, segmentKey(2), segmentKey(3)]);
    expect(names(await reloaded(session.items())).at(-1)).toBe('later');
  });

  it('drops the oldest entries past the bound, and their segments from storage', async () => {
    vi.useFakeTimers();
    const session = fakeSession();
    session.release();
    const timeline = new SessionTimeline(session.area, { entries: SEGMENT + 10, chars: 10_000_000 });
    for (let i = 0; i < 3 * SEGMENT; i++) void timeline.change(add(`c${i}`));
    await settled(timeline);
    const kept = names(await timeline.read());
    expect(kept).toHaveLength(SEGMENT + 10);
    expect(kept.at(-1)).toBe(`c${3 * SEGMENT - 1}`);
    expect(segmentKey(0) in session.items()).toBe(false);
    expect(names(await reloaded(session.items()))).toEqual(kept);
  });

  it('reloads after the bound dropped entries from a segment written before', async () => {
    vi.useFakeTimers();
    const session = fakeSession();
    session.release();
    const timeline = new SessionTimeline(session.area, { entries: SEGMENT + 20, chars: 10_000_000 });
    for (let i = 0; i < SEGMENT + 10; i++) void timeline.change(add(`a${i}`));
    await settled(timeline);
    // One at a time: each write holds only the last segment, while the bound moves into the first.
    for (let i = 0; i < 30; i++) {
      void timeline.change(add(`b${i}`));
      await settled(timeline);
    }
    const kept = names(await timeline.read());
    expect(kept[0]).toBe('a20');
    expect(names(await reloaded(session.items()))).toEqual(kept);
  });

  it('rewrites everything when entries go from the middle (a private session ended)', async () => {
    vi.useFakeTimers();
    const session = fakeSession();
    session.release();
    const timeline = new SessionTimeline(session.area);
    for (let i = 0; i < SEGMENT + 5; i++) void timeline.change(add(`c${i}`, i % 2 ? '1' : '0'));
    void timeline.change((entries) => (dropPrivate(entries) ? 'rewritten' : 'unchanged'));
    await settled(timeline);
    const kept = names(await timeline.read());
    expect(kept).toHaveLength(53);
    expect(names(await reloaded(session.items()))).toEqual(kept);
  });

  it('does not write what did not change', async () => {
    const session = fakeSession();
    session.release();
    const timeline = new SessionTimeline(session.area);
    await timeline.change(() => 'unchanged');
    expect(session.writes).toEqual([]);
  });

  it('starts empty when the stored timeline cannot be read, or is missing a piece', async () => {
    const area: SessionArea = { get: () => Promise.reject(new Error('gone')), set: () => Promise.resolve(), remove: () => Promise.resolve() };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const timeline = new SessionTimeline(area);
    void timeline.change(add('a'));
    expect(names(await timeline.read())).toEqual(['a']);
    expect(await reloaded({ [TIMELINE_KEY]: { first: 0, next: 5 } })).toEqual([]);
  });
});
