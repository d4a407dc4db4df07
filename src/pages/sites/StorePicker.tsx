import type { StoreInfo } from '../../core/protocol';
import { t } from '../shared/i18n';
import { storeLabel } from '../popup/stores';

export function StorePicker({ storeId, stores, onStore }: { storeId: string; stores: StoreInfo[]; onStore: (id: string) => void }) {
  // Until the first list arrives the current store is the only one known.
  const options = stores.some((store) => store.id === storeId) ? stores : [{ id: storeId, incognito: false }, ...stores];
  return (
    <div class="store-picker">
      <label for="store">{t('fieldCookieStore')}</label>
      <select id="store" value={storeId} onChange={(event) => onStore(event.currentTarget.value)}>
        {options.map((store) => (
          <option key={store.id} value={store.id}>
            {storeLabel(store)}
          </option>
        ))}
      </select>
    </div>
  );
}
