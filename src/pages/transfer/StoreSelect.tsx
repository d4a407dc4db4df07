import type { StoreInfo } from '../../core/protocol';
import { t } from '../shared/i18n';
import { storeLabel } from '../popup/stores';

export function StoreSelect({ storeId, stores, onStore }: { storeId: string; stores: StoreInfo[]; onStore: (id: string) => void }) {
  // Until the stores are listed the asked-for one is the only one known.
  const options = stores.some((store) => store.id === storeId) ? stores : [{ id: storeId, incognito: false }, ...stores];
  return (
    <div class="inline-field">
      <label for="cookie-store">{t('fieldCookieStore')}</label>
      <select id="cookie-store" value={storeId} onChange={(event) => onStore(event.currentTarget.value)}>
        {options.map((store) => (
          <option key={store.id} value={store.id}>
            {storeLabel(store)}
          </option>
        ))}
      </select>
    </div>
  );
}
