import type { SiteCookie } from '../../core/protocol';
import { compileQuery, formatQuery, refines, searchFieldsOf, type Query, type SearchFields } from '../../core/query';
import type { Group } from '../../core/site-groups';
import { filterGroups, type Filtered } from './rows';

/** Enough to undo a word with Backspace without scanning the store again. */
const REMEMBERED_SEARCHES = 16;

interface Remembered {
  query: Query;
  matched: ReadonlySet<SiteCookie>;
  /** The rows last shown for it, and the grouping they were made from. */
  groups: readonly Group[];
  shown: Filtered;
}

/**
 * One per list load: the search fields of each cookie, and the results of recent
 * searches, so that Backspace finds its answer ready and one more letter only re-checks
 * what matched before.
 */
export class SearchIndex {
  private readonly fields = new Map<SiteCookie, SearchFields>();
  /** By canonical query text, least recently used first. */
  private readonly recent = new Map<string, Remembered>();
  private unfiltered: { groups: readonly Group[]; shown: Filtered } | null = null;
  private prepared = 0;

  constructor(private readonly entries: readonly SiteCookie[]) {}

  private fieldsOf(entry: SiteCookie): SearchFields {
    let fields = this.fields.get(entry);
    if (!fields) {
      fields = searchFieldsOf(entry.cookie);
      this.fields.set(entry, fields);
    }
    return fields;
  }

  /**
   * Prepares search fields while `hasTime()` says so, so the work fits in idle time after the first
   * screen; returns true when every cookie is ready.
   */
  prepare(hasTime: () => boolean): boolean {
    while (this.prepared < this.entries.length && hasTime()) {
      const end = Math.min(this.prepared + 100, this.entries.length);
      for (let i = this.prepared; i < end; i++) this.fieldsOf(this.entries[i]!);
      this.prepared = end;
    }
    return this.prepared >= this.entries.length;
  }

  /** The rows for a search; the same search on the same grouping gives back the same rows. */
  filter(groups: readonly Group[], query: Query): Filtered {
    if (query.terms.length === 0) {
      if (this.unfiltered?.groups !== groups) this.unfiltered = { groups, shown: filterGroups(groups, null) };
      return this.unfiltered.shown;
    }
    const key = formatQuery(query);
    const known = this.recent.get(key);
    if (known) {
      const shown = known.groups === groups ? known.shown : filterGroups(groups, (entry) => known.matched.has(entry));
      this.remember(key, { ...known, groups, shown });
      return shown;
    }
    const candidates = this.narrowestBefore(query);
    const matches = compileQuery(query);
    const shown = filterGroups(groups, (entry) => (candidates === null || candidates.has(entry)) && matches(this.fieldsOf(entry)));
    this.remember(key, { query, matched: new Set(shown.matched), groups, shown });
    return shown;
  }

  /** The smallest remembered result that every match of `query` must be in. */
  private narrowestBefore(query: Query): ReadonlySet<SiteCookie> | null {
    let narrowest: ReadonlySet<SiteCookie> | null = null;
    for (const { query: earlier, matched } of this.recent.values()) {
      if ((narrowest === null || matched.size < narrowest.size) && refines(earlier, query)) narrowest = matched;
    }
    return narrowest;
  }

  private remember(key: string, remembered: Remembered): void {
    this.recent.delete(key);
    this.recent.set(key, remembered);
    if (this.recent.size > REMEMBERED_SEARCHES) this.recent.delete(this.recent.keys().next().value!);
  }
}
