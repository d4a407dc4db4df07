import { isPrivateStore } from '../core/private-store';
import { isFirefox, stores } from './cookies-api';

/** The store of a private session: Chrome's incognito store, Firefox's private browsing store. */
export const PRIVATE_STORE_ID = isFirefox ? 'firefox-private' : '1';

/**
 * Only a private store ends, with its last window, and its cookies with it; the browser lists a
 * store only while it has tabs, yet a Firefox container's cookies outlive its last tab.
 */
export async function storeAlive(storeId: string): Promise<boolean> {
  if (!isPrivateStore(storeId)) return true;
  return (await stores()).some((store) => store.id === storeId);
}
