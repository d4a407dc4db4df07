import type { TimelineEntry } from '../core/timeline';
import { entriesToKeep, TIMELINE_BOUNDS, type TimelineBounds } from '../core/timeline-record';
import { parseStoredSegment, parseStoredSpan } from '../core/timeline-guard';

/** What the timeline needs of storage.session. */
export interface SessionArea {
  get(keys: string | string[]): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
  remove(keys: string[]): Promise<void>;
}

/** Which entries are kept, as positions counted since the browser session began: [first, next). */
export const TIMELINE_KEY = 'timeline';

/** Entries are stored in segments of this many, so a change rewrites one segment, not 2 MB. */
export const SEGMENT = 100;

export function segmentKey(segment: number): string {
  return `timeline:${segment}`;
}

/**
 * What a change did: added or amended entries at the end (the usual), removed entries
 * anywhere (every segment is rewritten), or nothing.
 */
export type Write = 'appended' | 'rewritten' | 'unchanged';

function logFailure(what: string): (error: unknown) => void {
  return (error) => console.error(`Crumb: ${what}`, error);
}

const segmentOf = (position: number) => Math.floor(position / SEGMENT);

/**
 * The timeline in memory, mirrored to storage.session so that it outlives the background
 * (a stopped service worker or event page) but not the browser session, and never reaches
 * the disk. Every change and read waits for the stored timeline, so nothing recorded before
 * a restart is lost and changes that arrive during the load are applied after it, in order.
 */
export class SessionTimeline {
  private timeline: TimelineEntry[] = [];
  /** The JSON size of each entry, so the bound costs one entry's size per change, not 2 MB's. */
  private sizes: number[] = [];
  /** The position of timeline[0] since the session began. */
  private first = 0;
  /** The first position changed since the last write. */
  private dirtyFrom = Infinity;
  private storedSegments = new Set<number>();
  private queue: Promise<void>;
  /**
   * One write at a time, and changes that come meanwhile go with the next one: a burst costs a
   * few small writes, and a change waits for at most one write. A timer would lose what it
   * holds when the background is stopped.
   */
  private writing = false;
  private dirty = false;

  constructor(
    private readonly area: SessionArea,
    private readonly bounds: TimelineBounds = TIMELINE_BOUNDS,
  ) {
    this.queue = this.load().catch(logFailure('the stored timeline could not be read'));
  }

  private async load(): Promise<void> {
    const span = parseStoredSpan((await this.area.get(TIMELINE_KEY))[TIMELINE_KEY]);
    if (!span || span.next <= span.first) return;
    const segments: number[] = [];
    for (let s = segmentOf(span.first); s <= segmentOf(span.next - 1); s++) segments.push(s);
    const items = await this.area.get(segments.map(segmentKey));
    const entries: TimelineEntry[] = [];
    for (const s of segments) {
      const segment = parseStoredSegment(items[segmentKey(s)]);
      // The oldest segment may still hold entries the bound dropped since it was written.
      const from = Math.max(span.first, s * SEGMENT);
      const to = Math.min(span.next, (s + 1) * SEGMENT);
      // A missing or short piece would shift every later entry: start afresh instead.
      if (!segment || segment.from > from || segment.from + segment.entries.length < to) return;
      entries.push(...segment.entries.slice(from - segment.from, to - segment.from));
      this.storedSegments.add(s);
    }
    if (entries.length < span.next - span.first) return;
    // Changes recorded while the load was in flight were applied to an empty timeline: keep them after.
    this.timeline = [...entries.slice(0, span.next - span.first), ...this.timeline];
    this.sizes = this.timeline.map((entry) => JSON.stringify(entry).length);
    this.first = span.first;
  }

  /** Applies `apply` after every earlier change, and writes what it changed. */
  change(apply: (timeline: TimelineEntry[]) => Write): Promise<void> {
    this.queue = this.queue
      .then(() => {
        const length = this.timeline.length;
        const write = apply(this.timeline);
        if (write === 'unchanged') return;
        const from = write === 'appended' ? Math.max(0, length - 1) : 0;
        this.sizes.splice(from, this.sizes.length - from, ...this.timeline.slice(from).map((entry) => JSON.stringify(entry).length));
        this.dirtyFrom = Math.min(this.dirtyFrom, this.first + from);
        this.bound();
        this.write();
      })
      .catch(logFailure('a change could not be recorded'));
    return this.queue;
  }

  /** The timeline as it is after every change asked for before this call, newest last. */
  read(): Promise<readonly TimelineEntry[]> {
    return this.queue.then(() => [...this.timeline]);
  }

  /** Drops the oldest entries past the bounds. */
  private bound(): void {
    const dropped = this.timeline.length - entriesToKeep(this.sizes, this.bounds);
    if (dropped === 0) return;
    this.timeline.splice(0, dropped);
    this.sizes.splice(0, dropped);
    this.first += dropped;
  }

  private write(): void {
    if (this.writing) {
      this.dirty = true;
      return;
    }
    this.writing = true;
    const next = this.first + this.timeline.length;
    const items: Record<string, unknown> = { [TIMELINE_KEY]: { first: this.first, next } };
    const wanted = new Set<number>();
    for (let s = segmentOf(this.first); next > this.first && s <= segmentOf(next - 1); s++) wanted.add(s);
    for (const s of wanted) {
      if (this.storedSegments.has(s) && (s + 1) * SEGMENT <= this.dirtyFrom) continue;
      const from = Math.max(this.first, s * SEGMENT);
      const to = Math.min(next, (s + 1) * SEGMENT);
      items[segmentKey(s)] = { from, entries: this.timeline.slice(from - this.first, to - this.first) };
    }
    const stale = [...this.storedSegments].filter((s) => !wanted.has(s));
    this.storedSegments = wanted;
    this.dirtyFrom = Infinity;
    // The span is written with the segments it names, and stale segments are removed after.
    void this.area
      .set(items)
      .then(() => (stale.length > 0 ? this.area.remove(stale.map(segmentKey)) : undefined))
      .catch(logFailure('the timeline could not be stored'))
      .finally(() => {
        this.writing = false;
        if (!this.dirty) return;
        this.dirty = false;
        this.write();
      });
  }
}
