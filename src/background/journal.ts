/**
 * The journal as the background keeps it: in storage.session, so it outlives the worker (or
 * Firefox's event page) and every page, lives until the browser closes and stays out of reach
 * of content scripts. Each entry is stored under a key of its own with a small index of ids,
 * so recording or settling an operation writes that entry alone, not the whole journal
 * (several MB once it holds a few large deletes). The background reads it once per start and
 * keeps it in memory; every change goes through one queue, so two requests never interleave.
 */
import browser from 'webextension-polyfill';
import { bounded, JOURNAL_KEY, journalEntryKey, type JournalEntry } from '../core/journal';
import { isPrivateStore } from '../core/private-store';

let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(step: () => Promise<T>): Promise<T> {
  const next = queue.then(step, step);
  queue = next.catch(() => undefined);
  return next;
}

let loaded: JournalEntry[] | null = null;
/** The JSON size of each entry, measured when it is written. */
const sizes = new Map<string, number>();

async function entries(): Promise<JournalEntry[]> {
  if (loaded) return loaded;
  const index = (await browser.storage.session.get(JOURNAL_KEY))[JOURNAL_KEY];
  const ids = Array.isArray(index) ? index.filter((id): id is string => typeof id === 'string') : [];
  const stored = ids.length > 0 ? await browser.storage.session.get(ids.map(journalEntryKey)) : {};
  loaded = ids.map((id) => stored[journalEntryKey(id)] as JournalEntry | undefined).filter((entry): entry is JournalEntry => entry !== undefined);
  for (const entry of loaded) sizes.set(entry.id, JSON.stringify(entry).length);
  return loaded;
}

/** Stores these entries and the index, after dropping what falls out of the bounds. */
async function store(changed: readonly JournalEntry[]): Promise<void> {
  const all = await entries();
  for (const entry of changed) sizes.set(entry.id, JSON.stringify(entry).length);
  const kept = bounded(all, (entry) => sizes.get(entry.id) ?? 0);
  const dropped = all.filter((entry) => !kept.includes(entry));
  all.splice(0, all.length, ...kept);
  const items: Record<string, unknown> = { [JOURNAL_KEY]: kept.map((entry) => entry.id) };
  for (const entry of changed) if (kept.includes(entry)) items[journalEntryKey(entry.id)] = entry;
  await browser.storage.session.set(items);
  if (dropped.length > 0) {
    for (const entry of dropped) sizes.delete(entry.id);
    await browser.storage.session.remove(dropped.map((entry) => journalEntryKey(entry.id)));
  }
}

export function journalEntries(): Promise<JournalEntry[]> {
  return serialized(async () => [...(await entries())]);
}

/** Records an operation before its first write. */
export function begin(entry: JournalEntry): Promise<void> {
  return serialized(async () => {
    const all = await entries();
    const at = all.findIndex((e) => e.id === entry.id);
    if (at >= 0) all.splice(at, 1);
    all.push(entry);
    await store([entry]);
  });
}

/** Changes a recorded operation; a missing one (bounded away) is left missing. */
export function amend(id: string, change: Partial<JournalEntry>): Promise<JournalEntry | null> {
  return serialized(async () => {
    const entry = (await entries()).find((e) => e.id === id);
    if (!entry) return null;
    // A field set to undefined is dropped when stored.
    Object.assign(entry, change);
    await store([entry]);
    return { ...entry };
  });
}

export async function entryById(id: string): Promise<JournalEntry | null> {
  return (await journalEntries()).find((e) => e.id === id) ?? null;
}

/** A private session's changes go with its last window: their cookie values must not outlive it. */
export function forgetPrivateOperations(): Promise<void> {
  return serialized(async () => {
    const all = await entries();
    const gone = all.filter((entry) => entry.storeIds.some(isPrivateStore));
    if (gone.length === 0) return;
    all.splice(0, all.length, ...all.filter((entry) => !gone.includes(entry)));
    for (const entry of gone) sizes.delete(entry.id);
    await browser.storage.session.set({ [JOURNAL_KEY]: all.map((entry) => entry.id) });
    await browser.storage.session.remove(gone.map((entry) => journalEntryKey(entry.id)));
  });
}
