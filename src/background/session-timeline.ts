import { boundTimeline, type TimelineEntry } from '../core/timeline';
import { parseStoredTimeline } from '../core/timeline-guard';

/** What the timeline needs of storage.session. */
export interface SessionArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}

export const TIMELINE_KEY = 'timeline';

/**
 * When a change is written: with the rest of its burst, at once (what must not outlive a stop
 * of the background), or not at all (nothing changed).
 */
export type Write = 'soon' | 'now' | 'unchanged';

/** A burst of changes (a page setting 180 cookies) costs one write, not one per change. */
const WRITE_EVERY_MS = 100;

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
  private writeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly area: SessionArea,
    private readonly writeEveryMs = WRITE_EVERY_MS,
  ) {
    this.queue = area.get(TIMELINE_KEY).then((items) => {
      this.timeline = parseStoredTimeline(items[TIMELINE_KEY]);
    }, logFailure('the stored timeline could not be read'));
  }

  /** Applies `apply` after every earlier change, and writes the result when it says. */
  change(apply: (timeline: TimelineEntry[]) => Write): Promise<void> {
    this.queue = this.queue
      .then(() => {
        const write = apply(this.timeline);
        if (write === 'now') this.write();
        else if (write === 'soon') this.writeTimer ??= setTimeout(() => this.write(), this.writeEveryMs);
      })
      .catch(logFailure('a change could not be recorded'));
    return this.queue;
  }

  /** The timeline as it is after every change asked for before this call, newest last. */
  read(): Promise<readonly TimelineEntry[]> {
    return this.queue.then(() => [...this.timeline]);
  }

  private write(): void {
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    boundTimeline(this.timeline);
    // The browser applies writes in the order they were asked for: a later one always wins.
    this.area.set({ [TIMELINE_KEY]: this.timeline }).catch(logFailure('the timeline could not be stored'));
  }
}
