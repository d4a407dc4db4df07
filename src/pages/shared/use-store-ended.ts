import { useEffect, useState } from 'preact/hooks';
import type { ChangeFollower } from './live';
import { send } from './messaging';

/** How a page follows the background's changes port (the all-sites view shares one). */
export type FollowChanges = (follower: ChangeFollower) => () => void;

/**
 * Whether the store the page shows has ended with its cookies: a private session's, whose last
 * window closed while this page (opened in a normal window) stayed. The background says so when
 * it happens; the page asks as it opens and after the background was stopped, which it may
 * have missed the end during.
 */
export function useStoreEnded(storeId: string, follow: FollowChanges): boolean {
  const [ended, setEnded] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const check = () =>
      send<'storeAlive'>({ type: 'storeAlive', storeId }).then(
        (alive) => current && !alive && setEnded(storeId),
        // The page keeps what it shows: a store that ends is announced on the port as well.
        () => undefined,
      );
    void check();
    const stop = follow({
      onChange: () => undefined,
      onReconnect: () => void check(),
      onStoreEnded: (id) => id === storeId && setEnded(id),
    });
    return () => {
      current = false;
      stop();
    };
  }, [storeId, follow]);
  return ended === storeId;
}
