/**
 * The popup's "Sort by": one order per choice, each in the direction a glance wants (names
 * and domains A to Z, the soonest expiry first, the largest and the latest changed first).
 * Ties fall back to domain, path and name, the order the background lists in.
 */
import { identityKey } from './cookie';
import type { CookieHead } from './protocol';
import { subjectOf, type TimelineEntry } from './timeline';

export type ListSort = 'name' | 'domain' | 'expires' | 'size' | 'changed';

export const LIST_SORTS: readonly ListSort[] = ['name', 'domain', 'expires', 'size', 'changed'];

/** The background's own order: sorting by it changes nothing. */
export const DEFAULT_LIST_SORT: ListSort = 'domain';

const names = new Intl.Collator('en', { numeric: true });

function order(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPlace(a: CookieHead, b: CookieHead): number {
  const readable = order(a.domain, b.domain) || order(a.path, b.path) || names.compare(a.name, b.name) || order(a.name, b.name);
  // Same place and name: another partition or store. Rare, so the costlier key is fine here.
  return readable || order(identityKey(a), identityKey(b));
}

/** Session cookies end with the browser: sooner than any date. */
function expiresOf(cookie: CookieHead): number {
  return cookie.session || cookie.expirationDate === undefined ? Number.NEGATIVE_INFINITY : cookie.expirationDate;
}

/**
 * `changedAt`: when each cookie (by identity key) last changed, as the timeline recorded it;
 * a cookie that has not changed in this session comes after those that have.
 */
export function sortListed<T extends { cookie: CookieHead }>(entries: readonly T[], by: ListSort, changedAt: ReadonlyMap<string, number> = new Map()): T[] {
  const primary: (a: CookieHead, b: CookieHead) => number =
    by === 'name'
      ? (a, b) => names.compare(a.name, b.name)
      : by === 'expires'
        ? (a, b) => expiresOf(a) - expiresOf(b) || 0
        : by === 'size'
          ? (a, b) => b.name.length + b.valueLength - (a.name.length + a.valueLength)
          : by === 'changed'
            ? (a, b) => (changedAt.get(identityKey(b)) ?? -1) - (changedAt.get(identityKey(a)) ?? -1)
            : () => 0;
  return [...entries].sort((x, y) => primary(x.cookie, y.cookie) || byPlace(x.cookie, y.cookie));
}

/** When each cookie (by identity key) last changed, from the timeline's entries. */
export function changeTimes(entries: readonly TimelineEntry[]): Map<string, number> {
  const times = new Map<string, number>();
  for (const entry of entries) {
    const key = identityKey(subjectOf(entry));
    times.set(key, Math.max(entry.time, times.get(key) ?? entry.time));
  }
  return times;
}
