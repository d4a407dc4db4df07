import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { testCookie } from '../core/test-cookies';
import { recordChange, type TimelineEntry } from '../core/timeline';
import { SessionTimeline, TIMELINE_KEY, type SessionArea, type Write } from './session-timeline';

/** storage.session as the background sees it: a load that can be held back, counted writes. */
function fakeSession(stored: TimelineEntry[] = []) {
  const items: Record<string, unknown> = { [TIMELINE_KEY]: structuredClone(stored) };
  let release = () => {};
  const loaded = new Promise<void>((resolve) => (release = resolve));
  const writes: TimelineEntry[][] = [];
  const area: SessionArea = {
    get: async (key) => {
      await loaded;
      return { [key]: structuredClone(items[key]) };
    },
    set: async (next) => {
      writes.push(structuredClone(next[TIMELINE_KEY]) as TimelineEntry[]);
      Object.assign(items, structuredClone(next));
      // A real write takes the browser a while: changes that come meanwhile wait for the next.
      await new Promise((resolve) => setTimeout(resolve, 5));
    },
  };
  return { area, writes, release, stored: () => items[TIMELINE_KEY] as TimelineEntry[] };
}

const add = (name: string) => (timeline: TimelineEntry[]): Write => {
  recordChange(timeline, { removed: false, cause: 'explicit', cookie: testCookie({ name }) }, 0);
  return 'changed';
};
const names = (timeline: readonly TimelineEntry[]) => timeline.map((entry) => entry.after?.name);

describe('SessionTimeline', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('keeps what was stored before a restart, and adds changes that came during the load after it, in order', async () => {
    const session = fakeSession([{ time: 0, kind: 'added', cause: 'explicit', after: testCookie({ name: 'a' }) }]);
    const timeline = new SessionTimeline(session.area);
    void timeline.change(add('b'));
    const read = timeline.read();
    void timeline.change(add('c'));
    session.release();
    expect(names(await read)).toEqual(['a', 'b']);
    expect(names(await timeline.read())).toEqual(['a', 'b', 'c']);
  });

  it('folds an update whose removal was stored before the restart', async () => {
    const session = fakeSession([{ time: 0, kind: 'removed', cause: 'overwrite', before: testCookie({ name: 'a', value: 'old' }) }]);
    const timeline = new SessionTimeline(session.area);
    void timeline.change((entries) => {
      recordChange(entries, { removed: false, cause: 'explicit', cookie: testCookie({ name: 'a', value: 'new' }) }, 1);
      return 'changed';
    });
    session.release();
    const [entry] = await timeline.read();
    expect([entry?.kind, entry?.before?.value, entry?.after?.value]).toEqual(['updated', 'old', 'new']);
  });

  it('writes a burst of 180 changes in two writes: the first change at once, the rest with the next', async () => {
    const session = fakeSession();
    session.release();
    const timeline = new SessionTimeline(session.area);
    for (let i = 0; i < 180; i++) void timeline.change(add(`c${i}`));
    await timeline.read();
    await vi.runAllTimersAsync();
    expect(session.writes.map((w) => w.length)).toEqual([1, 180]);
    void timeline.change(add('later'));
    await timeline.read();
    await vi.runAllTimersAsync();
    expect(session.writes).toHaveLength(3);
    expect(session.stored().at(-1)?.after?.name).toBe('later');
  });

  it('does not write what did not change', async () => {
    const session = fakeSession();
    session.release();
    const timeline = new SessionTimeline(session.area);
    await timeline.change(() => 'unchanged');
    await vi.advanceTimersByTimeAsync(1000);
    expect(session.writes).toEqual([]);
  });

  it('starts empty when the stored timeline cannot be read', async () => {
    const area: SessionArea = { get: () => Promise.reject(new Error('gone')), set: () => Promise.resolve() };
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const timeline = new SessionTimeline(area);
    void timeline.change(add('a'));
    expect(names(await timeline.read())).toEqual(['a']);
  });
});
