/**
 * The browsers' per-site cookie limit, foretold. Chrome and Firefox both keep at most 180
 * cookies per registrable domain; one more and they evict down to 150, non-Secure cookies
 * first, then the least recently used. Crumb cannot see when a cookie was last used (Chrome
 * was seen to keep a site's own Secure cookies and evict imported ones written a moment
 * later), so the forecast names only the non-Secure cookies a site holds, which go first in
 * both browsers, and counts the rest of what will be evicted without naming it.
 */
import { identityKey, type Cookie } from './cookie';

export const PER_SITE_LIMIT = 180;
const PER_SITE_TRIM_TO = 150;

/** Cookies a browser keeps in all (Chrome: 3,300; Firefox: `network.cookie.maxNumber`, 3,000 by default). */
export const TOTAL_LIMIT = { chrome: 3300, firefox: 3000 } as const;

export interface TotalForecast {
  limit: number;
  /** What the store holds now, and what it would hold with the import's new cookies. */
  existing: number;
  after: number;
}

/** The store past the browser's total limit, or null: the browser then evicts the least recently used cookies of any site. */
export function forecastTotal(existing: readonly Cookie[], incoming: readonly Cookie[], limit: number): TotalForecast | null {
  const keys = new Set(existing.map(identityKey));
  for (const cookie of incoming) keys.add(identityKey(cookie));
  return keys.size > limit ? { limit, existing: existing.length, after: keys.size } : null;
}

export interface SiteForecast {
  site: string;
  /** What the site holds now. */
  existing: number;
  /** Imported cookies that are new to the site (replacements do not count). */
  added: number;
  /** What the site is expected to hold afterwards. */
  expected: number;
  /** Non-Secure cookies the site holds now: the browser evicts them first. */
  evicted: Cookie[];
  /** How many more cookies, the site's Secure ones or imported ones, the browser will evict, least recently used first. */
  evictedOthers: number;
}

/** Writes `incoming` in order into each site's cookies, evicting as the browsers do. */
export function forecastLimits(existing: readonly Cookie[], incoming: readonly Cookie[], siteOf: (cookie: Cookie) => string): SiteForecast[] {
  const sites = new Map<string, { jar: Map<string, { cookie: Cookie; imported: boolean }>; existing: number; added: number; evicted: Cookie[]; evictedOthers: number }>();
  const siteState = (site: string) => {
    let state = sites.get(site);
    if (!state) {
      state = { jar: new Map(), existing: 0, added: 0, evicted: [], evictedOthers: 0 };
      sites.set(site, state);
    }
    return state;
  };
  for (const cookie of existing) {
    const state = siteState(siteOf(cookie));
    state.jar.set(identityKey(cookie), { cookie, imported: false });
    state.existing++;
  }
  for (const cookie of incoming) {
    const state = siteState(siteOf(cookie));
    const key = identityKey(cookie);
    if (!state.jar.delete(key)) state.added++;
    // Re-inserted last: a written cookie is the most recently used.
    state.jar.set(key, { cookie, imported: true });
    if (state.jar.size <= PER_SITE_LIMIT) continue;
    const excess = state.jar.size - PER_SITE_TRIM_TO;
    const order = [...state.jar.entries()];
    const victims = [...order.filter(([, v]) => !v.cookie.secure), ...order.filter(([, v]) => v.cookie.secure)].slice(0, excess);
    for (const [victimKey, victim] of victims) {
      state.jar.delete(victimKey);
      if (victim.imported || victim.cookie.secure) state.evictedOthers++;
      else state.evicted.push(victim.cookie);
    }
  }
  const forecasts: SiteForecast[] = [];
  for (const [site, state] of sites) {
    if (state.evicted.length === 0 && state.evictedOthers === 0) continue;
    forecasts.push({ site, existing: state.existing, added: state.added, expected: state.jar.size, evicted: state.evicted, evictedOthers: state.evictedOthers });
  }
  return forecasts;
}
