import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { identityOf, type Cookie } from '../../core/cookie';
import type { StoreInfo, StoreListResult } from '../../core/protocol';
import { parseQuery, type SortColumn, type SortDirection } from '../../core/query';
import { t } from '../shared/i18n';
import { send } from '../shared/messaging';
import { CookieTable } from './CookieTable';
import { groupCookies } from './rows';
import { SearchIndex } from './search-index';
import { StatusBar, type Status } from './StatusBar';
import { rememberStoreId } from './store-id';
import { SitesToolbar } from './SitesToolbar';
import { useIdlePrepare } from './use-idle-prepare';
import { useLiveReload } from './use-live-reload';

export interface Sort {
  column: SortColumn;
  direction: SortDirection;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function failures(result: { failed: { message: string }[] }): string {
  return result.failed.map((failure) => failure.message).join(' ');
}

export function SitesApp({ initialStoreId, firstList }: { initialStoreId: string; firstList: Promise<StoreListResult> }) {
  const [storeId, setStoreId] = useState(initialStoreId);
  const [list, setList] = useState<StoreListResult | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [search, setSearch] = useState('');
  const [sort, setSort] = useState<Sort>({ column: 'domain', direction: 'ascending' });
  // Kept across a failed load, so the picker can still switch back.
  const [stores, setStores] = useState<StoreInfo[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  // Answers can overtake each other when the store is switched quickly: only the latest counts.
  const latest = useRef(0);

  const show = useCallback(async (request: Promise<StoreListResult>, forStore: string) => {
    const ticket = ++latest.current;
    try {
      const result = await request;
      if (ticket !== latest.current) return;
      setList(result);
      setStores(result.stores);
      setLoadError(null);
    } catch (error) {
      if (ticket !== latest.current) return;
      setLoadError(messageOf(error));
      // Another store's cookies must not stay on screen under this store's name.
      setList((current) => (current?.storeId === forStore ? current : null));
    }
  }, []);

  const listStore = useCallback((id: string) => show(send<'listStore'>({ type: 'listStore', storeId: id }), id), [show]);

  useEffect(() => {
    void show(firstList, initialStoreId);
  }, [firstList, initialStoreId, show]);

  const reload = useCallback(() => listStore(storeId), [listStore, storeId]);
  useLiveReload(storeId, reload);

  const groups = useMemo(() => (list ? groupCookies(list.cookies, sort.column, sort.direction) : []), [list, sort]);
  const index = useMemo(() => new SearchIndex(list?.cookies ?? []), [list]);
  useIdlePrepare(index);
  const query = useMemo(() => parseQuery(search), [search]);
  const shown = useMemo(() => index.filter(groups, query), [index, groups, query]);

  const switchStore = (id: string) => {
    setStoreId(id);
    rememberStoreId(id);
    void listStore(id);
  };

  const sortBy = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const runBatch = async (kind: 'delete' | 'restore', cookies: Cookie[]) => {
    setBusy(true);
    setStatus({ message: t(kind === 'delete' ? 'sitesDeleting' : 'sitesRestoring', cookies.length) });
    try {
      // A delete needs only identities: no reason to send up to 13 MB of values along.
      const result =
        kind === 'delete'
          ? await send<'delete'>({ type: 'delete', cookies: cookies.map(identityOf) })
          : await send<'restore'>({ type: 'restore', cookies });
      const failed = failures(result);
      const done =
        kind === 'restore'
          ? t('restored', result.done.length)
          : result.done.length === 1
            ? t('deletedOne', result.done[0]!.name)
            : t('deletedMany', result.done.length);
      setStatus({
        message: failed ? `${done} ${failed}` : done,
        isError: failed !== '',
        ...(kind === 'delete' && result.done.length > 0 ? { undo: result.done } : {}),
      });
    } catch (error) {
      setStatus({ message: messageOf(error), isError: true });
    } finally {
      setBusy(false);
    }
    await reload();
  };

  const total = list?.cookies.length ?? 0;
  const matched = shown.matched.length;
  return (
    <main class="sites">
      <SitesToolbar
        storeId={storeId}
        stores={stores}
        onStore={switchStore}
        search={search}
        onSearch={setSearch}
        // Only a search narrows a bulk delete: an empty one would clear the whole store at a click.
        onDeleteMatching={
          matched > 0 && search.trim() !== '' && !busy ? () => runBatch('delete', shown.matched.map((entry) => entry.cookie)) : null
        }
      />
      <StatusBar status={status} busy={busy} onUndo={(cookies) => runBatch('restore', cookies)} onDismiss={() => setStatus(null)} />
      {loadError && (
        <p role="alert" class="error">
          {loadError}
        </p>
      )}
      {list ? (
        <>
          <p class="count">{matched === total ? t('countAll', total) : t('countShown', matched, total)}</p>
          {total === 0 && <p class="empty">{t('sitesEmptyStore')}</p>}
          {total > 0 && matched === 0 && <p class="empty">{t('sitesNoMatch')}</p>}
          <CookieTable rows={shown.rows} sort={sort} onSort={sortBy} scrollKey={`${storeId}\n${search}`} />
        </>
      ) : (
        !loadError && <p class="count">{t('sitesLoading')}</p>
      )}
    </main>
  );
}
