/**
 * Changes to the jar as pages ask for them: each has an id the page chooses, so that when the
 * background stops before answering, the page can ask the journal what became of it, and
 * words for what the journal tells.
 */
import type { OperationSummary } from '../../core/operation';
import type { JarChange, OperationResult, RequestOf, ResultOf } from '../../core/protocol';
import { t, tCount } from './i18n';
import { RequestError, send } from './messaging';

const RESTORED = { one: 'restoredOne', other: 'restored' } as const;
/** "1 cookie" / "3 cookies" beside a profile, wherever profiles are listed. */
export const PROFILE_COUNT = { one: 'profileCountOne', other: 'profileCount' } as const;

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
      return tCount(RESTORED, op.done);
    case 'switch':
      return t('profileSwitched', op.done) + evictedNote(op);
    default:
      return t('saved', op.subject ?? '');
  }
}

/** What an Undo did: "Restored 2 cookies." after a delete, both counts after an import or an edit. */
export function describeUndo(result: OperationResult): string {
  const removed = result.removed ?? 0;
  return removed === 0 ? tCount(RESTORED, result.done.length) : t('opUndone', result.done.length, removed);
}
