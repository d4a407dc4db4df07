import { useCallback, useRef, useState } from 'preact/hooks';
import type { FormatId, ParseAnyResult } from '../../core/formats/index';
import type { BatchResult, ImportPreviewItem } from '../../core/protocol';
import { t } from '../shared/i18n';
import { send } from '../shared/messaging';
import { formats } from './formats-client';
import { intoStore, planImport, planUndo, type ImportPlan, type UndoPlan } from './import-plan';
import { messageOf } from './messages';

export interface ImportRequest {
  text: string;
  /** null: detect it. */
  format: FormatId | null;
  siteUrl: string | undefined;
  storeId: string;
}

export type ImportPhase =
  | { kind: 'idle' }
  | { kind: 'reading' | 'writing' | 'undoing'; message: string }
  | { kind: 'previewed'; parsed: ParseAnyResult; items: ImportPreviewItem[]; plan: ImportPlan; request: ImportRequest }
  | { kind: 'written'; result: BatchResult; undo: UndoPlan }
  | { kind: 'undone'; removed: BatchResult; restored: BatchResult };

const NOTHING: BatchResult = { done: [], failed: [] };

/**
 * The import as steps: read and preview (writes nothing), write on confirmation, undo.
 * `onWritten` runs after every step that may have changed the store.
 */
export function useImport(onWritten: () => void) {
  const [phase, setPhase] = useState<ImportPhase>({ kind: 'idle' });
  const [alert, setAlert] = useState<string | null>(null);
  // Bumped whenever a preview in progress or shown no longer matches the input.
  const generation = useRef(0);

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
      const items = cookies.length > 0 ? await send<'importPreview'>({ type: 'importPreview', cookies }) : [];
      if (mine !== generation.current) return;
      setPhase({ kind: 'previewed', parsed, items, plan: planImport(items), request });
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
      setPhase({ kind: 'writing', message: t('transferImporting', plan.writes.length) });
      try {
        const result = await send<'restore'>({ type: 'restore', cookies: plan.writes });
        setPhase({ kind: 'written', result, undo: planUndo(result.done, plan) });
      } catch (error) {
        setAlert(messageOf(error));
        setPhase({ kind: 'idle' });
      } finally {
        onWritten();
      }
    },
    [onWritten],
  );

  const undo = useCallback(
    async (plan: UndoPlan) => {
      setAlert(null);
      setPhase({ kind: 'undoing', message: t('transferUndoing') });
      try {
        const removed = plan.remove.length > 0 ? await send<'delete'>({ type: 'delete', cookies: plan.remove }) : NOTHING;
        const restored = plan.restore.length > 0 ? await send<'restore'>({ type: 'restore', cookies: plan.restore }) : NOTHING;
        setPhase({ kind: 'undone', removed, restored });
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
