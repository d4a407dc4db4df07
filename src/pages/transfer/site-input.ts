import { bareDomain } from '../../core/host';
import type { SiteCookie } from '../../core/protocol';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The address header formats (Cookie:, Set-Cookie) read their host, path and Secure from.
 * People type "shop.example.test" more often than a URL, and https is what sites use.
 */
export function siteUrl(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (SCHEME.test(text)) return text;
  const host = text.replace(/^\.+/, '');
  return host.includes('/') ? `https://${host}` : `https://${host}/`;
}

/** The lower-case host of a typed site, URL or domain cookie domain; null when nothing usable was typed. */
export function siteHost(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  let host: string;
  if (SCHEME.test(text)) {
    try {
      host = new URL(text).hostname;
    } catch {
      return null;
    }
  } else {
    host = text.split(/[/:?#]/, 1)[0] ?? '';
  }
  host = host.toLowerCase().replace(/^\.+/, '').replace(/\.$/, '');
  return host === '' ? null : host;
}

function partitionHost(topLevelSite: string): string | null {
  try {
    return new URL(topLevelSite).hostname;
  } catch {
    return null;
  }
}

/**
 * A site's cookies as the popup counts them: those of its registrable domain or of the
 * typed host and the hosts below it, plus those partitioned under it by embedded frames.
 */
export function inSite(entry: SiteCookie, host: string): boolean {
  const domain = bareDomain(entry.cookie.domain).toLowerCase();
  if (entry.site === host || domain === host || domain.endsWith(`.${host}`)) return true;
  const key = entry.cookie.partitionKey;
  return key !== undefined && partitionHost(key.topLevelSite) === host;
}
