// The starting state of most scenarios: the site's cookie zoo, a cookie of a subdomain, and a
// cookie partitioned under top.test by shop.example.test's iframe.
import { expect } from '@playwright/test';
import { HOSTS, PARTITIONED, ZOO, type Site } from '../../site/server.js';
import { expectedPairs, headerPairs } from './cookie-match';
import type { BrowserHarness, Tab } from './types';

export const SUBDOMAIN_COOKIE = { name: 'deep', value: 'sub-host', row: `deep on ${HOSTS.sub}/` };
export const PARTITIONED_ROW = `${PARTITIONED.name} on ${HOSTS.shop}/, partitioned for https://${HOSTS.top}`;
export const ZOO_ROWS: readonly string[] = [...ZOO.map((c) => c.row), SUBDOMAIN_COOKIE.row, PARTITIONED_ROW];

/** A URL of the site's /set route, which sends each line as one Set-Cookie header. */
export function setCookieUrl(site: Site, host: string, ...lines: string[]): string {
  const query = lines.map((line) => `c=${encodeURIComponent(line)}`).join('&');
  return `${site.origin(host)}/set?${query}`;
}

/** Plants the zoo and returns the shop.example.test tab (opened last, so it is active). */
export async function plantZoo(harness: BrowserHarness, site: Site): Promise<Tab> {
  await harness.openSite(setCookieUrl(site, HOSTS.sub, `${SUBDOMAIN_COOKIE.name}=${SUBDOMAIN_COOKIE.value}; Path=/`));
  await harness.openSite(`${site.origin(HOSTS.top)}/embed`);
  return harness.openSite(`${site.origin(HOSTS.shop)}/zoo`);
}

const SHOP_SITE = 'https://example.test';

/**
 * Asserts that what the site receives (top-level on shop and its subdomain, on / and /account,
 * and in shop's iframe on top.test) is exactly what the browser's cookie jar holds.
 */
export async function expectSiteMatchesBrowser(harness: BrowserHarness, site: Site): Promise<void> {
  const cookies = await harness.browserCookies();
  const probes = [
    { url: `${site.origin(HOSTS.shop)}/echo`, topLevel: SHOP_SITE },
    { url: `${site.origin(HOSTS.shop)}/account/echo`, topLevel: SHOP_SITE },
    { url: `${site.origin(HOSTS.sub)}/echo`, topLevel: SHOP_SITE },
    { url: `${site.origin(HOSTS.shop)}/echo`, topLevel: `https://${HOSTS.top}`, embeddedIn: site.origin(HOSTS.top) },
  ];
  for (const probe of probes) {
    const header = await harness.siteCookieHeader(probe.url, probe.embeddedIn ? { embeddedIn: probe.embeddedIn } : {});
    expect(headerPairs(header), `${probe.url}${probe.embeddedIn ? ` in ${probe.embeddedIn}` : ''}`).toEqual(
      expectedPairs(cookies, probe.url, probe.topLevel, probe.embeddedIn !== undefined),
    );
  }
}

/** The cookies named `name` the browser holds. */
export async function browserCookiesNamed(harness: BrowserHarness, name: string) {
  return (await harness.browserCookies()).filter((c) => c.name === name);
}
