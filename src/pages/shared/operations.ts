/**
 * Changes to the jar as pages ask for them: each has an id the page chooses, so that when the
 * background stops before answering, the page can ask the journal what became of it, and
 * words for what the journal tells.
 */
import type { OperationSummary } from '../../core/operation';
import type { JarChange, OperationResult, RequestOf, ResultOf } from '../../core/protocol';
import { t, tCount } from './i18n';
import { RequestError, send } from './messaging';

/** An interrupted change in two counted parts, what it set out to do and what it did, as each count's form may differ. */
const INTERRUPTED = {
  delete: ['opInterruptedDelete', 'opInterruptedDeleted'],
  import: ['opInterruptedImport', 'opInterruptedWritten'],
  switch: ['opInterruptedSwitch', 'opInterruptedMade'],
  undo: ['opInterruptedUndo', 'opInterruptedMade'],
} as const;

export function operationId(): string {
  return crypto.randomUUID();
}

/**
 * Sends a change. If the background stops before answering, the `RequestError` thrown holds
 * what the journal knows of it (`op`), in words.
 */
export async function sendOperation<T extends JarChange>(request: RequestOf<T>): Promise<ResultOf[T]> {
  const { id } = request as RequestOf<JarChange>;
  try {
    return await send<T>(request);
  } catch (error) {
    if (!(error instanceof RequestError) || error.error.code !== 'interrupted') throw error;
    // Asking wakes the background, which settles what it was doing before it answers.
    const op = await send<'operation'>({ type: 'operation', id });
    throw new RequestError({ code: 'interrupted', message: describeOperation(op), op });
  }
}

/** What the journal showed of a change whose answer was lost; undefined for any other failure. */
export function journaledOutcome(error: unknown): OperationSummary | null | undefined {
  return error instanceof RequestError ? error.error.op : undefined;
}

function evictedNote(op: OperationSummary): string {
  return op.evicted.length > 0 ? ` ${tCount('opEvicted', op.evicted.length, op.evicted.join(', '))}` : '';
}

/** What happened, in words: the same whether the page saw it through or learns it later. */
export function describeOperation(op: OperationSummary | null): string {
  if (!op) return t('opNeverStarted');
  if (op.status === 'rolled-back') return t('opRolledBack', op.subject ?? '');
  if (op.status === 'interrupted' || op.status === 'running') {
    const [planned, done] = INTERRUPTED[op.kind === 'delete' || op.kind === 'import' || op.kind === 'switch' ? op.kind : 'undo'];
    return `${tCount(planned, op.planned)} ${tCount(done, op.done)}${evictedNote(op)}`;
  }
  switch (op.kind) {
    case 'delete':
      return deletedText(op.done, op.subject);
    case 'import':
      return tCount('transferImported', op.done) + evictedNote(op);
    case 'undo':
      return tCount('restored', op.done);
    case 'switch':
      return tCount('profileSwitched', op.done) + evictedNote(op);
    default:
      return t('saved', op.subject ?? '');
  }
}

/** What an Undo did: "Restored 2 cookies." after a delete, both counts after an import or an edit. */
export function describeUndo(result: OperationResult): string {
  const removed = result.removed ?? 0;
  return removed === 0 ? tCount('restored', result.done.length) : tCount('opUndone', result.done.length, tCount('opUndoneRemoved', removed));
}

/** After a delete: the cookie by name when it was the only one and its name is known, else how many. */
export function deletedText(count: number, name: string | undefined): string {
  return count === 1 && name !== undefined ? t('deletedOne', name) : tCount('deletedCount', count);
}

/** After a profile switch: how many cookies it wrote or removed, read back from the jar. */
export function switchedText(count: number): string {
  return tCount('profileSwitched', count);
}
