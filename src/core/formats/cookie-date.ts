/**
 * The Expires date of a Set-Cookie header: read with RFC 6265's algorithm (section
 * 5.1.1), which is what browsers use and which accepts the many date styles servers
 * send; written as IMF-fixdate ("Sun, 06 Nov 1994 08:49:37 GMT").
 */

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
/** The RFC's delimiters: tab and the ASCII punctuation except ':'. */
const DELIMITERS = /[\t\u0020-\u002f\u003b-\u0040\u005b-\u0060\u007b-\u007e]+/;
const TIME = /^(\d{1,2}):(\d{1,2}):(\d{1,2})(?:\D|$)/;
const DAY = /^(\d{1,2})(?:\D|$)/;
const YEAR = /^(\d{2,4})(?:\D|$)/;

/** Seconds since the epoch, or null when the text is not a date. */
export function parseCookieDate(text: string): number | null {
  let time: number[] | null = null;
  let day: number | null = null;
  let month: number | null = null;
  let year: number | null = null;
  for (const token of text.split(DELIMITERS)) {
    const t = TIME.exec(token);
    if (time === null && t) {
      time = [Number(t[1]), Number(t[2]), Number(t[3])];
      continue;
    }
    const d = DAY.exec(token);
    if (day === null && d) {
      day = Number(d[1]);
      continue;
    }
    const m = MONTHS.indexOf(token.slice(0, 3).toLowerCase());
    if (month === null && m >= 0) {
      month = m;
      continue;
    }
    const y = YEAR.exec(token);
    if (year === null && y) year = Number(y[1]);
  }
  if (time === null || day === null || month === null || year === null) return null;
  if (year >= 70 && year <= 99) year += 1900;
  else if (year >= 0 && year <= 69) year += 2000;
  const [hour = 0, minute = 0, second = 0] = time;
  if (day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59) return null;
  const ms = Date.UTC(year, month, day, hour, minute, second);
  // 31 February rolls over into March in Date.UTC; the RFC calls it no date.
  if (new Date(ms).getUTCDate() !== day) return null;
  return ms / 1000;
}

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTH_NAMES = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
/** The date range RFC 6265 parsers accept: four-digit years from 1601. */
const EARLIEST = Date.UTC(1601, 0, 1) / 1000;
const LATEST = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000;

const pad = (n: number): string => String(n).padStart(2, '0');

/** IMF-fixdate of whole seconds, clamped to the years a parser reads back. */
export function formatCookieDate(seconds: number): string {
  const clamped = Number.isFinite(seconds) ? Math.min(LATEST, Math.max(EARLIEST, Math.floor(seconds))) : LATEST;
  const d = new Date(clamped * 1000);
  const year = String(d.getUTCFullYear()).padStart(4, '0');
  return `${DAYS[d.getUTCDay()]}, ${pad(d.getUTCDate())} ${MONTH_NAMES[d.getUTCMonth()]} ${year} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} GMT`;
}
