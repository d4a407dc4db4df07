import { isCookie, isRecord } from './cookie-guard';
import type { ChangeCause, TimelineEntry } from './timeline';

const CAUSES: readonly string[] = ['explicit', 'overwrite', 'expired', 'expired_overwrite', 'evicted'] satisfies ChangeCause[];
const KINDS: readonly string[] = ['added', 'updated', 'removed'] satisfies TimelineEntry['kind'][];

function isTimelineEntry(x: unknown): x is TimelineEntry {
  return (
    isRecord(x) &&
    typeof x.time === 'number' &&
    typeof x.kind === 'string' &&
    KINDS.includes(x.kind) &&
    typeof x.cause === 'string' &&
    CAUSES.includes(x.cause) &&
    (x.before === undefined || isCookie(x.before)) &&
    (x.after === undefined || isCookie(x.after)) &&
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
