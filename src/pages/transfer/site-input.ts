import { bareDomain, normalizeHost } from '../../core/host';

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/**
 * The address header formats (Cookie:, Set-Cookie) read their host, path and Secure from.
 * People type "shop.example.test" more often than a URL, and https is what sites use.
 */
export function siteUrl(input: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (SCHEME.test(text)) return text;
  const host = bareDomain(text);
  return host.includes('/') ? `https://${host}` : `https://${host}/`;
}

/**
 * The normalised host of what a person typed for a site: a URL, "host:port/path", "[::1]:8080"
 * or a cookie's domain. Null when nothing usable was typed.
 */
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
    // A bracketed IPv6 address holds colons of its own: the port starts after the bracket.
    const bracketed = /^\[[^\]]*\]/.exec(text);
    host = bracketed ? bracketed[0] : (text.split(/[/:?#]/, 1)[0] ?? '');
  }
  host = normalizeHost(host);
  return host === '' ? null : host;
}
