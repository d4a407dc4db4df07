import { ext } from '../shared/runtime';

/**
 * Calls `onTab` with the active tab of the window this page follows — `?windowId=N` (tests),
 * else the window the side panel or sidebar is in — now, and each time the user switches tabs
 * or the tab goes to another address. Lookups run one after another, so a late answer about
 * an earlier tab never replaces the current one.
 */
export function followActiveTab(search: string, onTab: (tabId: number | null) => void): void {
  const windowId = Number(new URLSearchParams(search).get('windowId'));
  const query = Number.isInteger(windowId) && windowId > 0 ? { active: true, windowId } : { active: true, currentWindow: true };
  let shown: string | null = null;
  let queue = Promise.resolve();
  const look = async () => {
    const [tab] = await ext.tabs.query(query).catch(() => []);
    const seen = tab?.id === undefined ? '' : `${tab.id} ${tab.url ?? ''}`;
    if (seen === shown) return;
    shown = seen;
    onTab(tab?.id ?? null);
  };
  const check = () => {
    queue = queue.then(look);
  };
  ext.tabs.onActivated.addListener(check);
  ext.tabs.onUpdated.addListener((_tabId, change) => {
    if (change.url !== undefined) check();
  });
  check();
}
