/**
 * Which cookies belong to a site: the one definition the popup, the panel, the background's
 * lists and the export by site all use. String work only, so the pages may load it; the site
 * of a host (its registrable domain) is worked out where the public-suffix list is, in domain.ts.
 */
import type { Cookie } from './cookie';
import { bareDomain, isSameOrBelow } from './host';

export interface SiteScope {
  /** The site's domain: a tab's registrable domain, or the host someone typed. */
  registrableDomain: string;
  /**
   * Scheme and registrable domain ("https://example.test"), as partition keys name it. A bare
   * host ("example.test"), typed without a scheme, stands for the site under either scheme.
   */
  topLevelSite: string | null;
}

/** Is the cookie's domain the site's domain or below it? */
export function isSiteDomain(cookie: Pick<Cookie, 'domain'>, registrableDomain: string): boolean {
  return isSameOrBelow(bareDomain(cookie.domain).toLowerCase(), registrableDomain);
}

function hostOfSite(topLevelSite: string): string | null {
  try {
    return new URL(topLevelSite).hostname;
  } catch {
    return null;
  }
}

function partitionedUnder(cookie: Pick<Cookie, 'partitionKey'>, topLevelSite: string): boolean {
  const key = cookie.partitionKey?.topLevelSite;
  if (key === undefined) return false;
  return topLevelSite.includes('://') ? key === topLevelSite : hostOfSite(key) === topLevelSite;
}

/**
 * A site's cookies: its own, in any partition, plus those that embedded frames of other
 * sites stored partitioned under it.
 */
export function inSiteScope(cookie: Pick<Cookie, 'domain' | 'partitionKey'>, scope: SiteScope): boolean {
  return isSiteDomain(cookie, scope.registrableDomain) || (scope.topLevelSite !== null && partitionedUnder(cookie, scope.topLevelSite));
}
