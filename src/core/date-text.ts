/**
 * Dates as Crumb's lists show them, in the user's local time or in UTC (the "Dates"
 * preference). Year first, so they sort and compare at a glance; UTC says so.
 */
import type { DateZone } from './preferences';

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

function parts(d: Date, zone: DateZone): number[] {
  return zone === 'utc'
    ? [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate(), d.getUTCHours(), d.getUTCMinutes(), d.getUTCSeconds()]
    : [d.getFullYear(), d.getMonth() + 1, d.getDate(), d.getHours(), d.getMinutes(), d.getSeconds()];
}

/** "2030-03-17 17:46:40", with " UTC" after it in UTC; "" for a date no calendar holds. */
export function dateTimeText(seconds: number, zone: DateZone): string {
  const d = new Date(Math.floor(seconds) * 1000);
  if (Number.isNaN(d.getTime())) return '';
  const [year, month, day, hours, minutes, secs] = parts(d, zone) as [number, number, number, number, number, number];
  const text = `${pad(year, 4)}-${pad(month)}-${pad(day)} ${pad(hours)}:${pad(minutes)}:${pad(secs)}`;
  return zone === 'utc' ? `${text} UTC` : text;
}
