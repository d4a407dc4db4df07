/** Dates and "in 12 min" / "3 h ago" wording for JWT claims and cookie expiry. */
import type { Translate } from '../translate';

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
const YEAR = 365.25 * DAY;
/** Beyond what Date can represent (±8.64e15 ms), a time is shown as a number only. */
const MAX_DATE_SECONDS = 8.64e12;

/**
 * A length of time in the largest unit that keeps it readable: "45 s", "12 min", "3 h", "5 days".
 * Days and years are always 2 or more, so their words need no singular.
 */
export function formatDuration(seconds: number, t: Translate): string {
  const s = Math.abs(seconds);
  if (s < MINUTE) return t('duration_seconds', Math.floor(s));
  if (s < HOUR) return t('duration_minutes', Math.floor(s / MINUTE));
  if (s < 2 * DAY) return t('duration_hours', Math.floor(s / HOUR));
  if (s < 2 * YEAR) return t('duration_days', Math.floor(s / DAY));
  return t('duration_years', Math.floor(s / YEAR));
}

/** UTC to the second, "2026-11-25T14:03:00Z"; null when the number is no date. */
export function isoSeconds(seconds: number): string | null {
  if (!Number.isFinite(seconds) || Math.abs(seconds) > MAX_DATE_SECONDS) return null;
  return new Date(Math.floor(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
