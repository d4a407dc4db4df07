/** `?storeId=` picks the store; otherwise the browser's default one, whose id differs by browser. */
export function storeIdFrom(location: Pick<Location, 'search' | 'protocol'>): string {
  const asked = new URLSearchParams(location.search).get('storeId');
  if (asked) return asked;
  return location.protocol === 'moz-extension:' ? 'firefox-default' : '0';
}

/** Keeps the chosen store in the address, so a reload shows the same store. */
export function rememberStoreId(storeId: string): void {
  const url = new URL(location.href);
  url.searchParams.set('storeId', storeId);
  history.replaceState(null, '', url);
}
