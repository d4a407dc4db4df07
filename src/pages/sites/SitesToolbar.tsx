import type { StoreInfo } from '../../core/protocol';
import { t } from '../shared/i18n';
import { StorePicker } from '../shared/StorePicker';

/** What a set of cookies (those matching, those selected) can be: exported on the import / export page, or deleted. */
function BatchActions({
  exportQuery,
  exportLabel,
  onDelete,
  deleteLabel,
}: {
  exportQuery: string;
  exportLabel: string;
  onDelete: (() => void) | null;
  deleteLabel: string;
}) {
  return (
    <>
      <a href={`../transfer/index.html?${exportQuery}`} target="_blank" rel="noopener">
        {exportLabel}
      </a>
      <button type="button" class="danger" onClick={onDelete ?? undefined} disabled={!onDelete}>
        {deleteLabel}
      </button>
    </>
  );
}

export function SitesToolbar({
  storeId,
  stores,
  onStore,
  search,
  onSearch,
  onDeleteMatching,
  onAdd,
  selected,
  exportSelected,
  onDeleteSelected,
}: {
  storeId: string;
  stores: StoreInfo[];
  onStore: (id: string) => void;
  search: string;
  onSearch: (text: string) => void;
  /** Null while there is nothing to delete or a batch is running. */
  onDeleteMatching: (() => void) | null;
  onAdd: () => void;
  /** How many cookies are selected. */
  selected: number;
  /** The import / export page's address for the selection. */
  exportSelected: string;
  /** Null while nothing is selected or a batch is running. */
  onDeleteSelected: (() => void) | null;
}) {
  // Without a search, what matches is the whole store: the export page's default scope.
  const exportParams = new URLSearchParams(search.trim() ? { storeId, query: search.trim() } : { storeId });
  return (
    <header class="toolbar sites-toolbar">
      <h1 class="sites-title">{t('sitesTitle')}</h1>
      <StorePicker id="store" className="store-picker" storeId={storeId} stores={stores} onStore={onStore} />
      <div class="search">
        <input
          type="text"
          class="filter"
          aria-label={t('sitesSearch')}
          aria-describedby="search-hint"
          placeholder={t('sitesSearch')}
          spellcheck={false}
          autocomplete="off"
          value={search}
          onInput={(event) => onSearch(event.currentTarget.value)}
        />
        <p id="search-hint" class="hint">
          {t('sitesSearchHint')}
        </p>
      </div>
      <BatchActions exportQuery={exportParams.toString()} exportLabel={t('sitesExportMatching')} onDelete={onDeleteMatching} deleteLabel={t('sitesDeleteMatching')} />
      <button type="button" id="add-cookie" onClick={onAdd}>
        {t('addCookie')}
      </button>
      {selected > 0 && (
        <div class="selection">
          <span>{t('sitesSelectedCount', selected)}</span>
          <BatchActions exportQuery={exportSelected} exportLabel={t('sitesExportSelected')} onDelete={onDeleteSelected} deleteLabel={t('sitesDeleteSelected')} />
        </div>
      )}
    </header>
  );
}
