import { identityKey } from '../../core/cookie';
import { describeExpiry } from '../../core/expiry';
import type { ListedCookie } from '../../core/protocol';
import { t } from '../shared/i18n';

/** The row shows one line of the value: laying out 4 KB values nobody sees costs the first paint. */
const PREVIEW_CHARS = 120;

const SAME_SITE_LABEL = { no_restriction: 'None', lax: 'Lax', strict: 'Strict', unspecified: '' } as const;

export function CookieRow({
  entry,
  place,
  changed,
  nowSeconds,
  onOpen,
}: {
  entry: ListedCookie;
  /** Its position in the whole list, and the list's length: only some rows are in the page. */
  place: [position: number, size: number];
  changed: boolean;
  nowSeconds: number;
  onOpen: (entry: ListedCookie) => void;
}) {
  const { cookie, diagnosis } = entry;
  // HttpOnly already has its own badge; the other warnings are worth a glance.
  const warnings = diagnosis.warnings.filter((w) => w.code !== 'HttpOnly');
  const key = identityKey(cookie);
  const detailsId = `d-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const sameSite = SAME_SITE_LABEL[cookie.sameSite];
  // The button's name is what it shows ("name on domain/path"), so voice control can say it;
  // the value and the details are its description, beside it in the row.
  return (
    <li class={changed ? 'row row-changed' : 'row'} aria-posinset={place[0]} aria-setsize={place[1]}>
      <button
        type="button"
        class="row-button"
        data-key={key}
        aria-describedby={detailsId}
        title={`${cookie.domain}${cookie.path}`}
        onClick={() => onOpen(entry)}
      >
        <span class="name">{cookie.name || t('emptyName')}</span>{' '}
        <span class="where">
          {t('on')} {cookie.domain}
          {cookie.path}
          {cookie.partitionKey && `, ${t('partitionedFor', cookie.partitionKey.topLevelSite)}`}
        </span>
      </button>
      <span class="value">{cookie.valuePreview.slice(0, PREVIEW_CHARS)}</span>
      <span class="meta" id={detailsId}>
        <span class="expiry">{describeExpiry(cookie, nowSeconds)}</span>
        {entry.protection && (
          <span class="badge badge-protected">
            {t('badgeProtected')}
            {entry.protection === 'paused' && `: ${t('protectionPaused')}`}
          </span>
        )}
        {changed && <span class="badge badge-changed">{t('changedBadge')}</span>}
        {cookie.secure && <span class="badge">Secure</span>}
        {cookie.httpOnly && <span class="badge">HttpOnly</span>}
        {sameSite && <span class="badge">SameSite={sameSite}</span>}
        {cookie.partitionKey && (
          <span class="badge badge-partition" title={cookie.partitionKey.topLevelSite}>
            Partitioned
          </span>
        )}
        {!diagnosis.sent && (
          <span class="badge badge-warn">
            {diagnosis.blocked.map((b) => b.message).join('; ')} <span class="code">({diagnosis.blocked.map((b) => b.code).join(', ')})</span>
          </span>
        )}
        {warnings.map((w) => (
          <span key={w.code} class="badge badge-warn" title={w.message}>
            {w.code}
          </span>
        ))}
      </span>
    </li>
  );
}
