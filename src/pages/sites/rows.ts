/**
 * From the store's cookies to the rows the table shows: sorted and grouped by site once per
 * list load or sort change, then only filtered on each keystroke.
 */
import type { SiteCookie } from '../../core/protocol';
import { compareCookies, type SortColumn, type SortDirection } from '../../core/query';

export interface Group {
  site: string;
  entries: SiteCookie[];
}

export type Row = { kind: 'group'; site: string; count: number } | { kind: 'cookie'; entry: SiteCookie };

export interface Filtered {
  rows: Row[];
  /** The cookies that matched, in the order shown: what "Delete all matching" deletes. */
  matched: SiteCookie[];
}

const siteOrder = new Intl.Collator('en', { numeric: true });

/**
 * Sites in alphabetical order (reversed only when sorting by domain, descending), each site's
 * cookies by the column. Sorting within each site is cheaper than sorting the whole store.
 */
export function groupCookies(cookies: readonly SiteCookie[], column: SortColumn, direction: SortDirection): Group[] {
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

/** Each group that keeps a cookie gets a heading row with the number it keeps. */
export function filterGroups(groups: readonly Group[], keep: ((entry: SiteCookie) => boolean) | null): Filtered {
  const rows: Row[] = [];
  const matched: SiteCookie[] = [];
  for (const group of groups) {
    const kept = keep ? group.entries.filter(keep) : group.entries;
    if (kept.length === 0) continue;
    rows.push({ kind: 'group', site: group.site, count: kept.length });
    for (const entry of kept) {
      rows.push({ kind: 'cookie', entry });
      matched.push(entry);
    }
  }
  return { rows, matched };
}
