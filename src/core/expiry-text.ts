/**
 * How far off a cookie's expiry is, for the list's short text. Apart from expiry.ts, which the
 * editor needs: the popup paints its first rows with this alone. The words are the page's to
 * choose (Intl.RelativeTimeFormat in the reader's language, the rest from its messages).
 */
const DAY_SECONDS = 86_400;

export interface ExpiryInfo {
  session: boolean;
  expirationDate?: number;
}

export type ExpiryLeft = 'session' | 'expired' | 'invalid' | { count: number; unit: 'minute' | 'hour' | 'day' | 'year' };

/** Minutes and hours count whole ones left; days the nearest (at least one); years whole ones. */
export function expiryLeft(cookie: ExpiryInfo, nowSeconds: number): ExpiryLeft {
  if (cookie.session || cookie.expirationDate === undefined) return 'session';
  if (!Number.isFinite(cookie.expirationDate)) return 'invalid';
  const left = cookie.expirationDate - nowSeconds;
  if (left <= 0) return 'expired';
  if (left < 3600) return { count: Math.max(1, Math.floor(left / 60)), unit: 'minute' };
  if (left < DAY_SECONDS) return { count: Math.floor(left / 3600), unit: 'hour' };
  if (left < 365 * DAY_SECONDS) return { count: Math.max(1, Math.round(left / DAY_SECONDS)), unit: 'day' };
  return { count: Math.floor(left / (365 * DAY_SECONDS)), unit: 'year' };
}
