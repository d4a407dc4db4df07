import type { StoreInfo } from '../../core/protocol';
import { t } from '../shared/i18n';

/** Browsers name stores by opaque ids; people know them as windows and containers. */
export function storeLabel(store: StoreInfo): string {
  const container = /^firefox-container-(\d+)$/.exec(store.id);
  if (container) return t('storeContainer', container[1]!);
  if (store.incognito || store.id === 'firefox-private') return t('storePrivate');
  if (store.id === '0' || store.id === 'firefox-default') return t('storeDefault');
  return store.id;
}
