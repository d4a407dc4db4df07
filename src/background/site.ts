import browser from 'webextension-polyfill';
import { siteOfHost, topLevelSiteOf } from '../core/domain';
import { ALL_SITES, siteOrigin } from '../core/access';
import { isFirefox } from './cookies-api';
import { translate } from './i18n';
import type { SiteAccess, SiteInfo } from '../core/protocol';

export class SiteError extends Error {}

/**
 * Firefox's first-party isolation needs no permission to detect: with it on, any
 * cookies call without `firstPartyDomain` is refused.
 */
async function firstPartyIsolation(): Promise<boolean> {
  if (!isFirefox) return false;
  try {
    await browser.cookies.getAll({ domain: 'crumb.invalid' });
    return false;
  } catch {
    return true;
  }
}

/** Crumb may not read this site's cookies: the user has not granted (or has revoked) host access. */
export class AccessError extends Error {
  constructor(readonly site: SiteAccess | null) {
    super(site ? translate('error_no_access_site', site.registrableDomain) : translate('error_no_access_tab'));
  }
}

/**
 * The tab decides which cookies are "this site's" and which store they live in:
 * a container or private tab works on its own store, never the default one.
 */
export async function siteOfTab(tabId: number): Promise<SiteInfo> {
  // The probe does not depend on the tab: it runs while the browser looks the tab up. It never rejects.
  const isolation = firstPartyIsolation();
  const tab = await browser.tabs.get(tabId);
  // Without host access (and without the tabs permission) the browser hides the tab's URL.
  if (tab.url === undefined && !(await browser.permissions.contains({ origins: [ALL_SITES] }))) {
    throw new AccessError(null);
  }
  const url = tab.url ?? '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SiteError(translate('error_no_web_page'));
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SiteError(translate('error_no_web_page'));
  }
  const host = parsed.hostname;
  const site = siteOfHost(host);
  const origin = siteOrigin(site);
  const [granted, isolated] = await Promise.all([
    browser.permissions.contains({ origins: [origin] }),
    isolation,
  ]);
  if (!granted) throw new AccessError({ host, registrableDomain: site, origin });
  return {
    tabId,
    url,
    host,
    firstPartyIsolation: isolated,
    // Firefox files a cookie under the tab's site when isolation is on, under "" otherwise.
    ...(isFirefox ? { firstPartyDomain: isolated ? site : '' } : {}),
    registrableDomain: site,
    topLevelSite: topLevelSiteOf(url),
    // Chrome reports no cookieStoreId on tabs; its stores are "0" and, for incognito, "1".
    storeId: tab.cookieStoreId ?? (tab.incognito ? '1' : '0'),
  };
}
