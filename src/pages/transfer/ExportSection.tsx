import { useEffect, useMemo, useState } from 'preact/hooks';
import { identityKey, type Cookie } from '../../core/cookie';
import type { FormatId } from '../../core/formats/index';
import type { StoreListResult } from '../../core/protocol';
import { parseQuery } from '../../core/query';
import { inSiteScope } from '../../core/site-scope';
import { t, tCount, type MessageKey } from '../shared/i18n';
import { downloadText } from './download';
import { exportFileName } from './export-file';
import { storeSearch } from './export-search';
import type { FormatInfo } from './format-protocol';
import type { LeftOut } from '../../core/formats/unwritable';
import { LeftOutReport } from './LeftOutReport';
import { formats as formatsWorker } from './formats-client';
import { TextField } from './TextField';
import { FormatSelect } from './FormatSelect';
import { siteHost } from './site-input';
import { requestUrl } from './request-url';
import { messageOf } from '../shared/errors';
import { preferencesOf } from '../../core/preferences';
import { usePreference } from '../shared/use-preference';
import { Alert } from './Alert';

type Scope = 'site' | 'search' | 'store' | 'selection';

type Asked = 'url' | 'site' | 'search';

/** The text box that says what to export: the request's URL, the site or the search. */
const ASKED: Record<Asked, { id: string; label: MessageKey; hint: MessageKey; placeholder: string; autocomplete?: 'off' }> = {
  url: { id: 'export-request-url', label: 'transferRequestUrl', hint: 'transferRequestUrlHint', placeholder: 'https://example.test/', autocomplete: 'off' },
  site: { id: 'export-site', label: 'transferSite', hint: 'transferSiteHint', placeholder: 'example.test' },
  search: { id: 'export-search', label: 'transferSearch', hint: 'sitesSearchHint', placeholder: 'domain:example.test name:sid', autocomplete: 'off' },
};

export function ExportSection({
  storeId,
  storeName,
  listing,
  formats,
  initialSite,
  initialQuery,
  selection,
  initialUrl,
}: {
  storeId: string;
  storeName: string;
  /** null while the store is being listed. */
  listing: StoreListResult | null;
  formats: FormatInfo[];
  initialSite: string;
  /** A search to export what it matches; it chooses that scope. */
  initialQuery: string;
  /** The identity keys of the cookies chosen in All sites; it chooses that scope. */
  selection: string[];
  /** The tab's URL, for the request exports (curl command, Cookie header). */
  initialUrl: string;
}) {
  const exportable = formats.filter((format) => format.canExport);
  const [scope, setScope] = useState<Scope>(selection.length > 0 ? 'selection' : initialQuery ? 'search' : initialSite ? 'site' : 'store');
  const chosen = useMemo(() => new Set(selection), [selection]);
  const [site, setSite] = useState(initialSite);
  const [search, setSearch] = useState(initialQuery);
  const [formatId, setFormatId] = useState<FormatId | ''>(exportable[0]?.id ?? '');
  const [text, setText] = useState('');
  const [count, setCount] = useState(0);
  const [urlText, setUrlText] = useState(initialUrl);
  const [leftOut, setLeftOut] = useState<LeftOut[]>([]);
  const [status, setStatus] = useState<string | null>(null);
  const [alert, setAlert] = useState<string | null>(null);
  const format = exportable.find((f) => f.id === formatId);
  const preferred = usePreference((stored) => preferencesOf(stored).exportFormat);
  // The Options page's choice is where the select starts, and it follows a change made there while this page is open.
  useEffect(() => {
    if (exportable.some((f) => f.id === preferred)) setFormatId(preferred);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the formats arrive once, from the worker; exportable is derived from them.
  }, [preferred, formats]);
  // A request export takes the whole store and keeps what the browser sends to the URL.
  const forRequest = format?.forRequest ?? false;
  const target = forRequest ? requestUrl(urlText) : null;
  const host = siteHost(site);
  // A scope that lacks what it needs exports nothing, rather than every cookie.
  const missing = scope === 'site' ? host === null : scope === 'search' && parseQuery(search).terms.length === 0;
  const asked: Asked | null = forRequest ? 'url' : scope === 'site' || scope === 'search' ? scope : null;
  const typed: Record<Asked, string> = { url: urlText, site, search };
  const onTyped: Record<Asked, (text: string) => void> = { url: setUrlText, site: setSite, search: setSearch };
  const searchListing = useMemo(() => (listing ? storeSearch(listing.cookies) : null), [listing]);

  const cookies = useMemo((): Cookie[] | null => {
    if (listing === null || searchListing === null || listing.storeId !== storeId) return null;
    if (forRequest) return target === null ? [] : listing.cookies.map((entry) => entry.cookie);
    switch (scope) {
      case 'store':
        return listing.cookies.map((entry) => entry.cookie);
      case 'site':
        return host === null ? [] : listing.cookies.filter((entry) => inSiteScope(entry.cookie, { registrableDomain: host, topLevelSite: host })).map((entry) => entry.cookie);
      case 'search':
        return searchListing(search) ?? [];
      case 'selection':
        return listing.cookies.filter((entry) => chosen.has(identityKey(entry.cookie))).map((entry) => entry.cookie);
    }
  }, [listing, searchListing, storeId, scope, host, search, forRequest, target, chosen]);

  useEffect(() => {
    setStatus(null);
    if (!cookies || cookies.length === 0 || !format) {
      setText('');
      setLeftOut([]);
      return undefined;
    }
    let current = true;
    formatsWorker
      .request({
        kind: 'serialize',
        format: format.id,
        cookies,
        options: { nowSeconds: Date.now() / 1000, ...(target === null ? {} : { requestUrl: target }) },
      })
      .then(
        (serialized) => {
          if (!current) return;
          setText(serialized.text);
          setCount(serialized.count);
          setLeftOut(serialized.leftOut);
          setAlert(null);
        },
        (error: unknown) => {
          if (!current) return;
          setText('');
          setLeftOut([]);
          setAlert(messageOf(error));
        },
      );
    return () => {
      current = false;
    };
  }, [cookies, format, target]);

  async function copy(count: number) {
    try {
      await navigator.clipboard.writeText(text);
      setAlert(null);
      setStatus(tCount('transferCopied', count));
    } catch (error) {
      setAlert(t('transferCopyFailed', messageOf(error)));
    }
  }

  function download() {
    if (!format) return;
    const scopeName = target !== null
      ? new URL(target).hostname
      : scope === 'site' && host ? host : scope === 'search' ? `store-${storeName}-matching` : scope === 'selection' ? `store-${storeName}-selected` : `store-${storeName}`;
    const name = exportFileName(scopeName, new Date(), format.fileExtension);
    downloadText(text, format.mimeType, name);
    setAlert(null);
    setStatus(t('transferDownloaded', name));
  }

  const ready = cookies !== null && cookies.length > 0 && text !== '';
  return (
    <section class="panel" aria-labelledby="export-heading">
      <h2 id="export-heading">{t('transferExport')}</h2>
      <div class="options">
        {!forRequest && (
          <div class="field">
            <label for="export-scope">{t('transferScope')}</label>
            <select id="export-scope" value={scope} onChange={(event) => setScope(event.currentTarget.value as Scope)}>
              <option value="site">{t('transferScopeSite')}</option>
              <option value="search">{t('transferScopeSearch')}</option>
              <option value="store">{t('transferScopeStore')}</option>
              {selection.length > 0 && <option value="selection">{t('transferScopeSelection')}</option>}
            </select>
          </div>
        )}
        {asked && <TextField key={asked} {...ASKED[asked]} label={t(ASKED[asked].label)} hint={t(ASKED[asked].hint)} value={typed[asked]} onValue={onTyped[asked]} />}
        <FormatSelect id="export-format" formats={exportable} value={formatId} onChange={setFormatId} />
      </div>
      <p class="count">
        {cookies === null
          ? t('transferLoading')
          : forRequest
            ? target === null
              ? t('transferRequestUrlMissing')
              : text === ''
                ? t('transferLoading')
                : count === 0
                  ? t('transferRequestNoCookies')
                  : tCount('transferCookieCount', count)
          : missing
            ? t(scope === 'site' ? 'transferSiteMissing' : 'transferSearchMissing')
            : cookies.length === 0
              ? t('transferNothingToExport')
              : tCount('transferCookieCount', cookies.length)}
      </p>
      {format && <LeftOutReport format={t(format.label)} leftOut={leftOut} />}
      <div class="field">
        <label for="export-preview">{t('transferExportPreview')}</label>
        <textarea id="export-preview" rows={12} readOnly wrap="off" spellcheck={false} value={text} />
      </div>
      <div class="actions">
        <button type="button" disabled={!ready} onClick={() => void copy(cookies?.length ?? 0)}>
          {t('transferCopy')}
        </button>
        <button type="button" class="primary" disabled={!ready} onClick={download}>
          {t('transferDownload')}
        </button>
      </div>
      <Alert text={alert} />
      {status && <p role="status">{status}</p>}
    </section>
  );
}
