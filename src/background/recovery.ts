import { identityKey } from '../core/cookie';
import { planUndo, type JournalEntry } from '../core/journal';
import { removeOnly, set, snapshot } from './cookies-api';
import { amend, journalEntries } from './journal';
import { settle } from './batch';

/** Puts back the state the journal recorded before the operation. */
async function rollBack(entry: JournalEntry): Promise<void> {
  const plan = planUndo(entry, await snapshot(entry.storeIds));
  for (const cookie of plan.remove) await removeOnly(cookie).catch(() => undefined);
  for (const cookie of plan.restore) await set(cookie).catch(() => undefined);
}

/**
 * A write the stopped background had already handed to the browser may land after this one
 * starts: a roll-back is done twice and a batch is counted only once such a write has had
 * time to land.
 */
const LATE_WRITE_MS = 250;

/**
 * What the background does when it starts: an operation still marked running was cut off
 * when the background stopped. A single change (an edit, a rename) is rolled back, so the
 * cookie is exactly as it was; a batch is closed as interrupted with what the jar shows done,
 * and stays undoable. Pages learn of it through the journal.
 */
async function recover(): Promise<void> {
  const running = (await journalEntries()).filter((entry) => entry.status === 'running');
  for (const entry of running) {
    if (entry.kind === 'edit' || entry.kind === 'rename') {
      await rollBack(entry);
      await new Promise((resolve) => setTimeout(resolve, LATE_WRITE_MS));
      await rollBack(entry);
      const after = new Set((await snapshot(entry.storeIds)).map(identityKey));
      if (entry.prior.every((cookie) => after.has(identityKey(cookie)))) await amend(entry.id, { status: 'rolled-back', done: 0 });
      else await settle(entry, 'interrupted');
      continue;
    }
    await new Promise((resolve) => setTimeout(resolve, LATE_WRITE_MS));
    await settle(entry, 'interrupted');
  }
}

/** Settled once per start; requests that change cookies wait for it. */
export const recovered: Promise<void> = recover().catch(() => undefined);
