import { useEffect } from 'preact/hooks';
import { subjectOf } from '../../core/timeline';
import type { ChangeSource } from './change-source';

/** A burst (a page setting many cookies, a bulk delete) ends in one re-list... */
const QUIET_MS = 250;
/** ...but a store that never stops changing is still re-listed this often. */
const MAX_WAIT_MS = 2000;

/** Calls `reload` after cookies of the store change, once per burst of changes, and after a reconnect. */
export function useLiveReload(changes: ChangeSource, storeId: string, reload: () => void): void {
  useEffect(() => {
    let quiet: ReturnType<typeof setTimeout> | undefined;
    let deadline: ReturnType<typeof setTimeout> | undefined;
    const fire = () => {
      clearTimeout(quiet);
      clearTimeout(deadline);
      deadline = undefined;
      reload();
    };
    const soon = () => {
      clearTimeout(quiet);
      quiet = setTimeout(fire, QUIET_MS);
      deadline ??= setTimeout(fire, MAX_WAIT_MS);
    };
    const stop = changes.follow({
      onChange(entry) {
        if (subjectOf(entry).storeId === storeId) soon();
      },
      // Changes made while the background was stopped were never reported.
      onReconnect: soon,
    });
    return () => {
      clearTimeout(quiet);
      clearTimeout(deadline);
      stop();
    };
  }, [changes, storeId, reload]);
}
