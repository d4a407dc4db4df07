/**
 * A change Crumb made to the jar, as pages are told of it: what the journal (journal.ts,
 * background only) keeps about it, without the cookies. Small on purpose: the popup loads it.
 */

export const OPERATION_KINDS = ['edit', 'rename', 'delete', 'import', 'undo', 'switch'] as const;

export type OperationKind = (typeof OPERATION_KINDS)[number];

/**
 * running: recorded, not known to have finished (the background stopped in the middle if it
 * is found so at start); done: finished; interrupted: a batch stopped part way, kept undoable;
 * rolled-back: a single change stopped part way and put back as it was; undone: its Undo ran.
 */
export type OperationStatus = 'running' | 'done' | 'interrupted' | 'rolled-back' | 'undone';

/** What pages are told about an operation. */
export interface OperationSummary {
  id: string;
  kind: OperationKind;
  status: OperationStatus;
  time: number;
  /** How many cookies it meant to write or remove. */
  planned: number;
  done: number;
  /** Cookies the browser evicted because of it (named, so the user learns which). */
  evicted: string[];
  subject?: string;
  /** It changed something that Undo would put back. */
  undoable: boolean;
}

/** Pages offer Undo for a change that changed something; an undo that finished is not offered again. */
export function offersUndo(op: OperationSummary): boolean {
  return op.undoable && (op.kind !== 'undo' || op.status === 'interrupted');
}

/** Which operations a page asks about: those of a store, on a site (any if absent), of a kind (any if absent). */
export interface OperationScope {
  storeId: string;
  site?: string;
  kind?: OperationKind;
}
