import { useEffect, useRef } from 'preact/hooks';
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
  const filterBox = useRef<HTMLInputElement>(null);
  // "/" jumps to the filter, as in most lists on the web, unless it is being typed somewhere.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return;
      if (event.target instanceof Element && event.target.closest('input, textarea, select, [contenteditable]')) return;
      event.preventDefault();
      filterBox.current?.focus();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  return (
    <header class="toolbar">
      <h1 class="site" title={site?.url}>
        {site ? site.registrableDomain : 'Crumb'}
      </h1>
      <input
        ref={filterBox}
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
