/** Cookies for unit tests, so each test names only the fields it is about. */
import type { Cookie } from '../../src/core/cookie';
import type { SiteCookie } from '../../src/core/protocol';

/** A host-only session cookie on a.test, with `fields` on top. */
export function testCookie(fields: Partial<Cookie> = {}): Cookie {
  return { name: 'c', value: 'v', domain: 'a.test', hostOnly: true, path: '/', secure: false, httpOnly: false, sameSite: 'lax', session: true, storeId: '0', ...fields };
}

/** A cookie as the all-sites view holds it: under `site`, on www.<site> unless `fields` say otherwise. */
export function siteEntry(site: string, name: string, fields: Partial<Cookie> = {}): SiteCookie {
  return { site, cookie: testCookie({ name, domain: `www.${site}`, ...fields }) };
}
