import type { SiteInfo } from '../../core/protocol';
import { t } from '../shared/i18n';

export function Toolbar({
  site,
  filter,
  onFilter,
  onAdd,
  onDeleteShown,
  onReload,
}: {
  site: SiteInfo | null;
  filter: string;
  onFilter: (value: string) => void;
  onAdd: () => void;
  onDeleteShown: (() => void) | null;
  onReload: () => void;
}) {
  return (
    <header class="toolbar">
      <h1 class="site" title={site?.url}>
        {site ? site.registrableDomain : 'Crumb'}
      </h1>
      <input
        type="text"
        class="filter"
        aria-label={t('filterCookies')}
        placeholder={t('filterPlaceholder')}
        value={filter}
        onInput={(event) => onFilter(event.currentTarget.value)}
      />
      <button type="button" id="add-cookie" class="primary" onClick={onAdd} disabled={!site}>
        {t('addCookie')}
      </button>
      <button type="button" onClick={onDeleteShown ?? undefined} disabled={!onDeleteShown}>
        {t('deleteAllShown')}
      </button>
      <button type="button" class="icon" aria-label={t('reload')} title={t('reload')} onClick={onReload}>
        ⟳
      </button>
    </header>
  );
}
