/**
 * What a browser sends to a URL on a top-level navigation (typed into the address bar, a
 * bookmark): every cookie the diagnostics say goes there, SameSite aside since such a request
 * is same-site, in the order browsers write the header — longer paths first, then older
 * cookies (the cookies API lists a store oldest first, so a stable sort keeps that order).
 */
import type { Cookie } from './cookie';
import { simulateRequest } from './request-simulator';

export function cookiesForNavigation(cookies: readonly Cookie[], url: string, nowSeconds: number): Cookie[] {
  // Which browser makes no difference to a same-site top-level request.
  return simulateRequest(cookies, { url, context: 'navigation', nowSeconds, browser: 'chrome' })?.sent ?? [];
}

/** The Cookie header's value; a nameless cookie is sent as its value alone (RFC 6265bis §5.8.3). */
export function cookieHeaderOf(cookies: readonly Pick<Cookie, 'name' | 'value'>[]): string {
  return cookies.map((cookie) => (cookie.name === '' ? cookie.value : `${cookie.name}=${cookie.value}`)).join('; ');
}
