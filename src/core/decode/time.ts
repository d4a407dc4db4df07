/** Dates and "in 12 min" / "3 h ago" wording for JWT claims and cookie expiry. */

const MINUTE = 60;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** Beyond what Date can represent (±8.64e15 ms), a time is shown as a number only. */
const MAX_DATE_SECONDS = 8.64e12;

/** A length of time in the largest unit that keeps it readable: "45 s", "12 min", "3 h", "5 days". */
export function formatDuration(seconds: number): string {
  const s = Math.abs(seconds);
  if (s < MINUTE) return `${Math.floor(s)} s`;
  if (s < HOUR) return `${Math.floor(s / MINUTE)} min`;
  if (s < 2 * DAY) return `${Math.floor(s / HOUR)} h`;
  if (s < 730 * DAY) return `${Math.floor(s / DAY)} days`;
  return `${Math.floor(s / (365.25 * DAY))} years`;
}

/** UTC to the second, "2026-11-25T14:03:00Z"; null when the number is no date. */
export function isoSeconds(seconds: number): string | null {
  if (!Number.isFinite(seconds) || Math.abs(seconds) > MAX_DATE_SECONDS) return null;
  return new Date(Math.floor(seconds) * 1000).toISOString().replace(/\.\d{3}Z$/, 'Z');
}
