import { identityKey } from '../../core/cookie';
import { describeExpiry } from '../../core/expiry-text';
import type { ListedCookie } from '../../core/protocol';
import { t } from '../shared/i18n';

/** The row shows one line of the value: laying out 4 KB values nobody sees costs the first paint. */
const PREVIEW_CHARS = 120;

const SAME_SITE_LABEL = { no_restriction: 'None', lax: 'Lax', strict: 'Strict', unspecified: '' } as const;

export interface Badge {
  class: string;
  text: string;
  title?: string;
  /** The codes of the rules that keep the cookie from being sent, shown apart after the text. */
  code?: string;
}

/** What a row of the list shows, worked out once for both of its renderers (first-rows.ts, CookieRow.tsx). */
export interface RowFacts {
  key: string;
  detailsId: string;
  name: string;
  /** Where the cookie applies: with the name, the row button's accessible name. */
  where: string;
  title: string;
  value: string;
  expiry: string;
  badges: Badge[];
}

export function rowFacts({ cookie, diagnosis, protection }: ListedCookie, changed: boolean, nowSeconds: number): RowFacts {
  const key = identityKey(cookie);
  const badges: Badge[] = [];
  const badge = (cls: string, text: string, more?: Partial<Badge>) => badges.push({ class: `badge${cls}`, text, ...more });
  if (protection) badge(' badge-protected', protection === 'paused' ? `${t('badgeProtected')}: ${t('protectionPaused')}` : t('badgeProtected'));
  if (changed) badge(' badge-changed', t('changedBadge'));
  if (cookie.secure) badge('', 'Secure');
  if (cookie.httpOnly) badge('', 'HttpOnly');
  const sameSite = SAME_SITE_LABEL[cookie.sameSite];
  if (sameSite) badge('', `SameSite=${sameSite}`);
  if (cookie.partitionKey) badge(' badge-partition', 'Partitioned', { title: cookie.partitionKey.topLevelSite });
  if (!diagnosis.sent) {
    badge(' badge-warn', `${diagnosis.blocked.map((b) => b.message).join('; ')} `, { code: `(${diagnosis.blocked.map((b) => b.code).join(', ')})` });
  }
  // HttpOnly already has its own badge; the other warnings are worth a glance.
  for (const w of diagnosis.warnings) if (w.code !== 'HttpOnly') badge(' badge-warn', w.code, { title: w.message });
  const partition = cookie.partitionKey ? `, ${t('partitionedFor', cookie.partitionKey.topLevelSite)}` : '';
  return {
    key,
    detailsId: `d-${key.replace(/[^a-zA-Z0-9_-]/g, '_')}`,
    name: cookie.name || t('emptyName'),
    where: `${t('on')} ${cookie.domain}${cookie.path}${partition}`,
    title: `${cookie.domain}${cookie.path}`,
    value: cookie.valuePreview.slice(0, PREVIEW_CHARS),
    expiry: describeExpiry(cookie, nowSeconds),
    badges,
  };
}
