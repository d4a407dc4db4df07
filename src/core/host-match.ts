/**
 * Matching hosts the way browsers do when they decide where a cookie goes: IP addresses
 * match only themselves, loopback hosts count as secure.
 */
import { isSameOrBelow, normalizeHost } from './host';

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
  return isSameOrBelow(h, d);
}
