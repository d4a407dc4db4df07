/**
 * Folds the browser's cookie change events into the changes a person thinks of, and keeps
 * the timeline within its bounds; the background's part, which pages never load.
 * The cookies API reports an update as a removal with cause "overwrite" followed by
 * an insertion of the same cookie; the timeline shows that as one "updated" change.
 */
import { identityKey, type Cookie } from './cookie';
import { subjectOf, type CookieChangeEvent, type TimelineEntry } from './timeline';
import { isPrivateStore } from './private-store';

/**
 * Adds one event to the timeline (newest last) and returns the entry it produced
 * or amended. The timeline grows until the background bounds it (`entriesToKeep`).
 */
export function recordChange(timeline: TimelineEntry[], event: CookieChangeEvent, time: number): TimelineEntry {
  const last = timeline[timeline.length - 1];
  if (
    !event.removed &&
    last &&
    last.kind === 'removed' &&
    last.cause === 'overwrite' &&
    !last.after &&
    last.before &&
    identityKey(last.before) === identityKey(event.cookie)
  ) {
    last.kind = 'updated';
    last.after = event.cookie;
    last.time = time;
    if (event.rule) last.rule = event.rule;
    // Firefox reports the overwrite's removal with the new cookie, not the old one: the old
    // state is then whatever this timeline saw last, or unknown.
    if (identical(last.before, event.cookie)) {
      const previous = lastKnown(timeline, event.cookie, timeline.length - 1);
      if (previous) last.before = previous;
      else delete last.before;
    }
    return last;
  }
  const entry: TimelineEntry = event.removed
    ? { time, kind: 'removed', cause: event.cause, before: event.cookie }
    : { time, kind: 'added', cause: event.cause, after: event.cookie };
  if (event.rule) entry.rule = event.rule;
  timeline.push(entry);
  return entry;
}

/** The very object the browser reported again, every field: Firefox's overwrite repeats the new cookie. */
function identical(a: Cookie, b: Cookie): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The latest state of this cookie recorded before entry `end`, if any. */
function lastKnown(timeline: TimelineEntry[], cookie: Cookie, end: number): Cookie | undefined {
  const key = identityKey(cookie);
  for (let i = end - 1; i >= 0; i--) {
    const entry = timeline[i]!;
    const subject = entry.after ?? entry.before;
    if (subject && identityKey(subject) === key) return entry.after;
  }
  return undefined;
}

export interface TimelineBounds {
  entries: number;
  /** Length of the timeline's JSON (UTF-16 code units: bytes for the ASCII most cookies hold). */
  chars: number;
}

/**
 * The timeline is kept in storage.session, whose quota (10 MB in Chrome) it shares with the
 * rest of Crumb's session data, so it must stay small.
 */
export const TIMELINE_BOUNDS: TimelineBounds = { entries: 2000, chars: 2_000_000 };

/**
 * How many of the newest entries fit the bounds, given each entry's JSON length (oldest
 * first): the timeline keeps those and drops the rest.
 */
export function entriesToKeep(sizes: readonly number[], bounds = TIMELINE_BOUNDS): number {
  let kept = 0;
  let chars = '[]'.length;
  for (let i = sizes.length - 1; i >= 0 && kept < bounds.entries; i--) {
    const size = sizes[i]! + (kept > 0 ? ','.length : 0);
    if (chars + size > bounds.chars) break;
    chars += size;
    kept += 1;
  }
  return kept;
}

/** Removes the entries about private browsing's cookies; tells whether there were any. */
export function dropPrivate(timeline: TimelineEntry[]): boolean {
  const kept = timeline.filter((entry) => !isPrivateStore(subjectOf(entry).storeId));
  if (kept.length === timeline.length) return false;
  timeline.splice(0, timeline.length, ...kept);
  return true;
}
