import { identityKey } from '../../core/cookie';
import { expiryLeft, type ExpiryLeft } from '../../core/expiry-text';
import type { ListedCookie } from '../../core/protocol';
import { t, type MessageKey } from '../shared/i18n';
import { ext } from '../shared/runtime';

/** The row shows one line of the value: laying out 4 KB values nobody sees costs the first paint. */
const PREVIEW_CHARS = 120;

const SAME_SITE_LABEL = { no_restriction: 'None', lax: 'Lax', strict: 'Strict', unspecified: '' } as const;

const EXPIRY_WORDS: Record<Exclude<ExpiryLeft, object>, MessageKey> = { session: 'fieldSession', expired: 'expiryExpired', invalid: 'expiryInvalid' };

let relative: Intl.RelativeTimeFormat | undefined;

/** "in 2 days", "in 2 Tagen", "2 日後": the browser writes the time left in the reader's language. */
function expiryText(left: ExpiryLeft): string {
  if (typeof left !== 'object') return t(EXPIRY_WORDS[left]);
  relative ??= new Intl.RelativeTimeFormat(ext.i18n.getUILanguage(), { style: 'short' });
  return relative.format(left.count, left.unit);
}

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
    expiry: expiryText(expiryLeft(cookie, nowSeconds)),
    badges,
  };
}
