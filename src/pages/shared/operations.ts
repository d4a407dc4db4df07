/**
 * Changes to the jar as pages ask for them: each has an id the page chooses, so that when the
 * background stops before answering, the page can ask the journal what became of it, and
 * words for what the journal tells.
 */
import type { OperationSummary } from '../../core/operation';
import type { OperationResult, RequestOf, ResultOf } from '../../core/protocol';
import { t } from './i18n';
import { RequestError, send } from './messaging';

type OperationType = 'save' | 'delete' | 'import' | 'undo' | 'switchProfile';

export function operationId(): string {
  return crypto.randomUUID();
}

/** The answer to a change was lost; `op` is what the journal shows of it (null: nothing was written). */
export class Interrupted extends Error {
  constructor(readonly op: OperationSummary | null) {
    super(describeOperation(op));
  }
}

/** Sends a change; if the background stops before answering, throws `Interrupted` with what the journal knows. */
export async function sendOperation<T extends OperationType>(request: RequestOf<T>): Promise<ResultOf[T]> {
  const id = (request as RequestOf<OperationType>).id;
  try {
    return await send<T>(request);
  } catch (error) {
    if (!(error instanceof RequestError) || error.error.code !== 'interrupted') throw error;
    // Asking wakes the background, which settles what it was doing before it answers.
    throw new Interrupted(await send<'operation'>({ type: 'operation', id }));
  }
}

function evictedNote(op: OperationSummary): string {
  return op.evicted.length > 0 ? ` ${t('opEvicted', op.evicted.length, op.evicted.join(', '))}` : '';
}

/** What happened, in words: the same whether the page saw it through or learns it later. */
export function describeOperation(op: OperationSummary | null): string {
  if (!op) return t('opNeverStarted');
  if (op.status === 'rolled-back') return t('opRolledBack', op.subject ?? '');
  if (op.status === 'interrupted' || op.status === 'running') {
    const words = op.kind === 'delete' ? 'opInterruptedDelete' : op.kind === 'import' ? 'opInterruptedImport' : op.kind === 'switch' ? 'opInterruptedSwitch' : 'opInterruptedUndo';
    return t(words, op.planned, op.done) + evictedNote(op);
  }
  switch (op.kind) {
    case 'delete':
      return op.done === 1 && op.subject !== undefined ? t('deletedOne', op.subject) : t('deletedMany', op.done);
    case 'import':
      return t('transferImported', op.done) + evictedNote(op);
    case 'undo':
      return t('restored', op.done);
    case 'switch':
      return t('profileSwitched', op.done) + evictedNote(op);
    default:
      return t('saved', op.subject ?? '');
  }
}

/** What an Undo did: "Restored 2 cookies." after a delete, both counts after an import or an edit. */
export function describeUndo(result: OperationResult): string {
  const removed = result.removed ?? 0;
  return removed === 0 ? t('restored', result.done.length) : t('opUndone', result.done.length, removed);
}
