import type { Cookie } from '../core/cookie';
import { bareDomain } from '../core/host';
import { translate } from './i18n';

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
    return { code: 'no-access', message: translate('error_no_access_host', host) };
  }
  if (/first-?party/i.test(raw)) {
    return { code: 'browser', message: translate('error_first_party_isolation', cookie.name, host) };
  }
  return {
    code: 'browser',
    message: raw ? translate('error_refused_detail', cookie.name, host, raw) : translate('error_refused', cookie.name, host),
  };
}
