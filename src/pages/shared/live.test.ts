import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ChangeMessage } from '../../core/protocol';
import { testCookie } from '../../../tests/support/cookies';
import type { TimelineEntry } from '../../core/timeline';
import { followChanges } from './live';
import type { PagePort } from './runtime';

/** The background's end of each port the page opens; `stop()` ends them as a stopped worker does. */
function fakeBackground() {
  const ports: { name: string; send(message: unknown): void; drop(): void; closedByPage: boolean }[] = [];
  const connect = (info: { name: string }): PagePort => {
    const onMessage: ((message: unknown) => void)[] = [];
    const onDisconnect: (() => void)[] = [];
    const end = {
      name: info.name,
      closedByPage: false,
      send: (message: unknown) => onMessage.forEach((listener) => listener(message)),
      drop: () => onDisconnect.forEach((listener) => listener()),
    };
    ports.push(end);
    return {
      onMessage: { addListener: (listener) => void onMessage.push(listener) },
      onDisconnect: { addListener: (listener) => void onDisconnect.push(listener) },
      postMessage: () => undefined,
      disconnect: () => void (end.closedByPage = true),
    };
  };
  const change = (name: string) =>
    ports.at(-1)!.send({ type: 'changed', entry: { time: 0, kind: 'added', cause: 'explicit', after: testCookie({ name }) } } satisfies ChangeMessage);
  return { ports, connect, change, stop: () => ports.at(-1)!.drop() };
}

function recorder() {
  const seen: string[] = [];
  return {
    seen,
    follower: {
      onChange: (entry: TimelineEntry) => void seen.push(entry.after!.name),
      onReconnect: () => void seen.push('(reconnected)'),
    },
  };
}

describe('followChanges', () => {
  beforeEach(() => void vi.useFakeTimers());
  afterEach(() => void vi.useRealTimers());

  it('opens the changes port and hands over each change', () => {
    const background = fakeBackground();
    const { seen, follower } = recorder();
    followChanges(follower, background.connect);
    background.change('a');
    expect([background.ports.map((port) => port.name), seen]).toEqual([['crumb-changes'], ['a']]);
  });

  it('connects again soon after the background stopped, and says so', async () => {
    const background = fakeBackground();
    const { seen, follower } = recorder();
    followChanges(follower, background.connect);
    await vi.advanceTimersByTimeAsync(30_000);
    background.stop();
    await vi.advanceTimersByTimeAsync(99);
    expect(background.ports).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    expect(background.ports).toHaveLength(2);
    background.change('b');
    expect(seen).toEqual(['(reconnected)', 'b']);
  });

  it('waits longer each time a background fails right after its start', async () => {
    const background = fakeBackground();
    const { follower } = recorder();
    followChanges(follower, background.connect);
    const pauses: number[] = [];
    for (let i = 0; i < 8; i++) {
      background.stop();
      const before = Date.now();
      while (background.ports.length === i + 1) await vi.advanceTimersByTimeAsync(50);
      pauses.push(Date.now() - before);
    }
    expect(pauses).toEqual([200, 400, 800, 1600, 3200, 5000, 5000, 5000]);
  });

  it('stops for good when unsubscribed: no reconnect, no change handed over', async () => {
    const background = fakeBackground();
    const { seen, follower } = recorder();
    const stop = followChanges(follower, background.connect);
    stop();
    expect(background.ports[0]!.closedByPage).toBe(true);
    background.change('late');
    background.stop();
    await vi.advanceTimersByTimeAsync(10_000);
    expect([background.ports.length, seen]).toEqual([1, []]);
  });

  it('gives up when the extension is gone from under the page', () => {
    const { follower } = recorder();
    const stop = followChanges(follower, () => {
      throw new Error('Extension context invalidated.');
    });
    expect(stop).not.toThrow();
  });
});
