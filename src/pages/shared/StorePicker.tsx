import type { StoreInfo } from '../../core/protocol';
import { t } from './i18n';
import { knownStores, storeLabel } from './stores';

/** The "Cookie store" select of the full-page views. */
export function StorePicker({
  id,
  className,
  storeId,
  stores,
  onStore,
}: {
  id: string;
  className: string;
  storeId: string;
  stores: StoreInfo[];
  onStore: (id: string) => void;
}) {
  return (
    <div class={className}>
      <label for={id}>{t('fieldCookieStore')}</label>
      <select id={id} value={storeId} onChange={(event) => onStore(event.currentTarget.value)}>
        {knownStores(stores, storeId).map((store) => (
          <option key={store.id} value={store.id}>
            {storeLabel(store)}
          </option>
        ))}
      </select>
    </div>
  );
}
