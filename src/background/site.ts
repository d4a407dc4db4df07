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
    storeId: tab.cookieStoreId ?? (await storeOfTab(tabId, tab.incognito)),
  };
}

/** Chrome reports no cookieStoreId on tabs; the store lists its tabs instead. */
async function storeOfTab(tabId: number, incognito: boolean): Promise<string> {
  const stores = await browser.cookies.getAllCookieStores();
  const own = stores.find((store) => store.tabIds.includes(tabId));
  if (own) return own.id;
  return incognito ? '1' : '0';
}
