import { describe, expect, it } from 'vitest';
import type { Cookie } from '../../core/cookie';
import type { ChangeMessage } from '../../core/protocol';
import { testCookie } from '../../core/test-cookies';
import type { TimelineEntry } from '../../core/timeline';
import type { PagePort } from '../shared/runtime';
import { openChangeSource } from './change-source';


function fakeBackground() {
  const listeners: ((message: unknown) => void)[] = [];
  const state = { name: '', connections: 0 };
  const port: PagePort = {
    onMessage: { addListener: (listener) => listeners.push(listener) },
    onDisconnect: { addListener: () => undefined },
    postMessage: () => undefined,
    disconnect: () => undefined,
  };
  return {
    state,
    connect: (info: { name: string }) => {
      state.name = info.name;
      state.connections += 1;
      return port;
    },
    change: (name: string) => {
      const entry = { time: 0, kind: 'added', cookie: testCookie({ name }) } as unknown as TimelineEntry;
      listeners.forEach((listener) => listener({ type: 'changed', entry } satisfies ChangeMessage));
    },
  };
}

const names = (entries: TimelineEntry[]) => entries.map((entry) => (entry as unknown as { cookie: Cookie }).cookie.name);

describe('openChangeSource', () => {
  it('listens from the moment it opens, and hands what came early to the first follower', () => {
    const background = fakeBackground();
    const source = openChangeSource(background.connect);
    expect(background.state).toEqual({ name: 'crumb-changes', connections: 1 });
    background.change('early');
    const seen: TimelineEntry[] = [];
    source.follow((entry) => seen.push(entry));
    background.change('later');
    expect(names(seen)).toEqual(['early', 'later']);
  });

  it('keeps one port for followers that come and go, as a store switch does', () => {
    const background = fakeBackground();
    const source = openChangeSource(background.connect);
    const first: TimelineEntry[] = [];
    const stop = source.follow((entry) => first.push(entry));
    background.change('a');
    stop();
    const second: TimelineEntry[] = [];
    source.follow((entry) => second.push(entry));
    background.change('b');
    expect([names(first), names(second), background.state.connections]).toEqual([['a'], ['b'], 1]);
  });
});
