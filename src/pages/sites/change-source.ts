import type { ChangeMessage } from '../../core/protocol';
import { CHANGES_PORT, type TimelineEntry } from '../../core/timeline';
import { ext, type PagePort } from '../shared/runtime';

/** Cookie changes as the background reports them, from the moment the source was opened. */
export interface ChangeSource {
  /** Hands `onChange` every change, those that came before it first; returns the unsubscribe. */
  follow(onChange: (entry: TimelineEntry) => void): () => void;
}

/**
 * Opened before the store is listed, so that no change made after the listing's snapshot can
 * slip by: the background registers this port before it reads the store for the listing asked
 * for after it. Changes that come before anyone follows are kept for the first follower.
 */
export function openChangeSource(connect: (info: { name: string }) => PagePort = (info) => ext.runtime.connect(info)): ChangeSource {
  const port = connect({ name: CHANGES_PORT });
  const early: TimelineEntry[] = [];
  const listeners = new Set<(entry: TimelineEntry) => void>();
  port.onMessage.addListener((message) => {
    const change = message as ChangeMessage;
    if (change.type !== 'changed') return;
    if (listeners.size === 0) early.push(change.entry);
    for (const listener of listeners) listener(change.entry);
  });
  return {
    follow(onChange) {
      listeners.add(onChange);
      for (const entry of early.splice(0)) onChange(entry);
      return () => listeners.delete(onChange);
    },
  };
}
