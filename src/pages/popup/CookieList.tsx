import { useEffect, useState } from 'preact/hooks';
import { identityKey } from '../../core/cookie';
import type { ListedCookie } from '../../core/protocol';
import { t } from '../shared/i18n';
import { CookieRow } from './CookieRow';

/** Rows that fill the popup's first screen; the rest follow one frame later. */
const FIRST_SCREEN_ROWS = 30;

export function CookieList({
  entries,
  total,
  changed,
  onOpen,
}: {
  entries: ListedCookie[];
  total: number;
  /** Identity keys of cookies that changed while the popup was open. */
  changed: ReadonlySet<string>;
  onOpen: (entry: ListedCookie) => void;
}) {
  const nowSeconds = Date.now() / 1000;
  const [limit, setLimit] = useState(FIRST_SCREEN_ROWS);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setLimit(Number.POSITIVE_INFINITY));
    return () => cancelAnimationFrame(frame);
  }, []);
  return (
    <section class="list-section">
      <p class="count">{entries.length === total ? t('countAll', total) : t('countShown', entries.length, total)}</p>
      {total === 0 && <p class="empty">{t('noCookies')}</p>}
      <ul class="cookies" aria-label={t('cookies')}>
        {entries.slice(0, limit).map((entry) => (
          <CookieRow key={identityKey(entry.cookie)} entry={entry} changed={changed.has(identityKey(entry.cookie))} nowSeconds={nowSeconds} onOpen={onOpen} />
        ))}
      </ul>
    </section>
  );
}
