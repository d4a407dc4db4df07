import { isPrivateStore } from '../../core/private-store';
import type { StoreInfo } from '../../core/protocol';
import { t } from './i18n';

/** Browsers name stores by opaque ids; people know them as windows and containers. */
export function storeLabel(store: StoreInfo): string {
  const container = /^firefox-container-(\d+)$/.exec(store.id);
  if (container) return t('storeContainer', container[1]!);
  if (store.incognito || isPrivateStore(store.id)) return t('storePrivate');
  if (store.id === '0' || store.id === 'firefox-default') return t('storeDefault');
  return store.id;
}

/** The stores to offer: until the browser's list arrives, the current store is the only one known. */
export function knownStores(stores: StoreInfo[], current: string): StoreInfo[] {
  return stores.some((store) => store.id === current) ? stores : [{ id: current, incognito: false }, ...stores];
}
