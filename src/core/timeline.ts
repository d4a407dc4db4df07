/**
 * Folds the browser's cookie change events into the changes a person thinks of.
 * The cookies API reports an update as a removal with cause "overwrite" followed by
 * an insertion of the same cookie; the timeline shows that as one "updated" change.
 */
import { identityKey, type Cookie } from './cookie';

export type ChangeCause = 'explicit' | 'overwrite' | 'expired' | 'expired_overwrite' | 'evicted';

export interface CookieChangeEvent {
  removed: boolean;
  cause: ChangeCause;
  cookie: Cookie;
}

export interface TimelineEntry {
  /** Milliseconds since the epoch. */
  time: number;
  kind: 'added' | 'updated' | 'removed';
  cause: ChangeCause;
  before?: Cookie;
  after?: Cookie;
}

export const TIMELINE_LIMIT = 500;

/** The name of the port pages open to follow cookie changes live. */
export const CHANGES_PORT = 'crumb-changes';

/**
 * Adds one event to the timeline (newest last) and returns the entry it produced
 * or amended. Keeps at most `limit` entries.
 */
export function recordChange(
  timeline: TimelineEntry[],
  event: CookieChangeEvent,
  time: number,
  limit = TIMELINE_LIMIT,
): TimelineEntry {
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
    // Firefox reports the overwrite's removal with the new cookie, not the old one: the old
    // state is then whatever this timeline saw last, or unknown.
    if (sameState(last.before, event.cookie)) {
      const previous = lastKnown(timeline, event.cookie, timeline.length - 1);
      if (previous) last.before = previous;
      else delete last.before;
    }
    return last;
  }
  const entry: TimelineEntry = event.removed
    ? { time, kind: 'removed', cause: event.cause, before: event.cookie }
    : { time, kind: 'added', cause: event.cause, after: event.cookie };
  timeline.push(entry);
  if (timeline.length > limit) timeline.splice(0, timeline.length - limit);
  return entry;
}

function sameState(a: Cookie, b: Cookie): boolean {
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

/** The cookie an entry is about, as it is now (or was last). */
export function subjectOf(entry: TimelineEntry): Cookie {
  return (entry.after ?? entry.before)!;
}
