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

/**
 * The leading whole groups that fill at least `rows` rows, a heading row each included: what
 * the first screen shows. Whole groups, so that each heading's count is already right.
 */
export function leadingGroups(groups: readonly Group[], rows: number): Group[] {
  const leading: Group[] = [];
  let filled = 0;
  for (const group of groups) {
    if (filled >= rows) break;
    leading.push(group);
    filled += 1 + group.entries.length;
  }
  return leading;
}
