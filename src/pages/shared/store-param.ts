/** The store a page shows, from its address: the one place pages tell Chrome from Firefox. */

/** The browser's default cookie store, told by the scheme the page was loaded from. */
function defaultStoreId(page: Pick<Location, 'protocol'>): string {
  return page.protocol === 'moz-extension:' ? 'firefox-default' : '0';
}

/** `?storeId=` picks the store a page shows; otherwise the browser's default one. */
export function storeIdFrom(page: Pick<Location, 'search' | 'protocol'>): string {
  return new URLSearchParams(page.search).get('storeId') || defaultStoreId(page);
}

/** Keeps the chosen store in the address, so a reload shows the same store. */
export function rememberStoreId(storeId: string): void {
  const url = new URL(location.href);
  url.searchParams.set('storeId', storeId);
  history.replaceState(null, '', url);
}
