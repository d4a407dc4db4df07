import { useEffect } from 'preact/hooks';
import type { SearchIndex } from './search-index';

/** Readies the search fields when the browser is idle, after the first screen is up. */
export function useIdlePrepare(index: SearchIndex): void {
  useEffect(() => {
    let handle = 0;
    const work = (deadline: IdleDeadline) => {
      if (!index.prepare(() => deadline.timeRemaining() > 1)) handle = requestIdleCallback(work);
    };
    handle = requestIdleCallback(work);
    return () => cancelIdleCallback(handle);
  }, [index]);
}
