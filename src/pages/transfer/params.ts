/** What the page is opened for: `?storeId=` and, from the popup, `?site=<registrable domain>`. */
export interface PageParams {
  storeId: string;
  site: string;
}

/** Without `?storeId=`, the browser's default store, whose id differs by browser. */
export function readParams(location: Pick<Location, 'search' | 'protocol'>): PageParams {
  const query = new URLSearchParams(location.search);
  const defaultStore = location.protocol === 'moz-extension:' ? 'firefox-default' : '0';
  return { storeId: query.get('storeId') || defaultStore, site: query.get('site')?.trim() ?? '' };
}

/** Keeps the chosen store in the address, so a reload shows the same store. */
export function rememberStore(storeId: string): void {
  const url = new URL(location.href);
  url.searchParams.set('storeId', storeId);
  history.replaceState(null, '', url);
}
