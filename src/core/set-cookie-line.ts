/**
 * A Set-Cookie line as a server sent it, read the way the browser that received it reads it.
 * Chromium 156 and Firefox ESR 153 were tried on the test site and differ on two points:
 * - a line without "=" ("token") is a nameless cookie with the value "token" in Chrome
 *   (RFC 6265bis), but a cookie named "token" with an empty value in Firefox;
 * - a tab inside the value is refused by Chrome and kept by Firefox.
 * Everything else here (trimming, attributes, the last one winning) they share.
 */
import type { SameSite } from './cookie';
import { parseCookieDate } from './formats/cookie-date';

export type Engine = 'chrome' | 'firefox';

export interface RawAttribute {
  name: string;
  value: string;
}

export interface SetCookieLine {
  /** The line as received. */
  line: string;
  name: string;
  value: string;
  /** Whether the name/value part held an "=": Firefox refuses a nameless cookie written with one. */
  hasEquals: boolean;
  /** Every attribute in the order written, including the ones browsers ignore. */
  attributes: RawAttribute[];
  /** Lower-cased, one leading dot removed; absent when the line has none or an empty one. */
  domain?: string;
  /** Absent when missing or not starting with "/": the browser then uses the default path. */
  path?: string;
  /** Seconds since the epoch. */
  expires?: number;
  /** Seconds. */
  maxAge?: number;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  partitioned: boolean;
}

/** Firefox hands an extension all Set-Cookie lines of a response as one header, joined by "\n". */
export function splitSetCookieHeader(header: string): string[] {
  return header.split(/\r?\n/).filter((line) => line.trim() !== '');
}

function pairOf(text: string, engine: Engine): { name: string; value: string; hasEquals: boolean } {
  const eq = text.indexOf('=');
  if (eq < 0) {
    const token = text.trim();
    return engine === 'firefox' ? { name: token, value: '', hasEquals: false } : { name: '', value: token, hasEquals: false };
  }
  return { name: text.slice(0, eq).trim(), value: text.slice(eq + 1).trim(), hasEquals: true };
}

function sameSiteOf(value: string): SameSite {
  switch (value.toLowerCase()) {
    case 'none':
      return 'no_restriction';
    case 'lax':
      return 'lax';
    case 'strict':
      return 'strict';
    default:
      // An unknown value leaves the browser's default.
      return 'unspecified';
  }
}

function applyAttribute(cookie: SetCookieLine, { name, value }: RawAttribute): void {
  switch (name.toLowerCase()) {
    case 'expires': {
      const date = parseCookieDate(value);
      if (date !== null) cookie.expires = date;
      break;
    }
    case 'max-age':
      if (/^-?\d+$/.test(value)) cookie.maxAge = Number(value);
      break;
    case 'domain': {
      const domain = value.toLowerCase().replace(/^\./, '');
      if (domain === '') delete cookie.domain;
      else cookie.domain = domain;
      break;
    }
    case 'path':
      if (value.startsWith('/')) cookie.path = value;
      else delete cookie.path;
      break;
    case 'secure':
      cookie.secure = true;
      break;
    case 'httponly':
      cookie.httpOnly = true;
      break;
    case 'samesite':
      cookie.sameSite = sameSiteOf(value);
      break;
    case 'partitioned':
      cookie.partitioned = true;
      break;
  }
}

export function parseSetCookieLine(line: string, engine: Engine): SetCookieLine {
  const [pair = '', ...rest] = line.split(';');
  const cookie: SetCookieLine = {
    line,
    ...pairOf(pair, engine),
    attributes: [],
    secure: false,
    httpOnly: false,
    sameSite: 'unspecified',
    partitioned: false,
  };
  for (const part of rest) {
    const eq = part.indexOf('=');
    const attribute = eq < 0
      ? { name: part.trim(), value: '' }
      : { name: part.slice(0, eq).trim(), value: part.slice(eq + 1).trim() };
    if (attribute.name === '' && attribute.value === '') continue;
    cookie.attributes.push(attribute);
    applyAttribute(cookie, attribute);
  }
  return cookie;
}

/** RFC 6265bis §5.1.4: the request path up to, not including, its last "/"; "/" when that leaves nothing. */
export function defaultPath(requestPath: string): string {
  if (!requestPath.startsWith('/')) return '/';
  const last = requestPath.lastIndexOf('/');
  return last <= 0 ? '/' : requestPath.slice(0, last);
}
