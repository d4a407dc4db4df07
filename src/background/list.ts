import type { Cookie } from '../core/cookie';
import { diagnose } from '../core/diagnostics';
import { siteOfHost } from '../core/domain';
import { bareDomain } from '../core/host';
import { remembering } from '../core/translate';
import { compareCookies } from '../core/query';
import { headOf, type EmbeddedResult, type ListedCookie, type ListResult, type SiteInfo, type StoreInfo, type StoreListResult } from '../core/protocol';
import { isPrivateStore } from '../core/private-store';
import { inSiteScope, isSiteDomain } from '../core/site-scope';
import { subjectOf, type TimelineEntry } from '../core/timeline';
import { recentChanges } from './changes';
import { getAll, isFirefox, stores } from './cookies-api';
import { translate } from './i18n';
import { withProtection } from './rule-requests';
import { siteOfTab } from './site';

/** By domain, path and name; `localeCompare` would cost Firefox milliseconds per list. */
const byDomainPathName = compareCookies('domain', 'ascending');

function withDiagnoses(cookies: Cookie[], site: SiteInfo): ListedCookie[] {
  const perDomain = new Map<string, number>();
  for (const cookie of cookies) perDomain.set(bareDomain(cookie.domain), (perDomain.get(bareDomain(cookie.domain)) ?? 0) + 1);
  const nowSeconds = Date.now() / 1000;
  const t = remembering(translate);
  return [...cookies].sort(byDomainPathName).map((cookie) => ({
    cookie: headOf(cookie),
    diagnosis: diagnose(cookie, {
      url: site.url,
      ...(site.topLevelSite ? { topLevelSite: site.topLevelSite } : {}),
      nowSeconds,
      // The tab's own page is a same-site, top-level context.
      crossSite: false,
      cookiesOnDomain: perDomain.get(bareDomain(cookie.domain)) ?? 0,
      // Firefox sends cookies without SameSite cross-site; Chrome treats them as Lax.
      laxByDefault: !isFirefox,
      translate: t,
    }),
  }));
}

/**
 * The tab's own cookies: every cookie of its registrable domain and below, in
 * every partition. One query, so the first screen costs what the browser costs.
 */
export async function listForTab(tabId: number): Promise<ListResult> {
  const site = await siteOfTab(tabId);
  const [own, allStores] = await Promise.all([getAll({ domain: site.registrableDomain, storeId: site.storeId, partitionKey: {} }), stores()]);
  return { site, cookies: await withProtection(withDiagnoses(own, site)), stores: describeStores(allStores) };
}

/**
 * What embedded frames of other sites stored partitioned under the tab's top-level
 * site, as DevTools lists them with the page's cookies. A second request: a
 * partition query walks the whole store, so it comes after the first screen.
 */
export async function embeddedForTab(tabId: number): Promise<EmbeddedResult> {
  const site = await siteOfTab(tabId);
  const partitioned = site.topLevelSite ? await getAll({ storeId: site.storeId, partitionKey: { topLevelSite: site.topLevelSite } }) : [];
  return { cookies: await withProtection(withDiagnoses(partitioned.filter((cookie) => !isSiteDomain(cookie, site.registrableDomain)), site)) };
}

function describeStores(allStores: Awaited<ReturnType<typeof stores>>): StoreInfo[] {
  return allStores.map((store) => ({
    id: store.id,
    incognito: store.incognito ?? isPrivateStore(store.id),
  }));
}

/** Every cookie of a store, each with the registrable domain it is grouped under. */
export async function listStore(storeId: string): Promise<StoreListResult> {
  const [all, allStores] = await Promise.all([getAll({ storeId, partitionKey: {} }), stores()]);
  const siteOf = new Map<string, string>();
  const cookies = all.map((cookie) => {
    const domain = bareDomain(cookie.domain);
    let site = siteOf.get(domain);
    if (site === undefined) {
      site = siteOfHost(domain);
      siteOf.set(domain, site);
    }
    return { cookie, site };
  });
  return { storeId, cookies, stores: describeStores(allStores) };
}

/** The recent changes to the tab's cookies, in its store, newest last. */
export async function timelineForTab(tabId: number): Promise<TimelineEntry[]> {
  const [site, changes] = await Promise.all([siteOfTab(tabId), recentChanges()]);
  return changes.filter((entry) => {
    const cookie = subjectOf(entry);
    return cookie.storeId === site.storeId && inSiteScope(cookie, site);
  });
}
