import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeMessage } from '../../core/protocol';
import { testCookie } from '../../../tests/support/cookies';
import type { TimelineEntry } from '../../core/timeline';
import type { ChangeFollower } from '../shared/live';
import type { PagePort } from '../shared/runtime';
import { openChangeSource } from './change-source';

function fakeBackground() {
  let listeners: ((message: unknown) => void)[] = [];
  let dropped: (() => void)[] = [];
  const state = { name: '', connections: 0 };
  return {
    state,
    connect: (info: { name: string }): PagePort => {
      state.name = info.name;
      state.connections += 1;
      listeners = [];
      dropped = [];
      return {
        onMessage: { addListener: (listener) => void listeners.push(listener) },
        onDisconnect: { addListener: (listener) => void dropped.push(listener) },
        postMessage: () => undefined,
        disconnect: () => undefined,
      };
    },
    change: (name: string) => {
      const entry: TimelineEntry = { time: 0, kind: 'added', cause: 'explicit', after: testCookie({ name }) };
      listeners.forEach((listener) => listener({ type: 'changed', entry } satisfies ChangeMessage));
    },
    ended: (storeId: string) => listeners.forEach((listener) => listener({ type: 'storeEnded', storeId } satisfies ChangeMessage)),
    /** The background stops, as an idle service worker does. */
    stop: () => dropped.forEach((listener) => listener()),
  };
}

function recorder(): { seen: string[]; follower: ChangeFollower } {
  const seen: string[] = [];
  return {
    seen,
    follower: {
      onChange: (entry) => void seen.push(entry.after!.name),
      onReconnect: () => void seen.push('(reconnected)'),
      onStoreEnded: (storeId) => void seen.push(`(${storeId} ended)`),
    },
  };
}

describe('openChangeSource', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('listens from the moment it opens, and hands what came early to the first follower', () => {
    const background = fakeBackground();
    const source = openChangeSource(background.connect);
    expect(background.state).toEqual({ name: 'crumb-changes', connections: 1 });
    background.change('early');
    const { seen, follower } = recorder();
    source.follow(follower);
    background.change('later');
    expect(seen).toEqual(['early', 'later']);
  });

  it("hands a store's end to its followers, and to the first one when it came early", () => {
    const background = fakeBackground();
    const source = openChangeSource(background.connect);
    background.ended('1');
    const { seen, follower } = recorder();
    source.follow(follower);
    background.change('later');
    background.ended('firefox-private');
    expect(seen).toEqual(['(1 ended)', 'later', '(firefox-private ended)']);
  });

  it('keeps one port for followers that come and go, as a store switch does', () => {
    const background = fakeBackground();
    const source = openChangeSource(background.connect);
    const first = recorder();
    const stop = source.follow(first.follower);
    background.change('a');
    stop();
    const second = recorder();
    source.follow(second.follower);
    background.change('b');
    expect([first.seen, second.seen, background.state.connections]).toEqual([['a'], ['b'], 1]);
  });

  it('follows again after the background stopped, and tells the follower, even one that came later', async () => {
    const background = fakeBackground();
    const source = openChangeSource(background.connect);
    background.stop();
    await vi.advanceTimersByTimeAsync(5000);
    const { seen, follower } = recorder();
    source.follow(follower);
    background.change('after');
    background.stop();
    await vi.advanceTimersByTimeAsync(5000);
    expect([seen, background.state.connections]).toEqual([['(reconnected)', 'after', '(reconnected)'], 3]);
  });
});
