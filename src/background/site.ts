import browser from 'webextension-polyfill';
import { registrableDomain, topLevelSiteOf } from '../core/domain';
import type { SiteInfo } from '../core/protocol';

export class SiteError extends Error {}

/**
 * The tab decides which cookies are "this site's" and which store they live in:
 * a container or private tab works on its own store, never the default one.
 */
export async function siteOfTab(tabId: number): Promise<SiteInfo> {
  const tab = await browser.tabs.get(tabId);
  const url = tab.url ?? '';
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new SiteError('This tab has no web page, so it has no cookies.');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new SiteError('This tab has no web page, so it has no cookies.');
  }
  const host = parsed.hostname;
  return {
    tabId,
    url,
    host,
    registrableDomain: registrableDomain(host) ?? host,
    topLevelSite: topLevelSiteOf(url),
    // Chrome reports no cookieStoreId on tabs; its stores are "0" and, for incognito, "1".
    storeId: tab.cookieStoreId ?? (tab.incognito ? '1' : '0'),
  };
}
