import { bareDomain, type Cookie } from '../core/cookie';

/**
 * The browsers refuse cookies with terse, inconsistent messages ("Failed to parse
 * or set cookie named …", or a bare null). Users get the likely rules instead.
 */
export function explainRefusal(
  raw: string,
  cookie: Pick<Cookie, 'name' | 'domain'>,
): { message: string; code: 'browser' | 'no-access' } {
  const host = bareDomain(cookie.domain);
  if (/host permission|permission/i.test(raw)) {
    return {
      code: 'no-access',
      message: `Crumb has no access to ${host}. Allow Crumb on this site to see and change its cookies.`,
    };
  }
  if (/first-?party/i.test(raw)) {
    return {
      code: 'browser',
      message: `Firefox's first-party isolation is on: the cookie "${cookie.name}" needs a First-party domain, the site it belongs to (for example ${host}).`,
    };
  }
  const detail = raw ? ` (browser: ${raw})` : '';
  return {
    code: 'browser',
    message:
      `The browser refused the cookie "${cookie.name}" for ${host}${detail}. ` +
      'Check that Domain matches the site, that Secure is on for SameSite=None, Partitioned, ' +
      '__Secure- and __Host- cookies, and that name and value stay under 4096 bytes.',
  };
}
