import { useCallback, useRef, useState } from 'preact/hooks';
import type { FormatId, ParseAnyResult } from '../../core/formats/index';
import { offersUndo } from '../../core/operation';
import type { CookieFailure, ImportPreview } from '../../core/protocol';
import { t, tCount } from '../shared/i18n';
import { send } from '../shared/messaging';
import { describeOperation, journaledOutcome, operationId, sendOperation } from '../shared/operations';
import { useLastOperation } from '../shared/use-last-operation';
import { formats } from './formats-client';
import { intoStore, planImport, type ImportPlan } from './import-plan';
import { messageOf } from '../shared/errors';

export interface ImportRequest {
  text: string;
  /** null: detect it. */
  format: FormatId | null;
  siteUrl: string | undefined;
  storeId: string;
}

/** What a write or an undo did, read back from the jar by the background. */
export interface ImportOutcome {
  message: string;
  failed: CookieFailure[];
  /** The journaled import that "Undo import" undoes. */
  undo: string | null;
}

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading' | 'writing' | 'undoing'; message: string }
  | { kind: 'previewed'; parsed: ParseAnyResult; preview: ImportPreview; plan: ImportPlan; request: ImportRequest }
  | ({ kind: 'written' | 'undone' } & ImportOutcome);

const NO_PREVIEW: ImportPreview = { items: [], limits: [], total: null };

/**
 * The import as steps: read and preview (writes nothing), write on confirmation, undo.
 * `onWritten` runs after every step that may have changed the store.
 */
export function useImport(storeId: string, onWritten: () => void) {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [alert, setAlert] = useState<string | null>(null);
  // Bumped whenever a preview in progress or shown no longer matches the input.
  const generation = useRef(0);

  // The last import into this store stays undoable after the page that made it was closed.
  useLastOperation(storeId, 'import', (op) =>
    setPhase((shown) => (shown.kind === 'idle' ? { kind: 'written', message: describeOperation(op), failed: [], undo: op.id } : shown)),
  );

  const discardPreview = useCallback(() => {
    generation.current++;
    setPhase((current) => (current.kind === 'previewed' || current.kind === 'reading' ? { kind: 'idle' } : current));
  }, []);

  const preview = useCallback(async (request: ImportRequest) => {
    const mine = ++generation.current;
    setAlert(null);
    setPhase({ kind: 'reading', message: t('transferReading') });
    try {
      const parsed = await formats.request({
        kind: 'parse',
        text: request.text,
        format: request.format,
        options: { siteUrl: request.siteUrl, storeId: request.storeId, nowSeconds: Date.now() / 1000 },
      });
      if (mine !== generation.current) return;
      const cookies = intoStore(parsed.cookies, request.storeId);
      const preview = cookies.length > 0 ? await send<'importPreview'>({ type: 'importPreview', cookies }) : NO_PREVIEW;
      if (mine !== generation.current) return;
      setPhase({ kind: 'previewed', parsed, preview, plan: planImport(preview.items), request });
    } catch (error) {
      if (mine !== generation.current) return;
      setAlert(messageOf(error));
      setPhase({ kind: 'idle' });
    }
  }, []);

  const confirm = useCallback(
    async (plan: ImportPlan) => {
      generation.current++;
      setAlert(null);
      setPhase({ kind: 'writing', message: tCount('transferImporting', plan.writes.length) });
      try {
        const result = await sendOperation<'import'>({ type: 'import', id: operationId(), cookies: plan.writes });
        setPhase({ kind: 'written', message: describeOperation(result.op), failed: result.failed, undo: offersUndo(result.op) ? result.op.id : null });
      } catch (error) {
        const op = journaledOutcome(error);
        if (op !== undefined) {
          // The answer was lost, not the import: the journal tells what it wrote, and it stays undoable.
          setPhase({ kind: 'written', message: messageOf(error), failed: [], undo: op && offersUndo(op) ? op.id : null });
        } else {
          setAlert(messageOf(error));
          setPhase({ kind: 'idle' });
        }
      } finally {
        onWritten();
      }
    },
    [onWritten],
  );

  const undo = useCallback(
    async (target: string) => {
      setAlert(null);
      setPhase({ kind: 'undoing', message: t('transferUndoing') });
      try {
        const result = await sendOperation<'undo'>({ type: 'undo', id: operationId(), target });
        setPhase({ kind: 'undone', message: t('transferUndone', tCount('transferUndoneRemoved', result.removed ?? 0), tCount('transferUndoneRestored', result.done.length)), failed: result.failed, undo: null });
      } catch (error) {
        setAlert(messageOf(error));
        setPhase({ kind: 'idle' });
      } finally {
        onWritten();
      }
    },
    [onWritten],
  );

  return { phase, alert, preview, confirm, undo, discardPreview };
}
