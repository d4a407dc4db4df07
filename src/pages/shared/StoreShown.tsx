import { isPrivateStore } from '../../core/private-store';
import type { StoreInfo } from '../../core/protocol';
import { t } from './i18n';
import { storeLabel } from './stores';

/** Private windows and containers share these pages with the default store: say which one this is, and when it has ended. */
export function StoreShown({ store, ended }: { store: StoreInfo; ended: boolean }) {
  // By id too, not only by the browser's list of stores: that list drops a private store once it
  // has ended, and this line must still say which store ended.
  const isPrivate = store.incognito || isPrivateStore(store.id);
  if (!isPrivate && !/^firefox-container-/.test(store.id)) return null;
  return (
    <section class="store-shown" aria-label={t('storeShownName')}>
      <p>{isPrivate ? t('storeShownPrivate') : t('storeShownOther', storeLabel(store))}</p>
      {ended && (
        <p role="alert" class="error">
          {t('storeEnded')}
        </p>
      )}
    </section>
  );
}
