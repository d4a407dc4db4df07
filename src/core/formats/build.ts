import type { Cookie, PartitionKey, SameSite } from '../cookie';

/** Everything a parser has worked out about one cookie, before the domain is put in its canonical form. */
export interface CookieFields {
  name: string;
  value: string;
  /** Without the leading dot. */
  host: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  /** Undefined for a session cookie. */
  expirationDate: number | undefined;
  storeId: string;
  partitionKey?: PartitionKey;
  firstPartyDomain?: string;
}

/**
 * Lower-cased, trimmed and without the leading dot; null when nothing is left.
 * Browsers store domains in lower case, so a cookie read from a file compares equal to the one in the browser.
 * Not normalizeHost: a trailing dot stays, so that the rules refuse such a cookie by name rather than
 * import it under another host.
 */
export function cleanDomain(raw: string): string | null {
  const host = raw.trim().toLowerCase().replace(/^\.+/, '');
  return host === '' ? null : host;
}

/** The one place that decides the canonical shape: a leading dot exactly when the cookie is not host-only. */
export function buildCookie(fields: CookieFields): Cookie {
  const cookie: Cookie = {
    name: fields.name,
    value: fields.value,
    domain: fields.hostOnly ? fields.host : `.${fields.host}`,
    hostOnly: fields.hostOnly,
    path: fields.path === '' ? '/' : fields.path,
    secure: fields.secure,
    httpOnly: fields.httpOnly,
    sameSite: fields.sameSite,
    session: fields.expirationDate === undefined,
    storeId: fields.storeId,
  };
  if (fields.expirationDate !== undefined) cookie.expirationDate = fields.expirationDate;
  if (fields.partitionKey) cookie.partitionKey = fields.partitionKey;
  if (fields.firstPartyDomain !== undefined) cookie.firstPartyDomain = fields.firstPartyDomain;
  return cookie;
}

/**
 * Reads the spellings found in the wild: the cookies API's ("no_restriction"), the
 * header's ("None"), any case. Null when the text is none of them.
 */
export function sameSiteFromText(raw: string): SameSite | null {
  switch (raw.trim().toLowerCase()) {
    case 'none':
    case 'no_restriction':
      return 'no_restriction';
    case 'lax':
      return 'lax';
    case 'strict':
      return 'strict';
    case '':
    case 'unspecified':
      return 'unspecified';
    default:
      return null;
  }
}

/** The domain as the formats write it, whatever form the browser reported. */
export function canonicalDomain(cookie: Pick<Cookie, 'domain' | 'hostOnly'>): string {
  const host = cookie.domain.replace(/^\.+/, '');
  return cookie.hostOnly ? host : `.${host}`;
}

/** Undefined for a session cookie, also when a caller left a stale expirationDate on one. */
export function expiryOf(cookie: Pick<Cookie, 'session' | 'expirationDate'>): number | undefined {
  return cookie.session ? undefined : cookie.expirationDate;
}
