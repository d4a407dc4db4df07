/**
 * Host names as cookies, URLs and people spell them, brought to the one form they are
 * compared in. String work only: the pages load this module, so whatever needs the
 * public-suffix list (registrable domains, sites) lives in domain.ts.
 */

/** The domain without the leading dot that marks a domain cookie; the case is kept. */
export function bareDomain(domain: string): string {
  return domain.startsWith('.') ? domain.slice(1) : domain;
}

/** Does this spelling of a domain (a file's, a header's, a form's) ask for a domain cookie? */
export function marksDomainCookie(domain: string): boolean {
  return domain.trim().startsWith('.');
}

/** Lower-cased, trimmed, without the leading dot of a domain cookie nor a trailing root dot. */
export function normalizeHost(input: string): string {
  let host = input.trim().toLowerCase();
  if (host.startsWith('.')) host = host.slice(1);
  if (host.endsWith('.')) host = host.slice(0, -1);
  return host;
}

const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** IPv4 dotted quad, or IPv6 with or without the brackets URLs put around it. */
export function isIpAddress(host: string): boolean {
  if (IPV4.test(host)) return true;
  const inner = host.startsWith('[') && host.endsWith(']') ? host.slice(1, -1) : host;
  if (!inner.includes(':') || !/^[0-9a-f:.]+$/i.test(inner)) return false;
  // "cafe.de:8080" is made of the same characters: only a real parse tells an IPv6 address
  // from a host with a port.
  try {
    new URL(`http://[${inner}]/`);
    return true;
  } catch {
    return false;
  }
}

/**
 * Both browsers treat loopback hosts as potentially trustworthy origins, so Secure cookies
 * go to them over plain http. Expects a normalised host.
 */
export function isLoopback(host: string): boolean {
  if (host === 'localhost' || host.endsWith('.localhost')) return true;
  if (!isIpAddress(host)) return false;
  return host.startsWith('127.') || host === '[::1]' || host === '::1';
}

/**
 * RFC 6265bis domain-match: the host is the cookie's domain or a subdomain of it.
 * An IP address only matches itself, since "1.2.3.4" is not a subdomain of "3.4".
 */
export function domainMatches(host: string, cookieDomain: string): boolean {
  const h = normalizeHost(host);
  const d = normalizeHost(cookieDomain);
  if (h === '' || d === '') return false;
  if (h === d) return true;
  if (isIpAddress(h) || isIpAddress(d)) return false;
  return h.endsWith(`.${d}`);
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Does the text start with a scheme ("https://"), so that it is a URL rather than a bare host? */
export function hasScheme(text: string): boolean {
  return SCHEME.test(text);
}

/**
 * The normalised host of what a person typed for a site: a URL, "host:port/path", "[::1]:8080"
 * or a cookie's domain. Null when nothing usable was typed.
 */
export function typedHost(input: string): string | null {
  const text = input.trim();
  if (text === '') return null;
  let host: string;
  if (hasScheme(text)) {
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
