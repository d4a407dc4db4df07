/**
 * The all-sites order: sites in alphabetical order (reversed only when sorting by domain,
 * descending), each site's cookies by the column. The page shows it; the background uses it
 * to send the first screen of it before the rest of the store.
 */
import type { SiteCookie } from './protocol';
import { compareCookies, type SortColumn, type SortDirection } from './query';

export interface Group {
  site: string;
  entries: SiteCookie[];
}

export interface SortOrder {
  column: SortColumn;
  direction: SortDirection;
}

const siteOrder = new Intl.Collator('en', { numeric: true });

/** Sorting within each site is cheaper than sorting the whole store. */
export function groupCookies(cookies: readonly SiteCookie[], { column, direction }: SortOrder): Group[] {
  const bySite = new Map<string, SiteCookie[]>();
  for (const entry of cookies) {
    const group = bySite.get(entry.site);
    if (group) group.push(entry);
    else bySite.set(entry.site, [entry]);
  }
  const compare = compareCookies(column, direction);
  const sign = column === 'domain' && direction === 'descending' ? -1 : 1;
  return Array.from(bySite, ([site, entries]) => ({ site, entries: entries.sort((a, b) => compare(a.cookie, b.cookie)) })).sort(
    (a, b) => sign * siteOrder.compare(a.site, b.site),
  );
}

/** What a first screen shows before the rest of the store arrives. */
export interface Leading {
  /** The cookies of the first `rows` rows, in order. */
  entries: SiteCookie[];
  /** The whole size of each group they belong to, for its heading: a group may be cut short. */
  siteCounts: Record<string, number>;
}

/** The cookies that fill the first `rows` rows, a heading row per group counted. */
export function leadingEntries(groups: readonly Group[], rows: number): Leading {
  const entries: SiteCookie[] = [];
  const siteCounts: Record<string, number> = {};
  let filled = 0;
  for (const group of groups) {
    if (filled >= rows) break;
    siteCounts[group.site] = group.entries.length;
    const take = Math.min(group.entries.length, rows - filled - 1);
    entries.push(...group.entries.slice(0, take));
    filled += 1 + take;
  }
  return { entries, siteCounts };
}
