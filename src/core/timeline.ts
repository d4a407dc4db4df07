/**
 * The Changes timeline as pages see it: one entry per change a person thinks of (the
 * background folds the browser's events into these, see timeline-record.ts).
 */
import type { Cookie } from './cookie';

export type ChangeCause = 'explicit' | 'overwrite' | 'expired' | 'expired_overwrite' | 'evicted';

export interface CookieChangeEvent {
  removed: boolean;
  cause: ChangeCause;
  cookie: Cookie;
  rule?: RuleMark;
}

/** A change Crumb's rules made: a protected cookie put back, a blocked cookie removed. */
export type RuleMark = 'restored' | 'blocked';

export const RULE_MARKS: readonly RuleMark[] = ['restored', 'blocked'];

export interface TimelineEntry {
  /** Milliseconds since the epoch. */
  time: number;
  kind: 'added' | 'updated' | 'removed';
  cause: ChangeCause;
  before?: Cookie;
  after?: Cookie;
  rule?: RuleMark;
}

/** The cookie an entry is about, as it is now (or was last). */
export function subjectOf(entry: TimelineEntry): Cookie {
  return (entry.after ?? entry.before)!;
}
