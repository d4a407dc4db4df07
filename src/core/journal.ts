/**
 * The journal of changes Crumb makes to the jar. An operation is recorded before its first
 * write, with the exact state of every cookie it may touch, so that whatever stops it (the
 * background going idle or crashing, the popup closing) it can be undone or rolled back from
 * what was stored, never from a page's memory. Pure: the background stores and applies it.
 */
import { identityKey, identityOf, type Cookie, type CookieIdentity } from './cookie';
import { sameState } from './cookie-state';
import type { OperationKind, OperationScope, OperationStatus, OperationSummary } from './operation';

export interface JournalEntry {
  /** Chosen by the page that asked, so it can ask about its own request after an interruption. */
  id: string;
  kind: OperationKind;
  status: OperationStatus;
  /** Milliseconds since the epoch, when it was recorded. */
  time: number;
  storeIds: string[];
  /** The registrable domains (or hosts, for IP addresses) of the cookies it touches. */
  sites: string[];
  /** Every cookie the operation replaces or removes, exactly as it was before. */
  prior: Cookie[];
  /** The identities it writes. */
  writes: CookieIdentity[];
  /** The identities it removes. */
  removes: CookieIdentity[];
  /**
   * Other cookies of the sites an import writes to, for seeing afterwards which ones the
   * browser evicted to stay under its per-site limit. Dropped once the import has finished.
   */
  bystanders?: Cookie[];
  /** Cookies the browser evicted because of this operation, to put back on undo. */
  evicted?: Cookie[];
  /** How many of its writes and removals took effect, read back from the jar when it finished. */
  done?: number;
  /** For an undo: the operation it undid. */
  undoes?: string;
  /** The name of the cookie, for an operation on one. */
  subject?: string;
  /** The user dismissed its notice: pages stop offering it. */
  dismissed?: boolean;
}

/** At least this many finished operations stay undoable per browser session. */
const JOURNAL_KEEP = 20;

/** storage.session holds 10 MB in Chrome: the journal keeps to about half of it. */
const JOURNAL_MAX_BYTES = 5 * 1024 * 1024;

/** The key of the journal's index (the ids, oldest first) in storage.session; each entry has a key of its own. */
export const JOURNAL_KEY = 'journal';

export function journalEntryKey(id: string): string {
  return `journal:${id}`;
}

function plannedCount(entry: JournalEntry): number {
  return entry.writes.length + entry.removes.length;
}

export function summarize(entry: JournalEntry): OperationSummary {
  const summary: OperationSummary = {
    id: entry.id,
    kind: entry.kind,
    status: entry.status,
    time: entry.time,
    planned: plannedCount(entry),
    done: entry.done ?? 0,
    evicted: (entry.evicted ?? []).map((cookie) => cookie.name),
    undoable: (entry.status === 'done' || entry.status === 'interrupted') && ((entry.done ?? 0) > 0 || (entry.evicted ?? []).length > 0),
  };
  if (entry.subject !== undefined) summary.subject = entry.subject;
  return summary;
}

function keyed<T extends CookieIdentity>(cookies: readonly T[]): Map<string, T> {
  return new Map(cookies.map((cookie) => [identityKey(cookie), cookie]));
}

/**
 * How many of the operation's writes and removals the jar shows done: a removal when the
 * identity is gone, a write when the identity is there in another state than before.
 */
export function progressIn(entry: JournalEntry, jar: readonly Cookie[]): number {
  const now = keyed(jar);
  const before = keyed(entry.prior);
  let done = 0;
  for (const id of entry.removes) if (!now.has(identityKey(id))) done++;
  for (const id of entry.writes) {
    const key = identityKey(id);
    const current = now.get(key);
    const previous = before.get(key);
    if (current && (!previous || !sameState(current, previous))) done++;
  }
  return done;
}

/** The bystanders the jar no longer holds: the browser evicted them. */
export function evictedFrom(entry: JournalEntry, jar: readonly Cookie[]): Cookie[] {
  const now = keyed(jar);
  return (entry.bystanders ?? []).filter((cookie) => !now.has(identityKey(cookie)));
}

export interface UndoPlan {
  /** Cookies in the jar now that the operation created: removed first, to make room. */
  remove: Cookie[];
  /** Cookies as they were before, written back. */
  restore: Cookie[];
}

/**
 * What undoing an operation does to the jar as it is now: every identity it wrote goes back
 * to its prior state (removed if it did not exist), every cookie it removed or got evicted is
 * written back. Cookies already in their prior state are left alone.
 */
export function planUndo(entry: JournalEntry, jar: readonly Cookie[]): UndoPlan {
  const now = keyed(jar);
  const before = keyed(entry.prior);
  const plan: UndoPlan = { remove: [], restore: [] };
  const seen = new Set<string>();
  for (const id of entry.writes) {
    const key = identityKey(id);
    if (seen.has(key)) continue;
    seen.add(key);
    const current = now.get(key);
    if (current && !before.has(key)) plan.remove.push(current);
  }
  for (const cookie of [...entry.prior, ...(entry.evicted ?? [])]) {
    const key = identityKey(cookie);
    const current = now.get(key);
    if (current && sameState(current, cookie)) continue;
    plan.restore.push(cookie);
  }
  return plan;
}

/** The identities an undo writes and removes, for journaling the undo itself. */
export function undoIdentities(plan: UndoPlan): { writes: CookieIdentity[]; removes: CookieIdentity[] } {
  return { writes: plan.restore.map(identityOf), removes: plan.remove.map(identityOf) };
}

/**
 * Keeps the journal within bounds: running and interrupted operations always, then the
 * newest finished ones, at least `keep`, as long as the whole stays under `maxBytes`.
 */
export function bounded(
  entries: readonly JournalEntry[],
  sizeOf: (entry: JournalEntry) => number = (entry) => JSON.stringify(entry).length,
  keep = JOURNAL_KEEP,
  maxBytes = JOURNAL_MAX_BYTES,
): JournalEntry[] {
  const kept: JournalEntry[] = [];
  let bytes = 0;
  let finished = 0;
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const size = sizeOf(entry);
    const pending = entry.status === 'running';
    if (!pending && (finished >= keep || bytes + size > maxBytes)) continue;
    if (!pending) finished++;
    bytes += size;
    kept.unshift(entry);
  }
  return kept;
}

/** The newest operation in the scope, unless the user dismissed it: what a page that opens still offers. */
export function latestFor(entries: readonly JournalEntry[], scope: OperationScope): JournalEntry | null {
  for (let i = entries.length - 1; i >= 0; i--) {
    const entry = entries[i]!;
    const inScope =
      entry.storeIds.includes(scope.storeId) &&
      (scope.site === undefined || entry.sites.includes(scope.site)) &&
      (scope.kind === undefined || entry.kind === scope.kind);
    if (inScope) return entry.dismissed ? null : entry;
  }
  return null;
}

