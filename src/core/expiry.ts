/**
 * Expiry conversions. Everything is in seconds since the epoch, as the cookies API reports
 * `expirationDate` (possibly fractional); the editor shows local wall-clock time.
 */

/**
 * Both browsers shorten any expiry to 400 days from when the cookie is set, for the
 * cookies API too (Chrome since 104, Firefox through `network.cookie.maxageCap`).
 */
export const MAX_AGE_CAP_DAYS = 400;
const DAY_SECONDS = 86_400;

export function expiryCap(nowSeconds: number): number {
  return nowSeconds + MAX_AGE_CAP_DAYS * DAY_SECONDS;
}

/** The expiry the browser will store when asked for `expirationDate` now. */
export function keptUntil(expirationDate: number, nowSeconds: number): number {
  return Math.min(expirationDate, expiryCap(nowSeconds));
}

// RFC 6265bis Max-Age: digits, a leading "-" meaning already expired; no fractions or exponents.
const MAX_AGE = /^-?\d+$/;

/** Seconds, or null for text that is not a Max-Age ("abc", "1e999", "1.5", a number too big to hold). */
export function parseMaxAge(text: string): number | null {
  const trimmed = text.trim();
  if (!MAX_AGE.test(trimmed)) return null;
  const seconds = Number(trimmed);
  return Number.isSafeInteger(seconds) ? seconds : null;
}

export function maxAgeToExpirationDate(maxAgeSeconds: number, nowSeconds: number): number {
  return nowSeconds + maxAgeSeconds;
}

/** Rounded, not truncated, so that float error in `now + maxAge - now` cannot lose a second. */
export function expirationDateToMaxAge(expirationDate: number, nowSeconds: number): number {
  const maxAge = Math.round(expirationDate - nowSeconds);
  return maxAge === 0 ? 0 : maxAge;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/**
 * The value of an `<input type="datetime-local" step="1">` in the runtime's time zone.
 * Fractions of a second are dropped so the shown time is never later than the real one.
 * Empty for dates the input cannot show.
 */
export function expirationDateToLocalInput(expirationDate: number): string {
  const d = new Date(Math.floor(expirationDate) * 1000);
  if (Number.isNaN(d.getTime()) || d.getFullYear() < 1) return '';
  return `${pad(d.getFullYear(), 4)}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`
    + `T${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

// HTML's local date and time string: seconds and milliseconds optional, "T" or a space.
const LOCAL_INPUT = /^(\d{4,6})-(\d\d)-(\d\d)[T ](\d\d):(\d\d)(?::(\d\d)(?:\.(\d{1,3}))?)?$/;

function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

/**
 * Parses a datetime-local value as local time. A clock time skipped by a DST change is
 * moved forward the way `Date` does, as browsers do for the input itself.
 */
export function localInputToExpirationDate(value: string): number | null {
  const m = LOCAL_INPUT.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute] = [m[1], m[2], m[3], m[4], m[5]].map(Number) as
    [number, number, number, number, number];
  const second = Number(m[6] ?? 0);
  const millis = Number((m[7] ?? '').padEnd(3, '0'));
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  if (hour > 23 || minute > 59 || second > 59) return null;
  const d = new Date(2000, 0, 1);
  // setFullYear, unlike the Date constructor, does not map years below 100 to 19xx.
  d.setFullYear(year, month - 1, day);
  d.setHours(hour, minute, second, millis);
  const ms = d.getTime();
  return Number.isNaN(ms) ? null : ms / 1000;
}
