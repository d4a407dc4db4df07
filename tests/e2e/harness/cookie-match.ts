// Which of the browser's cookies a request should carry: the independent expectation the
// site's echo is compared with, so "the site receives exactly what the browser holds".
import { identityKey, type Cookie } from '../../../src/core/cookie';

/** "name=value" pairs of a Cookie header, sorted (browsers order by path length and age). */
export function headerPairs(header: string): string[] {
  return header === '' ? [] : header.split('; ').sort();
}

function domainMatches(cookie: Cookie, host: string): boolean {
  const domain = cookie.domain.replace(/^\./, '');
  return cookie.hostOnly ? host === domain : host === domain || host.endsWith(`.${domain}`);
}

/** RFC 6265 §5.1.4. */
function pathMatches(cookiePath: string, requestPath: string): boolean {
  if (requestPath === cookiePath) return true;
  if (!requestPath.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || requestPath[cookiePath.length] === '/';
}

/**
 * Whether a cookie belongs to the partition a request is made in. A frame embedded cross-site
 * gets only its partition (this Chromium blocks third-party unpartitioned cookies), and Chrome's
 * hasCrossSiteAncestor must agree with the frame's ancestry where it is reported.
 */
function partitionMatches(cookie: Cookie, topLevelSite: string, embedded: boolean): boolean {
  const key = cookie.partitionKey;
  if (!key) return !embedded;
  return key.topLevelSite === topLevelSite && (key.hasCrossSiteAncestor ?? embedded) === embedded;
}

/** A request from a frame embedded cross-site is a cross-site request: only SameSite=None goes. */
function sameSiteAllows(cookie: Cookie, embedded: boolean): boolean {
  return !embedded || cookie.sameSite === 'no_restriction';
}

/**
 * The pairs a same-site HTTPS fetch of `url` carries, from a page whose top-level site is
 * `topLevelSite` (e.g. https://example.test), either the page itself or a frame of it embedded
 * in a page of another site.
 */
export function expectedPairs(cookies: Cookie[], url: string, topLevelSite: string, embedded: boolean): string[] {
  const { hostname, pathname } = new URL(url);
  const matching = cookies
    .filter((c) => domainMatches(c, hostname) && pathMatches(c.path, pathname))
    .filter((c) => partitionMatches(c, topLevelSite, embedded) && sameSiteAllows(c, embedded));
  return nameValuePairs(matching);
}

/** "name=value" of each cookie, sorted: what a Cookie header of them carries, in a stable order. */
export function nameValuePairs(cookies: Cookie[]): string[] {
  return cookies.map((c) => `${c.name}=${c.value}`).sort();
}

/**
 * Cookies in a stable order with expiry in whole seconds, so two reads of the jar compare
 * equal when they hold the same cookies (the browser may round sub-second expiry on a write).
 */
export function comparable(cookies: Cookie[]): Cookie[] {
  return cookies
    .map((c) => (c.expirationDate === undefined ? c : { ...c, expirationDate: Math.round(c.expirationDate) }))
    .sort((a, b) => identityKey(a).localeCompare(identityKey(b)));
}
