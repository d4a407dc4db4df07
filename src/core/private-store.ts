/**
 * Private browsing's cookie stores: Chrome's incognito store, Firefox's private one. The ids
 * cannot collide (Chrome numbers its stores, Firefox prefixes them), so one test serves both.
 */
export function isPrivateStore(storeId: string): boolean {
  return storeId === '1' || storeId === 'firefox-private';
}
