/**
 * The one cookie model shared by the background, the pages and every pure module.
 * It mirrors what both browsers' cookies API report, with Firefox-only and
 * Chrome-only fields made explicit so nothing is lost on a round trip.
 */
import { bareDomain } from './host';

export type SameSite = 'no_restriction' | 'lax' | 'strict' | 'unspecified';

export const SAME_SITE_VALUES: readonly SameSite[] = ['no_restriction', 'lax', 'strict', 'unspecified'];

export interface PartitionKey {
  /** Scheme and registrable domain of the top-level page, e.g. "https://top.test". */
  topLevelSite: string;
  /** Chrome only; absent where the browser does not report it. */
  hasCrossSiteAncestor?: boolean;
}

export interface Cookie {
  name: string;
  value: string;
  /** As the browser reports it: host-only cookies have no leading dot, domain cookies usually have one. */
  domain: string;
  hostOnly: boolean;
  path: string;
  secure: boolean;
  httpOnly: boolean;
  sameSite: SameSite;
  session: boolean;
  /** Seconds since the epoch; absent for session cookies. */
  expirationDate?: number;
  storeId: string;
  partitionKey?: PartitionKey;
  /** Firefox only: "" unless first-party isolation is on. Absent in Chrome. */
  firstPartyDomain?: string;
}

/**
 * Two cookies are the same cookie exactly when these match; anything else
 * (value, flags, expiry) is an attribute that an update may change.
 */
export interface CookieIdentity {
  storeId: string;
  partitionKey?: PartitionKey;
  firstPartyDomain?: string;
  domain: string;
  path: string;
  name: string;
}

export function identityOf(cookie: CookieIdentity): CookieIdentity {
  const id: CookieIdentity = {
    storeId: cookie.storeId,
    domain: cookie.domain,
    path: cookie.path,
    name: cookie.name,
  };
  if (cookie.partitionKey) id.partitionKey = cookie.partitionKey;
  if (cookie.firstPartyDomain !== undefined) id.firstPartyDomain = cookie.firstPartyDomain;
  return id;
}

/**
 * A stable string key for an identity, used as the UI key and for de-duplication.
 * A host-only "a.test" and a domain ".a.test" are different cookies, so the dot is kept.
 * Firefox gives every cookie a first-party domain, "" without isolation, which files and
 * Chrome leave out: a missing and an empty one are the same.
 */
export function identityKey(cookie: CookieIdentity): string {
  return JSON.stringify([
    cookie.storeId,
    cookie.partitionKey?.topLevelSite ?? null,
    cookie.partitionKey?.hasCrossSiteAncestor ?? null,
    cookie.firstPartyDomain || null,
    cookie.domain,
    cookie.path,
    cookie.name,
  ]);
}

export function sameIdentity(a: CookieIdentity, b: CookieIdentity): boolean {
  return identityKey(a) === identityKey(b);
}

/**
 * The URL the cookies API needs to address a cookie: its scheme follows Secure,
 * its host is the cookie's domain, its path the cookie's path.
 */
export function cookieUrl(cookie: Pick<Cookie, 'domain' | 'path' | 'secure'>): string {
  const scheme = cookie.secure ? 'https' : 'http';
  return `${scheme}://${bareDomain(cookie.domain)}${cookie.path || '/'}`;
}
