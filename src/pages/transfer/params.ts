/**
 * What the page is opened for: `?storeId=`; from the popup, `?site=<registrable domain>` and
 * `?url=<the tab's URL>` (the request exports' Request URL); from
 * a search (the all-sites view's, or the popup's filter), `?query=`, to export what it matches.
 */
export interface PageParams {
  storeId: string;
  site: string;
  query: string;
  url: string;
}

/** Without `?storeId=`, the browser's default store, whose id differs by browser. */
export function readParams(location: Pick<Location, 'search' | 'protocol'>): PageParams {
  const query = new URLSearchParams(location.search);
  const defaultStore = location.protocol === 'moz-extension:' ? 'firefox-default' : '0';
  return {
    storeId: query.get('storeId') || defaultStore,
    site: query.get('site')?.trim() ?? '',
    query: query.get('query')?.trim() ?? '',
    url: query.get('url')?.trim() ?? '',
  };
}

/** Keeps the chosen store in the address, so a reload shows the same store. */
export function rememberStore(storeId: string): void {
  const url = new URL(location.href);
  url.searchParams.set('storeId', storeId);
  history.replaceState(null, '', url);
}
