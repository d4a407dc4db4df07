import { useCallback, useEffect, useState } from 'preact/hooks';
import type { StoreListResult } from '../../core/protocol';
import { t } from '../shared/i18n';
import { followChanges } from '../shared/live';
import { send } from '../shared/messaging';
import { storeLabel } from '../shared/stores';
import { ExportSection } from './ExportSection';
import type { FormatInfo } from './format-protocol';
import { formats as formatsWorker } from './formats-client';
import { ImportSection } from './ImportSection';
import { messageOf } from '../shared/errors';
import type { PageParams } from './params';
import { rememberStoreId } from '../shared/store-param';
import { StorePicker } from '../shared/StorePicker';
import { Alert } from './Alert';
import { useStoreEnded } from '../shared/use-store-ended';
import { StoreShown } from '../shared/StoreShown';

/** Changes come in bursts (an import writes thousands): list the store again once they settle. */
const RELIST_AFTER_MS = 300;

export function TransferApp({ params }: { params: PageParams }) {
  const [storeId, setStoreId] = useState(params.storeId);
  const [listing, setListing] = useState<StoreListResult | null>(null);
  const [revision, setRevision] = useState(0);
  const [formatList, setFormatList] = useState<FormatInfo[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const ended = useStoreEnded(storeId, followChanges);

  useEffect(() => {
    formatsWorker.request({ kind: 'formats' }).then(setFormatList, (failure: unknown) => setError(messageOf(failure)));
  }, []);

  useEffect(() => {
    // Nothing of an ended store may come back on screen or stay in memory.
    if (ended) {
      setListing(null);
      setError(null);
      return;
    }
    let current = true;
    send<'listStore'>({ type: 'listStore', storeId }).then(
      (result) => current && setListing(result),
      (failure: unknown) => current && setError(messageOf(failure)),
    );
    return () => {
      current = false;
    };
  }, [storeId, revision, ended]);

  const relist = useCallback(() => setRevision((n) => n + 1), []);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const relistSoon = () => {
      clearTimeout(timer);
      timer = setTimeout(relist, RELIST_AFTER_MS);
    };
    const stop = followChanges({ onChange: relistSoon, onReconnect: relistSoon });
    return () => {
      clearTimeout(timer);
      stop();
    };
  }, [relist]);

  function chooseStore(id: string) {
    setStoreId(id);
    rememberStoreId(id);
  }

  const stores = listing?.stores ?? [];
  const store = stores.find((s) => s.id === storeId) ?? { id: storeId, incognito: false };
  const storeName = storeLabel(store);
  return (
    <main class="transfer">
      <header class="transfer-head">
        <h1>{t('transferTitle')}</h1>
        <StorePicker id="cookie-store" className="inline-field" storeId={storeId} stores={stores} onStore={chooseStore} />
      </header>
      <StoreShown store={store} ended={ended} />
      <Alert text={error} />
      {ended ? null : formatList === null ? (
        <p>{t('transferLoading')}</p>
      ) : (
        <>
          <ImportSection storeId={storeId} storeName={storeName} formats={formatList} initialSite={params.site} onWritten={relist} />
          <ExportSection
            storeId={storeId}
            storeName={storeName}
            listing={listing}
            formats={formatList}
            initialSite={params.site}
            initialQuery={params.query}
            selection={params.selection}
            initialUrl={params.url || (params.site ? `https://${params.site}/` : '')}
          />
        </>
      )}
    </main>
  );
}
