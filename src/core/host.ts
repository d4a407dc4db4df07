/**
 * Host names as cookies, URLs and people spell them, brought to the one form they are
 * compared in. The popup loads this module, so it holds the few lines every page needs:
 * IP addresses and loopback are in host-match.ts, and whatever needs the public-suffix list
 * (registrable domains, sites) in domain.ts.
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

/** Is a normalised host the normalised domain itself or a name below it? Labels, not letters: "badexample.test" is not below "example.test". */
export function isSameOrBelow(host: string, domain: string): boolean {
  return host === domain || host.endsWith(`.${domain}`);
}
