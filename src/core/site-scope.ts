import type { Cookie } from './cookie';
import { bareDomain } from './host';

export interface SiteScope {
  registrableDomain: string;
  topLevelSite: string | null;
}

/** Is the cookie's domain the site's registrable domain or below it? */
export function isSiteDomain(cookie: Pick<Cookie, 'domain'>, registrableDomain: string): boolean {
  const domain = bareDomain(cookie.domain).toLowerCase();
  return domain === registrableDomain || domain.endsWith(`.${registrableDomain}`);
}

/**
 * "The tab's cookies": the site's own, in any partition, plus those that embedded
 * frames of other sites stored partitioned under the tab's top-level site.
 */
export function inSiteScope(cookie: Cookie, scope: SiteScope): boolean {
  return (
    isSiteDomain(cookie, scope.registrableDomain) ||
    (scope.topLevelSite !== null && cookie.partitionKey?.topLevelSite === scope.topLevelSite)
  );
}
