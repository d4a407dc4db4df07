/**
 * From the store's groups to the rows the table shows: the grouping is made once per list load
 * or sort change (`core/site-groups.ts`), then only filtered on each keystroke.
 */
import type { SiteCookie } from '../../core/protocol';
import type { Group } from '../../core/site-groups';

export type Row = { kind: 'group'; site: string; count: number } | { kind: 'cookie'; entry: SiteCookie };

export interface Filtered {
  rows: Row[];
  /** The cookies that matched, in the order shown: what "Delete all matching" deletes. */
  matched: SiteCookie[];
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

/** While only the first screen's cookies have come, each heading says how many its site holds in all. */
export function withSiteCounts(rows: Row[], siteCounts: Record<string, number>): Row[] {
  return rows.map((row) => {
    const count = row.kind === 'group' ? siteCounts[row.site] : undefined;
    return count === undefined ? row : { ...row, count };
  });
}
