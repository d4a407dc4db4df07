import type { StoreInfo } from '../../core/protocol';
import { t } from '../shared/i18n';
import { storeLabel } from '../popup/stores';

export function StoreSelect({ storeId, stores, onStore }: { storeId: string; stores: StoreInfo[]; onStore: (id: string) => void }) {
  // Until the stores are listed the asked-for one is the only one known.
  const options = stores.some((store) => store.id === storeId) ? stores : [{ id: storeId, incognito: false }, ...stores];
  return (
    <label class="inline-field">
      <span>{t('fieldCookieStore')}</span>
      <select value={storeId} onChange={(event) => onStore(event.currentTarget.value)}>
        {options.map((store) => (
          <option key={store.id} value={store.id}>
            {storeLabel(store)}
          </option>
        ))}
      </select>
    </label>
  );
}
