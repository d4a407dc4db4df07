import { hasFields, isCookie, isRecord } from './cookie-guard';
import { RULE_MARKS, type ChangeCause, type TimelineEntry } from './timeline';

const CAUSES: readonly string[] = ['explicit', 'overwrite', 'expired', 'expired_overwrite', 'evicted'] satisfies ChangeCause[];
const KINDS: readonly string[] = ['added', 'updated', 'removed'] satisfies TimelineEntry['kind'][];

function isTimelineEntry(x: unknown): x is TimelineEntry {
  return (
    isRecord(x) &&
    hasFields(x, { time: 'number', kind: 'string', cause: 'string' }) &&
    KINDS.includes(x.kind) &&
    CAUSES.includes(x.cause) &&
    (x.before === undefined || isCookie(x.before)) &&
    (x.after === undefined || isCookie(x.after)) &&
    (x.rule === undefined || (RULE_MARKS as readonly unknown[]).includes(x.rule)) &&
    (x.before !== undefined || x.after !== undefined)
  );
}

/**
 * The timeline as storage.session holds it. Anything else (nothing stored yet, a format of
 * another version) is an empty timeline: losing a debugging aid beats showing a wrong one.
 */
export function parseStoredTimeline(stored: unknown): TimelineEntry[] {
  return Array.isArray(stored) && stored.every(isTimelineEntry) ? stored : [];
}

/** The positions of the stored entries, [first, next), counted since the browser session began. */
export interface StoredSpan {
  first: number;
  next: number;
}

export function parseStoredSpan(stored: unknown): StoredSpan | null {
  return isRecord(stored) && Number.isInteger(stored.first) && Number.isInteger(stored.next)
    ? { first: stored.first as number, next: stored.next as number }
    : null;
}

/** One stored piece of the timeline: its entries from position `from` on. */
export interface StoredSegment {
  from: number;
  entries: TimelineEntry[];
}

export function parseStoredSegment(stored: unknown): StoredSegment | null {
  if (!isRecord(stored) || !Number.isInteger(stored.from)) return null;
  const entries = parseStoredTimeline(stored.entries);
  return Array.isArray(stored.entries) && entries.length === stored.entries.length ? { from: stored.from as number, entries } : null;
}
