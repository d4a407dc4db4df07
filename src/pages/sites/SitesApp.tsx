import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { identityKey, identityOf, type Cookie } from '../../core/cookie';
import type { StoreInfo } from '../../core/protocol';
import { parseQuery, type SortColumn } from '../../core/query';
import { groupCookies, type SortOrder } from '../../core/site-groups';
import { messageOf } from '../shared/errors';
import { send } from '../shared/messaging';
import type { EditorTarget } from '../popup/CookieEditor';
import { t, tCount } from '../shared/i18n';
import { deletedText, describeOperation, describeUndo, journaledOutcome, operationId, sendOperation } from '../shared/operations';
import { useLastOperation } from '../shared/use-last-operation';
import { offersUndo, type OperationSummary } from '../../core/operation';
import { preferencesOf } from '../../core/preferences';
import { CookieTable } from './CookieTable';
import { withSiteCounts } from './rows';
import { SearchIndex } from './search-index';
import { DEFAULT_SORT } from './sort';
import { openListing, rowsToFill, type ListingFeed, type StoreListing } from './store-listing';
import { StatusBar, type Status } from './StatusBar';
import { rememberStoreId } from '../shared/store-param';
import { SitesToolbar } from './SitesToolbar';
import { useIdlePrepare } from './use-idle-prepare';
import { usePreference } from '../shared/use-preference';
import { useLiveReload } from './use-live-reload';
import type { ChangeSource } from './change-source';
import { useStoreEnded } from '../shared/use-store-ended';
import { StoreShown } from '../shared/StoreShown';

type EditorModule = typeof import('./EditorDialog');

function failures(result: { failed: { message: string }[] }): string {
  return result.failed.map((failure) => failure.message).join(' ');
}

export function SitesApp({ initialStoreId, firstFeed, changes }: { initialStoreId: string; firstFeed: ListingFeed; changes: ChangeSource }) {
  const [storeId, setStoreId] = useState(initialStoreId);
  const [list, setList] = useState<StoreListing | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  // The Set-Cookie inspector links here with the cookie it saw stored.
  const [search, setSearch] = useState(() => new URLSearchParams(location.search).get('search') ?? '');
  const [sort, setSort] = useState<SortOrder>(DEFAULT_SORT);
  // Kept across a failed load, so the picker can still switch back.
  const [stores, setStores] = useState<StoreInfo[]>([]);
  const [status, setStatus] = useState<Status | null>(null);
  const [busy, setBusy] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const editor = useRef<EditorModule | null>(null);
  const dates = usePreference((stored) => preferencesOf(stored).dates);
  // Only the latest listing counts: a store switched quickly must not show the earlier one's answer.
  const feed = useRef<ListingFeed | null>(null);
  const sortNow = useRef(sort);
  sortNow.current = sort;

  /** A refresh of the store on screen keeps it until the new listing is whole: no flash of a first screen. */
  const follow = useCallback((next: ListingFeed, forStore: string, refresh: boolean) => {
    feed.current?.cancel();
    feed.current = next;
    next.follow(
      (listing) => {
        if (refresh && !listing.complete) return;
        setList(listing);
        setStores(listing.stores);
        setLoadError(null);
      },
      (error) => {
        setLoadError(messageOf(error));
        // Another store's cookies must not stay on screen under this store's name.
        setList((current) => (current?.storeId === forStore ? current : null));
      },
    );
  }, []);

  const listStore = useCallback(
    (id: string, refresh: boolean) =>
      follow(openListing(id, sortNow.current, refresh ? 0 : rowsToFill(window.innerHeight)), id, refresh),
    [follow],
  );

  useEffect(() => {
    follow(firstFeed, initialStoreId, false);
    return () => feed.current?.cancel();
  }, [firstFeed, initialStoreId, follow]);

  const ended = useStoreEnded(storeId, changes.follow);
  // Reload asks for the ended store again: nothing of it may come back on screen or stay in memory.
  const reload = useCallback(() => (ended ? undefined : listStore(storeId, true)), [ended, listStore, storeId]);
  useLiveReload(changes, storeId, reload);
  useEffect(() => {
    if (!ended) return;
    feed.current?.cancel();
    setList(null);
    setLoadError(null);
    setEditing(null);
    setSelected(new Set());
  }, [ended]);

  useLastOperation(storeId, undefined, (op) => setStatus((shown) => shown ?? { message: describeOperation(op), undo: op.id }));

  const groups = useMemo(() => (list ? groupCookies(list.cookies, sort) : []), [list, sort]);
  const index = useMemo(() => new SearchIndex(list?.cookies ?? []), [list]);
  useIdlePrepare(index);
  const query = useMemo(() => parseQuery(search), [search]);
  const shown = useMemo(() => index.filter(groups, query), [index, groups, query]);

  const switchStore = (id: string) => {
    setSelected(new Set());
    setStoreId(id);
    rememberStoreId(id);
    listStore(id, false);
  };

  const sortBy = (column: SortColumn) =>
    setSort((current) => ({
      column,
      direction: current.column === column && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  const deleteCookies = async (cookies: Cookie[]) => {
    setBusy(true);
    setStatus({ message: tCount('sitesDeleting', cookies.length) });
    try {
      // A delete needs only identities: no reason to send up to 13 MB of values along.
      const result = await sendOperation<'delete'>({ type: 'delete', id: operationId(), cookies: cookies.map(identityOf) });
      const failed = failures(result);
      const done = deletedText(result.done.length, result.done[0]?.name);
      setStatus({ message: failed ? `${done} ${failed}` : done, isError: failed !== '', ...(offersUndo(result.op) ? { undo: result.op.id } : {}) });
    } catch (error) {
      const op = journaledOutcome(error);
      setStatus({ message: messageOf(error), isError: true, ...(op && offersUndo(op) ? { undo: op.id } : {}) });
    } finally {
      setBusy(false);
    }
    setSelected(new Set());
    reload();
  };

  /** The editor's code comes with the first cookie opened, not with the table. */
  const edit = useCallback((target: EditorTarget) => {
    if (editor.current) {
      setEditing(target);
      return;
    }
    import('./EditorDialog').then(
      (module) => {
        editor.current = module;
        setEditing(target);
      },
      (error: unknown) => setStatus({ message: messageOf(error), isError: true }),
    );
  }, []);

  /** The table holds the cookie as listed: the editor gets it as the jar holds it now. */
  const open = useCallback(
    async (cookie: Cookie) => {
      try {
        const now = await send<'get'>({ type: 'get', cookie: identityOf(cookie) });
        if (now) edit({ kind: 'edit', cookie: now });
        else setStatus({ message: t('goneMeanwhile', cookie.name), isError: true });
      } catch (error) {
        setStatus({ message: messageOf(error), isError: true });
      }
    },
    [edit],
  );

  const saved = (message: string, op?: OperationSummary) => {
    setEditing(null);
    setStatus({ message, ...(op && offersUndo(op) ? { undo: op.id } : {}) });
    reload();
  };

  const rowActions = useMemo(
    () => ({
      isSelected: (cookie: Cookie) => selected.has(identityKey(cookie)),
      onSelect: (cookie: Cookie, on: boolean) =>
        setSelected((current) => {
          const next = new Set(current);
          if (on) next.add(identityKey(cookie));
          else next.delete(identityKey(cookie));
          return next;
        }),
      onOpen: (cookie: Cookie) => void open(cookie),
    }),
    [selected, open],
  );

  const undo = async (target: string) => {
    setBusy(true);
    setStatus({ message: t('sitesRestoring') });
    try {
      const result = await sendOperation<'undo'>({ type: 'undo', id: operationId(), target });
      const failed = failures(result);
      const done = describeUndo(result);
      setStatus({ message: failed ? `${done} ${failed}` : done, isError: failed !== '' });
    } catch (error) {
      setStatus({ message: messageOf(error), isError: true });
    } finally {
      setBusy(false);
    }
    reload();
  };

  const total = list?.total ?? 0;
  const complete = list?.complete ?? false;
  // A search counts its matches, which a first screen cannot know for a whole site.
  const rows = useMemo(
    () => (list && !list.complete && query.terms.length === 0 ? withSiteCounts(shown.rows, list.siteCounts) : shown.rows),
    [list, query, shown],
  );
  const matched = shown.matched.length;
  // Only what the store still holds: a selected cookie removed meanwhile is not asked for.
  const chosen = useMemo(() => (list ? list.cookies.filter((entry) => selected.has(identityKey(entry.cookie))).map((entry) => entry.cookie) : []), [list, selected]);
  const exportSelected = useMemo(
    () => new URLSearchParams({ storeId, selection: JSON.stringify(chosen.map(identityKey)) }).toString(),
    [storeId, chosen],
  );
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
          // Until the store has arrived, what matches is not known yet.
          complete && matched > 0 && search.trim() !== '' && !busy ? () => deleteCookies(shown.matched.map((entry) => entry.cookie)) : null
        }
        onAdd={() => edit({ kind: 'new' })}
        selected={chosen.length}
        exportSelected={exportSelected}
        onDeleteSelected={chosen.length > 0 && !busy ? () => deleteCookies(chosen) : null}
      />
      <StoreShown store={stores.find((store) => store.id === storeId) ?? { id: storeId, incognito: false }} ended={ended} />
      <StatusBar status={status} busy={busy} onUndo={undo} onDismiss={() => setStatus(null)} />
      {loadError && (
        <p role="alert" class="error">
          {loadError}
        </p>
      )}
      {list ? (
        <>
          <p class="count">
            {!complete ? tCount('sitesLoadingFirst', total, list.cookies.length) : matched === total ? tCount('countAll', total) : tCount('countFiltered', total, matched)}
          </p>
          {total === 0 && <p class="empty">{t('sitesEmptyStore')}</p>}
          {complete && total > 0 && matched === 0 && <p class="empty">{t('sitesNoMatch')}</p>}
          <CookieTable rows={rows} sort={sort} onSort={sortBy} scrollKey={`${storeId}\n${search}`} actions={rowActions} dates={dates} />
        </>
      ) : (
        !loadError && !ended && <p class="count">{t('sitesLoading')}</p>
      )}
      {editor.current && editing && (
        <editor.current.EditorDialog
          target={editing}
          storeId={storeId}
          stores={stores}
          onClose={() => setEditing(null)}
          onSaved={saved}
          onDelete={(cookie) => {
            setEditing(null);
            void deleteCookies([cookie]);
          }}
        />
      )}
    </main>
  );
}
