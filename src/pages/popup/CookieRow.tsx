import { identityKey, type Cookie } from '../../core/cookie';
import { describeExpiry } from '../../core/expiry';
import type { ListedCookie } from '../../core/protocol';
import { t } from '../shared/i18n';

const SAME_SITE_LABEL = { no_restriction: 'None', lax: 'Lax', strict: 'Strict', unspecified: '' } as const;

export function rowName(cookie: Cookie): string {
  const where = `${cookie.name} ${t('on')} ${cookie.domain}${cookie.path}`;
  return cookie.partitionKey ? `${where}, ${t('partitionedFor', cookie.partitionKey.topLevelSite)}` : where;
}

export function CookieRow({
  entry,
  changed,
  nowSeconds,
  onOpen,
}: {
  entry: ListedCookie;
  changed: boolean;
  nowSeconds: number;
  onOpen: (cookie: Cookie) => void;
}) {
  const { cookie, sent } = entry;
  const key = identityKey(cookie);
  const detailsId = `d-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`;
  const sameSite = SAME_SITE_LABEL[cookie.sameSite];
  return (
    <li class={changed ? 'row row-changed' : 'row'}>
      <button
        type="button"
        class="row-button"
        data-key={key}
        aria-label={rowName(cookie)}
        aria-describedby={detailsId}
        onClick={() => onOpen(cookie)}
      >
        <span class="name">{cookie.name || t('emptyName')}</span>
        <span class="value">{cookie.value}</span>
        <span class="meta" id={detailsId}>
          <span class="where">
            {cookie.domain}
            {cookie.path}
          </span>
          <span class="expiry">{describeExpiry(cookie, nowSeconds)}</span>
          {cookie.secure && <span class="badge">Secure</span>}
          {cookie.httpOnly && <span class="badge">HttpOnly</span>}
          {sameSite && <span class="badge">SameSite={sameSite}</span>}
          {cookie.partitionKey && (
            <span class="badge badge-partition" title={cookie.partitionKey.topLevelSite}>
              Partitioned
            </span>
          )}
          {!sent && <span class="badge badge-warn">{t('notSentHere')}</span>}
        </span>
      </button>
    </li>
  );
}
