/**
 * Host and site arithmetic on top of the Public Suffix List (via tldts).
 * Browsers use the PSL including its private section (github.io, blogspot.com) for cookies,
 * and treat a TLD the list does not know (.test, .internal) as a one-label public suffix;
 * tldts does the same with `allowPrivateDomains` and its implicit "*" rule.
 */
import { parse } from 'tldts';
import { normalizeHost } from './host';
import { isIpAddress } from './host-match';

const PSL_OPTIONS = { allowPrivateDomains: true, extractHostname: false, mixedInputs: false } as const;

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
 * The site a host belongs to: its registrable domain, or the host itself where it has none
 * (an IP address, localhost, a public suffix such as github.io). Cookies are grouped, limited
 * and scoped by it.
 */
export function siteOfHost(host: string): string {
  return registrableDomain(host) ?? normalizeHost(host);
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
