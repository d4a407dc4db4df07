import type { ListResult } from '../../core/protocol';
import { send } from '../shared/messaging';

/** The tab the popup works on, and the request for its cookies if there is one. */
export interface FirstList {
  tabId: number | null;
  list: Promise<ListResult> | null;
}

/**
 * Asks for the tab's cookies at once: sent before the UI's code has loaded, the request
 * travels while the browser reads and compiles that code.
 */
export function requestFirstList(target: Promise<number | null>): Promise<FirstList> {
  return target.then((tabId) => {
    const list = tabId === null ? null : send<'list'>({ type: 'list', tabId });
    // The App handles a failure once it is mounted; until then the browser would call it unhandled.
    list?.catch(() => undefined);
    return { tabId, list };
  });
}
