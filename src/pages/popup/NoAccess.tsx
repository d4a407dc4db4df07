import { useState } from 'preact/hooks';
import type { SiteAccess } from '../../core/protocol';
import { t } from '../shared/i18n';
import { ext } from '../shared/runtime';

/**
 * Crumb asks for host access only when the user wants it: this explains why the
 * list is empty and asks the browser for exactly this site, or for every site.
 */
export function NoAccess({
  access,
  allSites,
  onGranted,
}: {
  access: SiteAccess | null;
  /** From the background, which owns the patterns: the popup stays free of that module. */
  allSites: string | undefined;
  onGranted: () => void;
}) {
  const [refused, setRefused] = useState(false);
  // permissions.request must run in the click itself: browsers only ask after a user gesture.
  const ask = (origin: string) => {
    ext.permissions.request({ origins: [origin] }).then(
      (granted) => (granted ? onGranted() : setRefused(true)),
      () => setRefused(true),
    );
  };
  return (
    <section class="no-access" aria-labelledby="no-access-title">
      <h2 id="no-access-title">{access ? t('noAccessSite', access.registrableDomain) : t('noAccessTab')}</h2>
      <p>{t('noAccessWhy')}</p>
      <div class="actions">
        {access && (
          <button type="button" class="primary" onClick={() => ask(access.origin)}>
            {t('allowSite')}
          </button>
        )}
        {allSites && (
          <button type="button" onClick={() => ask(allSites)}>
            {t('allowAllSites')}
          </button>
        )}
      </div>
      {refused && <p role="alert">{t('accessRefused')}</p>}
    </section>
  );
}
