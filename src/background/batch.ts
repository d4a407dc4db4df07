import { identityKey, identityOf, type Cookie, type CookieIdentity } from '../core/cookie';
import { siteOfHost } from '../core/domain';
import { evictedFrom, progressIn, summarize, type JournalEntry } from '../core/journal';
import type { OperationKind } from '../core/operation';
import type { CookieFailure, OperationResult } from '../core/protocol';
import { CookieApiError, set, snapshot } from './cookies-api';
import { messageOf } from './errors';
import { translateCount } from './i18n';
import { crumbBegins, crumbSettled, type Moved } from './enforce';
import { amend, begin } from './journal';

/** The site a cookie counts against, for the browser's per-site limit and for finding the last change on a site. */
export function siteOf(cookie: Pick<Cookie, 'domain'>): string {
  return siteOfHost(cookie.domain);
}

export interface Plan {
  id: string;
  kind: OperationKind;
  prior: Cookie[];
  writes: CookieIdentity[];
  removes: CookieIdentity[];
  bystanders?: Cookie[];
  undoes?: string;
}

/** Journals the plan, as running, before anything is written. */
export async function record(plan: Plan): Promise<JournalEntry> {
  const touched = [...plan.prior, ...plan.writes, ...plan.removes];
  const entry: JournalEntry = {
    id: plan.id,
    kind: plan.kind,
    status: 'running',
    time: Date.now(),
    storeIds: [...new Set(touched.map((c) => c.storeId))],
    sites: [...new Set(touched.map(siteOf))],
    prior: plan.prior,
    writes: plan.writes.map(identityOf),
    removes: plan.removes.map(identityOf),
  };
  // The cookie a single change is about, by the name it had: a rename's original.
  const subject = plan.prior[0] ?? plan.writes[0] ?? plan.removes[0];
  if (subject && (plan.kind === 'edit' || plan.kind === 'rename' || new Set(touched.map((c) => c.name)).size === 1)) entry.subject = subject.name;
  if (plan.bystanders && plan.bystanders.length > 0) entry.bystanders = plan.bystanders;
  if (plan.undoes) entry.undoes = plan.undoes;
  crumbBegins(touched);
  try {
    await begin(entry);
  } catch {
    // Nothing is written without its way back: storage.session is full (10 MB in Chrome).
    throw new CookieApiError(translateCount('error_journal_full', touched.length));
  }
  return entry;
}

/**
 * Reads the jar back and closes the entry with what it shows: how much was done, and which
 * other cookies of the sites the browser evicted meanwhile.
 */
export async function settle(
  entry: JournalEntry,
  status: 'done' | 'interrupted',
  jar?: Cookie[],
  moved?: Moved,
): Promise<{ entry: JournalEntry; jar: Cookie[] }> {
  const now = jar ?? (await snapshot(entry.storeIds));
  const evicted = evictedFrom(entry, now);
  const change: Partial<JournalEntry> = { status, done: progressIn(entry, now), bystanders: undefined };
  if (evicted.length > 0) change.evicted = evicted;
  const settled = (await amend(entry.id, change)) ?? { ...entry, ...change };
  await crumbSettled([...entry.writes, ...entry.removes], now, moved);
  return { entry: settled, jar: now };
}

/**
 * How many cookies calls a batch keeps in flight: the browser answers each in a few
 * milliseconds, mostly waiting, so a few at once take a fraction of the time of one after
 * another, while the order stays close to the user's.
 */
const IN_FLIGHT = 8;

/** Runs `step` on every item, a few at a time, collecting what the browser refused instead of stopping. */
export async function each<T extends CookieIdentity>(items: readonly T[], step: (item: T) => Promise<void>): Promise<CookieFailure[]> {
  const failed: CookieFailure[] = [];
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const item = items[next++]!;
      try {
        await step(item);
      } catch (error) {
        failed.push({ cookie: identityOf(item), message: messageOf(error) });
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(IN_FLIGHT, items.length) }, worker));
  return failed;
}

/**
 * Chrome's `remove` takes every cookie of that name the URL would receive (the same name on a
 * shorter path, the host-only twin of a domain cookie): whatever of that kind went missing
 * without being asked for is written back.
 */
export async function putBackBystanders(before: readonly Cookie[], after: readonly Cookie[], removed: readonly CookieIdentity[]): Promise<Cookie[]> {
  const meant = new Set(removed.map(identityKey));
  const names = new Set(removed.map((c) => `${c.storeId}\n${c.name}`));
  const left = new Set(after.map(identityKey));
  const lost = before.filter((c) => names.has(`${c.storeId}\n${c.name}`) && !meant.has(identityKey(c)) && !left.has(identityKey(c)));
  const back: Cookie[] = [];
  for (const cookie of lost) {
    try {
      back.push(await set(cookie));
    } catch {
      // Nothing more to do: the jar is read back after this, and the report says what it holds.
    }
  }
  return back;
}

export function resultOf(entry: JournalEntry, done: Cookie[], failed: CookieFailure[]): OperationResult {
  return { done: done.map(identityOf), failed, op: summarize(entry) };
}
