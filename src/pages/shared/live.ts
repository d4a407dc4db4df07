import type { ChangeMessage } from '../../core/protocol';
import { CHANGES_PORT } from '../../core/wire';
import type { TimelineEntry } from '../../core/timeline';
import { openPort, type Connect } from './ports';
import type { PagePort } from './runtime';

export interface ChangeFollower {
  onChange(entry: TimelineEntry): void;
  /** Following again after the background stopped: changes made meanwhile were not reported. */
  onReconnect(): void;
  /** The store's cookies are gone with it (a private session's last window closed). */
  onStoreEnded?(storeId: string): void;
}

/** Connecting wakes a stopped background, so the first retry can come soon... */
const FIRST_RETRY_MS = 100;
/** ...but a background that fails at once must not be woken in a tight loop. */
const MAX_RETRY_MS = 5000;
/** A port that ends sooner than this met a background that failed to start, not one that stopped. */
const FAILED_START_MS = 1000;

/**
 * Follows cookie changes as the background reports them; returns the unsubscribe. The port
 * ends whenever the background stops (an idle service worker or event page), so it is opened
 * again, with a growing pause while the background keeps failing.
 */
export function followChanges(follower: ChangeFollower, connect: Connect = openPort): () => void {
  let stopped = false;
  let port: PagePort | null = null;
  let retry: ReturnType<typeof setTimeout> | undefined;
  let pause = FIRST_RETRY_MS;

  const open = (again: boolean) => {
    try {
      port = connect({ name: CHANGES_PORT });
    } catch {
      // The extension was reloaded or removed under this page: there is nothing to follow.
      return;
    }
    const openedAt = Date.now();
    port.onMessage.addListener((message) => {
      const change = message as ChangeMessage;
      if (stopped) return;
      if (change.type === 'changed') follower.onChange(change.entry);
      else follower.onStoreEnded?.(change.storeId);
    });
    port.onDisconnect.addListener(() => {
      if (stopped) return;
      pause = Date.now() - openedAt < FAILED_START_MS ? Math.min(pause * 2, MAX_RETRY_MS) : FIRST_RETRY_MS;
      retry = setTimeout(() => open(true), pause);
    });
    if (again) follower.onReconnect();
  };

  open(false);
  return () => {
    stopped = true;
    clearTimeout(retry);
    port?.disconnect();
  };
}
