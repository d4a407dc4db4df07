import type { ComponentChildren } from 'preact';
import type { SiteInfo } from '../../core/protocol';
import { askToRecord } from '../shared/ask-to-record';
import { t } from '../shared/i18n';
import { ext } from '../shared/runtime';

export type View = 'cookies' | 'changes' | 'profiles';

/**
 * Switches between the list and the change timeline, and links to the full-page views; a
 * filter goes along to the export page as its search.
 */
export function ViewSwitch({
  view,
  onView,
  site,
  filter,
  children,
}: {
  view: View;
  onView: (view: View) => void;
  site: SiteInfo | null;
  filter: string;
  /** Further ways out of the popup, after its links. */
  children?: ComponentChildren;
}) {
  const store = site ? `?storeId=${encodeURIComponent(site.storeId)}` : '';
  const query = filter.trim() ? `&query=${encodeURIComponent(filter.trim())}` : '';
  const transfer = site ? `${store}&site=${encodeURIComponent(site.registrableDomain)}&url=${encodeURIComponent(site.url)}${query}` : '';
  const record = () => {
    if (!site) return;
    const inspector = new URL(`../inspector/index.html?tabId=${site.tabId}&record=1`, location.href).href;
    void askToRecord().then((granted) => granted && ext.tabs.create({ url: inspector }));
  };
  return (
    <nav class="views" aria-label={t('views')}>
      <button type="button" aria-pressed={view === 'cookies'} onClick={() => onView('cookies')}>
        {t('viewCookies')}
      </button>
      <button type="button" aria-pressed={view === 'changes'} onClick={() => onView('changes')}>
        {t('viewChanges')}
      </button>
      <button type="button" aria-pressed={view === 'profiles'} onClick={() => onView('profiles')}>
        {t('viewProfiles')}
      </button>
      <span class="spacer" />
      <a href={`../sites/index.html${store}`} target="_blank" rel="noopener">
        {t('allSites')}
      </a>
      <a href={`../transfer/index.html${transfer}`} target="_blank" rel="noopener">
        {t('importExport')}
      </a>
      <button type="button" disabled={!site} onClick={record}>
        {t('recordTab')}
      </button>
      <a href="../rules/index.html" target="_blank" rel="noopener">
        {t('rulesPage')}
      </a>
      {children}
    </nav>
  );
}
