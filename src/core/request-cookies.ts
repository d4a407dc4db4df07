/**
 * What a browser sends to a URL on a top-level navigation (typed into the address bar, a
 * bookmark): every cookie the diagnostics say goes there, SameSite aside since such a request
 * is same-site, in the order browsers write the header — longer paths first, then older
 * cookies (the cookies API lists a store oldest first, so a stable sort keeps that order).
 */
import type { Cookie } from './cookie';
import { diagnose } from './diagnostics';
import { siteOfHost } from './domain';

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname;
  } catch {
    return null;
  }
}

export function cookiesForNavigation(cookies: readonly Cookie[], url: string, nowSeconds: number): Cookie[] {
  const host = hostOf(url);
  if (host === null) return [];
  const site = siteOfHost(host);
  return cookies
    // Firefox's first-party isolation keys a top-level request's cookies by its own site.
    .filter((cookie) => !cookie.firstPartyDomain || cookie.firstPartyDomain === site)
    .filter((cookie) => diagnose(cookie, { url, nowSeconds }).sent)
    .map((cookie, index) => ({ cookie, index }))
    .sort((a, b) => b.cookie.path.length - a.cookie.path.length || a.index - b.index)
    .map(({ cookie }) => cookie);
}

/** The Cookie header's value; a nameless cookie is sent as its value alone (RFC 6265bis §5.8.3). */
export function cookieHeaderOf(cookies: readonly Pick<Cookie, 'name' | 'value'>[]): string {
  return cookies.map((cookie) => (cookie.name === '' ? cookie.value : `${cookie.name}=${cookie.value}`)).join('; ');
}
