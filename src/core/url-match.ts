/**
 * Would a request carry this cookie? Only host, path and Secure are considered here;
 * SameSite and partitions depend on the request's context and are diagnosed elsewhere.
 */
import type { Cookie } from './cookie';
import { normalizeHost } from './host';
import { domainMatches, isLoopback } from './host-match';
import { SECURE_SCHEMES, WEB_SCHEMES } from './web-scheme';

/** RFC 6265bis §5.1.4: the cookie path is the request path or a "/"-bounded prefix of it. */
export function pathMatches(requestPath: string, cookiePath: string): boolean {
  const path = requestPath.startsWith('/') ? requestPath : '/';
  if (path === cookiePath) return true;
  if (!path.startsWith(cookiePath)) return false;
  return cookiePath.endsWith('/') || path.charAt(cookiePath.length) === '/';
}

export function receives(url: string | URL, cookie: Cookie): boolean {
  let parsed: URL;
  try {
    // A caller asking about many cookies parses the URL once.
    parsed = typeof url === 'string' ? new URL(url) : url;
  } catch {
    return false;
  }
  if (!WEB_SCHEMES.has(parsed.protocol)) return false;
  const host = normalizeHost(parsed.hostname);
  const hostOk = cookie.hostOnly
    ? host === normalizeHost(cookie.domain)
    : domainMatches(host, cookie.domain);
  if (!hostOk) return false;
  if (cookie.secure && !SECURE_SCHEMES.has(parsed.protocol) && !isLoopback(host)) return false;
  return pathMatches(parsed.pathname, cookie.path);
}
