/**
 * The journal as the background keeps it: in storage.session, so it outlives the worker (or
 * Firefox's event page) and every page, lives until the browser closes and stays out of reach
 * of content scripts. Every change goes through one queue, so two requests never interleave
 * their read-modify-write of the stored list.
 */
import browser from 'webextension-polyfill';
import { bounded, JOURNAL_KEY, type JournalEntry } from '../core/journal';
import { isPrivateStore } from '../core/timeline';

let queue: Promise<unknown> = Promise.resolve();

function serialized<T>(step: () => Promise<T>): Promise<T> {
  const next = queue.then(step, step);
  queue = next.catch(() => undefined);
  return next;
}

async function read(): Promise<JournalEntry[]> {
  const stored = (await browser.storage.session.get(JOURNAL_KEY))[JOURNAL_KEY];
  return Array.isArray(stored) ? (stored as JournalEntry[]) : [];
}

export function journalEntries(): Promise<JournalEntry[]> {
  return serialized(read);
}

/** Applies `change` to the stored journal and stores the result, bounded. */
export function updateJournal<T>(change: (entries: JournalEntry[]) => T): Promise<T> {
  return serialized(async () => {
    const entries = await read();
    const result = change(entries);
    await browser.storage.session.set({ [JOURNAL_KEY]: bounded(entries) });
    return result;
  });
}

/** Records an operation before its first write. */
export function begin(entry: JournalEntry): Promise<void> {
  return updateJournal((entries) => {
    const at = entries.findIndex((e) => e.id === entry.id);
    if (at >= 0) entries.splice(at, 1);
    entries.push(entry);
  });
}

/** Changes a recorded operation; a missing one (bounded away) is left missing. */
export function amend(id: string, change: Partial<JournalEntry>): Promise<JournalEntry | null> {
  return updateJournal((entries) => {
    const entry = entries.find((e) => e.id === id);
    if (!entry) return null;
    // A field set to undefined is dropped when stored.
    Object.assign(entry, change);
    return { ...entry };
  });
}

export async function entryById(id: string): Promise<JournalEntry | null> {
  return (await journalEntries()).find((e) => e.id === id) ?? null;
}

/** A private session's changes go with its last window: their cookie values must not outlive it. */
export async function forgetPrivateOperations(): Promise<void> {
  const isPrivate = (entry: JournalEntry) => entry.storeIds.some(isPrivateStore);
  if (!(await journalEntries()).some(isPrivate)) return;
  await updateJournal((entries) => {
    const kept = entries.filter((entry) => !isPrivate(entry));
    entries.splice(0, entries.length, ...kept);
  });
}
