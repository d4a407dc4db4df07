import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { identityKey, identityOf, type CookieIdentity } from '../../core/cookie';
import { changeTimes, DEFAULT_LIST_SORT, sortListed, type ListSort } from '../../core/list-sort';
import { offersUndo, type OperationSummary } from '../../core/operation';
import type { ListedCookie, ListResult, ProtocolError, SiteInfo } from '../../core/protocol';
import { t, tCount } from '../shared/i18n';
import { inSiteScope } from '../../core/site-scope';
import { subjectOf } from '../../core/timeline';
import { followChanges } from '../shared/live';
import { messageOf, problemOf } from '../shared/errors';
import { send } from '../shared/messaging';
import { deletedText, describeOperation, describeUndo, journaledOutcome, operationId, sendOperation } from '../shared/operations';
import type { EditorTarget } from './CookieEditor';
import { CookieList } from './CookieList';
import type { FirstList } from './first-list';
import { filterText, matchesFilter } from './filter';
import { NoAccess } from './NoAccess';
import { Notice, type NoticeState } from './Notice';
import { SidePanelButton } from './SidePanelButton';
import { SortSelect } from './SortSelect';
import { Timeline } from './Timeline';
import { Toolbar } from './Toolbar';
import { ViewSwitch, type View } from './ViewSwitch';

function noticeOf(op: OperationSummary | null, message = describeOperation(op), isError = false): NoticeState {
  return op ? { message, op: op.id, undo: offersUndo(op), isError } : { message, isError };
}

/** A lost answer still tells what happened, from the journal, with Undo where it changed something. */
function sameScope(a: SiteInfo | null, b: SiteInfo | null): boolean {
  return a === b || (a !== null && b !== null && a.tabId === b.tabId && a.storeId === b.storeId
    && a.registrableDomain === b.registrableDomain && a.topLevelSite === b.topLevelSite);
}

/** The value first seen, for as long as `same` says a newer one is equal: an effect on it reruns only on a real change. */
function useKept<T>(value: T, same: (kept: T, next: T) => boolean): T {
  const kept = useRef(value);
  if (!same(kept.current, value)) kept.current = value;
  return kept.current;
}

function noticeOfFailure(error: unknown): NoticeState {
  const op = journaledOutcome(error);
  return op === undefined ? { message: messageOf(error), isError: true } : noticeOf(op, messageOf(error), true);
}

/** Where the App runs: the popup offers the side panel; the side panel itself and the DevTools panel do not. */
export interface Surface {
  offerSidePanel: boolean;
  /** Close the page once the side panel opened: the toolbar popup, not a tab showing it. */
  closeAfterSidePanel: boolean;
}

/** The list first-rows.ts painted before this code loaded, and the row clicked meanwhile. */
export interface Shown {
  list: ListResult;
  clicked: string | null;
}

export function App({ first, surface, shown: painted }: { first: Promise<FirstList>; surface: Surface; shown?: Shown | undefined }) {
  // Started with the painted list, the first render has the same rows and keeps their elements.
  const [tabId, setTabId] = useState<number | null>(painted?.list.site.tabId ?? null);
  const [list, setList] = useState<ListResult | null>(painted?.list ?? null);
  const [loadError, setLoadError] = useState<ProtocolError | null>(null);
  const [filter, setFilter] = useState('');
  const [editing, setEditing] = useState<EditorTarget | null>(null);
  const [notice, setNotice] = useState<NoticeState | null>(null);
  const [view, setView] = useState<View>('cookies');
  const [sort, setSort] = useState<ListSort>(DEFAULT_LIST_SORT);
  const [changedAt, setChangedAt] = useState<ReadonlyMap<string, number>>(new Map());
  const [ProfilesView, setProfilesView] = useState<typeof import('./Profiles').Profiles | null>(null);
  useEffect(() => {
    // Its own chunk, fetched when first opened: nothing of it weighs on the first row.
    if (view === 'profiles' && !ProfilesView) void import('./Profiles').then(({ Profiles }) => setProfilesView(() => Profiles));
  }, [view, ProfilesView]);
  const returnFocusTo = useRef<string | null>(null);
  // The editor is its own chunk, fetched once the first rows are up: the list does not wait for it.
  const [Editor, setEditor] = useState<typeof import('./CookieEditor').CookieEditor | null>(null);
  useEffect(() => {
    if (list && !Editor) void import('./CookieEditor').then(({ CookieEditor }) => setEditor(() => CookieEditor));
  }, [list, Editor]);

  const load = useCallback(async (id: number, asked?: Promise<ListResult>) => {
    try {
      const own = await (asked ?? send<'list'>({ type: 'list', tabId: id }));
      setList(own);
      setLoadError(null);
      const extra = await send<'embedded'>({ type: 'embedded', tabId: id });
      // Nothing to add is the usual answer: the list is then not rendered again.
      if (extra.cookies.length > 0) setList({ ...own, cookies: [...own.cookies, ...extra.cookies] });
      // The last change here, made from a popup since closed or cut off by the background stopping.
      const last = await send<'lastOperation'>({ type: 'lastOperation', scope: { storeId: own.site.storeId, site: own.site.registrableDomain } });
      if (last && offersUndo(last)) setNotice((shown) => shown ?? noticeOf(last));
    } catch (error) {
      setList(null);
      setLoadError(problemOf(error));
    }
  }, []);

  // A layout effect runs as soon as the first render is committed; a plain effect would wait a frame.
  useLayoutEffect(() => {
    void first.then(({ tabId: id, list: asked }) => {
      if (id === null) {
        setLoadError({ code: 'not-found', message: t('noTab') });
        return;
      }
      setTabId(id);
      void load(id, asked ?? undefined);
    });
  }, [first, load]);

  const reload = useCallback(() => (tabId === null ? Promise.resolve() : load(tabId)), [tabId, load]);

  const site = list?.site ?? null;
  // Every reload brings a new site object: changes are followed afresh only when the tab or scope differs.
  const followed = useKept(site, sameScope);
  const [changed, setChanged] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    if (!followed) return undefined;
    let pending: ReturnType<typeof setTimeout> | undefined;
    // A page often sets several cookies at once: one reload for the burst.
    const reloadSoon = () => {
      clearTimeout(pending);
      pending = setTimeout(() => void load(followed.tabId), 30);
    };
    const stop = followChanges({
      onChange(entry) {
        const cookie = subjectOf(entry);
        if (cookie.storeId !== followed.storeId || !inSiteScope(cookie, followed)) return;
        setChanged((keys) => new Set(keys).add(identityKey(cookie)));
        reloadSoon();
      },
      onReconnect: reloadSoon,
    });
    return () => {
      clearTimeout(pending);
      stop();
    };
  }, [followed, load]);

  const searchable = useMemo(
    () => (list ? list.cookies.map((entry) => ({ entry, text: filterText(entry.cookie) })) : []),
    [list],
  );
  const shown = useMemo(
    () => sortListed(filter.trim() ? searchable.filter(({ text }) => matchesFilter(text, filter)).map(({ entry }) => entry) : (list?.cookies ?? []), sort, changedAt),
    [searchable, list, filter, sort, changedAt],
  );

  // Only the timeline knows when a cookie last changed: asked for when that order is chosen, and again with each new list.
  useEffect(() => {
    if (sort !== 'changed' || tabId === null || !list) return undefined;
    let current = true;
    send<'timeline'>({ type: 'timeline', tabId }).then(
      (entries) => current && setChangedAt(changeTimes(entries)),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [sort, tabId, list]);

  /** `kept`: protected cookies left out, named in the message. */
  const remove = async (cookies: CookieIdentity[], kept = 0) => {
    try {
      const result = await sendOperation<'delete'>({ type: 'delete', id: operationId(), cookies });
      const failed = result.failed.map((f) => f.message).join(' ');
      const deleted = deletedText(result.done.length, result.done[0]?.name);
      const message = kept > 0 ? `${deleted} ${tCount('keptProtected', kept)}` : deleted;
      setNotice(noticeOf(result.op, failed ? `${message} ${failed}` : message, failed !== ''));
    } catch (error) {
      setNotice(noticeOfFailure(error));
    }
    await reload();
  };

  // The button pressed goes away with what it did: focus goes where the user can carry on.
  const focusNext = useRef<'dismiss' | 'add-cookie' | null>(null);
  useEffect(() => {
    const id = focusNext.current;
    if (!id) return;
    focusNext.current = null;
    document.getElementById(id === 'dismiss' ? 'notice-dismiss' : 'add-cookie')?.focus();
  }, [notice]);

  const undo = async (target: string) => {
    focusNext.current = 'dismiss';
    try {
      const result = await sendOperation<'undo'>({ type: 'undo', id: operationId(), target });
      const failed = result.failed.map((f) => f.message).join(' ');
      setNotice({ message: failed || describeUndo(result), isError: failed !== '' });
    } catch (error) {
      setNotice(noticeOfFailure(error));
    }
    await reload();
  };

  const dismiss = () => {
    focusNext.current = 'add-cookie';
    if (notice?.op) void send<'dismissOperation'>({ type: 'dismissOperation', id: notice.op }).catch(() => undefined);
    setNotice(null);
  };

  /** The list holds value previews: the editor gets the whole cookie, as it is now. */
  const open = async (entry: ListedCookie) => {
    returnFocusTo.current = identityKey(entry.cookie);
    try {
      const cookie = await send<'get'>({ type: 'get', cookie: identityOf(entry.cookie) });
      if (cookie) {
        setEditing({ kind: 'edit', cookie, diagnosis: entry.diagnosis, ...(entry.protection ? { protection: entry.protection } : {}) });
        return;
      }
      setNotice({ message: t('goneMeanwhile', entry.cookie.name), isError: true });
    } catch (error) {
      setNotice({ message: messageOf(error), isError: true });
    }
    await reload();
  };

  // A row clicked before this code loaded opens now, once.
  const clicked = useRef(painted?.clicked ?? null);
  useEffect(() => {
    const key = clicked.current;
    clicked.current = null;
    const entry = key === null ? undefined : list?.cookies.find((candidate) => identityKey(candidate.cookie) === key);
    if (entry) void open(entry);
  });

  const closeEditor = () => {
    setEditing(null);
  };

  useEffect(() => {
    if (editing || !returnFocusTo.current) return;
    const key = returnFocusTo.current;
    returnFocusTo.current = null;
    const target =
      document.querySelector<HTMLElement>(`[data-key="${CSS.escape(key)}"]`) ?? document.getElementById('add-cookie');
    target?.focus();
  }, [editing, list]);

  if (editing && list && Editor) {
    return (
      <main class="popup">
        <Editor
          target={editing}
          site={list.site}
          storeId={list.site.storeId}
          stores={list.stores}
          onCancel={closeEditor}
          onSaved={async (message, saved, op) => {
            returnFocusTo.current = saved ? identityKey(saved) : 'add-cookie';
            setNotice(op ? noticeOf(op, message) : { message });
            closeEditor();
            await reload();
          }}
          onDelete={async (cookie) => {
            returnFocusTo.current = 'add-cookie';
            closeEditor();
            await remove([cookie]);
          }}
          rules={{
            onRule: async (message) => {
              returnFocusTo.current = 'add-cookie';
              setNotice({ message });
              closeEditor();
              await reload();
            },
            onProtected: () => void reload(),
          }}
        />
      </main>
    );
  }

  return (
    <main class={notice ? 'popup popup-with-notice' : 'popup'}>
      <Toolbar
        site={list?.site ?? null}
        filter={filter}
        onFilter={setFilter}
        onAdd={() => {
          returnFocusTo.current = 'add-cookie';
          setEditing({ kind: 'new' });
        }}
        onDeleteShown={
          shown.length > 0
            ? () => {
                const unprotected = shown.filter((entry) => !entry.protection);
                return remove(unprotected.map((entry) => entry.cookie), shown.length - unprotected.length);
              }
            : null
        }
        onReload={reload}
      />
      {notice && <Notice notice={notice} onUndo={undo} onDismiss={dismiss} />}
      {loadError?.code === 'no-access' ? (
        <NoAccess access={loadError.access ?? null} allSites={loadError.allSites} onGranted={() => void reload()} />
      ) : (
        // A tab Crumb cannot read (not a web page, gone) is a fact, not a failure.
        loadError && (
          <p role={loadError.code === 'not-found' ? 'status' : 'alert'} class={loadError.code === 'not-found' ? 'info' : 'error'}>
            {loadError.message}
          </p>
        )
      )}
      <ViewSwitch view={view} onView={setView} site={site} filter={filter}>
        {surface.offerSidePanel && tabId !== null && (
          <SidePanelButton tabId={tabId} closeAfter={surface.closeAfterSidePanel} onError={(message) => setNotice({ message, isError: true })} />
        )}
      </ViewSwitch>
      {view === 'changes' && tabId !== null && <Timeline tabId={tabId} />}
      {view === 'cookies' && list && <SortSelect sort={sort} onSort={setSort} />}
      {view === 'profiles' && tabId !== null && ProfilesView && (
        <ProfilesView
          tabId={tabId}
          onSwitched={(message, op) => {
            setNotice(noticeOf(op, message));
            void reload();
          }}
        />
      )}
      {view === 'cookies' && list && (
        <CookieList
          entries={shown}
          total={list.cookies.length}
          changed={changed}
          reveal={returnFocusTo.current}
          onOpen={(entry) => void open(entry)}
        />
      )}
    </main>
  );
}
