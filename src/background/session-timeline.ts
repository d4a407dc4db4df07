import { boundTimeline, type TimelineEntry } from '../core/timeline';
import { parseStoredTimeline } from '../core/timeline-guard';

/** What the timeline needs of storage.session. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const TIMELINE_KEY = 'timeline';

/** Whether a change altered the timeline, and so must be written. */
export type Write = 'changed' | 'unchanged';

function logFailure(what: string): (error: unknown) => void {
  return (error) => console.error(`Crumb: ${what}`, error);
}

/**
 * The timeline in memory, mirrored to storage.session so that it outlives the background
 * (a stopped service worker or event page) but not the browser session, and never reaches
 * the disk. Every change and read waits for the stored timeline, so nothing recorded before
 * a restart is lost and changes that arrive during the load are applied after it, in order.
 */
export class SessionTimeline {
  private timeline: TimelineEntry[] = [];
  private queue: Promise<void>;
  /**
   * One write at a time, and changes that come meanwhile go with the next one: a burst (a page
   * setting 180 cookies) costs a few writes, not one per change, and a change waits for at most
   * one write. A timer would lose what it holds when the background is stopped.
   */
  private writing = false;
  private dirty = false;

  constructor(private readonly area: SessionArea) {
    this.queue = area.get(TIMELINE_KEY).then((items) => {
      this.timeline = parseStoredTimeline(items[TIMELINE_KEY]);
    }, logFailure('the stored timeline could not be read'));
  }

  /** Applies `apply` after every earlier change, and writes the result when it says. */
  change(apply: (timeline: TimelineEntry[]) => Write): Promise<void> {
    this.queue = this.queue
      .then(() => {
        const write = apply(this.timeline);
        if (write !== 'unchanged') this.write();
      })
      .catch(logFailure('a change could not be recorded'));
    return this.queue;
  }

  /** The timeline as it is after every change asked for before this call, newest last. */
  read(): Promise<readonly TimelineEntry[]> {
    return this.queue.then(() => [...this.timeline]);
  }

  private write(): void {
    if (this.writing) {
      this.dirty = true;
      return;
    }
    this.writing = true;
    boundTimeline(this.timeline);
    void this.area
      .set({ [TIMELINE_KEY]: this.timeline })
      .catch(logFailure('the timeline could not be stored'))
      .finally(() => {
        this.writing = false;
        if (!this.dirty) return;
        this.dirty = false;
        this.write();
      });
  }
}
