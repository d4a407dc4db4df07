/**
 * The list's short text for when a cookie expires. Apart from expiry.ts, which the editor needs:
 * the popup paints its first rows with this alone.
 */
const DAY_SECONDS = 86_400;

export interface ExpiryInfo {
  session: boolean;
  expirationDate?: number;
}

function plural(n: number, unit: string): string {
  return `in ${n} ${unit}${n === 1 ? '' : 's'}`;
}

/** Short relative text for lists: "Session", "in 5 min", "in 3 days", "expired". */
export function describeExpiry(cookie: ExpiryInfo, nowSeconds: number): string {
  if (cookie.session || cookie.expirationDate === undefined) return 'Session';
  if (!Number.isFinite(cookie.expirationDate)) return 'invalid date';
  const left = cookie.expirationDate - nowSeconds;
  if (left <= 0) return 'expired';
  if (left < 60) return 'in <1 min';
  if (left < 3600) return `in ${Math.floor(left / 60)} min`;
  if (left < DAY_SECONDS) return `in ${Math.floor(left / 3600)} h`;
  if (left < 365 * DAY_SECONDS) return plural(Math.max(1, Math.round(left / DAY_SECONDS)), 'day');
  return plural(Math.floor(left / (365 * DAY_SECONDS)), 'year');
}
