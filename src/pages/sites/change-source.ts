import type { TimelineEntry } from '../../core/timeline';
import { followChanges, type ChangeFollower } from '../shared/live';
import type { Connect } from '../shared/ports';

/** Cookie changes as the background reports them, from the moment the source was opened. */
export interface ChangeSource {
  /** Hands `follower` every change, those that came before it first; returns the unsubscribe. */
  follow(follower: ChangeFollower): () => void;
}

/**
 * Opened before the store is listed, so that no change made after the listing's snapshot can
 * slip by: the background registers this port before it reads the store for the listing asked
 * for after it. What comes before anyone follows (changes, a reconnect, a store's end) is kept
 * for the first follower.
 */
export function openChangeSource(connect?: Connect): ChangeSource {
  const early: TimelineEntry[] = [];
  const endedEarly: string[] = [];
  let reconnectedEarly = false;
  const followers = new Set<ChangeFollower>();
  followChanges(
    {
      onChange(entry) {
        if (followers.size === 0) early.push(entry);
        for (const follower of followers) follower.onChange(entry);
      },
      onReconnect() {
        if (followers.size === 0) reconnectedEarly = true;
        for (const follower of followers) follower.onReconnect();
      },
      onStoreEnded(storeId) {
        if (followers.size === 0) endedEarly.push(storeId);
        for (const follower of followers) follower.onStoreEnded?.(storeId);
      },
    },
    connect,
  );
  return {
    follow(follower) {
      followers.add(follower);
      for (const entry of early.splice(0)) follower.onChange(entry);
      for (const storeId of endedEarly.splice(0)) follower.onStoreEnded?.(storeId);
      if (reconnectedEarly) {
        reconnectedEarly = false;
        follower.onReconnect();
      }
      return () => followers.delete(follower);
    },
  };
}
