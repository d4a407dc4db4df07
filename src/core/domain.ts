/**
 * Host and site arithmetic on top of the Public Suffix List (via tldts).
 * Browsers use the PSL including its private section (github.io, blogspot.com) for cookies,
 * and treat a TLD the list does not know (.test, .internal) as a one-label public suffix;
 * tldts does the same with `allowPrivateDomains` and its implicit "*" rule.
 */
import { parse } from 'tldts';

const PSL_OPTIONS = { allowPrivateDomains: true, extractHostname: false, mixedInputs: false } as const;

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
 * The registrable domain ("eTLD+1") of a host. IP addresses and `localhost` have none,
 * so they stand for themselves, as they do in browsers' site computations.
 * Null for an empty host or a host that is itself a public suffix.
 */
export function registrableDomain(host: string): string | null {
  const h = normalizeHost(host);
  if (h === '') return null;
  if (h === 'localhost' || isIpAddress(h)) return h;
  return parse(h, PSL_OPTIONS).domain;
}

/** True for `com`, `co.uk`, `github.io`, `test`: names under which anyone may register. */
export function isPublicSuffix(domain: string): boolean {
  const d = normalizeHost(domain);
  if (d === '' || d === 'localhost' || isIpAddress(d)) return false;
  return parse(d, PSL_OPTIONS).publicSuffix === d;
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

/** Scheme plus registrable domain of a URL, the form CHIPS uses as partition key. */
export function topLevelSiteOf(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const site = registrableDomain(parsed.hostname);
  return site === null ? null : `${parsed.protocol}//${site}`;
}
